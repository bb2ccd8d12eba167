// What the web app's preference store is called, shared by the adapter (indexeddb-store.ts), the page (main.ts) and
// the small script that starts opening the database before the page's script has even arrived (open-early.ts).

export const DATABASE_NAME = 'bone-cancer-guide';
export const STORE_NAME = 'preferences';
/** The one setting kept even on a shared device: that it is one (it says nothing about anybody). */
export const SHARED_DEVICE_KEY = 'bone-cancer-guide.shared-device';
export const DATABASE_VERSION = 1;
/**
 * The one person this browser is, as far as the skill knows (in-page-transport.ts): the only user id the page sends,
 * and so the only one its store hashes into a record's key (shims/store-digests.ts). Its store keeps a SHA-256 of
 * this, never this.
 */
export const BROWSER_USER_ID = 'amzn1.ask.account.THIS-BROWSER';

/** The database's one object store, made when the database is first created. */
export function createStores(database: { createObjectStore(name: string): unknown }): void {
  database.createObjectStore(STORE_NAME);
}

/** Where open-store.js leaves the database it is opening, for the page's adapter to take (one connection, not two). */
const EARLY_OPEN = Symbol.for('bone-cancer-guide.early-open');
type Holder = { [EARLY_OPEN]?: Promise<IDBDatabase> };

/** Opens the app's database, made if new, and leaves it for the page's adapter. */
export function openEarly(): void {
  const request = indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
  request.onupgradeneeded = () => createStores(request.result);
  const database = new Promise<IDBDatabase>((resolve, reject) => {
    // Only once the upgrade (if any) is over: its success, not its readyState, says the database can be used.
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  // Nobody may ever take it (a page without the adapter): a failure here is the adapter's to meet, not unhandled.
  database.catch(() => undefined);
  (globalThis as Holder)[EARLY_OPEN] = database;
}

/** The database open begun by open-store.js, if there is one (taken once). */
export function takeEarlyOpen(): Promise<IDBDatabase> | undefined {
  const holder = globalThis as Holder;
  const database = holder[EARLY_OPEN];
  delete holder[EARLY_OPEN];
  return database;
}
