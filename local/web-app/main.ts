/// <reference lib="dom" />
// The web app: the shared page (local/web) with the skill running in it (in-page-transport.ts), preferences in
// IndexedDB (or, on a shared device, in the page's memory only), and a service worker that keeps it all offline
// and says when newer content has arrived. One classic script, so it also works opened from a folder (file://).
import { DEFAULT_LOCALE } from '../../lambda/locales';
import { prepareUnderstanding } from '../conversation';
import { MemoryPersistenceAdapter } from '../memory-store';
import { element, READ_ALOUD_KEY, startPage } from '../web/page';
import { browserStorage, memoryStorage } from '../web/storage';
import { inPageTransport } from './in-page-transport';
import { IndexedDbPersistenceAdapter } from './indexeddb-store';
import { SHARED_DEVICE_KEY } from './store-names';
import { registerServiceWorker } from './updates';

export { SHARED_DEVICE_KEY };

const deviceStorage = browserStorage();
const shared = deviceStorage.get(SHARED_DEVICE_KEY) === 'true';
const storage = shared ? memoryStorage() : deviceStorage;
const indexedDb = new IndexedDbPersistenceAdapter();
if (!shared) indexedDb.warmUp();

const transport = inPageTransport({
  locale: DEFAULT_LOCALE,
  persistence: shared ? new MemoryPersistenceAdapter() : indexedDb,
  // "Forget me" clears what the page keeps too; the store keeps only its forget-me marker (for a day).
  onForgotten: () => storage.remove(READ_ALOUD_KEY),
});
const page = startPage({ transport, storage });

for (const hosted of document.querySelectorAll<HTMLElement>('[data-host="app"]')) {
  if (hosted.id !== 'update') hosted.hidden = false;
}

// Shared-device mode: nothing about the person is kept between visits. Turning it on clears what is kept now.
const sharedDevice = element<HTMLInputElement>('shared-device');
sharedDevice.checked = shared;
if (shared) page.message('Shared device: nothing is kept when this page closes.');
sharedDevice.addEventListener('change', () => {
  void (async () => {
    if (sharedDevice.checked) {
      await indexedDb.clear().catch(() => undefined);
      deviceStorage.remove(READ_ALOUD_KEY);
      deviceStorage.set(SHARED_DEVICE_KEY, 'true');
    } else deviceStorage.remove(SHARED_DEVICE_KEY);
    // The page starts again with the other kind of store.
    location.reload();
  })();
});

// While the person reads the page: the local understanding's compiled samples, so that their first question is
// answered sooner (otherwise they are built with it). Not before a moment has passed and no turn is in progress:
// the work holds the main thread for a while, and a turn under way (whose store reads need the main thread to
// hear back from IndexedDB) must not wait behind it.
setTimeout(() => {
  void page.idle().then(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(prepareUnderstanding, { timeout: 2000 });
    else prepareUnderstanding();
  });
}, 1500);

const updates = registerServiceWorker(
  () => {
    element('update').hidden = false;
    page.announcer.announce('A newer version of the guide is ready. Use the button "Use the newer version" to switch to it.');
  },
  () => page.idle(),
);
element<HTMLButtonElement>('update-now').addEventListener('click', () => updates.activateUpdate());

/**
 * For the tests: what this browser's store holds (test/web-app.test.ts), and utterances asked one-shot, each by a
 * new person kept in memory (test/web-app-parity.test.ts compares them with Node's answers).
 */
(window as unknown as { guideApp: unknown }).guideApp = {
  records: () => indexedDb.records(),
  async oneShot(utterances: string[]) {
    const replies = [];
    for (const utterance of utterances)
      replies.push(await inPageTransport({ locale: DEFAULT_LOCALE, persistence: new MemoryPersistenceAdapter() }).say(utterance));
    return replies;
  },
};
