/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './updateStore';

/** A reader may keep the book open for days: look for a new version when the tab comes back, at most hourly. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Register the service worker that vite-plugin-pwa builds (scripts/vite/offline.ts). It precaches the whole
 * book on its first install, so after one visit every chapter works offline. A new version never takes over by
 * itself (registerType 'prompt'): it waits, and the notice asks the reader to reload.
 */
export function registerServiceWorker(): void {
  const updateServiceWorker = registerSW({
    // Called once the page has loaded (startServiceWorker), so register now rather than on a later load event.
    immediate: true,
    onNeedRefresh: () => offerUpdate(() => void updateServiceWorker(true)),
    onRegisteredSW: (_url, registration) => {
      if (registration) checkForUpdatesWhenVisible(registration);
    },
    // Without a service worker (a private window, an old browser) the book still works online: nothing to say.
    onRegisterError: () => undefined,
  });
}

function checkForUpdatesWhenVisible(registration: ServiceWorkerRegistration): void {
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || !navigator.onLine) return;
    if (Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    // A failed check (the network went away meanwhile) is simply tried again later.
    registration.update().catch(() => undefined);
  });
}
