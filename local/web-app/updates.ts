// The service worker (service-worker.ts) keeps the app working offline. When the app is opened with the network
// there, the browser checks for a newer version; when one has been downloaded, the person is told (shown and
// announced), because old medical content must not linger silently, and chooses when to switch to it.
/** `settled`: resolves when the page has no turn in progress (the first answer is not kept waiting). */
export function registerServiceWorker(
  onUpdateReady: () => void,
  settled: () => Promise<void> = () => Promise.resolve(),
): { activateUpdate(): void } {
  let waiting: ServiceWorker | null = null;
  const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  // No service worker from file:// or where the browser has none: the app still works, just not offline-installed.
  if (!container || !/^https?:$/.test(location.protocol)) return { activateUpdate() {} };

  const offer = (worker: ServiceWorker | null): void => {
    // A first install is not an update: there was nothing older in control.
    if (!worker || !container.controller) return;
    waiting = worker;
    onUpdateReady();
  };

  // Registered once the page has loaded and has answered what was said meanwhile (`settled`), in the browser's next
  // idle moment: installing downloads and caches every file of the app, and starting the worker and writing the
  // cache compete for the CPU with the first answer (docs/performance.md, "The web app").
  const loaded = (): Promise<void> =>
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  const idle = (): Promise<void> =>
    new Promise((resolve) =>
      'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0),
    );
  const register = async (): Promise<ServiceWorkerRegistration> => {
    await loaded();
    await settled();
    await idle();
    return container.register('sw.js');
  };
  register()
    .then((registration) => {
      if (registration.waiting) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(installing);
        });
      });
      // Checked at each opening, and every hour for a page left open at a stand.
      setInterval(() => void registration.update().catch(() => undefined), 60 * 60 * 1000);
    })
    .catch(() => undefined);

  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (!waiting || reloading) return;
    reloading = true;
    location.reload();
  });

  return {
    activateUpdate() {
      waiting?.postMessage({ type: 'skip-waiting' });
    },
  };
}
