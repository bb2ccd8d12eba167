// Every real request envelope in the shared corpus is answered without throwing, with a response Alexa
// would accept: spoken requests get speech, everything else an empty acknowledgement.
import { isServedLocale } from '../lambda/locales';
import { createSkillRuntime, RequestRejectedError } from '../lambda/skill';
import { corpusEnvelopes, requestTypeOf, withLocale } from './support/corpus';
import { memoryLogger } from './support/logs';
import { responseProblems, spokenText } from './support/responses';

const corpus = corpusEnvelopes();
// A button press on a screen is answered as the spoken word would be.
const SPOKEN = new Set(['LaunchRequest', 'IntentRequest', 'Alexa.Presentation.APL.UserEvent']);

describe.each(['as written', 'en-AU', 'en-IN', 'en-CA', 'de-DE', 'ja-JP'])('the shared corpus, locale %s', (locale) => {
  const logger = memoryLogger();
  const runtime = createSkillRuntime({ logger });

  test.each(corpus.map((c) => [c.file, c.envelope] as const))('%s', async (_file, original) => {
    const envelope = locale === 'as written' ? original : withLocale(original, locale);
    const response = await runtime.invoke(envelope);
    expect(await responseProblems(response)).toEqual([]);

    const type = requestTypeOf(envelope);
    const requestLocale = (envelope.request as { locale?: unknown }).locale;
    if (!type || !SPOKEN.has(type)) {
      expect(response.response.outputSpeech).toBeUndefined();
      return;
    }
    const text = spokenText(response);
    if (requestLocale !== undefined && !isServedLocale(requestLocale)) {
      expect(text).toBe('Sorry, this guide is only available in English.');
      expect(response.response.shouldEndSession).toBe(true);
    } else {
      expect(text.length).toBeGreaterThan(0);
    }
  });

  test('logs carry no user, device or session ids', () => {
    const logged = JSON.stringify(logger.lines);
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(logged).not.toMatch(/amzn1\.(ask\.)?account|amzn1\.ask\.device|amzn1\.echo-api\.session|SessionId\./);
  });
});

describe('the skill id check', () => {
  const launch = corpus.find((c) => c.file === 'launch-en-US-jovo.json')?.envelope;
  if (!launch) throw new Error('launch-en-US-jovo.json missing from the corpus');
  const ownId = (launch.context as { System: { application: { applicationId: string } } }).System.application.applicationId;

  test('with no SKILL_ID configured, any skill id is answered', async () => {
    const response = await createSkillRuntime({ logger: memoryLogger() }).invoke(launch);
    expect(spokenText(response)).toContain('Welcome');
  });

  test('a configured skill id accepts its own requests', async () => {
    const response = await createSkillRuntime({ skillId: ownId, logger: memoryLogger() }).invoke(launch);
    expect(spokenText(response)).toContain('Welcome');
  });

  test('a configured skill id rejects every request addressed to another skill, and says so in the log', async () => {
    const logger = memoryLogger();
    const runtime = createSkillRuntime({ skillId: 'amzn1.ask.skill.ours', logger });
    for (const { envelope } of corpus.slice(0, 20)) {
      await expect(runtime.invoke(envelope)).rejects.toBeInstanceOf(RequestRejectedError);
    }
    expect(logger.lines.some((line) => line.message.includes('skill id does not match'))).toBe(true);
  });
});

describe('envelopes that are not requests at all', () => {
  const runtime = createSkillRuntime({ logger: memoryLogger() });
  test.each([
    ['null', null],
    ['a string', 'hello'],
    ['an empty object', {}],
    ['a request that is not an object', { version: '1.0', request: 'LaunchRequest' }],
    ['an array', [1, 2, 3]],
  ])('%s gets a spoken apology, not a crash', async (_name, envelope) => {
    const response = await runtime.invoke(envelope);
    expect(await responseProblems(response)).toEqual([]);
    expect(spokenText(response)).toContain('something went wrong');
  });

  test('an IntentRequest with no intent, no context and no session is answered', async () => {
    const response = await runtime.invoke({ version: '1.0', request: { type: 'IntentRequest', locale: 'en-AU' } });
    expect(await responseProblems(response)).toEqual([]);
    expect(spokenText(response)).toMatch(/secondary bone cancer/);
  });
});
