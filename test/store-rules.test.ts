// The rules every preference store follows (lambda/store/record.ts), checked on every adapter: DynamoDB's
// (against dynalite), the in-memory one behind `--no-store`, and the web app's IndexedDB one (against
// fake-indexeddb here; test/web-app.test.ts uses it in Chromium). Keys per account or per recognised voice,
// generations that make "forget me" stick, and 180 days' retention refreshed by use.
import 'fake-indexeddb/auto';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DynamoPersistenceAdapter } from '../lambda/store/dynamo-adapter';
import { RECORD_META_KEY, RecordForgottenError, RecordKeyMismatchError, recordKey, recordKeyOf } from '../lambda/store/record';
import { RETENTION_DAYS } from '../lambda/store/retention';
import { MemoryPersistenceAdapter } from '../local/memory-store';
import { deleteExpired, LOCAL_TABLE, type LocalStore, localClientConfig, startLocalStore } from '../local/store';
import { IndexedDbPersistenceAdapter } from '../local/web-app/indexeddb-store';
import { memoryLogger } from './support/logs';

const DAY_MS = 24 * 3600 * 1000;

let store: LocalStore;
beforeAll(async () => {
  store = await startLocalStore({ timeoutMs: 1000, log: memoryLogger() });
});
afterAll(async () => {
  await store.close();
});

interface Clocked {
  adapter: PersistenceAdapter;
  clock: { now: number };
  close(): Promise<void>;
}

const adapters: Record<string, () => Clocked> = {
  DynamoDB: () => {
    const clock = { now: Date.UTC(2026, 0, 1) };
    const adapter = new DynamoPersistenceAdapter({
      tableName: LOCAL_TABLE,
      clientConfig: localClientConfig(store.endpoint),
      timeoutMs: 1000,
      now: () => clock.now,
    });
    return { adapter, clock, close: () => adapter.close() };
  },
  memory: () => {
    const clock = { now: Date.UTC(2026, 0, 1) };
    return { adapter: new MemoryPersistenceAdapter(() => clock.now), clock, close: async () => {} };
  },
  IndexedDB: () => {
    const clock = { now: Date.UTC(2026, 0, 1) };
    const adapter = new IndexedDbPersistenceAdapter({ name: `store-rules-${counter}`, now: () => clock.now });
    return { adapter, clock, close: () => adapter.close() };
  },
};

let counter = 0;
/** A request from an account, and from a recognised voice on it when personId is given. */
function from(userId: string, personId?: string): RequestEnvelope {
  return {
    version: '1.0',
    context: { System: { user: { userId }, ...(personId ? { person: { personId } } : {}) } },
    request: { type: 'LaunchRequest', requestId: 'r', timestamp: '', locale: 'en-AU' },
  } as unknown as RequestEnvelope;
}

function preferencesIn(attributes: Record<string, unknown>): Record<string, unknown> {
  const { [RECORD_META_KEY]: _meta, ...preferences } = attributes;
  return preferences;
}

function metaIn(attributes: Record<string, unknown>): { generation?: string; refreshDue?: boolean } {
  return (attributes[RECORD_META_KEY] ?? {}) as { generation?: string; refreshDue?: boolean };
}

