// Shown instead of the app while another window of it is the one that edits (oneWindow.ts): at
// start, or after this window stepped aside. "Använd appen här" asks the other window to step
// aside and starts the app here, from the lock screen. A window that does not answer (frozen in
// the background, or hung) can be overruled with "Ta över ändå".
import { createSignal, onMount, Show } from 'solid-js';
import { svWindow } from '../../i18n/svWindow';
import { useTitle } from '../title';
import { takeOver } from './oneWindow';

const t = svWindow;

/** How long the other window has to step aside before the chair is offered to take over anyway. */
const ANSWER_WAIT_MS = 5000;

export function ElsewhereNotice(props: { moved: boolean }) {
  const [state, setState] = createSignal<'idle' | 'waiting' | 'silent'>('idle');
  let heading!: HTMLHeadingElement;
  useTitle(t.title);
  onMount(() => {
    // Said at once to a screen reader when this window has just stepped aside.
    if (props.moved) heading.focus();
  });

  async function useHere(force = false) {
    setState('waiting');
    if (await takeOver({ waitMs: ANSWER_WAIT_MS, force })) location.reload();
    else setState('silent');
  }

  return (
    <main id="main" class="lock-screen">
      <h1 tabindex="-1" ref={heading}>
        {props.moved ? t.movedHeading : t.heading}
      </h1>
      <p>{props.moved ? t.movedIntro : t.intro}</p>
      <button type="button" class="primary" disabled={state() === 'waiting'} onClick={() => void useHere()}>
        {state() === 'waiting' ? t.usingHere : t.useHere}
      </button>
      <Show when={state() === 'silent'}>
        <div role="alert">
          <p>{t.silent}</p>
          <button type="button" class="secondary" onClick={() => void useHere(true)}>
            {t.forceHere}
          </button>
        </div>
      </Show>
    </main>
  );
}
