// The header's live indicators: network state and save state. Neither ever blocks work.
import { createSignal, onCleanup, onMount } from 'solid-js';
import { sv } from '../../i18n/sv';
import { shownSaveState } from '../autosave';

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
  // The words change at most once per burst of typing (src/ui/saveIndicator.ts), so a screen reader
  // is not told on every key. The truth for machines is the window's sipSaveState (ui/autosave.ts).
  return (
    <p class="indicator" classList={{ 'indicator--error': shownSaveState() === 'error' }} role="status">
      <span class="dot" aria-hidden="true" />
      {sv.save[shownSaveState()]}
    </p>
  );
}
