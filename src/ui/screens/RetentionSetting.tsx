// The gallring period on the settings screen; the plan list offers what is due.
import { createResource, Show } from 'solid-js';
import { isRetentionMonths, RETENTION_KEY, type RetentionMonths } from '../../domain/retention';
import { svRetention as t } from '../../i18n/svRetention';
import { appState } from '../../storage';
import { ActionFailed } from '../components/Failures';
import { SelectField } from '../components/fields';
import { createAction } from '../failures';

export function RetentionSetting() {
  const [months, { mutate }] = createResource(async () => {
    const stored = await appState.get(RETENTION_KEY);
    return isRetentionMonths(stored) ? stored : 0;
  });
  const choose = createAction(async (value: `${RetentionMonths}`) => {
    const next = Number(value);
    if (!isRetentionMonths(next)) return;
    mutate(next);
    await appState.set(RETENTION_KEY, next);
  }, { exclusive: false });
  return (
    <section aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t.settingHeading}</h2>
      <Show when={months() !== undefined}>
        <SelectField label={t.setting} hint={t.settingHint} value={`${months()!}`} options={t.choices} onChange={(value) => void choose.run(value)} />
      </Show>
      <ActionFailed action={choose} />
    </section>
  );
}
