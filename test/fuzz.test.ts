// A fixed-seed slice of the envelope fuzzer (test/support/fuzz.ts): the same property `npm run fuzz` runs
// 100,000 times, here a couple of thousand times so every `npm test` tries fresh broken envelopes.
import fc from 'fast-check';
import { STORED_REPLY_MAX_CHARS } from '../lambda/conversation/state';
import { createSkillRuntime, RequestRejectedError } from '../lambda/skill';
import { renderSpeech } from '../lambda/speech/render';
import { MAX_SSML_CHARS } from '../lambda/speech/ssml';
import { checkEnvelope, createFuzzWorld, envelopeOf, type FuzzWorld, fuzzProperty, GUARDED_SKILL_ID } from './support/fuzz';
import { memoryLogger } from './support/logs';
import { responseProblems } from './support/responses';

const SEED = 20_200_701;
const RUNS = Number(process.env.FUZZ_TEST_RUNS ?? 2500);

let world: FuzzWorld;

beforeAll(async () => {
  world = await createFuzzWorld();
});

test(`${RUNS} mutated envelopes: no unhandled exception, no invalid response, other skills' requests rejected`, async () => {
  await fc.assert(fuzzProperty(world), { seed: SEED, numRuns: RUNS });
});

describe('the property itself', () => {
  test('accepts a plain launch addressed to the guarded skill, and one addressed to another skill', async () => {
    const launch = world.bases.findIndex((b) => JSON.stringify(b).includes('"LaunchRequest"'));
    const own = { kind: 'own id' as const, context: true, session: true };
    await expect(checkEnvelope(world, envelopeOf(world, { base: launch, mutations: [own], stored: {} }))).resolves.toBeUndefined();
    await expect(checkEnvelope(world, envelopeOf(world, { base: launch, mutations: [], stored: {} }))).resolves.toBeUndefined();
  });

  test('a wrong skill id is a typed rejection from the guarded runtime', async () => {
    const launch = world.bases.find((b) => JSON.stringify(b).includes('"LaunchRequest"'));
    await expect(world.guarded.invoke(launch)).rejects.toBeInstanceOf(RequestRejectedError);
    const ours = structuredClone(launch) as { context: { System: { application: { applicationId: string } } } };
    ours.context.System.application.applicationId = GUARDED_SKILL_ID;
    await expect(world.guarded.invoke(ours)).resolves.toHaveProperty('version', '1.0');
  });

  test('catches a runtime that throws, and one that speaks out of turn', async () => {
    const broken: FuzzWorld = {
      ...world,
      open: {
        invoke: async () => {
          throw new TypeError('boom');
        },
      },
    };
    await expect(checkEnvelope(broken, { version: '1.0', request: { type: 'LaunchRequest' } })).rejects.toThrow(/unhandled exception/);
    const chatty: FuzzWorld = {
      ...world,
      open: { invoke: async () => ({ version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<speak>Hi</speak>' } } }) },
    };
    await expect(checkEnvelope(chatty, { version: '1.0', request: { type: 'SessionEndedRequest' } })).rejects.toThrow(/speech in reply to/);
  });
});

describe('what fuzzing found, kept as examples', () => {
  const runtime = createSkillRuntime({ logger: memoryLogger() });
  const repeat = (attributes: unknown, locale = 'en-AU') => ({
    version: '1.0',
    session: { new: false, sessionId: 'amzn1.echo-api.session.x', application: { applicationId: 'x' }, attributes },
    // A user id, as Alexa always sends: a preference record is keyed by it.
    context: { System: { application: { applicationId: 'x' }, user: { userId: 'amzn1.ask.account.x' } } },
    request: { type: 'IntentRequest', requestId: 'r', timestamp: '2020-07-01T00:00:00Z', locale, intent: { name: 'AMAZON.RepeatIntent' } },
  });

  test('session attributes that are not an object are not echoed back (Alexa requires an object)', async () => {
    for (const attributes of [[], 'text', 7, null]) {
      const response = await runtime.invoke(repeat(attributes, ''));
      expect(await responseProblems(response)).toEqual([]);
    }
  });

  test("a stored answer too long to be one of ours is forgotten, not said again past Alexa's limits", async () => {
    const question = '!'.repeat(7990);
    const response = await runtime.invoke(repeat({ conversation: { last: { title: 'T', body: ['x'.repeat(4000)], question } } }));
    expect(await responseProblems(response)).toEqual([]);
    expect(JSON.stringify(response)).not.toContain('!!!!!!!!');
    expect(STORED_REPLY_MAX_CHARS).toBeLessThanOrEqual(MAX_SSML_CHARS / 2);
  });

  test('a saved record whose resume position is not an index is ignored, not a crash swallowed as "store down"', async () => {
    const warnings = memoryLogger();
    const persistence = {
      getAttributes: async () => ({ rate: 80, disclaimerHeard: true, resume: { topic: 'overview', item: 'length' } }),
      saveAttributes: async () => {},
      deleteAttributes: async () => {},
    };
    const response = await createSkillRuntime({ logger: warnings, persistence }).invoke(repeat({}));
    expect(await responseProblems(response)).toEqual([]);
    expect(warnings.lines.filter((line) => line.level === 'warn' || line.level === 'error')).toEqual([]);
    // The rest of the record still applies: the saved speed.
    expect(JSON.stringify(response.response.outputSpeech)).toContain('rate=\\"80%\\"');
  });

  test('speech is rendered within the limit even when the question alone is too long', () => {
    const speech = renderSpeech({ title: '', body: ['An answer.'], question: '!'.repeat(9000), reprompt: '?'.repeat(9000) }, 80);
    expect(speech.ssml.length).toBeLessThanOrEqual(MAX_SSML_CHARS);
    expect(speech.ssml).toContain('An answer.');
    expect(speech.reprompt).toBeUndefined();
  });
});
