// The save indicator's states ("Sparat"), and the flush when the page is hidden or unloaded (a
// killed tab keeps what was typed).
import { createSignal } from 'solid-js';
import type { SaveState } from '../app/shell';
import { createSaveIndicator, type ShownSaveState } from './saveIndicator';

/** What the header says: changes at most once per burst of typing when writes land quickly. */
const [shownSaveState, setShownSaveState] = createSignal<ShownSaveState>('saved');
const indicator = createSaveIndicator({ onShown: setShownSaveState });
/** The queue's truthful state, which the header's words follow calmly. */
let queueState: SaveState = 'saved';

/**
 * The truth for machines (the browser tests wait on it): `sipSaveState` on the window, 'saved'
 * only when every edit is written. Read when asked: kept on the page as an attribute, it cost each
 * keystroke written at once two attribute changes, more than the rest of the save state together
 * (`npm run bench`).
 */
Object.defineProperty(globalThis, 'sipSaveState', { get: () => queueState, configurable: true });

/** The autosave queue's onState. */
export function setSaveState(state: SaveState): void {
  queueState = state;
  indicator.update(state);
}

export { shownSaveState };

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
