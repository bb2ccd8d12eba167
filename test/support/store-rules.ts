// The rules every preference store follows (lambda/store/record.ts), written once and run on every adapter:
// DynamoDB's (against dynalite), the in-memory one, and the web app's IndexedDB one, both against fake-indexeddb
// in Node and against Chromium's own IndexedDB in a page (test/store-rules.test.ts; the page's script is
// test/support/store-rules-page.ts, built from this file). So the assertions are not jest's: each rule checks
// through `Check`, which jest's expect implements in Node and a few lines implement in the page.
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { RECORD_META_KEY, RecordForgottenError, RecordKeyMismatchError, recordKeyOf } from '../../lambda/store/record';
import { RETENTION_DAYS } from '../../lambda/store/retention';

export const DAY_MS = 24 * 3600 * 1000;
/** Where every store's clock starts. */
export const START = Date.UTC(2026, 0, 1);

/** An adapter whose clock the rules move. */
export interface Clocked {
  adapter: PersistenceAdapter;
  clock: { now: number };
  close(): Promise<void>;
}

export interface Check {
  /** Deeply equal, as jest's toEqual (an undefined property is no property). */
  equal(actual: unknown, expected: unknown): void;
  /** The promise is rejected with an error of this class. */
  rejects(promise: Promise<unknown>, error: new (...args: never[]) => Error): Promise<void>;
}

export interface StoreRule {
  name: string;
  run(clocked: Clocked, account: string, check: Check): Promise<void>;
}

/** A request from an account, and from a recognised voice on it when personId is given. */
export function from(userId: string, personId?: string): RequestEnvelope {
  return {
    version: '1.0',
    context: { System: { user: { userId }, ...(personId ? { person: { personId } } : {}) } },
    request: { type: 'LaunchRequest', requestId: 'r', timestamp: '', locale: 'en-AU' },
  } as unknown as RequestEnvelope;
}

export function preferencesIn(attributes: Record<string, unknown>): Record<string, unknown> {
  const { [RECORD_META_KEY]: _meta, ...preferences } = attributes;
  return preferences;
}

function metaIn(attributes: Record<string, unknown>): { generation?: string; refreshDue?: boolean } {
  return (attributes[RECORD_META_KEY] ?? {}) as { generation?: string; refreshDue?: boolean };
}

