/// <reference lib="dom" />
// The web app: the shared page (local/web) with the skill running in it (in-page-transport.ts), preferences in
// IndexedDB (or, on a shared device, in the page's memory only), and a service worker that keeps it all offline
// and says when newer content has arrived. Classic scripts, so it also works opened from a folder (file://): this one,
// page.js, and the question engine's, question.js, loaded when first needed (question-engine.ts).
import { DEFAULT_LOCALE } from '../../lambda/locales';
import modelFile from '../../skill-package/interactionModels/custom/en-AU.json';
import { prepareUnderstanding } from '../conversation';
import { MemoryPersistenceAdapter } from '../memory-store';
import { parseInvocation } from '../nlu';
import { element, READ_ALOUD_KEY, startPage } from '../web/page';
import { browserStorage, memoryStorage } from '../web/storage';
import { inPageTransport } from './in-page-transport';
import { IndexedDbPersistenceAdapter } from './indexeddb-store';
import { loadQuestionEngineAhead } from './question-engine';
import { SHARED_DEVICE_KEY } from './store-names';
import { registerServiceWorker } from './updates';

export { SHARED_DEVICE_KEY };

const deviceStorage = browserStorage();
const shared = deviceStorage.get(SHARED_DEVICE_KEY) === 'true';
const storage = shared ? memoryStorage() : deviceStorage;
const indexedDb = new IndexedDbPersistenceAdapter();
if (!shared) indexedDb.warmUp();

const inPage = inPageTransport({
  locale: DEFAULT_LOCALE,
  persistence: shared ? new MemoryPersistenceAdapter() : indexedDb,
  // "Forget me" clears what the page keeps too; the store keeps only its forget-me marker (for a day).
  onForgotten: () => storage.remove(READ_ALOUD_KEY),
});
const { invocationName } = modelFile.interactionModel.languageModel;
const transport: typeof inPage = {
  ...inPage,
  say(utterance) {
    // Anything but the skill's name may need the question engine (a question, or the check of whether what was said
    // matters most: local/matters-most.ts): its script starts loading now, while the words are understood.
    if (parseInvocation(utterance, invocationName).kind !== 'launch') loadQuestionEngineAhead();
    return inPage.say(utterance);
  },
};
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

// While the person reads the page: the question engine's script, and the local understanding's compiled model, so
// that their first question is answered sooner (otherwise they are loaded and built with it). Not before a moment
// has passed and no turn is in progress: running them holds the main thread for a while, and a turn under way
// (whose store reads need the main thread to hear back from IndexedDB) must not wait behind it.
const whenIdle = (work: () => void): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2000 });
  else work();
};
setTimeout(() => {
  void page.idle().then(() => {
    whenIdle(loadQuestionEngineAhead);
    whenIdle(prepareUnderstanding);
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
