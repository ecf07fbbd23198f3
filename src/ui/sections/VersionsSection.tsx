// The plan's versions, one per held meeting, and what changed between any two of them: goals and
// interventions added, removed and changed. Versions are read from their stored copies, so an
// earlier one reads the same whatever the plan has become.
import { A } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { localIsoDate } from '../../domain/dates';
import type { Goal, Intervention } from '../../domain/meeting';
import { diffVersions, isEmptyDiff, type ListDiff, type PlanVersion } from '../../domain/versions';
import { formatDate } from '../../i18n/format';
import { svLife } from '../../i18n/svLife';
import { svMeeting } from '../../i18n/svMeeting';
import { useApp } from '../appContext';
import { SelectField } from '../components/fields';
import { usePlanEditor } from '../planEditor';

const t = svLife.versions;

export default function VersionsSection() {
  const { plan } = usePlanEditor();
  const app = useApp();
  const [list] = createResource(
    () => plan.id,
    (id) => app.versions.ofPlan(id),
  );
  return (
    <>
      <h2 id="section-heading">{t.heading}</h2>
      <p class="lead">{t.intro}</p>
      <Show when={(list() ?? []).length > 0} fallback={<p class="empty">{list.loading ? '' : t.none}</p>}>
        <ol class="version-list" aria-label={t.listLabel}>
          <For each={list()}>
            {(v) => (
              <li>
                <details>
                  <summary>{t.item(v.number, svMeeting.meetings.kinds[v.meeting.kind], formatDate(localIsoDate(new Date(v.heldAt))))}</summary>
                  <VersionContent version={v} />
                  <p>
                    <A href={`/mote/${v.meetingId}`} class="standalone-link">
                      {t.openMeeting}
                    </A>
                  </p>
                </details>
              </li>
            )}
          </For>
        </ol>
        <Show when={(list() ?? []).length > 1}>
          <Compare versions={list()!} />
        </Show>
      </Show>
    </>
  );
}

/** A version's goals with their interventions, as fixed: read from the stored copy. */
function VersionContent(props: { version: PlanVersion }) {
  const m = () => props.version.meeting;
  return (
    <Show when={m().goals.length + m().interventions.length > 0} fallback={<p class="empty">{t.noGoals}</p>}>
      <ul>
        <For each={m().goals}>
          {(goal) => (
            <li>
              <span dir="auto">{goal.text.trim() || t.unnamed}</span>
              <Show when={m().interventions.some((i) => i.goalId === goal.id)}>
                <ul>
                  <For each={m().interventions.filter((i) => i.goalId === goal.id)}>{(i) => <li dir="auto">{i.what.trim() || t.unnamed}</li>}</For>
                </ul>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

function Compare(props: { versions: PlanVersion[] }) {
  const last = () => props.versions.at(-1)!.number;
  const [from, setFrom] = createSignal(last() - 1);
  const [to, setTo] = createSignal(last());
  const options = () => Object.fromEntries(props.versions.map((v) => [String(v.number), t.option(v.number)]));
  const diff = createMemo(() => {
    const a = props.versions.find((v) => v.number === from());
    const b = props.versions.find((v) => v.number === to());
    return a && b ? diffVersions(a, b) : null;
  });
  return (
    <section aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t.compareHeading}</h3>
      <div class="row">
        <SelectField label={t.from} value={String(from())} options={options()} onChange={(v) => setFrom(Number(v))} />
        <SelectField label={t.to} value={String(to())} options={options()} onChange={(v) => setTo(Number(v))} />
      </div>
      <Show when={diff()}>
        {(d) => (
          <Show when={!isEmptyDiff(d())} fallback={<p>{t.nothingChanged}</p>}>
            <DiffList heading={t.goals} diff={d().goals} text={(g: Goal) => g.text} />
            <DiffList heading={t.interventions} diff={d().interventions} text={(i: Intervention) => i.what} />
          </Show>
        )}
      </Show>
    </section>
  );
}

function DiffList<T extends { id: string }>(props: { heading: string; diff: ListDiff<T>; text: (item: T) => string }) {
  const label = (item: T) => props.text(item).trim() || t.unnamed;
  const count = () => props.diff.added.length + props.diff.removed.length + props.diff.changed.length;
  return (
    <Show when={count() > 0}>
      <h4>{props.heading}</h4>
      <ul class="diff-list" aria-label={props.heading}>
        <For each={props.diff.added}>
          {(item) => (
            <li class="diff diff--added">
              <strong>{t.added}:</strong> <span dir="auto">{label(item)}</span>
            </li>
          )}
        </For>
        <For each={props.diff.removed}>
          {(item) => (
            <li class="diff diff--removed">
              <strong>{t.removed}:</strong> <span dir="auto">{label(item)}</span>
            </li>
          )}
        </For>
        <For each={props.diff.changed}>
          {(c) => (
            <li class="diff diff--changed">
              <strong>{t.changed}:</strong> <span dir="auto">{label(c.after)}</span>
              <br />
              <span class="hint">{t.changedFields([...new Set(c.fields.map((f) => t.fields[String(f)] ?? String(f)))])}</span>
              <Show when={props.text(c.before).trim() !== props.text(c.after).trim()}>
                <br />
                <span class="hint" dir="auto">
                  {t.was(label(c.before))}
                </span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
