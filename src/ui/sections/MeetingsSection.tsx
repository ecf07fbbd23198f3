import { A, useNavigate } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { localIsoDate } from '../../domain/dates';
import { isReadOnly, planMeetingKind } from '../../domain/lifecycle';
import type { Meeting, MeetingKind } from '../../domain/meeting';
import { MAX_MEETING_MINUTES, MIN_MEETING_MINUTES } from '../../domain/validation';
import { startingMinutes, templatesFor } from '../../i18n/meetingTemplates';
import { svMeeting } from '../../i18n/svMeeting';
import { Checkbox, NumberField, RadioGroup } from '../components/fields';
import { formatDate } from '../../i18n/format';
import { ActionFailed } from '../components/Failures';
import { useApp } from '../appContext';
import { createAction } from '../failures';
import { usePlanEditor } from '../planEditor';

const t = svMeeting.meetings;
const OTHER_KINDS: MeetingKind[] = ['samverkansmote', 'avstamningsmote', 'overlamningsmote', 'avslutningsmote'];

export default function MeetingsSection() {
  const { plan } = usePlanEditor();
  const navigate = useNavigate();
  const app = useApp();
  const [list] = createResource(
    () => plan.id,
    (id) => app.meetings.ofPlan(id),
  );
  // The plan's own meeting next (the SIP meeting, then follow-ups), or another meeting about the person.
  const kinds = createMemo(() => {
    const own = planMeetingKind(plan.status);
    return own ? [own, ...OTHER_KINDS] : [];
  });
  const [chosenKind, setKind] = createSignal<MeetingKind | null>(null);
  const kind = () => chosenKind() ?? kinds()[0] ?? 'sip';
  const templates = () => templatesFor(kind());
  const [chosenTemplate, setTemplateId] = createSignal('');
  const template = () => templates().find((x) => x.id === chosenTemplate()) ?? templates()[0]!;
  const [afterDischarge, setAfterDischarge] = createSignal(false);
  // The length follows the kind and template chosen (startingMinutes) until the chair types one.
  const [typedMinutes, setMinutes] = createSignal<number | null>(null);
  const minutes = () => typedMinutes() ?? startingMinutes(template(), kind() === planMeetingKind(plan.status), plan.booking.durationMinutes);
  const running = () => (list() ?? []).find((m) => m.status === 'pagar');
  const minutesOk = () => Number.isInteger(minutes()) && minutes() >= MIN_MEETING_MINUTES && minutes() <= MAX_MEETING_MINUTES;

  // The meeting starts from the plan as it is on screen (the editor's store, whatever is written yet).
  const start = createAction(async () => {
    const meeting = await app.meetings.start({ plan: unwrap(plan), template: template(), kind: kind(), minutes: minutes(), afterDischarge: afterDischarge() });
    navigate(`/mote/${meeting.id}`);
  });

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
                  {m.status === 'pagar'
                    ? `${t.continue}: ${t.kinds[m.kind]} (${t.running})`
                    : `${t.open}: ${t.kinds[m.kind]}, ${t.held(formatDate(localIsoDate(new Date(m.heldAt))))}`}
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={isReadOnly(plan.status)}>
        <p class="banner">{t.closed}</p>
      </Show>
      <Show when={!running() && kinds().length > 0}>
        <h3>{t.startHeading}</h3>
        <Show when={plan.participants.length === 0}>
          <p class="hint">{t.noParticipants}</p>
        </Show>
        <RadioGroup
          legend={t.kind}
          value={kind()}
          options={Object.fromEntries(kinds().map((k) => [k, t.kinds[k]])) as Record<MeetingKind, string>}
          onChange={(k) => {
            setKind(k);
            setTemplateId('');
          }}
        />
        <p class="hint">{template().description}</p>
        <Show when={templates().length > 1}>
          <RadioGroup
            legend={t.template}
            value={template().id}
            options={Object.fromEntries(templates().map((tpl) => [tpl.id, tpl.name])) as Record<string, string>}
            onChange={setTemplateId}
          />
        </Show>
        <Show when={kind() === 'sip'}>
          <div class="choice-row">
            <Checkbox label={t.afterDischarge} checked={afterDischarge()} onChange={setAfterDischarge} />
          </div>
        </Show>
        <NumberField
          label={t.minutes}
          min={MIN_MEETING_MINUTES}
          max={MAX_MEETING_MINUTES}
          step={5}
          value={minutes()}
          problem={minutesOk() ? null : 'duration.range'}
          onInput={setMinutes}
        />
        <button type="button" class="primary" disabled={!minutesOk() || start.busy()} onClick={() => void start.run()}>
          {t.start}
        </button>
        <ActionFailed action={start} />
      </Show>
    </>
  );
}
