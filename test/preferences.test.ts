// Remembered preferences against a real DynamoDB-compatible store (dynalite on loopback), no mocks:
// two conversations in a row, resume, forget me, and a store that is slow or goes away mid-conversation.
import { createSkillRuntime, type SkillRuntime } from '../lambda/skill';
import { DynamoPersistenceAdapter, recordKey } from '../lambda/store/dynamo-adapter';
import { LocalConversation } from '../local/conversation';
import { LOCAL_USER_ID } from '../local/envelope';
import { LOCAL_TABLE, type LocalStore, localClientConfig, startLocalStore } from '../local/store';
import { memoryLogger } from './support/logs';
import { type StoreProxy, startStoreProxy } from './support/store-proxy';
import { storedItem as readStoredItem } from './support/stored-item';

let store: LocalStore;
let proxy: StoreProxy;
const log = memoryLogger();
/**
 * Bounds generous enough that a busy machine (the first read also loads the AWS SDK) never turns a test about
 * remembering into one about timing; the test of the bounds themselves sets short ones.
 */
const roomyTimeouts = { readMs: 3000, writeMs: 3000 };
const shortTimeouts = { readMs: 300, writeMs: 200 };
const DAY_MS = 24 * 3600 * 1000;

beforeAll(async () => {
  store = await startLocalStore({ timeoutMs: 1000, log });
  proxy = await startStoreProxy(store.endpoint);
});

afterAll(async () => {
  await proxy.close();
  await store.close();
});

let adapters: DynamoPersistenceAdapter[] = [];
afterEach(async () => {
  await Promise.all(adapters.map((adapter) => adapter.close()));
  adapters = [];
  proxy.down = false;
  proxy.delayMs = 0;
});

/**
 * A person on their own device (their own Alexa user id), talking through the proxy to the store. With a
 * voice, Alexa recognises who is speaking (context.System.person), as on a shared Echo with voice profiles.
 */
function person(userId: string, options: { voice?: string; now?: () => number; timeouts?: typeof shortTimeouts } = {}) {
  const adapter = new DynamoPersistenceAdapter({
    tableName: LOCAL_TABLE,
    clientConfig: localClientConfig(proxy.endpoint),
    timeoutMs: 1000,
    ...(options.now ? { now: options.now } : {}),
  });
  adapters.push(adapter);
  const logger = memoryLogger();
  const runtime = createSkillRuntime({ logger, persistence: adapter, storeTimeouts: options.timeouts ?? roomyTimeouts });
  const { voice } = options;
  const speaking: SkillRuntime = voice ? { invoke: (envelope) => runtime.invoke(recognising(envelope, voice)) } : runtime;
  return { logger, adapter, conversation: () => new LocalConversation(speaking, { locale: 'en-AU', userId }) };
}

function recognising(envelope: unknown, personId: string): unknown {
  const request = envelope as { context: { System: Record<string, unknown> } };
  return { ...request, context: { ...request.context, System: { ...request.context.System, person: { personId } } } };
}

async function storedItem(userId: string): Promise<Record<string, unknown> | undefined> {
  return readStoredItem(store.endpoint, userId);
}

test('a speed set in one session applies in the next, and the disclaimer is not repeated', async () => {
  const { conversation } = person(`${LOCAL_USER_ID}-rate`);
  const first = conversation();
  expect((await first.say('open bone cancer guide')).text).toMatch(
    /^Welcome to the secondary bone cancer guide.*not medical advice.*speak slower/,
  );
  await first.say('speak slower');
  expect((await first.say('stop')).ssml).toContain('rate="80%"');

  const second = conversation();
  const welcome = await second.say('open bone cancer guide');
  expect(welcome.text).toMatch(/^Welcome back to the bone cancer guide\./);
  expect(welcome.text).not.toMatch(/not medical advice|speak slower/);
  expect(welcome.ssml).toContain('<prosody rate="80%">');
  expect(welcome.reprompt).not.toBeNull();
  const oneShot = await conversation().say('what causes it');
  expect(oneShot.ssml).toContain('<prosody rate="80%">');
  expect(oneShot.text).not.toMatch(/not medical advice/);
});

