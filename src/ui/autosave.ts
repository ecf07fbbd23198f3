// The save indicator's state ("Sparat"), and the flush when the page is hidden or unloaded (a
// killed tab keeps what was typed).
import { createSignal } from 'solid-js';
import type { SaveState } from '../app/shell';

const [saveState, setSaveState] = createSignal<SaveState>('saved');
export { saveState, setSaveState };

export function flushOnHide(flush: () => Promise<boolean>): void {
  const write = () => void flush();
  addEventListener('pagehide', write);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') write();
  });
}
