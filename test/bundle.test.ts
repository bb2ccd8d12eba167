// The Lambda bundle as AWS would run it: built by the real build, loaded with require, invoked directly
// with real Alexa request envelopes.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusEnvelopes, requestTypeOf } from './support/corpus';
import { responseProblems, spokenText } from './support/responses';

const ROOT = join(__dirname, '..');
const BUNDLE = join(ROOT, 'dist/lambda/index.js');

type Handler = (event: unknown, context?: unknown) => Promise<{ response: { outputSpeech?: unknown } }>;
let handler: Handler;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'lambda', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  process.env.LOG_LEVEL = 'SILENT';
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

test('answers every envelope in the shared corpus with a valid response', async () => {
  for (const { file, envelope } of corpusEnvelopes()) {
    const response = await handler(envelope, { functionName: 'test', awsRequestId: 'local' });
    expect([file, await responseProblems(response as never)]).toEqual([file, []]);
    const spoken = ['LaunchRequest', 'IntentRequest', 'Alexa.Presentation.APL.UserEvent'].includes(requestTypeOf(envelope) ?? '');
    expect([file, response.response.outputSpeech !== undefined]).toEqual([file, spoken]);
  }
});
