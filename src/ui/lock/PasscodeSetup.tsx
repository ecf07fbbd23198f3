// First start: choosing the passcode, with what it protects and what forgetting it means. Loaded
// only when no passcode exists yet.
import { createMemo, createResource, createSignal, Show } from 'solid-js';
import { validateNewPasscode } from '../../domain/validation';
import { svLock as t } from '../../i18n/svLock';
import { plans, vault } from '../../storage';
import { TextField } from '../components/fields';
import { useTitle } from '../title';
import { enterUnlocked } from './lockSession';

export default function PasscodeSetup() {
  useTitle(t.setupTitle);
  const [passcode, setPasscode] = createSignal('');
  const [repeated, setRepeated] = createSignal('');
  const [tried, setTried] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  const problems = createMemo(() => validateNewPasscode(passcode(), repeated()));
  // Plans stored before this version are readable until a passcode seals them: say so.
  const [existing] = createResource(() => plans.count().catch(() => 0));

  async function choose(event: Event) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems()).length > 0) return;
    setBusy(true);
    setFailed(false);
    try {
      await vault.create(passcode());
      enterUnlocked();
    } catch (error) {
      console.error(error);
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <main id="main" class="lock-screen">
      <h1>{t.setupTitle}</h1>
      <p>{t.setupIntro}</p>
      <p class="banner banner--warning">{t.setupWarning}</p>
      <Show when={(existing() ?? 0) > 0}>
        <p>{t.setupExisting}</p>
      </Show>
      <form onSubmit={choose} novalidate>
        <TextField
          label={t.passcode}
          hint={t.passcodeHint}
          type="password"
          autocomplete="new-password"
          value={passcode()}
          problem={tried() ? problems()['passcode'] : undefined}
          submitted={tried()}
          onInput={setPasscode}
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
          {busy() ? t.choosing : t.choose}
        </button>
        <Show when={failed()}>
          <p class="error" role="alert">
            {t.failed}
          </p>
        </Show>
      </form>
    </main>
  );
}
