// Above "Avsluta mötet": what is still missing (issue 13, point 5), each with a button to where it
// is done (the field itself where its tool section is marked with data-finish). Only information:
// the chair can always finish. A heading and a list, not a live region, so nothing is announced
// while the chair works.
import { createMemo, For, Show } from 'solid-js';
import { missingBeforeFinish, type Missing } from '../../domain/finishCheck';
import { svMeeting } from '../../i18n/svMeeting';
import { useMeetingEditor } from '../meetingEditor';

const t = svMeeting.circle;
/** The first field of a marked tool section. */
const FIELDS = 'select, input, textarea';

export function FinishCheck() {
  const { meeting, dispatch } = useMeetingEditor();
  const missing = createMemo(() => missingBeforeFinish(meeting));

  const whereName = (m: Missing): string | null => {
    const where = m.where;
    if (where === null) return null;
    if ('attendance' in where) return svMeeting.attendance.title;
    return meeting.phases[where.phaseIndex]?.title ?? null;
  };
  function go(m: Missing) {
    const where = m.where;
    if (where === null) return;
    if ('attendance' in where) dispatch({ type: 'back-to-attendance' });
    else dispatch({ type: 'go-to-phase', phaseId: meeting.phases[where.phaseIndex]?.id ?? '' });
    // This list is gone with the last phase: the keyboard goes on from the field that does what is
    // missing (a tool section marked with its key), else from the new view's heading.
    queueMicrotask(() => {
      const field = document.querySelector(`[data-finish="${m.key}"]`)?.querySelector<HTMLElement>(FIELDS);
      if (field) return field.focus();
      const heading = document.querySelector<HTMLElement>('.meeting h1, h1');
      if (!heading) return;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    });
  }

  return (
    <section class="finish-check" aria-labelledby="finish-check-heading">
      <h2 id="finish-check-heading">{t.missingHeading}</h2>
      <Show when={missing().length > 0} fallback={<p>{t.missingNone}</p>}>
        <p class="hint">{t.missingIntro}</p>
        <ul>
          <For each={missing()}>
            {(m) => (
              <li>
                <span>{t.missing[m.key]}</span>{' '}
                <Show when={whereName(m)} fallback={<span class="hint">{t.missingNowhere}</span>}>
                  {(name) => (
                    <button type="button" class="secondary" onClick={() => go(m)}>
                      {t.missingGoTo(name())}
                      <span class="visually-hidden">: {t.missing[m.key]}</span>
                    </button>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
