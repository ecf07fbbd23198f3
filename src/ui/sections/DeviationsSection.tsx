// Avvikelser for one plan: record one (type, date, parties, what happened) and see the plan's list.
// Deviations are the organisation's records, so they can be added to a closed plan too.
import { A } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { DEVIATION_TYPES, newDeviation, sortDeviations, validateDeviation, type Deviation, type DeviationType } from '../../domain/deviations';
import { formatDate } from '../../i18n/format';
import { svLife } from '../../i18n/svLife';
import { useApp } from '../appContext';
import { ActionFailed } from '../components/Failures';
import { RadioGroup, TextArea, TextField } from '../components/fields';
import { createAction } from '../failures';
import { newId, today, usePlanEditor } from '../planEditor';

const t = svLife.deviations;

export default function DeviationsSection() {
  const { plan } = usePlanEditor();
  const app = useApp();
  const [list, { refetch }] = createResource(
    () => plan.id,
    (id) => app.deviations.ofPlan(id),
  );
  const [draft, setDraft] = createSignal<Deviation>(newDeviation(newId(), plan.id, today(), new Date()));
  const [tried, setTried] = createSignal(false);
  const [saved, setSaved] = createSignal('');
  const problems = createMemo(() => validateDeviation(draft(), today()));
  const change = (patch: Partial<Deviation>) => {
    setSaved('');
    setDraft({ ...draft(), ...patch });
  };

  const save = createAction(async () => {
    setTried(true);
    if (Object.keys(problems()).length > 0) return;
    await app.deviations.register(draft());
    setDraft(newDeviation(newId(), plan.id, today(), new Date()));
    setTried(false);
    setSaved(t.added);
    void refetch();
  });

  const removing = createAction(async (d: Deviation) => {
    await app.deviations.remove(d.id);
    void refetch();
  });
  function remove(d: Deviation) {
    if (window.confirm(t.removeConfirm)) void removing.run(d);
  }

  return (
    <>
      <h2 id="section-heading">{t.heading}</h2>
      <p class="lead">{t.intro}</p>
      <RadioGroup<DeviationType>
        legend={t.type}
        value={draft().type}
        options={Object.fromEntries(DEVIATION_TYPES.map((x) => [x, t.types[x]])) as Record<DeviationType, string>}
        onChange={(type) => change({ type })}
      />
      <TextField label={t.date} type="date" value={draft().date} problem={problems()['date']} submitted={tried()} onInput={(date) => change({ date })} />
      <TextField
        label={t.parties}
        hint={t.partiesHint}
        required
        value={draft().parties}
        problem={tried() ? problems()['parties'] : undefined}
        submitted={tried()}
        onInput={(parties) => change({ parties })}
      />
      <TextArea
        label={t.description}
        hint={t.descriptionHint}
        required
        value={draft().description}
        problem={tried() ? problems()['description'] : undefined}
        submitted={tried()}
        onInput={(description) => change({ description })}
      />
      <button type="button" class="primary" onClick={() => void save.run()} disabled={save.busy()}>
        {t.add}
      </button>
      <ActionFailed action={save} />
      <p role="status">{saved()}</p>
      <Show when={(list() ?? []).length > 0} fallback={<p class="empty">{list.loading ? '' : t.none}</p>}>
        <ul class="item-list" aria-label={t.listLabel}>
          <For each={sortDeviations(list() ?? [])}>
            {(d) => (
              <li class="item">
                <p>
                  <strong>{formatDate(d.date)}</strong> · {t.types[d.type]} · <span dir="auto">{d.parties}</span>
                </p>
                <p dir="auto">{d.description}</p>
                <button type="button" class="secondary" onClick={() => remove(d)}>
                  {t.remove}
                </button>
              </li>
            )}
          </For>
        </ul>
        <ActionFailed action={removing} />
      </Show>
      <p>
        <A href="/avvikelser" class="standalone-link">
          {t.allLink}
        </A>
      </p>
    </>
  );
}
