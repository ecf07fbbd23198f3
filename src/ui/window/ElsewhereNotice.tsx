// Shown instead of the app while another window of it is the one that edits (oneWindow.ts): at
// start, or after this window stepped aside. "Använd appen här" asks the other window to step
// aside and starts the app here, from the lock screen.
import { createSignal, onMount } from 'solid-js';
import { svWindow } from '../../i18n/svWindow';
import { useTitle } from '../title';
import { takeOver } from './oneWindow';

const t = svWindow;

export function ElsewhereNotice(props: { moved: boolean }) {
  const [busy, setBusy] = createSignal(false);
  let heading!: HTMLHeadingElement;
  useTitle(t.title);
  onMount(() => {
    // Said at once to a screen reader when this window has just stepped aside.
    if (props.moved) heading.focus();
  });

  async function useHere() {
    setBusy(true);
    await takeOver();
    location.reload();
  }

  return (
    <main id="main" class="lock-screen">
      <h1 tabindex="-1" ref={heading}>
        {props.moved ? t.movedHeading : t.heading}
      </h1>
      <p>{props.moved ? t.movedIntro : t.intro}</p>
      <button type="button" class="primary" disabled={busy()} onClick={() => void useHere()}>
        {busy() ? t.usingHere : t.useHere}
      </button>
    </main>
  );
}
