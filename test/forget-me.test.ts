// "Forget me" sticks: once it is confirmed, no write sent earlier can bring the record back. Reproduced as the
// review found it: the built Lambda bundle, configured only by its environment, against dynalite behind a
// proxy that holds writes back for 1.2 s, so the "speak slower" write lands after the turn stopped waiting.
import { LocalConversation } from '../local/conversation';
import { LOCAL_TABLE, type LocalStore, startLocalStore } from '../local/store';
import { type RunningBundle, startLambdaBundle } from './support/lambda-bundle';
import { memoryLogger } from './support/logs';
import { buildLambdaInScratch, type ScratchBuild } from './support/scratch-build';
import { type StoreProxy, startStoreProxy } from './support/store-proxy';
import { storedItem as readStoredItem } from './support/stored-item';

const HELD_WRITE_MS = 1200;

let bundle: ScratchBuild;
let store: LocalStore;
let proxy: StoreProxy;
let lambda: RunningBundle;

beforeAll(async () => {
  bundle = buildLambdaInScratch('forget-me-');
  store = await startLocalStore({ timeoutMs: 1000, log: memoryLogger() });
  proxy = await startStoreProxy(store.endpoint);
  lambda = startLambdaBundle(bundle, {
    PREFERENCES_TABLE: LOCAL_TABLE,
    AWS_ENDPOINT_URL_DYNAMODB: proxy.endpoint,
    AWS_REGION: 'us-west-2',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    LOG_LEVEL: 'WARN',
  });
}, 60_000);

afterAll(async () => {
  await lambda?.stop();
  await proxy?.close();
  await store?.close();
  bundle?.remove();
});

afterEach(() => {
  proxy.hold = () => 0;
});

/** Holds back the first `count` calls of these operations by HELD_WRITE_MS; everything else passes. */
function holdFirst(operations: string[], count = Number.POSITIVE_INFINITY): (operation: string) => number {
  let held = 0;
  return (operation) => (operations.includes(operation) && held++ < count ? HELD_WRITE_MS : 0);
}

async function storedItem(userId: string): Promise<Record<string, unknown> | undefined> {
  return readStoredItem(store.endpoint, userId);
}

function visitor(userId: string) {
  return () => new LocalConversation(lambda, { locale: 'en-AU', userId });
}

test.each([
  // The "speak slower" write lands after "forget me": the case the review found.
  ['only the "speak slower" write held back', () => holdFirst(['PutItem', 'UpdateItem'], 1), { landsLast: true }],
  ['every write held back', () => holdFirst(['PutItem', 'UpdateItem']), { landsLast: false }],
  ['writes and deletes held back alike', () => holdFirst(['PutItem', 'UpdateItem', 'DeleteItem']), { landsLast: false }],
])(
  'a "speak slower" still on its way when "forget me" is confirmed does not bring the record back (%s)',
  async (name, hold, { landsLast }) => {
    const userId = `amzn1.ask.account.FORGET-ME-${name.length}`;
    const conversation = visitor(userId);
    const talk = conversation();
    await talk.say('open bone cancer guide');
    await proxy.idle();

    proxy.hold = hold();
    const writesBefore = proxy.calls.filter((call) => call === 'PutItem').length;
    expect((await talk.say('speak slower')).text).toMatch(/I'll speak more slowly/);
    // The write was sent (and is being held): the turn answered without waiting for it.
    expect(proxy.calls.filter((call) => call === 'PutItem').length).toBe(writesBefore + 1);
    const forgotten = await talk.say('forget me');
    expect(forgotten.text).toBe("Done. I've deleted your saved settings: your speech speed, and where you left off. Goodbye.");

    // Every write the bundle sent has now landed.
    await proxy.idle();
    proxy.hold = () => 0;
    const item = await storedItem(userId);
    expect(item?.attributes).toBeUndefined();
    expect(JSON.stringify(item ?? {})).not.toContain('"rate"');
    // Landing last, the "speak slower" write was refused, and the bundle said so (without saying whose).
    if (landsLast) {
      const refused = await lambda.logged(/\{[^\n]*"message":"saving preferences failed"[^\n]*\}/);
      expect(JSON.parse(refused)).toMatchObject({ level: 'WARN', errorName: 'RecordForgottenError' });
      expect(refused).not.toContain(userId);
    }

    const next = await conversation().say('open bone cancer guide');
    expect(next.text).toMatch(/^Welcome to the secondary bone cancer guide/);
    expect(next.ssml).not.toContain('prosody');
  },
);

test('after "forget me", a new visit is remembered again', async () => {
  const userId = 'amzn1.ask.account.FORGET-ME-THEN-COME-BACK';
  const conversation = visitor(userId);
  const first = conversation();
  await first.say('speak slower');
  await first.say('forget me');
  await proxy.idle();

  const again = conversation();
  await again.say('open bone cancer guide');
  await again.say('speak faster');
  await proxy.idle();
  expect((await storedItem(userId))?.attributes).toMatchObject({ rate: 120 });
  expect((await conversation().say('open bone cancer guide')).ssml).toContain('rate="120%"');
});
