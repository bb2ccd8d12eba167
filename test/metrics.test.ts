// Metrics: one Embedded Metric Format line per request, with counts and dimensions only. First through the
// runtime in this process (what each kind of request counts), then the built bundle as Lambda runs it, with
// seeded ids and slot values that must appear in no line it writes, log or metric.
import { spawnSync } from 'node:child_process';
import type { PersistenceAdapter } from 'ask-sdk-core';
import { topics } from '../content';
import { metricsFromEnv } from '../lambda/metrics/from-env';
import { METRIC, METRICS_NAMESPACE } from '../lambda/metrics/names';
import { createSkillRuntime, type SkillOptions } from '../lambda/skill';
import { intentRequest, launchRequest, newSession } from '../local/envelope';
import modelSource from '../model/interaction-model.source.json';
import { type EmfDocument, emfDocuments, emfProblems, metricValue } from './support/emf';
import { memoryLogger } from './support/logs';
import { buildLambdaInScratch, type ScratchBuild } from './support/scratch-build';

const FUNCTION_NAME = 'guide-test-function';

function measured(options: Omit<SkillOptions, 'metrics'> = {}) {
  const lines: string[] = [];
  const runtime = createSkillRuntime({
    logger: memoryLogger(),
    ...options,
    metrics: { functionName: FUNCTION_NAME, write: (line) => lines.push(line) },
  });
  return { runtime, lines, documents: () => emfDocuments(lines.join('')) };
}

const device = { locale: 'en-AU' };
const dimensionsOf = (document: EmfDocument) => ({
  RequestType: document.RequestType,
  Intent: document.Intent,
  Outcome: document.Outcome,
  Topic: document.Topic,
});

