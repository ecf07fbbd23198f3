import { A, useNavigate } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { newMeeting, type Meeting } from '../../domain/meeting';
import { MAX_MEETING_MINUTES, MIN_MEETING_MINUTES } from '../../domain/validation';
import { MEETING_TEMPLATES } from '../../i18n/meetingTemplates';
import { svMeeting } from '../../i18n/svMeeting';
import { meetings } from '../../storage';
import { autosave } from '../autosave';
import { Checkbox, NumberField, RadioGroup } from '../components/fields';
import { formatDate } from '../../i18n/format';
import { newId, usePlanEditor } from '../planEditor';

const t = svMeeting.meetings;
const templateOptions = Object.fromEntries(MEETING_TEMPLATES.map((tpl) => [tpl.id, tpl.name])) as Record<string, string>;

export default function MeetingsSection() {
  const { plan } = usePlanEditor();
  const navigate = useNavigate();
  const [list] = createResource(() => plan.id, (id) => meetings.forPlan(id));
  const [templateId, setTemplateId] = createSignal(MEETING_TEMPLATES[0]!.id);
  const [afterDischarge, setAfterDischarge] = createSignal(false);
  const [minutes, setMinutes] = createSignal(plan.booking.durationMinutes || 60);
  const running = () => (list() ?? []).find((m) => m.status === 'pagar');
  const minutesOk = () => Number.isInteger(minutes()) && minutes() >= MIN_MEETING_MINUTES && minutes() <= MAX_MEETING_MINUTES;

  async function start() {
    const template = MEETING_TEMPLATES.find((x) => x.id === templateId()) ?? MEETING_TEMPLATES[0]!;
    // The plan's last edits first, so the meeting starts from what is on screen.
    await autosave.flush();
    const held = (list() ?? []).some((m) => m.status === 'hallet');
    const meeting = newMeeting({
      id: newId(),
      plan,
      template,
      kind: held ? 'uppfoljning' : 'sip',
      minutes: minutes(),
      now: new Date(),
      newId,
    });
    meeting.afterDischarge = afterDischarge();
    await meetings.put(meeting);
    navigate(`/mote/${meeting.id}`);
  }

  return (
    <>
      <h2 id="section-heading">{t.heading}</h2>
      <p class="lead">{t.intro}</p>
      <Show when={(list() ?? []).length > 0} fallback={<p class="empty">{t.none}</p>}>
        <ul class="meeting-list" aria-label={t.listLabel}>
          <For each={list()}>
            {(m: Meeting) => (
              <li>
                <A href={`/mote/${m.id}`} class="button">
                  {m.status === 'pagar' ? `${t.continue} (${t.running})` : `${t.open}: ${t.held(formatDate(m.heldAt.slice(0, 10)))}`}
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={!running()}>
        <Show when={plan.participants.length === 0}>
          <p class="hint">{t.noParticipants}</p>
        </Show>
        <RadioGroup legend={t.template} value={templateId()} options={templateOptions} onChange={setTemplateId} />
        <div class="choice-row">
          <Checkbox label={t.afterDischarge} checked={afterDischarge()} onChange={setAfterDischarge} />
        </div>
        <NumberField
          label={t.minutes}
          min={MIN_MEETING_MINUTES}
          max={MAX_MEETING_MINUTES}
          step={5}
          value={minutes()}
          problem={minutesOk() ? null : 'duration.range'}
          onInput={setMinutes}
        />
        <button type="button" class="primary" disabled={!minutesOk()} onClick={start}>
          {t.start}
        </button>
      </Show>
    </>
  );
}
