// The lock on the settings screen: when the app locks itself (during a running meeting too), and changing the passcode (which
// rewraps the one data key; no plan is re-encrypted).
import { createSignal, Show } from 'solid-js';
import { IDLE_MINUTES, MEETING_IDLE_MINUTES, type AutoLockSettings, type IdleMinutes, type MeetingIdleMinutes } from '../../domain/autoLock';
import { validateNewPasscode } from '../../domain/validation';
import { svLock as t } from '../../i18n/svLock';
import { useShell } from '../appContext';
import { ActionFailed } from '../components/Failures';
import { Checkbox, SelectField, TextField } from '../components/fields';
import { createNewSecret, NewSecretFields } from '../components/NewSecretFields';
import { createAction } from '../failures';
import { autoLockSettings, changeAutoLock } from '../lock/lockSession';

export function LockSettings() {
  // The setting applies at once; a failure to store it (for the next start) is said.
  const change = createAction((next: AutoLockSettings) => changeAutoLock(next), { exclusive: false });
  function chooseIdle(value: `${IdleMinutes}`) {
    const minutes = Number(value) as IdleMinutes;
    if (IDLE_MINUTES.includes(minutes)) void change.run({ ...autoLockSettings(), idleMinutes: minutes });
  }
  function chooseMeetingIdle(value: `${MeetingIdleMinutes}`) {
    const minutes = Number(value) as MeetingIdleMinutes;
    if (MEETING_IDLE_MINUTES.includes(minutes)) void change.run({ ...autoLockSettings(), meetingIdleMinutes: minutes });
  }
  return (
    <section aria-labelledby="lock-heading">
      <h2 id="lock-heading">{t.settingsHeading}</h2>
      <SelectField label={t.idleSetting} hint={t.idleHint} value={`${autoLockSettings().idleMinutes}`} options={t.idleChoices} onChange={chooseIdle} />
      <Checkbox
        label={t.duringMeeting}
        checked={autoLockSettings().duringMeeting}
        onChange={(duringMeeting) => void change.run({ ...autoLockSettings(), duringMeeting })}
      />
      {/* Ticked, the normal idle time holds during meetings too, so the meeting's own time has no say. */}
      <Show when={!autoLockSettings().duringMeeting}>
        <SelectField
          label={t.meetingIdleSetting}
          hint={t.meetingIdleHint}
          value={`${autoLockSettings().meetingIdleMinutes}`}
          options={t.meetingIdleChoices}
          onChange={chooseMeetingIdle}
        />
      </Show>
      <ActionFailed action={change} />
      <ChangePasscode />
    </section>
  );
}

function ChangePasscode() {
  const app = useShell();
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
      const ok = await app.lock.changePasscode(current(), next.value());
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
    <form onSubmit={(event) => void change(event)} novalidate aria-labelledby="change-passcode-heading">
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
