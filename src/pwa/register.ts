// Service-worker registration. The app is told when a new version waits; it is activated only
// when the chair chooses to (registerType 'prompt'), so an update never reloads the page by itself.
import { registerSW } from 'virtual:pwa-register';

export interface UpdateHandlers {
  onUpdateAvailable: () => void;
  onOfflineReady: () => void;
}

/** Registers the service worker; returns the function that activates a waiting version and reloads. */
export function registerServiceWorker(handlers: UpdateHandlers): (reload?: boolean) => Promise<void> {
  if (!('serviceWorker' in navigator)) return async () => {};
  return registerSW({
    immediate: true,
    onNeedRefresh: handlers.onUpdateAvailable,
    onOfflineReady: handlers.onOfflineReady,
    onRegisteredSW(_url, registration) {
      // Look for a new version when the app comes back to the foreground (a tablet stays open for days).
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && navigator.onLine) void registration?.update();
      });
    },
  });
}
