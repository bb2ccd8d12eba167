// The Lambda bundle as AWS would run it: built by the real build, loaded with require, invoked directly
// with real Alexa request envelopes.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createSkillRuntime } from '../lambda/skill';
import { requestFor } from './support/conversation';
import { corpusEnvelopes, requestTypeOf, withLocale } from './support/corpus';
import { memoryLogger } from './support/logs';
import { responseProblems, spokenText } from './support/responses';

const ROOT = join(__dirname, '..');
const BUNDLE = join(ROOT, 'dist/lambda/index.js');

type Handler = (event: unknown, context?: unknown) => Promise<{ response: { outputSpeech?: unknown } }>;
let handler: Handler;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'lambda', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  process.env.LOG_LEVEL = 'SILENT';
  // Its metrics (EMF lines on stdout) are checked in metrics.test.ts; here they would only fill the test output.
  process.env.METRICS = 'off';
  // The bundle is plain CommonJS, as the Lambda runtime loads it.
  handler = require(BUNDLE).handler;
});

test('is one CommonJS file exporting an async handler', () => {
  expect(statSync(BUNDLE).size).toBeGreaterThan(10_000);
  expect(typeof handler).toBe('function');
});

test('answers a launch, a one-shot question and stop', async () => {
  const launch = corpusEnvelopes().find((c) => c.file === 'launch-en-GB-audioplayer-display-official-sample.json')?.envelope;
  const welcome = await handler(launch);
  expect(spokenText(welcome as never)).toContain('Welcome to the secondary bone cancer guide');
});

// The build carries a slimmed model source (what the handlers read): a question said before its carrier ("… and how
// long does it take") must be read as the source reads it, never with the carrier first (time left to live).
test.each([
  'what is a pet scan and how long does it take',
  "vertebroplasty what's that and how long does it take",
  'how many radiotherapy sessions do people usually have and over how long',
])('reads "%s" as the source does', async (said) => {
  const envelope = requestFor(`ask bone cancer guide ${said}`, { locale: 'en-AU' });
  const source = createSkillRuntime({ logger: memoryLogger() });
  const fromBundle = spokenText((await handler(envelope, {})) as never);
  expect(fromBundle).toBe(spokenText((await source.invoke(envelope, {})) as never));
  expect(fromBundle).not.toContain('it gives no times');
});

// Alexa sends the same envelopes from every marketplace: served English locales, and locales the skill
// does not serve (they get a one-line English refusal). Every one through the bundle, as Lambda runs it.
const LOCALES = ['as written', 'en-AU', 'en-IN', 'en-CA', 'de-DE', 'ja-JP'];
const SPOKEN = ['LaunchRequest', 'IntentRequest', 'Alexa.Presentation.APL.UserEvent'];

test.each(LOCALES)("answers every envelope in the shared corpus, locale %s, in Alexa's response format", async (locale) => {
  const corpus = corpusEnvelopes();
  for (const { file, envelope: original } of corpus) {
    const envelope = locale === 'as written' ? original : withLocale(original, locale);
    const response = await handler(envelope, { functionName: 'test', awsRequestId: 'local' });
    // responseProblems includes the JSON Schema of the response envelope (support/response-schema.ts).
    expect([file, await responseProblems(response as never)]).toEqual([file, []]);
    const spoken = SPOKEN.includes(requestTypeOf(envelope) ?? '');
    expect([file, response.response.outputSpeech !== undefined]).toEqual([file, spoken]);
    // Audio, playback, skill and list events, CanFulfill, exceptions, session ends: an empty acknowledgement.
    if (!spoken) expect([file, response.response]).toEqual([file, {}]);
  }
});

describe('with SKILL_ID configured', () => {
  const OWN_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
  let guarded: Handler;

  beforeAll(() => {
    process.env.SKILL_ID = OWN_ID;
    // A fresh copy of the bundle, so its configuration is read again from the environment at load, as on Lambda.
    jest.isolateModules(() => {
      guarded = require(BUNDLE).handler;
    });
  });
  afterAll(() => {
    delete process.env.SKILL_ID;
  });

  test('answers requests addressed to this skill', async () => {
    const launch = corpusEnvelopes().find((c) => c.file === 'launch-en-US-jovo.json')?.envelope ?? {};
    const ours = structuredClone(launch) as { context: { System: { application: { applicationId: string } } } };
    ours.context.System.application.applicationId = OWN_ID;
    expect(await responseProblems((await guarded(ours)) as never)).toEqual([]);
  });

  test('rejects every corpus request addressed to another skill with RequestRejectedError, never another error', async () => {
    for (const { file, envelope } of corpusEnvelopes()) {
      if (typeof envelope.request !== 'object') continue;
      const outcome = await guarded(envelope).then(
        () => 'answered',
        (error: unknown) => (error instanceof Error ? error.name : typeof error),
      );
      expect([file, outcome]).toEqual([file, 'RequestRejectedError']);
    }
  });
});
