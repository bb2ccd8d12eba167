// What one request did, counted while it runs and written as one EMF line when it ends: its type and intent,
// how it was answered and about which topic, store timeouts and failures, whether it ended in an error, and
// how long it took. Every dimension value comes from a closed list (the request types Alexa defines, the
// model's intent names, the content's topic ids, the reply outcomes), so nothing a person said, and no id,
// can reach a metric.
import { topics } from '../../content';
import { OUTCOME_KINDS, type Outcome } from '../conversation/reply';
import { knownIntent, knownRequestType } from '../known-names';
import { StoreTimeoutError } from '../store/timeout';
import { type EmfMembers, emfLine, type MetricDirective } from './emf';
import { DIMENSION, METRIC, METRICS_NAMESPACE, NONE, OTHER } from './names';

export interface MetricsOptions {
  /** Receives one EMF line per request. On Lambda: standard output, which goes to the function's log group. */
  write(line: string): void;
  /** The FunctionName dimension of every metric. */
  functionName: string;
}

export type StoreOperation = 'read' | 'write';

const KNOWN_TOPICS = new Set(topics.map((topic) => topic.id));
/** Every kind of reply outcome (one list, in conversation/reply.ts), and nothing else. */
const OUTCOMES = new Set<string>(OUTCOME_KINDS);

const STORE_METRICS = {
  read: { timeout: METRIC.storeReadTimeouts, failure: METRIC.storeReadFailures },
  write: { timeout: METRIC.storeWriteTimeouts, failure: METRIC.storeWriteFailures },
} as const;

const F = DIMENSION.functionName;
const PER_REQUEST: MetricDirective = {
  dimensions: [[F], [F, DIMENSION.requestType, DIMENSION.intent]],
  metrics: [{ name: METRIC.requests, unit: 'Count' }],
};
const PER_ANSWER: MetricDirective = {
  dimensions: [
    [F, DIMENSION.outcome],
    [F, DIMENSION.outcome, DIMENSION.topic],
  ],
  metrics: [{ name: METRIC.answers, unit: 'Count' }],
};
const HEALTH: MetricDirective = {
  dimensions: [[F]],
  metrics: [
    { name: METRIC.responseTime, unit: 'Milliseconds' },
    { name: METRIC.handlerErrors, unit: 'Count' },
  ],
};
/** The two shapes of an ordinary line, fixed so that their JSON is made once (emf.ts). */
const UNANSWERED: readonly MetricDirective[] = [PER_REQUEST, HEALTH];
const ANSWERED: readonly MetricDirective[] = [PER_REQUEST, HEALTH, PER_ANSWER];

export function requestTypeDimension(type: unknown): string {
  return type === undefined ? NONE : knownRequestType(type);
}

export function intentDimension(type: unknown, intent: unknown): string {
  return type === 'IntentRequest' ? knownIntent(intent) : NONE;
}

export class RequestMetrics {
  private answer: { outcome: string; topic: string } | undefined;
  private failed = false;
  /** Made on the first problem only: most requests have none, and every request's allocations add up. */
  private storeProblems: Map<string, number> | undefined;

  constructor(
    private readonly options: MetricsOptions,
    private readonly requestType: string,
    private readonly intent: string,
  ) {}

  /** How the request's question was answered (from the reply's outcome). */
  answered(outcome: Outcome): void {
    this.answer = {
      outcome: OUTCOMES.has(outcome.kind) ? outcome.kind : OTHER,
      topic: outcome.topic !== undefined && KNOWN_TOPICS.has(outcome.topic) ? outcome.topic : NONE,
    };
  }

  /** A store read or write that timed out or failed (the answer went out without it). */
  storeProblem(operation: StoreOperation, error: unknown): void {
    const name = STORE_METRICS[operation][error instanceof StoreTimeoutError ? 'timeout' : 'failure'];
    this.storeProblems ??= new Map();
    this.storeProblems.set(name, (this.storeProblems.get(name) ?? 0) + 1);
  }

  /** The request ended in an error: the listener heard the apology. */
  handlerError(): void {
    this.failed = true;
  }

  /** Writes the request's one line. */
  finish(responseTimeMs: number, now = Date.now()): void {
    const members: EmfMembers = {
      [F]: this.options.functionName,
      [DIMENSION.requestType]: this.requestType,
      [DIMENSION.intent]: this.intent,
      [METRIC.requests]: 1,
      [METRIC.responseTime]: Math.round(responseTimeMs * 1000) / 1000,
      [METRIC.handlerErrors]: this.failed ? 1 : 0,
    };
    if (this.answer) {
      members[DIMENSION.outcome] = this.answer.outcome;
      members[DIMENSION.topic] = this.answer.topic;
      members[METRIC.answers] = 1;
    }
    let directives = this.answer ? ANSWERED : UNANSWERED;
    if (this.storeProblems) {
      // Rare (the store misbehaving): a line of its own shape, not worth caching.
      const problems = [...this.storeProblems.keys()].map((name) => ({ name, unit: 'Count' as const }));
      directives = [...directives, { dimensions: [[F]], metrics: problems }];
      for (const [name, count] of this.storeProblems) members[name] = count;
    }
    this.options.write(emfLine(METRICS_NAMESPACE, now, directives, members));
  }
}
