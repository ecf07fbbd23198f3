// Backup and restore on the settings screen: all plans and meetings in one encrypted file, and
// back. A file is checked completely before anything on the device changes.
import { createSignal, Show } from 'solid-js';
import { localIsoDate } from '../../domain/dates';
import { validateNewPassword } from '../../domain/validation';
import { svBackup as t } from '../../i18n/svBackup';
import { svErrors } from '../../i18n/svErrors';
import { BackupError } from '../../app/backups';
import { useApp } from '../appContext';
import { TextField } from '../components/fields';
import { createNewSecret, NewSecretFields } from '../components/NewSecretFields';
import { saveFile } from '../saveFile';

/** What the last press led to: working on it, done, or refused (said as an alert). */
interface Outcome {
  kind: 'idle' | 'busy' | 'done' | 'refused';
  text: string;
}

const IDLE: Outcome = { kind: 'idle', text: '' };

export function BackupSection(props: { onRestored: () => void }) {
  const app = useApp();
  const password = createNewSecret(validateNewPassword, 'password');
  const [saveOutcome, setSaveOutcome] = createSignal<Outcome>(IDLE);

  let fileInput: HTMLInputElement | undefined;
  const [filePassword, setFilePassword] = createSignal('');
  const [restoreOutcome, setRestoreOutcome] = createSignal<Outcome>(IDLE);

  async function save() {
    if (!password.check()) return;
    setSaveOutcome({ kind: 'busy', text: t.encrypting });
    try {
      const saved = await (await app.backups()).save(password.value());
      if (!saved) {
        setSaveOutcome({ kind: 'refused', text: svErrors.notAllSaved });
        return;
      }
      saveFile(t.fileName(localIsoDate(new Date())), saved.file, 'application/octet-stream');
      setSaveOutcome({ kind: 'done', text: t.saved(saved.plans) });
      password.reset();
    } catch (error) {
      console.error(error);
      setSaveOutcome({ kind: 'refused', text: t.failed });
    }
  }

  async function restore() {
    const file = fileInput?.files?.[0];
    if (!file) {
      setRestoreOutcome({ kind: 'refused', text: t.noFile });
      return;
    }
    setRestoreOutcome({ kind: 'busy', text: t.checking });
    try {
      const report = await (await app.backups()).restore(new Uint8Array(await file.arrayBuffer()), filePassword());
      if (!report) {
        setRestoreOutcome({ kind: 'refused', text: svErrors.notAllSaved });
        return;
      }
      setRestoreOutcome({ kind: 'done', text: t.restored(report.plans.added, report.plans.updated, report.plans.kept) });
      setFilePassword('');
      props.onRestored();
    } catch (error) {
      if (!(error instanceof BackupError)) console.error(error);
      setRestoreOutcome({ kind: 'refused', text: error instanceof BackupError ? t.problems[error.problem] : t.failed });
    }
  }

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t.heading}</h2>
      <p class="hint">{t.intro}</p>

      <h3>{t.saveHeading}</h3>
      <NewSecretFields secret={password} label={t.password} hint={t.passwordHint} repeatLabel={t.repeat} />
      <p>
        <button type="button" class="primary" onClick={() => void save()} disabled={saveOutcome().kind === 'busy'}>
          {t.save}
        </button>
      </p>
      <OutcomeLines outcome={saveOutcome()} />

      <h3>{t.restoreHeading}</h3>
      <p class="hint">{t.restoreIntro}</p>
      <div class="field">
        <label for="backup-file">{t.file}</label>
        <input id="backup-file" type="file" autocomplete="off" accept=".sipbackup,application/octet-stream,application/json" ref={fileInput} />
      </div>
      <TextField label={t.filePassword} type="password" autocomplete="off" value={filePassword()} onInput={setFilePassword} />
      <p>
        <button type="button" class="primary" onClick={() => void restore()} disabled={restoreOutcome().kind === 'busy'}>
          {t.restore}
        </button>
      </p>
      <OutcomeLines outcome={restoreOutcome()} />
    </section>
  );
}

function OutcomeLines(props: { outcome: Outcome }) {
  return (
    <>
      <p role="status">{props.outcome.kind === 'refused' ? '' : props.outcome.text}</p>
      <Show when={props.outcome.kind === 'refused'}>
        <p class="error" role="alert">
          {props.outcome.text}
        </p>
      </Show>
    </>
  );
}
