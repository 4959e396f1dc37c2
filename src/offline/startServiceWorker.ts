/**
 * Start the offline layer without slowing the first screen: in the built book only (the dev server has no
 * service worker, so hot reloading never meets a cached file), after the page has loaded and the browser is idle.
 * The registration code, workbox-window included, is a chunk of its own fetched then; nothing waits for it.
 * Offline, a worker installed earlier already serves the page, and registering would only fail to fetch its
 * script: wait until the network is back.
 */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => void import('./registerServiceWorker').then((m) => m.registerServiceWorker());
  const whenOnline = () => {
    if (navigator.onLine) whenIdle(register);
    else window.addEventListener('online', () => whenIdle(register), { once: true });
  };
  if (document.readyState === 'complete') whenOnline();
  else window.addEventListener('load', whenOnline, { once: true });
}

function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 4000 });
  else setTimeout(task, 1000);
}
