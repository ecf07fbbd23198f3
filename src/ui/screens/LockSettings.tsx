// The lock on the settings screen: when the app locks itself, and changing the passcode (which
// rewraps the one data key; no plan is re-encrypted).
import { createMemo, createSignal, Show } from 'solid-js';
import { IDLE_MINUTES, type IdleMinutes } from '../../domain/autoLock';
import { validateNewPasscode } from '../../domain/validation';
import { svLock as t } from '../../i18n/svLock';
import { vault } from '../../storage';
import { Checkbox, SelectField, TextField } from '../components/fields';
import { autoLockSettings, changeAutoLock } from '../lock/lockSession';

export function LockSettings() {
  function chooseIdle(value: `${IdleMinutes}`) {
    const minutes = Number(value) as IdleMinutes;
    if (IDLE_MINUTES.includes(minutes)) void changeAutoLock({ ...autoLockSettings(), idleMinutes: minutes });
  }
  return (
    <section aria-labelledby="lock-heading">
      <h2 id="lock-heading">{t.settingsHeading}</h2>
      <SelectField label={t.idleSetting} hint={t.idleHint} value={`${autoLockSettings().idleMinutes}`} options={t.idleChoices} onChange={chooseIdle} />
      <Checkbox
        label={t.duringMeeting}
        checked={autoLockSettings().duringMeeting}
        onChange={(duringMeeting) => void changeAutoLock({ ...autoLockSettings(), duringMeeting })}
      />
      <ChangePasscode />
    </section>
  );
}

function ChangePasscode() {
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [repeated, setRepeated] = createSignal('');
  const [tried, setTried] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<{ ok: boolean; text: string } | null>(null);
  const problems = createMemo(() => validateNewPasscode(next(), repeated()));

  async function change(event: Event) {
    event.preventDefault();
    setTried(true);
    setOutcome(null);
    if (Object.keys(problems()).length > 0) return;
    setBusy(true);
    try {
      const ok = await vault.changePasscode(current(), next());
      setOutcome({ ok, text: ok ? t.changed : t.currentWrong });
      if (ok) {
        setCurrent('');
        setNext('');
        setRepeated('');
        setTried(false);
      }
    } catch (error) {
      console.error(error);
      setOutcome({ ok: false, text: t.failed });
    }
    setBusy(false);
  }

  return (
    <form onSubmit={change} novalidate aria-labelledby="change-passcode-heading">
      <h3 id="change-passcode-heading">{t.changeHeading}</h3>
      <TextField label={t.current} type="password" autocomplete="current-password" value={current()} onInput={setCurrent} />
      <TextField
        label={t.newPasscode}
        hint={t.passcodeHint}
        type="password"
        autocomplete="new-password"
        value={next()}
        problem={tried() ? problems()['passcode'] : undefined}
        submitted={tried()}
        onInput={setNext}
      />
      <TextField
        label={t.repeat}
        type="password"
        autocomplete="new-password"
        value={repeated()}
        problem={tried() ? problems()['repeated'] : undefined}
        submitted={tried()}
        onInput={setRepeated}
      />
      <button type="submit" class="primary" disabled={busy()}>
        {busy() ? t.changing : t.change}
      </button>
      <p role="status">{outcome()?.ok ? outcome()!.text : ''}</p>
      <Show when={outcome() && !outcome()!.ok}>
        <p class="error" role="alert">
          {outcome()!.text}
        </p>
      </Show>
    </form>
  );
}
