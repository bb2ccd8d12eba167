// The stand-in for ask-sdk-core's SkillBuilders that the Lambda bundle and the web app carry (lambda/sdk/skill-builders.ts)
// answers as the SDK does: the same conversations, with preferences remembered, run through the skill built with each, give the same
// response envelopes (the ids the skill makes up each time aside), and leave the same records in the store.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { SkillRuntime } from '../lambda/skill';
import { LocalConversation } from '../local/conversation';
import { echoShow, intentRequest, newSession } from '../local/envelope';
import { MemoryPersistenceAdapter } from '../local/memory-store';

jest.setTimeout(60_000);

const NOW = Date.UTC(2026, 11, 1);

/** The skill's runtime, with the SDK's SkillBuilders or the stand-in, recording every envelope it answers. */
function runtimeWith(standIn: boolean, store: MemoryPersistenceAdapter, answered: unknown[]): SkillRuntime {
  let create: typeof import('../lambda/skill').createSkillRuntime | undefined;
  jest.isolateModules(() => {
    if (standIn) jest.doMock('ask-sdk-core/dist/skill/SkillBuilders', () => jest.requireActual('../lambda/sdk/skill-builders'));
    else jest.dontMock('ask-sdk-core/dist/skill/SkillBuilders');
    create = (jest.requireActual('../lambda/skill') as typeof import('../lambda/skill')).createSkillRuntime;
    // Which SkillBuilders the skill was built with.
    const used = (jest.requireMock('ask-sdk-core/dist/skill/SkillBuilders') as { SkillBuilders: unknown }).SkillBuilders;
    const ours = (jest.requireActual('../lambda/sdk/skill-builders') as { SkillBuilders: unknown }).SkillBuilders;
    expect(used === ours).toBe(standIn);
  });
  if (!create) throw new Error('no runtime');
  const runtime = create({ persistence: store, logger: { debug() {}, info() {}, warn() {}, error() {} } });
  return {
    async invoke(envelope, context) {
      try {
        const response = await runtime.invoke(envelope, context);
        answered.push(response);
        return response;
      } catch (error) {
        answered.push({ threw: (error as Error).name });
        throw error;
      }
    },
  };
}

/** What differs from run to run whoever builds the skill: the UUIDs it makes up. */
function withoutIds(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '(id)'));
}

const CONVERSATION = [
  'open bone cancer guide',
  'speak slower',
  'what are the symptoms',
  'yes',
  'next',
  'go back',
  'repeat',
  'can it make my legs go numb',
  'what does palliative care mean',
  'help',
  'stop',
  'open bone cancer guide',
  'yes',
  'walk me through it',
  'forget me',
  'open bone cancer guide',
  'stop',
];

async function run(standIn: boolean): Promise<{ answered: unknown[]; stored: unknown[] }> {
  const store = new MemoryPersistenceAdapter(() => NOW);
  const answered: unknown[] = [];
  const runtime = runtimeWith(standIn, store, answered);
  const device = echoShow('en-AU', 'amzn1.ask.account.STAND-IN-TEST');
  const stored: unknown[] = [];
  let conversation = new LocalConversation(runtime, device);
  for (const utterance of CONVERSATION) {
    await conversation.say(utterance);
    stored.push(withoutIds(await store.getAttributes(intentRequest(device, newSession(), 'AMAZON.HelpIntent', {}))));
  }
  await conversation.press('AMAZON.NextIntent');
  await conversation.end();
  conversation = new LocalConversation(runtime, device);
  await conversation.say('how is it treated');
  // What no handler takes, and an envelope without a session.
  const odd = intentRequest(device, newSession(), 'MargaretsTuesdayIntent', {});
  await runtime.invoke(odd);
  const { session: _session, ...outOfSession } = intentRequest(device, newSession(), 'AMAZON.HelpIntent', {}) as RequestEnvelope;
  await runtime.invoke(outOfSession).catch(() => undefined);
  return { answered: answered.map(withoutIds), stored };
}

test('the stand-in answers every request as the SDK does, and stores the same', async () => {
  const sdk = await run(false);
  const standIn = await run(true);
  expect(sdk.answered.length).toBeGreaterThan(CONVERSATION.length);
  expect(standIn.answered).toEqual(sdk.answered);
  expect(standIn.stored).toEqual(sdk.stored);
  // The same bytes, not only equal values: the keys in the same order.
  expect(JSON.stringify(standIn.answered)).toBe(JSON.stringify(sdk.answered));
  // Not a comparison of nothing: speech, reprompts, directives and remembered speeds are in there.
  const text = JSON.stringify(sdk.answered);
  for (const part of ['"outputSpeech"', '"reprompt"', '"directives"', '"card"', '"shouldEndSession":true']) expect(text).toContain(part);
  expect(JSON.stringify(sdk.stored)).toContain('"rate"');
  expect((sdk.answered as ResponseEnvelope[]).every((envelope) => 'threw' in envelope || envelope.version === '1.0')).toBe(true);
});
