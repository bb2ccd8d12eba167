// The names the skill's metrics are published under. The CloudFormation template's alarms and dashboard
// refer to the same names (test/deploy.test.ts checks that they match), so change them in both places.

/** The CloudWatch namespace of every metric the skill writes. */
export const METRICS_NAMESPACE = 'SecondaryBoneCancerGuide';

export const METRIC = {
  /** One per request, by request type and intent. */
  requests: 'Requests',
  /** One per answered question, by how it was answered (Outcome) and the topic it was about. */
  answers: 'Answers',
  /** Milliseconds from the request reaching the skill to its response being ready. */
  responseTime: 'ResponseTime',
  /** 1 when a request ended in the error handler (the listener heard the apology), else 0. */
  handlerErrors: 'HandlerErrors',
  storeReadTimeouts: 'StoreReadTimeouts',
  storeReadFailures: 'StoreReadFailures',
  storeWriteTimeouts: 'StoreWriteTimeouts',
  storeWriteFailures: 'StoreWriteFailures',
} as const;

export const DIMENSION = {
  /** The Lambda function's name: keeps two stacks in one account apart, as AWS/Lambda's own metrics do. */
  functionName: 'FunctionName',
  requestType: 'RequestType',
  intent: 'Intent',
  /** How a question was answered: a kind of reply Outcome (request-metrics.ts lists them). */
  outcome: 'Outcome',
  /** A topic id from content/topics.json, or "none". */
  topic: 'Topic',
} as const;

/** The dimension value for "not applicable"; OTHER stands for anything outside the known values (known-names.ts). */
export const NONE = 'none';
export { OTHER } from '../known-names';
