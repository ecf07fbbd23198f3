// Gallring: the closed plans kept longer than the chosen period, offered for deletion. Nothing is
// deleted without the chair marking it and confirming.
import { A } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { closedOn, dueForDeletion } from '../../domain/retention';
import { formatDate } from '../../i18n/format';
import { sv } from '../../i18n/sv';
import { svRetention as t } from '../../i18n/svRetention';
import { Checkbox } from '../components/fields';
import { useApp } from '../appContext';
import { useTitle } from '../title';

export default function Retention() {
  useTitle(t.title);
  const app = useApp();
  const [data, { refetch }] = createResource(async () => ({ months: await app.settings.retentionMonths(), all: await app.plans.checkedSummaries() }));
  const months = () => data()?.months ?? 0;
  const due = createMemo(() => dueForDeletion(data()?.all ?? [], months(), new Date()));
  const [chosen, setChosen] = createSignal<ReadonlySet<string>>(new Set());
  const [message, setMessage] = createSignal('');
  const [problem, setProblem] = createSignal('');

  function toggle(id: string, on: boolean) {
    const next = new Set(chosen());
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  }

  async function remove() {
    const ids = due()
      .map((p) => p.id)
      .filter((id) => chosen().has(id));
    setMessage('');
    setProblem('');
    if (ids.length === 0) return setProblem(t.nothingChosen);
    if (!window.confirm(t.confirm(ids.length))) return;
    let deleted = 0;
    try {
      for (const id of ids) {
        await app.plans.delete(id);
        deleted += 1;
      }
    } catch (error) {
      console.error(error);
      setProblem(t.failed);
    }
    setMessage(t.deleted(deleted));
    setChosen(new Set<string>());
    void refetch();
  }

  return (
    <>
      <h1>{t.title}</h1>
      <Show when={data()} fallback={<p>{sv.app.loading}</p>}>
        <Show when={months() > 0} fallback={<p>{t.off}</p>}>
          <p class="lead">{t.intro(t.choices[`${months()}`].toLocaleLowerCase('sv'))}</p>
          <Show when={due().length > 0} fallback={<p>{t.none}</p>}>
            <fieldset class="retention-list">
              <legend class="visually-hidden">{t.title}</legend>
              <For each={due()}>
                {(plan) => (
                  <Checkbox
                    label={`${plan.person.name.trim() || sv.list.unnamed} (${t.closedOn(formatDate(closedOn(plan)))})`}
                    checked={chosen().has(plan.id)}
                    onChange={(on) => toggle(plan.id, on)}
                  />
                )}
              </For>
            </fieldset>
            <p>
              <button type="button" class="danger" onClick={() => void remove()}>
                {t.delete}
              </button>
            </p>
          </Show>
        </Show>
        <p role="status">{message()}</p>
        <Show when={problem()}>
          <p class="error" role="alert">
            {problem()}
          </p>
        </Show>
        <p>
          <A href="/" class="standalone-link">
            {sv.app.backToList}
          </A>
        </p>
      </Show>
    </>
  );
}
