// The header's live indicators: network state and save state. Neither ever blocks work.
import { createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import { sv } from '../../i18n/sv';
import { saveState } from '../autosave';

export function OnlineStatus() {
  const [online, setOnline] = createSignal(navigator.onLine);
  onMount(() => {
    const update = () => setOnline(navigator.onLine);
    addEventListener('online', update);
    addEventListener('offline', update);
    onCleanup(() => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    });
  });
  return (
    <p class="indicator" classList={{ 'indicator--offline': !online() }} role="status">
      <span class="dot" aria-hidden="true" />
      {online() ? sv.online.online : sv.online.offline}
    </p>
  );
}

export function SaveStatus() {
  // Waiting for the debounce and writing read the same ("Sparar …"): one shown state for both, so
  // a keystroke changes the live region (and what a screen reader announces) only when the words do.
  const shown = createMemo(() => {
    const state = saveState();
    return state === 'pending' ? 'saving' : state;
  });
  return (
    <p class="indicator" classList={{ 'indicator--error': shown() === 'error' }} role="status">
      <span class="dot" aria-hidden="true" />
      {sv.save[shown()]}
    </p>
  );
}
