// What the web app's preference store is called, shared by the adapter (indexeddb-store.ts), the page (main.ts) and
// the small script that starts opening the database before the page's script has even arrived (open-early.ts).

export const DATABASE_NAME = 'bone-cancer-guide';
export const STORE_NAME = 'preferences';
/** The one setting kept even on a shared device: that it is one (it says nothing about anybody). */
export const SHARED_DEVICE_KEY = 'bone-cancer-guide.shared-device';
export const DATABASE_VERSION = 1;

/** The database's one object store, made when the database is first created. */
export function createStores(database: { createObjectStore(name: string): unknown }): void {
  database.createObjectStore(STORE_NAME);
}
