// One session, two speakers: each turn's preferences go to that speaker's own record, read first, and never
// carry what another voice heard. Reproduced as the review found it (issue 19): Alice asks about the
// prognosis, Bob says "speak slower" in the same session; Alice later says "forget me" in her own voice; Bob's
// next session must not offer Alice's topic. Run on both stores: DynamoDB's adapter (against dynalite) and the
// in-memory one behind `--no-store`.
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { createSkillRuntime, type SkillRuntime } from '../lambda/skill';
import { DynamoPersistenceAdapter } from '../lambda/store/dynamo-adapter';
import { RECORD_META_KEY } from '../lambda/store/record';
import { LocalConversation } from '../local/conversation';
import { MemoryPersistenceAdapter } from '../local/memory-store';
import { LOCAL_TABLE, type LocalStore, localClientConfig, startLocalStore } from '../local/store';
import { memoryLogger } from './support/logs';

const ALICE = 'amzn1.ask.person.ALICE';
const BOB = 'amzn1.ask.person.BOB';
/** Bounds roomy enough that a busy machine never turns these into tests of timing. */
const roomyTimeouts = { readMs: 3000, writeMs: 3000 };

let store: LocalStore;
beforeAll(async () => {
  store = await startLocalStore({ timeoutMs: 2000, log: memoryLogger() });
});
afterAll(async () => {
  await store.close();
});

interface Household {
  adapter: PersistenceAdapter;
  close(): Promise<void>;
}

const stores: Record<string, () => Household> = {
  DynamoDB: () => {
    const adapter = new DynamoPersistenceAdapter({
      tableName: LOCAL_TABLE,
      clientConfig: localClientConfig(store.endpoint),
      timeoutMs: 2000,
    });
    return { adapter, close: () => adapter.close() };
  },
  memory: () => ({ adapter: new MemoryPersistenceAdapter(), close: async () => {} }),
};

/** Whose voice Alexa recognises on the next request: a person id, or undefined for an unrecognised turn. */
interface Speaker {
  voice: string | undefined;
}

function recognising(envelope: unknown, personId: string | undefined): unknown {
  const request = envelope as { context: { System: Record<string, unknown> } };
  const { person: _none, ...system } = request.context.System;
  return { ...request, context: { ...request.context, System: { ...system, ...(personId ? { person: { personId } } : {}) } } };
}

/** What a record holds for a speaker, read through the adapter itself (no session). */
async function recordOf(adapter: PersistenceAdapter, userId: string, personId?: string): Promise<Record<string, unknown>> {
  const envelope = recognising({ context: { System: { user: { userId } } }, request: { type: 'LaunchRequest' } }, personId);
  const { [RECORD_META_KEY]: _meta, ...preferences } = await adapter.getAttributes(envelope as RequestEnvelope);
  return preferences;
}

let counter = 0;
describe.each(Object.keys(stores))('two voices in one session, the %s store', (name) => {
  let household: Household;
  let account: string;
  let speaker: Speaker;
  let runtime: SkillRuntime;
  const talk = () => new LocalConversation(runtime, { locale: 'en-AU', userId: account });

  beforeEach(() => {
    household = (stores[name] as () => Household)();
    counter += 1;
    account = `amzn1.ask.account.TWO-VOICES-${name}-${counter}`;
    speaker = { voice: ALICE };
    const skill = createSkillRuntime({ logger: memoryLogger(), persistence: household.adapter, storeTimeouts: roomyTimeouts });
    runtime = { invoke: (envelope) => skill.invoke(recognising(envelope, speaker.voice)) };
  });
  afterEach(() => household.close());

  test('Bob never hears Alice’s topic after she asked to be forgotten (the review’s reproduction)', async () => {
    const session = talk();
    speaker.voice = ALICE;
    await session.say('open bone cancer guide');
    expect((await session.say('what is the prognosis')).text).toMatch(/prognosis|predict/i);
    speaker.voice = BOB;
    expect((await session.say('speak slower')).text).toMatch(/I'll speak more slowly/);
    await session.end();

    // Bob's record holds what his own turn changed, and nothing Alice heard.
    expect(await recordOf(household.adapter, account, BOB)).toEqual({ rate: 80, disclaimerHeard: false });

    speaker.voice = ALICE;
    expect((await talk().say('forget me')).intent).toBe('ForgetMeIntent');

    speaker.voice = BOB;
    const bobReturns = talk();
    const welcome = await bobReturns.say('open bone cancer guide');
    // Bob's own setting is his: the speed he asked for.
    expect(welcome.ssml).toContain('rate="80%"');
    expect(welcome.text).not.toMatch(/carry on where you left off/);
    const carryOn = await bobReturns.say('carry on where I left off');
    expect(carryOn.text).toMatch(/^There's nowhere saved to carry on from yet\./);
    expect(carryOn.text).not.toMatch(/you heard about|predict/);
  });

  test('each voice’s record takes only what that voice’s own turns changed, under its own generation', async () => {
    // Bob was forgotten once: his record carries a generation that Alice's session never read.
    speaker.voice = BOB;
    const before = talk();
    await before.say('what causes it');
    await before.say('forget me');

    const session = talk();
    speaker.voice = ALICE;
    await session.say('open bone cancer guide');
    await session.say('speak faster');
    speaker.voice = BOB;
    await session.say('what are the symptoms');
    speaker.voice = ALICE;
    await session.say('what is the prognosis');
    await session.end();

    expect(await recordOf(household.adapter, account, ALICE)).toEqual({
      rate: 120,
      disclaimerHeard: true,
      resume: { topic: 'prognosis', item: -1 },
    });
    // Bob's record was written under his own generation (a write under Alice's would have been refused), with
    // the place his own question took him to, and not Alice's speed.
    expect(await recordOf(household.adapter, account, BOB)).toEqual({
      rate: 100,
      disclaimerHeard: false,
      resume: { topic: 'symptoms', item: -1 },
    });
  });

  test('an unrecognised turn writes to the account’s shared record only what it changed, and none of Alice’s', async () => {
    const session = talk();
    speaker.voice = ALICE;
    await session.say('open bone cancer guide');
    await session.say('what is the prognosis');
    speaker.voice = undefined;
    await session.say('speak slower');
    await session.end();

    expect(await recordOf(household.adapter, account)).toEqual({ rate: 80, disclaimerHeard: false });
    expect(await recordOf(household.adapter, account, ALICE)).toEqual({
      rate: 100,
      disclaimerHeard: true,
      resume: { topic: 'prognosis', item: -1 },
    });
    const anyone = await talk().say('open bone cancer guide');
    expect(anyone.text).not.toMatch(/carry on where you left off/);
  });
});
