// Preferences kept in this browser, in IndexedDB, behind the same PersistenceAdapter interface and the same
// rules (lambda/store/record.ts) as the DynamoDB adapter and the in-memory one: hashed keys, a write refused
// unless the record still has the generation its session read (checked and written in one transaction, as
// DynamoDB's condition expression does), "forget me" leaving a marker with a new generation for a day, and
// 180 days' expiry refreshed by use. test/store-rules.test.ts runs the rules against it too.
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { type DBSchema, type IDBPDatabase, openDB, wrap } from 'idb';
import {
  attributesFrom,
  forgottenKeysOf,
  type HeldRecord,
  newGeneration,
  preferenceFieldsOf,
  RecordForgottenError,
  recordKeyOf,
  writeTargetOf,
} from '../../lambda/store/record';
import { forgottenMarkerExpiry, isExpired, recordExpiry } from '../../lambda/store/retention';

import { createStores, DATABASE_NAME, DATABASE_VERSION, STORE_NAME, takeEarlyOpen } from './store-names';

export { DATABASE_NAME, STORE_NAME };

/** A record as kept: the preferences (none for a forget-me marker), its generation, and when it expires. */
interface StoredRecord {
  attributes?: Record<string, unknown>;
  generation?: string;
  expiresAt: number;
}

interface GuideDatabase extends DBSchema {
  preferences: { key: string; value: StoredRecord };
}

export interface IndexedDbStoreOptions {
  /** Another database name (tests); default DATABASE_NAME. */
  name?: string;
  now?: () => number;
}

export class IndexedDbPersistenceAdapter implements PersistenceAdapter {
  private database: Promise<IDBPDatabase<GuideDatabase>> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: IndexedDbStoreOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  private db(): Promise<IDBPDatabase<GuideDatabase>> {
    const open = () =>
      openDB<GuideDatabase>(this.options.name ?? DATABASE_NAME, DATABASE_VERSION, {
        upgrade(database) {
          createStores(database);
        },
      });
    // The app's own database may be opening already (open-store.js, from the page's head): that connection is used.
    const early = this.database === undefined && this.options.name === undefined ? takeEarlyOpen() : undefined;
    this.database ??= early ? early.then((database) => wrap(database) as IDBPDatabase<GuideDatabase>, open) : open();
    return this.database;
  }

  /**
   * Starts opening the database now: the page calls this as it starts, so that the first turn's bounded read is
   * not spent opening it (as the DynamoDB adapter's warmUp loads the AWS SDK while Lambda initialises).
   */
  warmUp(): void {
    this.db().catch(() => undefined);
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const key = recordKeyOf(envelope);
    const db = await this.db();
    const record = await db.get(STORE_NAME, key);
    if (!record) return {};
    if (isExpired(record.expiresAt, this.now())) {
      // What DynamoDB's time to live does some time after expiry, done here when it is noticed.
      await db.delete(STORE_NAME, key);
      return {};
    }
    return attributesFrom(record as HeldRecord, this.now());
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const { key, generation } = writeTargetOf(envelope, attributes);
    const record: StoredRecord = { attributes: structuredClone(preferenceFieldsOf(attributes)), expiresAt: recordExpiry(this.now()) };
    if (generation !== undefined) record.generation = generation;
    // Relaxed: done once the browser has the write, without waiting for the disk to confirm it (a turn waits for
    // this; a power cut could lose the last speed change, nothing worse). "Forget me" below waits for the disk.
    const transaction = (await this.db()).transaction(STORE_NAME, 'readwrite', { durability: 'relaxed' });
    const held = await transaction.store.get(key);
    if (held?.generation !== generation) {
      transaction.abort();
      await transaction.done.catch(() => undefined);
      throw new RecordForgottenError('the record was forgotten after it was read');
    }
    await transaction.store.put(record, key);
    await transaction.done;
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const transaction = (await this.db()).transaction(STORE_NAME, 'readwrite', { durability: 'strict' });
    for (const key of forgottenKeysOf(envelope))
      void transaction.store.put({ generation: newGeneration(), expiresAt: forgottenMarkerExpiry(this.now()) }, key);
    await transaction.done;
  }

  /** Every record this browser holds (the tests', and the page's own check that forget-me left only a marker). */
  async records(): Promise<StoredRecord[]> {
    return (await this.db()).getAll(STORE_NAME);
  }

  /** Everything gone, markers too: for shared-device mode, which keeps nothing. */
  async clear(): Promise<void> {
    await (await this.db()).clear(STORE_NAME);
  }

  async close(): Promise<void> {
    if (this.database) (await this.database).close();
    this.database = undefined;
  }
}
