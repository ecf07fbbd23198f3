// First start: choosing the passcode, with what it protects and what forgetting it means. Loaded
// only when no passcode exists yet.
import { createResource, createSignal, Show } from 'solid-js';
import { validateNewPasscode } from '../../domain/validation';
import { svLock as t } from '../../i18n/svLock';
import { useShell } from '../appContext';
import { createNewSecret, NewSecretFields } from '../components/NewSecretFields';
import { useTitle } from '../title';
import { enterUnlocked } from './lockSession';

export default function PasscodeSetup() {
  useTitle(t.setupTitle);
  const app = useShell();
  const passcode = createNewSecret(validateNewPasscode, 'passcode');
  const [busy, setBusy] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  // Plans stored before this version are readable until a passcode seals them: say so.
  const [existing] = createResource(() => app.lock.storedPlans().catch(() => 0));

  async function choose(event: Event) {
    event.preventDefault();
    if (!passcode.check()) return;
    setBusy(true);
    setFailed(false);
    try {
      await app.lock.create(passcode.value());
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
      <form onSubmit={(event) => void choose(event)} novalidate>
        <NewSecretFields secret={passcode} label={t.passcode} hint={t.passcodeHint} repeatLabel={t.repeat} />
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
