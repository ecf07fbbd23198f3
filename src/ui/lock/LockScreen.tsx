// The lock screen: the passcode, the wait after wrong ones, and a way out for a forgotten
// passcode. It shows nothing about any person.
import { createEffect, createMemo, createSignal, on, onMount, Show } from 'solid-js';
import { waitShown } from '../../domain/lockout';
import { svLock as t } from '../../i18n/svLock';
import { useShell } from '../appContext';
import { TextField } from '../components/fields';
import { useTitle } from '../title';
import { createCountdownClock, type Countdown } from './countdown';
import { enterUnlocked } from './lockSession';

export default function LockScreen() {
  const app = useShell();
  useTitle(t.lockedTitle);
  const [passcode, setPasscode] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  /** "Fel lösenkod." after a wrong passcode, until the next try. */
  const [wrong, setWrong] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  /**
   * The wait before the next try: its end (read from storage, so a reload keeps it) and the reading
   * of the clock it was said at. The alert and the countdown are both computed from that one time.
   */
  const [wait, setWait] = createSignal<Countdown | null>(null);
  const now = createCountdownClock(wait);
  const waitLeft = createMemo(() => {
    const w = wait();
    return w === null ? 0 : Math.max(0, w.until - now());
  });
  /** Fixed when the wait starts (its own reading of the clock), so it is said once and agrees with the countdown's first figure. */
  const alertText = createMemo(() => {
    const w = wait();
    return [wrong() ? t.wrong : '', failed() ? t.failed : '', w ? t.wait(waitText(w.until, w.at)) : ''].filter(Boolean).join(' ');
  });
  let input: HTMLInputElement | undefined;

  onMount(() => {
    // Lets `npm run bench` time the first screen and the unlock.
    performance.mark('sip:lock-shown');
    input?.focus();
    const at = Date.now();
    void app.lock.waitRemaining(at).then((ms) => ms > 0 && setWait({ until: at + ms, at: Date.now() }));
  });

  // When the wait is over, what it said no longer holds (a wrong passcode still does).
  createEffect(on(waitLeft, (left, before) => left === 0 && (before ?? 0) > 0 && setWait(null), { defer: true }));

  async function unlock(event: Event) {
    event.preventDefault();
    if (busy() || waitLeft() > 0) return;
    setBusy(true);
    setWrong(false);
    setFailed(false);
    performance.mark('sip:unlock-start');
    try {
      // The vault counts the wait from this reading, so its end is exact.
      const at = Date.now();
      const result = await app.lock.unlock(passcode(), at);
      if (result.ok) {
        performance.mark('sip:unlocked');
        enterUnlocked();
        return;
      }
      setPasscode('');
      setWrong(result.reason === 'wrong');
      setWait(result.waitMs > 0 ? { until: at + result.waitMs, at: Date.now() } : null);
      input?.focus();
    } catch (error) {
      console.error(error);
      setFailed(true);
    }
    setBusy(false);
  }

  return (
    <main id="main" class="lock-screen">
      <h1>{t.lockedHeading}</h1>
      <p>{t.lockedIntro}</p>
      <form onSubmit={(event) => void unlock(event)} novalidate>
        <TextField label={t.passcode} type="password" autocomplete="current-password" value={passcode()} onInput={setPasscode} ref={(el) => (input = el)} />
        <button type="submit" class="primary" disabled={busy() || waitLeft() > 0}>
          {busy() ? t.unlocking : t.unlock}
        </button>
        {/* Said once (an alert read every second would drown a screen reader); the countdown below is quiet. */}
        <p role="alert" class="error">
          {alertText()}
        </p>
        <Show when={wait()}>{(w) => <p class="hint">{t.tryAgainIn(waitText(w().until, now()))}</p>}</Show>
      </form>
      <ForgotPasscode />
    </main>
  );
}

function waitText(until: number, now: number): string {
  const shown = waitShown(until, now);
  return shown.unit === 'seconds' ? t.waitSeconds(shown.count) : t.waitMinutes(shown.count);
}

function ForgotPasscode() {
  const app = useShell();
  const [failed, setFailed] = createSignal(false);
  async function erase() {
    if (!window.confirm(t.eraseConfirm)) return;
    try {
      await app.lock.eraseEverything();
      location.reload();
    } catch (error) {
      console.error(error);
      setFailed(true);
    }
  }
  return (
    <details class="danger-zone">
      <summary>{t.forgotHeading}</summary>
      <p>{t.forgotText}</p>
      <button type="button" class="danger" onClick={() => void erase()}>
        {t.erase}
      </button>
      <Show when={failed()}>
        <p class="error" role="alert">
          {t.eraseFailed}
        </p>
      </Show>
    </details>
  );
}
