/// <reference lib="dom" />
// open-store.js: a few lines loaded (async) from the app's <head>, which start opening the preference database as
// soon as the page arrives, while the page's own script (the whole skill, 330 KB) is still downloading and
// compiling. A browser's first IndexedDB open for a site creates its database on disk, which took 100–300 ms here;
// begun this early it is done, or nearly, by the time the first turn reads the store (docs/performance.md, "The web
// app"). The page's adapter opens the same database again when it starts, which is then quick. On a shared device
// nothing is opened (nothing is kept there), and where storage cannot be used this does nothing: the page says so.
import { createStores, DATABASE_NAME, DATABASE_VERSION, SHARED_DEVICE_KEY } from './store-names';

try {
  if (localStorage.getItem(SHARED_DEVICE_KEY) !== 'true') {
    const request = indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
    request.onupgradeneeded = () => createStores(request.result);
    request.onsuccess = () => request.result.close();
    request.onerror = () => undefined;
  }
} catch {
  // No storage here (some private modes, some file:// pages): the page's adapter meets the same and says so.
}
