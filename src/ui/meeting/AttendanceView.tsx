// Attendance before the circle: the person first, then the family and representatives, then each
// invited participant, and an interpreter when one is needed; who is missing is listed so the chair
// can say it. The chair and the note-taker are confirmed here.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { INTERPRETER_ID, missingAttendees, PERSON_ID, speakerQueue, type AttendanceStatus } from '../../domain/meeting';
import { sv } from '../../i18n/sv';
import { startMeeting, type AdjustMode } from '../../domain/timer';
import { svMeeting } from '../../i18n/svMeeting';
import { RadioGroup, SelectField, TextField } from '../components/fields';
import { useMeetingEditor } from '../meetingEditor';
import { newId } from '../planEditor';
import { PhaseBudgets } from './PhaseBudgets';

const t = svMeeting.attendance;

type Choice = Exclude<AttendanceStatus, 'ej-angiven'>;

/** The person, the family and the interpreter are there or not; a participant can also send a substitute. */
function choices(isParticipant: boolean): Record<Choice, string> {
  const { narvarande, franvarande, ersattare } = svMeeting.attendanceStatus;
  return (isParticipant ? { narvarande, franvarande, ersattare } : { narvarande, franvarande }) as Record<Choice, string>;
}

export default function AttendanceView() {
  const { meeting, edit, plan, nameOf } = useMeetingEditor();
  const [mode, setMode] = createSignal<AdjustMode>('rebalance');
  const missing = createMemo(() => missingAttendees(meeting).map(nameOf));
  const unanswered = createMemo(() => meeting.attendance.filter((a) => a.status === 'ej-angiven').length);
  const participantOptions = createMemo(() => ({
    '': t.nobody,
    ...Object.fromEntries(plan.participants.map((p) => [p.id, p.name.trim() || '–'])),
  }));

  function setStatus(attendeeId: string, status: Choice) {
    edit((d) => {
      const a = d.attendance.find((x) => x.attendeeId === attendeeId);
      if (a) a.status = status;
    });
  }

  function openCircle() {
    const first = meeting.phases[0];
    if (!first) return;
    edit((d) => {
      d.attendanceDone = true;
      if (d.speakers.length === 0) d.speakers = speakerQueue(d, nameOf, newId);
      if (d.clock.startedAt === null) d.clock = startMeeting(d.clock, first.id, Date.now());
    });
  }

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
                onChange={(v) => setStatus(a.attendeeId, v)}
              />
              <Show when={a.status === 'ersattare'}>
                <TextField
                  label={t.substituteName}
                  required
                  value={a.substituteName}
                  problem={a.substituteName.trim() ? null : 'required'}
                  onInput={(v) =>
                    edit((d) => {
                      const x = d.attendance.find((y) => y.attendeeId === a.attendeeId);
                      if (x) x.substituteName = v;
                    })
                  }
                />
              </Show>
            </li>
          )}
        </For>
      </ol>
      <div class="row">
        <SelectField label={t.chair} value={meeting.chairId} options={participantOptions()} onChange={(v) => edit((d) => void (d.chairId = v))} />
        <SelectField
          label={t.noteTaker}
          value={meeting.noteTakerId}
          options={participantOptions()}
          onChange={(v) => edit((d) => void (d.noteTakerId = v))}
        />
      </div>
      <section class="banner" aria-live="polite">
        <Show when={missing().length > 0} fallback={<p>{t.noneMissing}</p>}>
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
