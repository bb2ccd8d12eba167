// Preferences kept in this browser, in IndexedDB, behind the same PersistenceAdapter interface and the same
// rules (lambda/store/record.ts) as the DynamoDB adapter and the in-memory one: hashed keys, a write refused
// unless the record still has the generation its session read (checked and written in one transaction, as
// DynamoDB's condition expression does), "forget me" leaving a marker with a new generation for a day, and
// 180 days' expiry refreshed by use. test/store-rules.test.ts runs the rules against it too.
// IndexedDB is used as the browser gives it, with two small promise helpers below (it was used through the `idb`
// library, whose every other feature went unused: 1.1 KB of the app's gzipped scripts; docs/performance.md).
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
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

/** A request's result, or its error. Awaited inside a transaction, as `idb` did: the transaction stays active. */
function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * When the transaction is over: resolved once it completes, rejected if it fails or is aborted (as `idb`'s `done`).
 * Marked handled: a caller that stops waiting (a failed request has already thrown) leaves no unhandled rejection.
 */
function finished(transaction: IDBTransaction): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    const failed = () => reject(transaction.error ?? new DOMException('AbortError', 'AbortError'));
    transaction.oncomplete = () => resolve();
    transaction.onerror = failed;
    transaction.onabort = failed;
  });
  done.catch(() => undefined);
  return done;
}

/** Opens the database, making its store when it is new. */
function openDatabase(name: string): Promise<IDBDatabase> {
  const request = indexedDB.open(name, DATABASE_VERSION);
  request.onupgradeneeded = () => createStores(request.result);
  return requested(request);
}

export interface IndexedDbStoreOptions {
  /** Another database name (tests); default DATABASE_NAME. */
  name?: string;
  now?: () => number;
}

export class IndexedDbPersistenceAdapter implements PersistenceAdapter {
  private database: Promise<IDBDatabase> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: IndexedDbStoreOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  private db(): Promise<IDBDatabase> {
    const open = () => openDatabase(this.options.name ?? DATABASE_NAME);
    // The app's own database may be opening already (open-store.js, from the page's head): that connection is used.
    const early = this.database === undefined && this.options.name === undefined ? takeEarlyOpen() : undefined;
    this.database ??= early ? early.catch(open) : open();
    return this.database;
  }

  /** The preference store in a new transaction, and when that transaction is over. */
  private async store(mode: IDBTransactionMode, durability?: IDBTransactionDurability): Promise<[IDBObjectStore, Promise<void>]> {
    const transaction = (await this.db()).transaction(STORE_NAME, mode, durability ? { durability } : undefined);
    return [transaction.objectStore(STORE_NAME), finished(transaction)];
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
    const [reading] = await this.store('readonly');
    const record = (await requested(reading.get(key))) as StoredRecord | undefined;
    if (!record) return {};
    if (isExpired(record.expiresAt, this.now())) {
      // What DynamoDB's time to live does some time after expiry, done here when it is noticed.
      const [store, done] = await this.store('readwrite');
      store.delete(key);
      await done;
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
    const [store, done] = await this.store('readwrite', 'relaxed');
    const held = (await requested(store.get(key))) as StoredRecord | undefined;
    if (held?.generation !== generation) {
      store.transaction.abort();
      await done.catch(() => undefined);
      throw new RecordForgottenError('the record was forgotten after it was read');
    }
    await requested(store.put(record, key));
    await done;
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const [store, done] = await this.store('readwrite', 'strict');
    for (const key of forgottenKeysOf(envelope))
      store.put({ generation: newGeneration(), expiresAt: forgottenMarkerExpiry(this.now()) }, key);
    await done;
  }

  /** Every record this browser holds (the tests', and the page's own check that forget-me left only a marker). */
  async records(): Promise<StoredRecord[]> {
    const [store] = await this.store('readonly');
    return (await requested(store.getAll())) as StoredRecord[];
  }

  /** Everything gone, markers too: for shared-device mode, which keeps nothing. */
  async clear(): Promise<void> {
    const [store, done] = await this.store('readwrite');
    store.clear();
    await done;
  }

  async close(): Promise<void> {
    if (this.database) (await this.database).close();
    this.database = undefined;
  }
}