describe.each(Object.keys(adapters))('the %s store', (name) => {
  let clocked: Clocked;
  let account: string;
  beforeEach(() => {
    clocked = (adapters[name] as () => Clocked)();
    counter += 1;
    account = `amzn1.ask.account.RULES-${name}-${counter}`;
  });
  afterEach(() => clocked.close());

  test('a write sent before "forget me" is refused, whether or not there was a record before', async () => {
    const { adapter } = clocked;
    const fresh = await adapter.getAttributes(from(account));
    expect(fresh).toEqual({});
    await adapter.saveAttributes(from(account), { rate: 80, [RECORD_META_KEY]: metaIn(fresh) });
    await adapter.deleteAttributes?.(from(account));
    // A late write from before "forget me": the first ever (no generation) and a later one alike.
    await expect(adapter.saveAttributes(from(account), { rate: 80, [RECORD_META_KEY]: {} })).rejects.toThrow(RecordForgottenError);
    const forgotten = await adapter.getAttributes(from(account));
    expect(preferencesIn(forgotten)).toEqual({});

    // A session that starts afterwards reads the new generation and is remembered again…
    await adapter.saveAttributes(from(account), { rate: 120, [RECORD_META_KEY]: metaIn(forgotten) });
    expect(preferencesIn(await adapter.getAttributes(from(account)))).toEqual({ rate: 120 });
    // …until the next "forget me", which refuses that generation too.
    await adapter.deleteAttributes?.(from(account));
    await expect(adapter.saveAttributes(from(account), { rate: 120, [RECORD_META_KEY]: metaIn(forgotten) })).rejects.toThrow(
      RecordForgottenError,
    );
    expect(preferencesIn(await adapter.getAttributes(from(account)))).toEqual({});
  });

  test('a recognised voice keeps its own record; without one, the account’s', async () => {
    const { adapter } = clocked;
    await adapter.saveAttributes(from(account, 'amzn1.ask.person.ALEX'), { rate: 80, [RECORD_META_KEY]: {} });
    await adapter.saveAttributes(from(account, 'amzn1.ask.person.SAM'), { rate: 120, [RECORD_META_KEY]: {} });
    await adapter.saveAttributes(from(account), { rate: 65, [RECORD_META_KEY]: {} });
    expect(preferencesIn(await adapter.getAttributes(from(account, 'amzn1.ask.person.ALEX')))).toEqual({ rate: 80 });
    expect(preferencesIn(await adapter.getAttributes(from(account, 'amzn1.ask.person.SAM')))).toEqual({ rate: 120 });
    expect(preferencesIn(await adapter.getAttributes(from(account)))).toEqual({ rate: 65 });
    // Alex's "forget me" forgets Alex, and the account's shared record (which may hold Alex's settings from
    // when Alexa did not recognise them), but not Sam.
    await adapter.deleteAttributes?.(from(account, 'amzn1.ask.person.ALEX'));
    expect(preferencesIn(await adapter.getAttributes(from(account, 'amzn1.ask.person.ALEX')))).toEqual({});
    expect(preferencesIn(await adapter.getAttributes(from(account)))).toEqual({});
    expect(preferencesIn(await adapter.getAttributes(from(account, 'amzn1.ask.person.SAM')))).toEqual({ rate: 120 });
    // Unrecognised, "forget me" forgets the account's record only.
    await adapter.saveAttributes(from(account, 'amzn1.ask.person.ALEX'), {
      rate: 65,
      [RECORD_META_KEY]: metaIn(await adapter.getAttributes(from(account, 'amzn1.ask.person.ALEX'))),
    });
    await adapter.deleteAttributes?.(from(account));
    expect(preferencesIn(await adapter.getAttributes(from(account, 'amzn1.ask.person.ALEX')))).toEqual({ rate: 65 });
  });

  test('a write goes only to the record its session read: another voice’s record refuses it', async () => {
    const { adapter } = clocked;
    const alex = from(account, 'amzn1.ask.person.ALEX');
    const sam = from(account, 'amzn1.ask.person.SAM');
    // What a session that read Alex's record sends: the key and the generation (none) it read.
    const read = { rate: 80, [RECORD_META_KEY]: { ...metaIn(await adapter.getAttributes(alex)), key: recordKeyOf(alex) } };
    await expect(adapter.saveAttributes(sam, read)).rejects.toThrow(RecordKeyMismatchError);
    await expect(adapter.saveAttributes(from(account), read)).rejects.toThrow(RecordKeyMismatchError);
    expect(preferencesIn(await adapter.getAttributes(sam))).toEqual({});
    expect(preferencesIn(await adapter.getAttributes(from(account)))).toEqual({});
    await adapter.saveAttributes(alex, read);
    expect(preferencesIn(await adapter.getAttributes(alex))).toEqual({ rate: 80 });
  });

  test(`a record expires ${RETENTION_DAYS} days after it was last written, and use refreshes it`, async () => {
    const { adapter, clock } = clocked;
    const start = clock.now;
    await adapter.saveAttributes(from(account), { rate: 80, [RECORD_META_KEY]: {} });

    clock.now = start + 12 * 3600 * 1000;
    expect(metaIn(await adapter.getAttributes(from(account))).refreshDue).toBeUndefined();
    clock.now = start + (RETENTION_DAYS - 1) * DAY_MS;
    const late = await adapter.getAttributes(from(account));
    expect(preferencesIn(late)).toEqual({ rate: 80 });
    expect(metaIn(late).refreshDue).toBe(true);
    // The visit writes it again: another 180 days from now.
    await adapter.saveAttributes(from(account), { rate: 80, [RECORD_META_KEY]: metaIn(late) });
    clock.now = start + (2 * RETENTION_DAYS - 2) * DAY_MS;
    expect(preferencesIn(await adapter.getAttributes(from(account)))).toEqual({ rate: 80 });
    clock.now = start + 2 * RETENTION_DAYS * DAY_MS;
    expect(preferencesIn(await adapter.getAttributes(from(account)))).toEqual({});
  });
});

test('keys are SHA-256 hashes of the account, or of the account and the voice, never an id', () => {
  const account = 'amzn1.ask.account.KEYS';
  const person = 'amzn1.ask.person.KEYS';
  expect(recordKeyOf(from(account))).toBe(recordKey(account));
  expect(recordKeyOf(from(account))).toMatch(/^[0-9a-f]{64}$/);
  expect(recordKeyOf(from(account, person))).toMatch(/^[0-9a-f]{64}$/);
  expect(recordKeyOf(from(account, person))).not.toBe(recordKey(account));
  // The same voice on another account is another person as far as the store knows.
  expect(recordKeyOf(from(`${account}-2`, person))).not.toBe(recordKeyOf(from(account, person)));
});

test('the local store deletes expired records when it starts, as DynamoDB’s time to live would', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dataDir = mkdtempSync(join(tmpdir(), 'local-store-'));
  try {
    const first = await startLocalStore({ dataDir, timeoutMs: 1000, log: memoryLogger() });
    const longAgo = new DynamoPersistenceAdapter({
      tableName: LOCAL_TABLE,
      clientConfig: localClientConfig(first.endpoint),
      timeoutMs: 1000,
      now: () => Date.now() - (RETENTION_DAYS + 1) * DAY_MS,
    });
    await longAgo.saveAttributes(from('amzn1.ask.account.LONG-AGO'), { rate: 80, [RECORD_META_KEY]: {} });
    await longAgo.close();
    await first.adapter.saveAttributes(from('amzn1.ask.account.RECENT'), { rate: 120, [RECORD_META_KEY]: {} });
    await first.close();

    const second = await startLocalStore({ dataDir, timeoutMs: 1000, log: memoryLogger() });
    try {
      expect(await deleteExpired(localClientConfig(second.endpoint), LOCAL_TABLE)).toBe(0);
      expect(preferencesIn(await second.adapter.getAttributes(from('amzn1.ask.account.RECENT')))).toEqual({ rate: 120 });
      expect(await second.adapter.getAttributes(from('amzn1.ask.account.LONG-AGO'))).toEqual({});
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