test('a returning person is offered to continue where they left off: yes continues, no goes to the menu', async () => {
  const { conversation } = person(`${LOCAL_USER_ID}-resume`);
  const first = conversation();
  await first.say('how is it treated');
  await first.say('next');
  expect((await first.say('next')).text).toMatch(/^Chemotherapy uses drugs/);
  await first.end();

  const second = conversation();
  // No topic is named until the listener asks to carry on: whoever is in the room hears the welcome.
  expect((await second.say('open bone cancer guide')).text).toBe(
    'Welcome back to the bone cancer guide. Would you like to carry on where you left off?',
  );
  expect((await second.say('yes')).text).toMatch(
    /^Last time, you heard about chemotherapy\. Targeted therapy uses drugs.*Would you like to hear about immunotherapy\?$/,
  );

  const third = conversation();
  await third.say('open bone cancer guide');
  expect((await third.say('no')).text).toMatch(/^Okay\. I can tell you about what it is/);
  expect((await conversation().say('carry on where i left off')).text).toMatch(
    /^Last time, you heard about targeted therapy\. Immunotherapy helps/,
  );
});

test('only the speed, the disclaimer flag and the place are kept, under a hash of the user id', async () => {
  const userId = `${LOCAL_USER_ID}-kept`;
  const { conversation } = person(userId);
  const talk = conversation();
  // The whole palliative-care passage is the answer: yes goes on to what follows it, the treatment team.
  await talk.say('what does palliative care mean');
  await talk.say('yes');
  await talk.say('speak faster');
  const item = await storedItem(userId);
  expect(item).toEqual({
    id: recordKey(userId),
    attributes: { rate: 120, disclaimerHeard: true, resume: { topic: 'team', item: -1 } },
    expiresAt: expect.any(Number),
  });
  // Kept for 180 days from this visit (DynamoDB's time to live reads seconds since the epoch).
  const inDays = ((item?.expiresAt as number) * 1000 - Date.now()) / DAY_MS;
  expect(inDays).toBeGreaterThan(179.9);
  expect(inDays).toBeLessThanOrEqual(180);
  expect(JSON.stringify(item)).not.toContain(userId);
  expect(JSON.stringify(item)).not.toMatch(/palliative|mean/);
});

test('preferences are read once per session and written only when they change', async () => {
  const { conversation } = person(`${LOCAL_USER_ID}-counts`);
  proxy.calls.length = 0;
  const talk = conversation();
  await talk.say('open bone cancer guide'); // read; first-use flags written
  await talk.say('help'); // nothing changed
  await talk.say('repeat'); // nothing changed
  await talk.say('what are the symptoms'); // place changed
  await talk.say('repeat'); // nothing changed
  expect(proxy.calls.filter((call) => call === 'GetItem')).toHaveLength(1);
  expect(proxy.calls.filter((call) => call === 'PutItem')).toHaveLength(2);
});

test('"forget me" deletes the record and says so; the next visit is a first visit', async () => {
  const userId = `${LOCAL_USER_ID}-forget`;
  const { conversation } = person(userId);
  const talk = conversation();
  await talk.say('speak slower');
  await talk.say('what are the symptoms');
  expect(await storedItem(userId)).toBeDefined();
  const forgotten = await talk.say('forget me');
  expect(forgotten).toMatchObject({ intent: 'ForgetMeIntent', shouldEndSession: true });
  expect(forgotten.text).toBe("Done. I've deleted your saved settings: your speech speed, and where you left off. Goodbye.");
  // What is left is a marker with no settings, so that no write still on its way can bring them back
  // (test/forget-me.test.ts); it expires within a day.
  const marker = await storedItem(userId);
  expect(marker).toEqual({ id: recordKey(userId), generation: expect.any(String), expiresAt: expect.any(Number) });
  expect((marker?.expiresAt as number) * 1000 - Date.now()).toBeLessThanOrEqual(DAY_MS);
  const again = await conversation().say('open bone cancer guide');
  expect(again.text).toMatch(/^Welcome to the secondary bone cancer guide/);
  expect(again.ssml).not.toContain('prosody');
  expect((await conversation().say('delete my settings')).intent).toBe('ForgetMeIntent');
});

