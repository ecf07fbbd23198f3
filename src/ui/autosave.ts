// The app's one autosave queue, its state as a signal for the "Sparat" indicator, and the
// flush when the page is hidden or unloaded (a killed tab keeps what was typed).
import { createSignal } from 'solid-js';
import { createWriteQueue, type SaveState } from '../storage/writeQueue';

const [saveState, setSaveState] = createSignal<SaveState>('saved');
export { saveState };

export const autosave = createWriteQueue({ delayMs: 300, onState: setSaveState });

export function flushOnHide(): void {
  const flush = () => void autosave.flush();
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}
