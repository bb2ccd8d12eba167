/// <reference lib="webworker" />
// The web app's service worker: everything the app needs is downloaded into one cache when it installs, and
// served from there, so the app works with the network gone. The build (scripts/build-web-app.mjs) writes the
// list of files and a version made from their contents into this script, so any change to the content or code
// makes a new worker, which the browser finds on its next check; the page then tells the person (updates.ts)
// and switches only when they choose. Our own few lines rather than Workbox: see docs/dependencies.md.
export {};

declare const self: ServiceWorkerGlobalScope;
/** The app's files, relative to this script. */
declare const PRECACHE: string[];
/** A hash of every precached file's contents. */
declare const VERSION: string;

const CACHE = `bone-cancer-guide-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // A navigation to the app's folder or any page in it is the page itself.
      const cached =
        (await cache.match(request, { ignoreSearch: true })) ?? (request.mode === 'navigate' ? await cache.match('index.html') : undefined);
      return cached ?? fetch(request);
    })(),
  );
});
