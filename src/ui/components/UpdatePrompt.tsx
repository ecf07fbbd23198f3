import { createSignal, Show } from 'solid-js';
import { svShell } from '../../i18n/svShell';
import { registerServiceWorker } from '../../pwa/register';
import { useShell } from '../appContext';

const [updateAvailable, setUpdateAvailable] = createSignal(false);
const [offlineReady, setOfflineReady] = createSignal(false);
/** True once the service worker has cached the app for offline use (shown under Inställningar). */
export { offlineReady };
let activate: (reload?: boolean) => Promise<void> = async () => {};

export function startServiceWorker(): void {
  activate = registerServiceWorker({
    onUpdateAvailable: () => setUpdateAvailable(true),
    onOfflineReady: () => setOfflineReady(true),
  });
}

/** Tells the chair about a new version; nothing happens until they choose "Uppdatera nu". */
export function UpdatePrompt() {
  const app = useShell();
  async function updateNow() {
    await app.flush();
    await activate(true);
  }
  return (
    <>
      <Show when={updateAvailable()}>
        <div class="toast" role="region" aria-label={svShell.update.available}>
          <p role="status">
            <strong>{svShell.update.available}</strong> {svShell.update.explain}
          </p>
          <div class="toast-actions">
            <button type="button" class="primary" onClick={() => void updateNow()}>
              {svShell.update.now}
            </button>
            <button type="button" class="secondary" onClick={() => setUpdateAvailable(false)}>
              {svShell.update.later}
            </button>
          </div>
        </div>
      </Show>
    </>
  );
}