test('the store going down mid-conversation: the skill keeps answering with this session’s settings, and warns', async () => {
  const userId = `${LOCAL_USER_ID}-down`;
  const { conversation, logger } = person(userId);
  const talk = conversation();
  await talk.say('what are the symptoms');
  proxy.down = true;
  const slower = await talk.say('speak slower');
  expect(slower.text).toMatch(/I'll speak more slowly/);
  expect((await talk.say('yes')).ssml).toContain('rate="80%"');
  expect(logger.lines.some((line) => line.level === 'warn' && line.message === 'saving preferences failed')).toBe(true);

  // A new session while the store is down: the first-use welcome, at once, and a warning in the log.
  const fresh = conversation();
  expect((await fresh.say('open bone cancer guide')).text).toMatch(/^Welcome to the secondary bone cancer guide/);
  expect((await fresh.say('what causes it')).text).toMatch(/always caused by a primary cancer/);
  expect(logger.lines.some((line) => line.message.startsWith('preference store unavailable'))).toBe(true);
  expect(JSON.stringify(logger.lines)).not.toContain(userId);
});

test('a slow store never holds the answer back beyond the bounds', async () => {
  const { conversation, logger } = person(`${LOCAL_USER_ID}-slow`, { timeouts: shortTimeouts });
  proxy.delayMs = 5000;
  const started = Date.now();
  const answer = await conversation().say('open bone cancer guide');
  // Read bound (300 ms) plus write bound (200 ms), with room for a busy machine; far below the 5 s delay.
  expect(Date.now() - started).toBeLessThan(2500);
  expect(answer.text).toMatch(/^Welcome to the secondary bone cancer guide/);
  expect(logger.lines.some((line) => line.level === 'warn')).toBe(true);
});

test('on a shared Echo, each recognised voice keeps its own speed and place; an unrecognised one gets the account’s', async () => {
  const household = `${LOCAL_USER_ID}-household`;
  const alex = person(household, { voice: 'amzn1.ask.person.ALEX' });
  const sam = person(household, { voice: 'amzn1.ask.person.SAM' });
  const anyone = person(household);

  const alexTalks = alex.conversation();
  await alexTalks.say('what is the prognosis');
  await alexTalks.say('speak slower');
  await alexTalks.end();

  const samHears = await sam.conversation().say('open bone cancer guide');
  expect(samHears.text).toMatch(/^Welcome to the secondary bone cancer guide/);
  expect(samHears.ssml).not.toContain('prosody');
  expect((await anyone.conversation().say('open bone cancer guide')).text).toMatch(/^Welcome to the secondary bone cancer guide/);

  const alexReturns = await alex.conversation().say('open bone cancer guide');
  expect(alexReturns.text).toMatch(/^Welcome back/);
  expect(alexReturns.ssml).toContain('rate="80%"');
  expect(await storedItem(household)).toMatchObject({ attributes: { rate: 100 } });
});

test('a person who does not come back for 180 days is forgotten; one who comes back keeps their settings another 180', async () => {
  const clock = { now: Date.now() };
  const { conversation } = person(`${LOCAL_USER_ID}-retention`, { now: () => clock.now });
  await conversation().say('speak slower');
  const start = clock.now;

  clock.now = start + 179 * DAY_MS;
  expect((await conversation().say('open bone cancer guide')).ssml).toContain('rate="80%"');
  clock.now = start + (179 + 179) * DAY_MS;
  expect((await conversation().say('open bone cancer guide')).text).toMatch(/^Welcome back/);
  clock.now = start + (179 + 179 + 181) * DAY_MS;
  const forgotten = await conversation().say('open bone cancer guide');
  expect(forgotten.text).toMatch(/^Welcome to the secondary bone cancer guide/);
  expect(forgotten.ssml).not.toContain('prosody');
});
