// The service worker (service-worker.ts) keeps the app working offline. When the app is opened with the network
// there, the browser checks for a newer version; when one has been downloaded, the person is told (shown and
// announced), because old medical content must not linger silently, and chooses when to switch to it.
export function registerServiceWorker(onUpdateReady: () => void): { activateUpdate(): void } {
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

  // Registered once the page has loaded, so that downloading the app's files for offline use does not compete
  // with the first answer.
  const register = (): Promise<ServiceWorkerRegistration> =>
    document.readyState === 'complete'
      ? container.register('sw.js')
      : new Promise((resolve, reject) =>
          window.addEventListener('load', () => container.register('sw.js').then(resolve, reject), { once: true }),
        );
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
