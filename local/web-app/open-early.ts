/// <reference lib="dom" />
// open-store.js: a few lines loaded from the app's <head> (a small classic script, run before the page's deferred
// one), which start opening the preference database as
// soon as the page arrives, while the page's own script (the whole skill, 330 KB) is still downloading and
// compiling. A browser's first IndexedDB open for a site creates its database on disk, which took 100–300 ms here;
// begun this early it is done, or nearly, by the time the first turn reads the store (docs/performance.md, "The web
// app"). The page's adapter takes this connection as its own (a second open cost as much again on a busy page). On a shared device
// nothing is opened (nothing is kept there), and where storage cannot be used this does nothing: the page says so.
import { openEarly, SHARED_DEVICE_KEY } from './store-names';

try {
  if (localStorage.getItem(SHARED_DEVICE_KEY) !== 'true') {
    // The page's adapter takes this connection as its own when it starts (indexeddb-store.ts).
    openEarly();
  }
} catch {
  // No storage here (some private modes, some file:// pages): the page's adapter meets the same and says so.
}
