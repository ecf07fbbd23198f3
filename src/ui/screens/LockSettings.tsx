// The lock on the settings screen: when the app locks itself, and changing the passcode (which
// rewraps the one data key; no plan is re-encrypted).
import { createSignal, Show } from 'solid-js';
import { IDLE_MINUTES, type IdleMinutes } from '../../domain/autoLock';
import { validateNewPasscode } from '../../domain/validation';
import { svLock as t } from '../../i18n/svLock';
import { vault } from '../../storage';
import { Checkbox, SelectField, TextField } from '../components/fields';
import { createNewSecret, NewSecretFields } from '../components/NewSecretFields';
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
  const next = createNewSecret(validateNewPasscode, 'passcode');
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<{ ok: boolean; text: string } | null>(null);

  async function change(event: Event) {
    event.preventDefault();
    setOutcome(null);
    if (!next.check()) return;
    setBusy(true);
    try {
      const ok = await vault.changePasscode(current(), next.value());
      setOutcome({ ok, text: ok ? t.changed : t.currentWrong });
      if (ok) {
        setCurrent('');
        next.reset();
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
      <NewSecretFields secret={next} label={t.newPasscode} hint={t.passcodeHint} repeatLabel={t.repeat} />
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
