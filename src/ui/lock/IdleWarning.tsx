// The warning before the idle lock (WCAG 2.1, 2.2.1 Timing adjustable): up IDLE_WARNING_MS before
// the lock, announced as an alert dialog when focus moves to its one button, "Fortsätt arbeta".
// Any touch or key anywhere also counts as activity and takes it down; focus then returns to
// where it was. In the warning itself, a key or touch counts when released, so that nothing of it
// lands where focus returns. The countdown is not a live region, so it is announced once, not every second.
import { createMemo, onCleanup, onMount, Show } from 'solid-js';
import { waitShown } from '../../domain/lockout';
import { svLock as t } from '../../i18n/svLock';
import { createCountdownClock } from './countdown';
import { idleWarning, stayActive } from './lockSession';
import { focusLost } from '../focusLost';

export function IdleWarning() {
  return <Show when={idleWarning()}>{(warning) => <WarningPanel lockAt={warning().lockAt} />}</Show>;
}

function WarningPanel(props: { lockAt: number }) {
  const started = Date.now();
  const now = createCountdownClock(() => ({ until: props.lockAt, at: started }));
  const left = createMemo(() => {
    const shown = waitShown(props.lockAt, now());
    return shown.unit === 'seconds' ? t.waitSeconds(shown.count) : t.waitMinutes(shown.count);
  });
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  let button: HTMLButtonElement | undefined;
  let panel: HTMLDivElement | undefined;

  // A key pressed while the warning has focus answers it, on its release (so no key lands where
  // focus returns), and does nothing else (no Tab moves focus away first).
  function onKeyDown(event: KeyboardEvent) {
    event.preventDefault();
  }

  onMount(() => button?.focus());
  onCleanup(() => {
    // Back where the chair was, unless they have since put focus somewhere else.
    const active = document.activeElement;
    if (before?.isConnected && (focusLost() || (active !== null && panel?.contains(active)))) before.focus();
  });

  return (
    <div
      ref={panel}
      class="idle-warning"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="idle-warning-heading"
      aria-describedby="idle-warning-countdown idle-warning-text"
      data-idle-warning
      onKeyDown={onKeyDown}
      onKeyUp={stayActive}
      onPointerUp={stayActive}
    >
      <h2 id="idle-warning-heading">{t.warningHeading}</h2>
      <p id="idle-warning-countdown" class="idle-warning-countdown">
        {t.warningCountdown(left())}
      </p>
      <p id="idle-warning-text">{t.warningText}</p>
      <button ref={button} type="button" class="primary" onClick={stayActive}>
        {t.stayActive}
      </button>
    </div>
  );
}