describe('each request writes one EMF line', () => {
  test('a launch, a question from the sheet, one the sheet does not cover, a fallback and stop: counted by type, intent, outcome and topic', async () => {
    const { runtime, lines, documents } = measured();
    // Sent as Alexa would after understanding them, so that the test does not depend on the local understanding.
    const session = newSession();
    const ask = async (intent: string, slots: Record<string, { name: string; value: string }> = {}) => {
      const response = await runtime.invoke(intentRequest(device, session, intent, slots));
      session.isNew = false;
      session.attributes = (response.sessionAttributes as Record<string, unknown>) ?? {};
    };
    await runtime.invoke(launchRequest(device, session));
    session.isNew = false;
    await ask('SymptomsIntent');
    await ask('TellMeAboutIntent', { subject: { name: 'subject', value: 'quantum physics' } });
    await ask('AMAZON.FallbackIntent');
    await ask('AMAZON.StopIntent');

    expect(lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    const all = documents();
    expect(all).toHaveLength(5);
    for (const document of all) {
      expect(emfProblems(document)).toEqual([]);
      expect(document._aws.CloudWatchMetrics.every((directive) => directive.Namespace === METRICS_NAMESPACE)).toBe(true);
      expect(document.FunctionName).toBe(FUNCTION_NAME);
      expect(metricValue(document, METRIC.requests)).toBe(1);
      expect(metricValue(document, METRIC.handlerErrors)).toBe(0);
      expect(metricValue(document, METRIC.responseTime)).toEqual(expect.any(Number));
    }
    expect(all.map(dimensionsOf)).toEqual([
      { RequestType: 'LaunchRequest', Intent: 'none', Outcome: undefined, Topic: undefined },
      { RequestType: 'IntentRequest', Intent: 'SymptomsIntent', Outcome: 'sheet', Topic: 'symptoms' },
      { RequestType: 'IntentRequest', Intent: 'TellMeAboutIntent', Outcome: 'not-covered', Topic: expect.any(String) },
      { RequestType: 'IntentRequest', Intent: 'AMAZON.FallbackIntent', Outcome: 'fallback', Topic: expect.any(String) },
      { RequestType: 'IntentRequest', Intent: 'AMAZON.StopIntent', Outcome: undefined, Topic: undefined },
    ]);
    // Only answers count as answers: the launch and stop declare no Answers metric at all.
    expect(all.map((document) => metricValue(document, METRIC.answers))).toEqual([undefined, 1, 1, 1, undefined]);
  });

  test('urgent help is counted as urgent', async () => {
    const { runtime, documents } = measured();
    await runtime.invoke(intentRequest(device, newSession(), 'UrgentHelpIntent', {}));
    expect(documents().map(dimensionsOf)).toEqual([expect.objectContaining({ Intent: 'UrgentHelpIntent', Outcome: 'urgent' })]);
  });

  test('every topic intent counts its answer under its own topic', async () => {
    const { runtime, documents } = measured();
    const topicIntents = (modelSource.intents as Array<{ name: string; topic?: string }>).filter((intent) => intent.topic);
    for (const intent of topicIntents) await runtime.invoke(intentRequest(device, newSession(), intent.name, {}));
    expect(documents().map((document) => [document.Intent, document.Outcome, document.Topic])).toEqual(
      topicIntents.map((intent) => [intent.name, 'sheet', intent.topic]),
    );
    expect(topicIntents.map((intent) => intent.topic).sort()).toEqual(topics.map((topic) => topic.id).sort());
  });

  test('an envelope with no request is counted as Malformed; a request type Alexa does not define, or an intent outside the model, as "other"', async () => {
    const { runtime, documents } = measured();
    await runtime.invoke({ version: '1.0' });
    const odd = launchRequest(device, newSession()) as unknown as { request: Record<string, unknown> };
    odd.request.type = 'Launch Request from someone@example.com';
    await runtime.invoke(odd);
    // Shaped like a request type, but not one Alexa defines: a closed list, not a pattern, decides.
    odd.request.type = 'Margaret.Okonkwo.OnTuesday';
    await runtime.invoke(odd);
    await runtime.invoke(intentRequest(device, newSession(), 'PleaseRecordMyNameIntent', {}));
    expect(documents().map((document) => [document.RequestType, document.Intent])).toEqual([
      ['Malformed', 'none'],
      ['other', 'none'],
      ['other', 'none'],
      ['IntentRequest', 'other'],
    ]);
  });

  test('a request that ends in the error handler counts one handler error', async () => {
    const logger = memoryLogger();
    logger.info = () => {
      throw new Error('the log is broken');
    };
    const { runtime, documents } = measured({ logger });
    await runtime.invoke(launchRequest(device, newSession()));
    expect(documents().map((document) => metricValue(document, METRIC.handlerErrors))).toEqual([1]);
  });
});

describe('store timeouts and failures', () => {
  const never = () => new Promise<never>(() => {});
  const fails = () => Promise.reject(new Error('store down'));
  const store = (read: () => Promise<unknown>, write: () => Promise<void>): PersistenceAdapter => ({
    getAttributes: read as PersistenceAdapter['getAttributes'],
    saveAttributes: write,
    deleteAttributes: async () => {},
  });
  const storeMetrics = (document: EmfDocument) =>
    Object.fromEntries(
      [METRIC.storeReadTimeouts, METRIC.storeReadFailures, METRIC.storeWriteTimeouts, METRIC.storeWriteFailures]
        .map((name) => [name, metricValue(document, name)])
        .filter(([, value]) => value !== undefined),
    );

  test.each([
    ['a read that times out', store(never, async () => {}), { StoreReadTimeouts: 1 }],
    ['a read that fails', store(fails, async () => {}), { StoreReadFailures: 1 }],
    ['a write that times out', store(async () => ({}), never), { StoreWriteTimeouts: 1 }],
    ['a write that fails', store(async () => ({}), fails), { StoreWriteFailures: 1 }],
    [
      'a healthy store',
      store(
        async () => ({}),
        async () => {},
      ),
      {},
    ],
  ])('%s is counted, and the launch is still answered', async (_, persistence, expected) => {
    const { runtime, documents } = measured({ persistence, storeTimeouts: { readMs: 20, writeMs: 20 } });
    const response = await runtime.invoke(launchRequest(device, newSession()));
    expect(response.response.outputSpeech).toBeDefined();
    const [document] = documents();
    expect(emfProblems(document as EmfDocument)).toEqual([]);
    expect(storeMetrics(document as EmfDocument)).toEqual(expected);
    expect(metricValue(document as EmfDocument, METRIC.handlerErrors)).toBe(0);
  });
});

describe('metrics from the environment', () => {
  test('on by default, named after the Lambda function; METRICS=off turns them off', () => {
    expect(metricsFromEnv({ AWS_LAMBDA_FUNCTION_NAME: 'skill-fn' })?.functionName).toBe('skill-fn');
    expect(metricsFromEnv({})?.functionName).toBe('local');
    expect(metricsFromEnv({ METRICS: 'off' })).toBeUndefined();
    expect(metricsFromEnv({ METRICS: 'OFF ' })).toBeUndefined();
  });
});

// ---- the built bundle, as Lambda runs it -------------------------------------------------------------------

const SEEDED = {
  user: 'amzn1.ask.account.SEEDED-USER-7f3a9c',
  session: 'amzn1.echo-api.session.SEEDED-SESSION-51be',
  device: 'amzn1.ask.device.SEEDED-DEVICE-e20d',
  person: 'amzn1.ask.person.SEEDED-PERSON-c4a1',
  request: 'amzn1.echo-api.request.SEEDED-REQUEST-99aa',
  token: 'SEEDED-API-ACCESS-TOKEN-0b7e',
  subject: 'my neighbour margaret seeded subject',
  term: 'seeded term wobblebone',
  query: 'make my legs go numb said seeded grandpa harold',
};
const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';

function seededEnvelope(request: Record<string, unknown>, isNew: boolean) {
  const application = { applicationId: SKILL_ID };
  const user = { userId: SEEDED.user, accessToken: SEEDED.token };
  return {
    version: '1.0',
    session: { new: isNew, sessionId: SEEDED.session, application, user, attributes: {} },
    context: {
      System: {
        application,
        user,
        person: { personId: SEEDED.person },
        device: { deviceId: SEEDED.device, supportedInterfaces: {} },
        apiEndpoint: 'https://api.fe.amazonalexa.com',
        apiAccessToken: SEEDED.token,
      },
    },
    request: { requestId: SEEDED.request, timestamp: new Date().toISOString(), locale: 'en-AU', ...request },
  };
}

const intent = (name: string, slots: Record<string, string> = {}) => ({
  type: 'IntentRequest',
  dialogState: 'COMPLETED',
  intent: {
    name,
    confirmationStatus: 'NONE',
    slots: Object.fromEntries(Object.entries(slots).map(([slot, value]) => [slot, { name: slot, value, confirmationStatus: 'NONE' }])),
  },
});

const ORDINARY_REQUESTS = [
  { type: 'LaunchRequest' },
  intent('SymptomsIntent'),
  intent('AMAZON.YesIntent'),
  intent('TellMeAboutIntent', { subject: SEEDED.subject }),
  intent('DefineTermIntent', { term: SEEDED.term }),
  // A question in the person's own words (AMAZON.SearchQuery): the most personal slot there is.
  intent('QuestionIntent', { query: SEEDED.query }),
  intent('SpeakSlowerIntent'),
  intent('AMAZON.FallbackIntent'),
  intent('AMAZON.StopIntent'),
  { type: 'SessionEndedRequest', reason: 'USER_INITIATED' },
];

describe('the built bundle', () => {
  let scratch: ScratchBuild | undefined;
  beforeAll(() => {
    scratch = buildLambdaInScratch('metrics-test-');
  }, 60_000);
  afterAll(() => scratch?.remove());

  /** Runs the requests through index.handler in a fresh process, one session, as Lambda would. */
  function runBundle(env: Record<string, string>) {
    const envelopes = ORDINARY_REQUESTS.map((request, i) => seededEnvelope(request, i === 0));
    const script = `
      const { handler } = require(${JSON.stringify(scratch?.bundle)});
      (async () => {
        let attributes = {};
        for (const envelope of JSON.parse(process.argv[1])) {
          envelope.session.attributes = attributes;
          const response = await handler(envelope, { functionName: 'guide', awsRequestId: 'local' });
          attributes = response.sessionAttributes ?? attributes;
        }
      })();`;
    return spawnSync(process.execPath, ['-e', script, JSON.stringify(envelopes)], {
      env: { PATH: process.env.PATH, NODE_PATH: `${process.cwd()}/node_modules`, SKILL_ID, AWS_LAMBDA_FUNCTION_NAME: 'guide-prod', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });
  }

  test('given ordinary requests, writes one valid EMF line per request on stdout', () => {
    const run = runBundle({ LOG_LEVEL: 'INFO' });
    expect(run.status).toBe(0);
    const documents = emfDocuments(run.stdout);
    expect(documents).toHaveLength(ORDINARY_REQUESTS.length);
    for (const document of documents) expect(emfProblems(document)).toEqual([]);
    expect(documents.every((document) => document.FunctionName === 'guide-prod')).toBe(true);
    expect(documents.map((document) => document.Intent)).toContain('SymptomsIntent');
    // Nothing but metrics on stdout; the log lines stay on stderr.
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(ORDINARY_REQUESTS.length);
  });

  test('seeded user, session, device, person and request ids, the access token and slot values appear in no line, log or metric, at any log level, with the store failing', () => {
    const run = runBundle({
      LOG_LEVEL: 'DEBUG',
      // A table on a closed loopback port: store reads fail, and their warnings are logged too.
      PREFERENCES_TABLE: 'preferences',
      AWS_REGION: 'us-west-2',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:9',
    });
    expect(run.status).toBe(0);
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.stderr).toMatch(/"level":"DEBUG"|"level":"INFO"/);
    for (const [what, seeded] of Object.entries(SEEDED)) expect([what, output.includes(seeded)]).toEqual([what, false]);
    // Not even a part of one: the distinctive part of each seeded id.
    expect(output).not.toMatch(/SEEDED|margaret|wobblebone|harold|numb/i);
    const documents = emfDocuments(run.stdout);
    expect(documents).toHaveLength(ORDINARY_REQUESTS.length);
    const storeProblems = documents.reduce(
      (sum, document) =>
        sum + (metricValue(document, METRIC.storeReadFailures) ?? 0) + (metricValue(document, METRIC.storeReadTimeouts) ?? 0),
      0,
    );
    expect(storeProblems).toBeGreaterThanOrEqual(1);
  });
});