export const STORE_RULES: readonly StoreRule[] = [
  {
    name: 'a write sent before "forget me" is refused, whether or not there was a record before',
    async run({ adapter }, account, check) {
      const fresh = await adapter.getAttributes(from(account));
      check.equal(fresh, {});
      await adapter.saveAttributes(from(account), { rate: 80, [RECORD_META_KEY]: metaIn(fresh) });
      await adapter.deleteAttributes?.(from(account));
      // A late write from before "forget me": the first ever (no generation) and a later one alike.
      await check.rejects(adapter.saveAttributes(from(account), { rate: 80, [RECORD_META_KEY]: {} }), RecordForgottenError);
      const forgotten = await adapter.getAttributes(from(account));
      check.equal(preferencesIn(forgotten), {});

      // A session that starts afterwards reads the new generation and is remembered again…
      await adapter.saveAttributes(from(account), { rate: 120, [RECORD_META_KEY]: metaIn(forgotten) });
      check.equal(preferencesIn(await adapter.getAttributes(from(account))), { rate: 120 });
      // …until the next "forget me", which refuses that generation too.
      await adapter.deleteAttributes?.(from(account));
      await check.rejects(adapter.saveAttributes(from(account), { rate: 120, [RECORD_META_KEY]: metaIn(forgotten) }), RecordForgottenError);
      check.equal(preferencesIn(await adapter.getAttributes(from(account))), {});
    },
  },
  {
    name: 'a recognised voice keeps its own record; without one, the account’s',
    async run({ adapter }, account, check) {
      await adapter.saveAttributes(from(account, 'amzn1.ask.person.ALEX'), { rate: 80, [RECORD_META_KEY]: {} });
      await adapter.saveAttributes(from(account, 'amzn1.ask.person.SAM'), { rate: 120, [RECORD_META_KEY]: {} });
      await adapter.saveAttributes(from(account), { rate: 65, [RECORD_META_KEY]: {} });
      check.equal(preferencesIn(await adapter.getAttributes(from(account, 'amzn1.ask.person.ALEX'))), { rate: 80 });
      check.equal(preferencesIn(await adapter.getAttributes(from(account, 'amzn1.ask.person.SAM'))), { rate: 120 });
      check.equal(preferencesIn(await adapter.getAttributes(from(account))), { rate: 65 });
      // Alex's "forget me" forgets Alex, and the account's shared record (which may hold Alex's settings from
      // when Alexa did not recognise them), but not Sam.
      await adapter.deleteAttributes?.(from(account, 'amzn1.ask.person.ALEX'));
      check.equal(preferencesIn(await adapter.getAttributes(from(account, 'amzn1.ask.person.ALEX'))), {});
      check.equal(preferencesIn(await adapter.getAttributes(from(account))), {});
      check.equal(preferencesIn(await adapter.getAttributes(from(account, 'amzn1.ask.person.SAM'))), { rate: 120 });
      // Unrecognised, "forget me" forgets the account's record only.
      await adapter.saveAttributes(from(account, 'amzn1.ask.person.ALEX'), {
        rate: 65,
        [RECORD_META_KEY]: metaIn(await adapter.getAttributes(from(account, 'amzn1.ask.person.ALEX'))),
      });
      await adapter.deleteAttributes?.(from(account));
      check.equal(preferencesIn(await adapter.getAttributes(from(account, 'amzn1.ask.person.ALEX'))), { rate: 65 });
    },
  },
  {
    name: 'a write goes only to the record its session read: another voice’s record refuses it',
    async run({ adapter }, account, check) {
      const alex = from(account, 'amzn1.ask.person.ALEX');
      const sam = from(account, 'amzn1.ask.person.SAM');
      // What a session that read Alex's record sends: the key and the generation (none) it read.
      const read = { rate: 80, [RECORD_META_KEY]: { ...metaIn(await adapter.getAttributes(alex)), key: recordKeyOf(alex) } };
      await check.rejects(adapter.saveAttributes(sam, read), RecordKeyMismatchError);
      await check.rejects(adapter.saveAttributes(from(account), read), RecordKeyMismatchError);
      check.equal(preferencesIn(await adapter.getAttributes(sam)), {});
      check.equal(preferencesIn(await adapter.getAttributes(from(account))), {});
      await adapter.saveAttributes(alex, read);
      check.equal(preferencesIn(await adapter.getAttributes(alex)), { rate: 80 });
    },
  },
  {
    name: `a record expires ${RETENTION_DAYS} days after it was last written, and use refreshes it`,
    async run({ adapter, clock }, account, check) {
      const start = clock.now;
      await adapter.saveAttributes(from(account), { rate: 80, [RECORD_META_KEY]: {} });

      clock.now = start + 12 * 3600 * 1000;
      check.equal(metaIn(await adapter.getAttributes(from(account))).refreshDue, undefined);
      clock.now = start + (RETENTION_DAYS - 1) * DAY_MS;
      const late = await adapter.getAttributes(from(account));
      check.equal(preferencesIn(late), { rate: 80 });
      check.equal(metaIn(late).refreshDue, true);
      // The visit writes it again: another 180 days from now.
      await adapter.saveAttributes(from(account), { rate: 80, [RECORD_META_KEY]: metaIn(late) });
      clock.now = start + (2 * RETENTION_DAYS - 2) * DAY_MS;
      check.equal(preferencesIn(await adapter.getAttributes(from(account))), { rate: 80 });
      clock.now = start + 2 * RETENTION_DAYS * DAY_MS;
      check.equal(preferencesIn(await adapter.getAttributes(from(account))), {});
    },
  },
];
