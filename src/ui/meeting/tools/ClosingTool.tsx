// Avslutning: how each attendee experienced the meeting (the person first), the follow-up
// booking, how everyone gets the plan, and the reminder to thank everyone.
import { createMemo, createUniqueId, For } from 'solid-js';
import { feedbackOrder, PERSON_ID, type Delivery } from '../../../domain/meeting';
import { isPartyId } from '../../../domain/parties';
import { localIsoDate } from '../../../domain/dates';
import { validateFollowUp } from '../../../domain/validation';
import { svCapture } from '../../../i18n/svCapture';
import { SelectField, TextField } from '../../components/fields';
import { useMeetingEditor } from '../../meetingEditor';
import { attendeeName } from './labels';
import './tools.css';

const t = svCapture.closing;

export default function ClosingTool() {
  const { meeting } = useMeetingEditor();
  return (
    <div class="tool tool--closing">
      <section class="tool-section">
        <h2>{t.feedbackHeading}</h2>
        <p class="hint">{t.feedbackHint}</p>
        <ol class="item-list">
          <For each={feedbackOrder(meeting)}>
            {(attendeeId) => (
              <li>
                <FeedbackItem attendeeId={attendeeId} />
              </li>
            )}
          </For>
        </ol>
      </section>
      <FollowUp />
      <Deliveries />
      <p class="reminder">{t.thanks}</p>
    </div>
  );
}

function FeedbackItem(props: { attendeeId: string }) {
  const { meeting, dispatch, nameOf } = useMeetingEditor();
  const name = () => attendeeName(meeting, nameOf, props.attendeeId);
  const feedback = () => meeting.feedback.find((f) => f.attendeeId === props.attendeeId);

  return (
    <fieldset class="item">
      <legend dir="auto">{name()}</legend>
      <Scale
        legend={t.feedbackLegend(name())}
        value={feedback()?.score ?? 0}
        onChange={(score) => dispatch({ type: 'set-feedback-score', attendeeId: props.attendeeId, score })}
      />
      <TextField
        label={t.comment}
        value={feedback()?.comment ?? ''}
        onInput={(value) => dispatch({ type: 'set-text', target: { at: 'feedback', attendeeId: props.attendeeId, field: 'comment' }, value })}
      />
    </fieldset>
  );
}

/** The 1–5 scale: a face (hidden from screen readers) and a word for each value; the word is the label. */
function Scale(props: { legend: string; value: number; onChange: (value: number) => void }) {
  const name = `scale-${createUniqueId()}`;
  return (
    <fieldset class="radio-group scale">
      <legend class="visually-hidden">{props.legend}</legend>
      <div class="scale-options">
        <For each={t.scale}>
          {(step) => (
            <label class="scale-option">
              <input
                type="radio"
                autocomplete="off"
                name={name}
                value={step.value}
                checked={props.value === step.value}
                onChange={() => props.onChange(step.value)}
              />
              <span class="scale-face" aria-hidden="true">
                {step.face}
              </span>
              <span class="scale-word">{step.word}</span>
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}

function FollowUp() {
  const { meeting, dispatch } = useMeetingEditor();
  const setText = (field: 'date' | 'startTime' | 'place') => (value: string) => dispatch({ type: 'set-text', target: { at: 'followUp', field }, value });
  // Not before the day of the meeting itself.
  const problems = createMemo(() => validateFollowUp(meeting.followUp, localIsoDate(new Date(meeting.clock.startedAt ?? Date.now()))));
  return (
    <section class="tool-section" data-finish="followUp">
      <h2>{t.followUpHeading}</h2>
      <div class="row">
        <TextField label={t.followUpDate} type="date" value={meeting.followUp.date} problem={problems()['followUp.date']} onInput={setText('date')} />
        <TextField label={t.followUpTime} type="time" value={meeting.followUp.startTime} problem={problems()['followUp.startTime']} onInput={setText('startTime')} />
      </div>
      <TextField label={t.followUpPlace} value={meeting.followUp.place} onInput={setText('place')} />
    </section>
  );
}

function Deliveries() {
  const { meeting, dispatch, nameOf } = useMeetingEditor();
  // Every party invited gets the plan, those who are not here too; the person first. The interpreter gets none.
  const attendees = createMemo(() => meeting.attendance.map((a) => a.attendeeId).filter(isPartyId));
  const label = (attendeeId: string) => {
    const name = attendeeName(meeting, nameOf, attendeeId);
    const a = meeting.attendance.find((x) => x.attendeeId === attendeeId);
    return a?.status === 'franvarande' && attendeeId !== PERSON_ID ? t.absent(name) : name;
  };
  const method = (attendeeId: string): Delivery => meeting.deliveries.find((x) => x.attendeeId === attendeeId)?.method ?? '';

  const choose = (attendeeId: string, method: Delivery) => dispatch({ type: 'set-delivery', attendeeId, method });

  return (
    <section class="tool-section">
      <h2>{t.deliveryHeading}</h2>
      <p class="hint">{t.deliveryHint}</p>
      <div class="delivery-grid">
        <For each={attendees()}>{(id) => <SelectField label={label(id)} value={method(id)} options={t.deliveries} onChange={(v) => choose(id, v)} />}</For>
      </div>
    </section>
  );
}
