// The save indicator's states ("Sparat"), and the flush when the page is hidden or unloaded (a
// killed tab keeps what was typed).
import { createSignal } from 'solid-js';
import type { SaveState } from '../app/shell';
import { createSaveIndicator, type ShownSaveState } from './saveIndicator';

/** The queue's truthful state: 'saved' only when every edit is written. */
const [saveState, setQueueState] = createSignal<SaveState>('saved');
/** What the header says: changes at most once per burst of typing when writes land quickly. */
const [shownSaveState, setShownSaveState] = createSignal<ShownSaveState>('saved');
const indicator = createSaveIndicator({ onShown: setShownSaveState });

/** The autosave queue's onState. */
export function setSaveState(state: SaveState): void {
  setQueueState(state);
  indicator.update(state);
}

export { saveState, shownSaveState };

/** Writes every pending edit at once, without the debounce: `npm run bench` times keystroke → committed with it. */
export const FLUSH_EVENT = 'sip:flush';

export function flushOnHide(flush: () => Promise<boolean>): void {
  const write = () => void flush();
  addEventListener('pagehide', write);
  // Like pagehide for autosave, without what pagehide also does (the cover, the room told the meeting ended).
  addEventListener(FLUSH_EVENT, write);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') write();
  });
}
