// Attendance before the circle: the person first, then the family and representatives, then each
// invited participant, and an interpreter when one is needed; who is missing is listed so the chair
// can say it. The chair and the note-taker are confirmed here.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { newId } from '../../app/ids';
import { INTERPRETER_ID, missingAttendees, PERSON_ID, type AttendanceStatus } from '../../domain/meeting';
import { sv } from '../../i18n/sv';
import type { AdjustMode } from '../../domain/timer';
import { svMeeting } from '../../i18n/svMeeting';
import { RadioGroup, SelectField, TextField } from '../components/fields';
import { useMeetingEditor } from '../meetingEditor';
import { PhaseBudgets } from './PhaseBudgets';

const t = svMeeting.attendance;

type Choice = Exclude<AttendanceStatus, 'ej-angiven'>;

/** The person, the family and the interpreter are there or not; a participant can also send a substitute. */
function choices(isParticipant: boolean): Record<Choice, string> {
  const { narvarande, franvarande, ersattare } = svMeeting.attendanceStatus;
  return (isParticipant ? { narvarande, franvarande, ersattare } : { narvarande, franvarande }) as Record<Choice, string>;
}

export default function AttendanceView() {
  const { meeting, dispatch, plan, nameOf } = useMeetingEditor();
  const [mode, setMode] = createSignal<AdjustMode>('rebalance');
  const missing = createMemo(() => missingAttendees(meeting).map(nameOf));
  const unanswered = createMemo(() => meeting.attendance.filter((a) => a.status === 'ej-angiven').length);
  const participantOptions = createMemo(() => ({
    '': t.nobody,
    ...Object.fromEntries(plan.participants.map((p) => [p.id, p.name.trim() || '–'])),
  }));

  const openCircle = () => dispatch({ type: 'open-circle', nameOf, newId });

  const label = (attendeeId: string) => {
    const name = nameOf(attendeeId);
    if (attendeeId === PERSON_ID) return `${name} (${t.person})`;
    if (attendeeId === INTERPRETER_ID) return t.interpreterLanguage(plan.preparation.practical.interpreterLanguage.trim());
    const r = plan.person.representatives.find((x) => x.id === attendeeId);
    if (r) return `${name} (${sv.representativeKindsLower[r.kind]})`;
    const p = plan.participants.find((x) => x.id === attendeeId);
    return p?.organisation.trim() ? `${name}, ${p.organisation.trim()}` : name;
  };

  return (
    <>
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <ol class="attendance-list" aria-label={t.title}>
        <For each={meeting.attendance}>
          {(a) => (
            <li class="item">
              <RadioGroup
                legend={label(a.attendeeId)}
                value={a.status as Choice}
                options={choices(plan.participants.some((p) => p.id === a.attendeeId))}
                onChange={(status) => dispatch({ type: 'set-attendance', attendeeId: a.attendeeId, status })}
              />
              <Show when={a.status === 'ersattare'}>
                <TextField
                  label={t.substituteName}
                  required
                  value={a.substituteName}
                  problem={a.substituteName.trim() ? null : 'required'}
                  onInput={(value) => dispatch({ type: 'set-text', target: { at: 'attendance', attendeeId: a.attendeeId, field: 'substituteName' }, value })}
                />
              </Show>
            </li>
          )}
        </For>
      </ol>
      <div class="row">
        <SelectField
          label={t.chair}
          value={meeting.chairId}
          options={participantOptions()}
          onChange={(participantId) => dispatch({ type: 'set-chair', participantId })}
        />
        <SelectField
          label={t.noteTaker}
          value={meeting.noteTakerId}
          options={participantOptions()}
          onChange={(participantId) => dispatch({ type: 'set-note-taker', participantId })}
        />
      </div>
      <section class="banner" aria-live="polite">
        {/* "Ingen saknas" only once everyone's attendance is marked: beside "4 har ingen närvaro angiven" it was not true. */}
        <Show when={missing().length > 0} fallback={<Show when={unanswered() === 0}>{<p>{t.noneMissing}</p>}</Show>}>
          <p>
            {t.missing} {missing().join(', ')}
          </p>
        </Show>
        <Show when={unanswered() > 0}>
          <p>{t.notAnswered(unanswered())}</p>
        </Show>
      </section>
      <PhaseBudgets mode={mode()} onMode={setMode} />
      <p>
        <button type="button" class="primary" onClick={openCircle}>
          {t.openCircle}
        </button>
      </p>
    </>
  );
}
