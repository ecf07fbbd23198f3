// The gallring period on the settings screen; the plan list offers what is due.
import { createResource, Show } from 'solid-js';
import { isRetentionMonths, type RetentionMonths } from '../../domain/retention';
import { svRetention as t } from '../../i18n/svRetention';
import { useApp } from '../appContext';
import { ActionFailed } from '../components/Failures';
import { SelectField } from '../components/fields';
import { createAction } from '../failures';

export function RetentionSetting() {
  const app = useApp();
  const [months, { mutate }] = createResource(() => app.settings.retentionMonths());
  const choose = createAction(
    async (value: `${RetentionMonths}`) => {
      const next = Number(value);
      if (!isRetentionMonths(next)) return;
      mutate(next);
      await app.settings.setRetentionMonths(next);
    },
    { exclusive: false },
  );
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
