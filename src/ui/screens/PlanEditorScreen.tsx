import { A, Navigate, useLocation, useNavigate, useParams, type RouteSectionProps } from '@solidjs/router';
import { createEffect, createMemo, createResource, createSignal, For, on, Show } from 'solid-js';
import { hasWithdrawnConsent } from '../../domain/plan';
import { sv } from '../../i18n/sv';
import { svLife } from '../../i18n/svLife';
import { localIsoDate } from '../../domain/dates';
import { isReadOnly } from '../../domain/lifecycle';
import { openingPart } from '../../domain/openingPart';
import type { App } from '../../app/shell';
import { useApp } from '../appContext';
import { createPlanEditor, PlanEditorContext } from '../planEditor';
import { useTitle } from '../title';

/** The plan's parts in order. The preparation's parts are disabled once the plan is closed (read-only). */
const SECTIONS = [
  { path: 'person', label: sv.sections.person, preparation: true },
  { path: 'viktigt', label: sv.sections.wishes, preparation: true },
  { path: 'deltagare', label: sv.sections.participants, preparation: true },
  { path: 'samtycke', label: sv.sections.consent, preparation: true },
  { path: 'mote', label: sv.sections.booking, preparation: true },
  { path: 'moten', label: sv.sections.meetings, preparation: false },
  { path: 'versioner', label: svLife.sections.versions, preparation: false },
  { path: 'avvikelser', label: svLife.sections.deviations, preparation: false },
  { path: 'avsluta', label: svLife.sections.closing, preparation: false },
] as const;

export default function PlanEditorScreen(props: RouteSectionProps) {
  const params = useParams<{ id: string }>();
  const location = useLocation();
  const app = useApp();
  // The plan, and the part it opens on when the address names none (a meeting today or under way:
  // its meetings part; openingPart), decided once as the plan is opened.
  const [loaded] = createResource(
    () => params.id,
    async (id) => {
      const [plan, running] = await Promise.all([app.plans.get(id), runningMeetings(app)]);
      if (!plan) return null;
      const opensOn = openingPart(
        plan,
        running.map((m) => ({ planId: m.planId, status: 'pagar' as const })),
        localIsoDate(new Date()),
      );
      return { editor: createPlanEditor(app, plan), opensOn };
    },
  );
  const currentIndex = createMemo(() => SECTIONS.findIndex((s) => location.pathname.endsWith(`/${s.path}`)));
  useTitle(() => SECTIONS[currentIndex()]?.label ?? sv.editor.newPlanHeading);
  // "Nästa: …" pressed: the link stays where it was, at the foot of a part that is now another, out
  // of view. Focus goes to the new part's heading instead, once that part is drawn (it loads apart).
  createEffect(
    on(
      currentIndex,
      () => {
        if (!document.activeElement?.closest('.pager')) return;
        const before = document.getElementById('section-heading');
        let frames = 0;
        const focusHeading = () => {
          const heading = document.getElementById('section-heading');
          if ((!heading || heading === before) && ++frames < 120) return void requestAnimationFrame(focusHeading);
          if (!heading) return;
          heading.tabIndex = -1;
          heading.focus();
        };
        focusHeading();
      },
      { defer: true },
    ),
  );

  return (
    <Show when={!loaded.loading} fallback={<p>{sv.app.loading}</p>}>
      <Show
        when={loaded()}
        fallback={
          <>
            <h1>{sv.editor.notFound}</h1>
            <p>
              <A href="/" class="standalone-link">
                {sv.app.backToList}
              </A>
            </p>
          </>
        }
      >
        {(opened) => (
          <PlanEditorContext.Provider value={opened().editor}>
            <h1>{opened().editor.plan.person.name.trim() ? sv.editor.planFor(opened().editor.plan.person.name) : sv.editor.newPlanHeading}</h1>
            <Show when={hasWithdrawnConsent(opened().editor.plan)}>
              <p class="banner banner--warning" role="note">
                {sv.editor.consentWithdrawn}
              </p>
            </Show>
            <nav class="section-nav" aria-label={sv.editor.sectionsNav}>
              <ol>
                <For each={SECTIONS}>
                  {(section, i) => (
                    <li>
                      <A href={`/plan/${params.id}/${section.path}`} end>
                        <span class="step" aria-hidden="true">
                          {i() + 1}
                        </span>
                        {section.label}
                      </A>
                    </li>
                  )}
                </For>
              </ol>
            </nav>
            <Show when={currentIndex() >= 0} fallback={<Navigate href={`/plan/${params.id}/${opened().opensOn}`} />}>
              <Show when={isReadOnly(opened().editor.plan.status)}>
                <p class="banner" role="note">
                  {svLife.readOnly}
                </p>
              </Show>
              <section class="section-body" aria-labelledby="section-heading">
                <fieldset class="read-only-frame" disabled={isReadOnly(opened().editor.plan.status) && SECTIONS[currentIndex()]?.preparation}>
                  {props.children}
                </fieldset>
              </section>
              <nav class="pager" aria-label={sv.editor.pager}>
                <Show when={SECTIONS[currentIndex() - 1]}>
                  {(prev) => (
                    <A href={`/plan/${params.id}/${prev().path}`} class="button" rel="prev">
                      ← {sv.editor.previous}: {prev().label}
                    </A>
                  )}
                </Show>
                <Show when={SECTIONS[currentIndex() + 1]}>
                  {(next) => (
                    <A href={`/plan/${params.id}/${next().path}`} class="button" rel="next">
                      {sv.editor.next}: {next().label} →
                    </A>
                  )}
                </Show>
              </nav>
            </Show>
            <DeletePlan planId={params.id} name={opened().editor.plan.person.name.trim()} />
          </PlanEditorContext.Provider>
        )}
      </Show>
    </Show>
  );
}

/** The running meetings (their clear fields, nothing decrypted); none when they cannot be read: the plan opens anyway. */
async function runningMeetings(app: App): Promise<{ id: string; planId: string }[]> {
  try {
    return await app.meetings.running();
  } catch (error) {
    console.warn(error);
    return [];
  }
}

function DeletePlan(props: { planId: string; name: string }) {
  const navigate = useNavigate();
  const app = useApp();
  const [failed, setFailed] = createSignal(false);
  async function remove() {
    if (!window.confirm(sv.editor.deleteConfirm(props.name))) return;
    try {
      await app.plans.delete(props.planId);
      navigate('/', { replace: true });
    } catch (error) {
      console.error(error);
      setFailed(true);
    }
  }
  return (
    <details class="danger-zone">
      <summary>{sv.editor.deleteHeading}</summary>
      <p>{sv.editor.deleteText}</p>
      <button type="button" class="danger" onClick={() => void remove()}>
        {sv.editor.deleteButton}
      </button>
      <Show when={failed()}>
        <p class="error" role="alert">
          {sv.editor.deleteFailed}
        </p>
      </Show>
    </details>
  );
}
