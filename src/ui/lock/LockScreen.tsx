// The lock screen: the passcode, the wait after wrong ones, and a way out for a forgotten
// passcode. It shows nothing about any person.
import { createEffect, createMemo, createSignal, on, onMount, Show } from 'solid-js';
import { svLock as t } from '../../i18n/svLock';
import { database } from '../../storage/db';
import { vault } from '../../storage';
import { TextField } from '../components/fields';
import { createNow } from '../now';
import { useTitle } from '../title';
import { enterUnlocked } from './lockSession';

export default function LockScreen() {
  useTitle(t.lockedTitle);
  const now = createNow();
  const [passcode, setPasscode] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal('');
  /** Epoch ms before which no passcode may be tried: read from storage, so a reload keeps it. */
  const [waitUntil, setWaitUntil] = createSignal(0);
  const waitLeft = createMemo(() => Math.max(0, waitUntil() - now()));
  let input: HTMLInputElement | undefined;

  onMount(async () => {
    // Lets `npm run bench` time the first screen and the unlock.
    performance.mark('sip:lock-shown');
    input?.focus();
    const wait = await vault.waitRemaining();
    if (wait > 0) startWait(wait, '');
  });

  /** Says the wait once (an alert read every second would drown a screen reader); the countdown beside it is quiet. */
  function startWait(ms: number, before: string) {
    setWaitUntil(Date.now() + ms);
    setMessage([before, ms > 0 ? t.wait(waitText(ms)) : ''].filter(Boolean).join(' '));
  }
  // When the wait is over, what it said no longer holds.
  createEffect(on(waitLeft, (left, before) => left === 0 && (before ?? 0) > 0 && setMessage(''), { defer: true }));

  async function unlock(event: Event) {
    event.preventDefault();
    if (busy() || waitLeft() > 0) return;
    setBusy(true);
    setMessage('');
    performance.mark('sip:unlock-start');
    try {
      const result = await vault.unlock(passcode());
      if (result.ok) {
        performance.mark('sip:unlocked');
        enterUnlocked();
        return;
      }
      setPasscode('');
      startWait(result.waitMs, result.reason === 'wrong' ? t.wrong : '');
      input?.focus();
    } catch (error) {
      console.error(error);
      setMessage(t.failed);
    }
    setBusy(false);
  }

  return (
    <main id="main" class="lock-screen">
      <h1>{t.lockedHeading}</h1>
      <p>{t.lockedIntro}</p>
      <form onSubmit={unlock} novalidate>
        <TextField
          label={t.passcode}
          type="password"
          autocomplete="current-password"
          value={passcode()}
          onInput={setPasscode}
          ref={(el) => (input = el)}
        />
        <button type="submit" class="primary" disabled={busy() || waitLeft() > 0}>
          {busy() ? t.unlocking : t.unlock}
        </button>
        <p role="alert" class="error">
          {message()}
        </p>
        <Show when={waitLeft() > 0}>
          <p class="hint">{t.tryAgainIn(waitText(waitLeft()))}</p>
        </Show>
      </form>
      <ForgotPasscode />
    </main>
  );
}

function waitText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds <= 90 ? t.waitSeconds(seconds) : t.waitMinutes(Math.ceil(seconds / 60));
}

function ForgotPasscode() {
  const [failed, setFailed] = createSignal(false);
  async function erase() {
    if (!window.confirm(t.eraseConfirm)) return;
    try {
      await database().delete();
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
      <button type="button" class="danger" onClick={erase}>
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
