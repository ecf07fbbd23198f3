// Inledning: what the chair says at the start, read from the plan and the attendance. Read-only.
import { createMemo, For, Show } from 'solid-js';
import { isPresent, missingAttendees, PERSON_ID } from '../../../domain/meeting';
import { consentInForce, hasWithdrawnConsent, type Consent } from '../../../domain/plan';
import { sv } from '../../../i18n/sv';
import { svCapture } from '../../../i18n/svCapture';
import { formatDate } from '../../../i18n/format';
import { useMeetingEditor } from '../../meetingEditor';
import { today } from '../../planEditor';
import { attendeeName } from './labels';
import './tools.css';

const t = svCapture.intro;

export default function IntroTool() {
  const { meeting, plan, nameOf } = useMeetingEditor();

  /** "Anna Berg, Socialtjänsten", "Sara Berg (vårdnadshavare)"; the person by name only. */
  const describe = (attendeeId: string) => {
    const name = attendeeName(meeting, nameOf, attendeeId);
    if (attendeeId === PERSON_ID) return name;
    const representative = plan.person.representatives.find((r) => r.id === attendeeId);
    if (representative) return `${name} (${sv.representativeKindsLower[representative.kind]})`;
    const organisation = plan.participants.find((p) => p.id === attendeeId)?.organisation.trim() ?? '';
    return organisation ? `${name}, ${organisation}` : name;
  };

  const present = createMemo(() => meeting.attendance.filter(isPresent).map((a) => a.attendeeId));
  const missing = createMemo(() => missingAttendees(meeting));
  const notMarked = createMemo(() => meeting.attendance.filter((a) => a.status === 'ej-angiven').map((a) => nameOf(a.attendeeId)));
  const roleName = (id: string) => (id ? nameOf(id) : t.notAppointed);

  return (
    <div class="tool tool--intro">
      <h2>{t.presentHeading}</h2>
      <Show when={present().length > 0} fallback={<p class="empty">{t.presentEmpty}</p>}>
        <ul class="tool-list">
          <For each={present()}>{(id) => <li>{describe(id)}</li>}</For>
        </ul>
      </Show>

      <h2>{t.missingHeading}</h2>
      <Show when={missing().length > 0} fallback={<p class="empty">{t.missingEmpty}</p>}>
        <ul class="tool-list">
          <For each={missing()}>{(id) => <li>{describe(id)}</li>}</For>
        </ul>
      </Show>
      <Show when={notMarked().length > 0}>
        <p class="hint">{t.notMarked(notMarked())}</p>
      </Show>

      <h2>{t.rolesHeading}</h2>
      <dl class="tool-facts">
        <div>
          <dt>{t.chair}</dt>
          <dd>{roleName(meeting.chairId)}</dd>
        </div>
        <div>
          <dt>{t.noteTaker}</dt>
          <dd>{roleName(meeting.noteTakerId)}</dd>
        </div>
      </dl>

      <h2>{t.consentHeading}</h2>
      <Show when={hasWithdrawnConsent(plan)}>
        <p class="banner">{t.consentWithdrawn}</p>
      </Show>
      <Show when={plan.consents.length > 0} fallback={<p class="banner">{t.consentEmpty}</p>}>
        <ul class="tool-list">
          <For each={plan.consents}>{(consent) => <ConsentLine consent={consent} />}</For>
        </ul>
      </Show>

      <h2>{t.purposeHeading}</h2>
      <Show when={plan.preparation.purpose.trim()} fallback={<p class="empty">{t.purposeEmpty}</p>}>
        <p class="tool-text" dir="auto">
          {plan.preparation.purpose}
        </p>
      </Show>

      <h2>{t.questionsHeading}</h2>
      <Show when={plan.preparation.questions.length > 0} fallback={<p class="empty">{t.questionsEmpty}</p>}>
        <ol class="tool-numbered">
          <For each={plan.preparation.questions}>
            {(q) => (
              <li class="tool-text" dir="auto">
                {q.text}
              </li>
            )}
          </For>
        </ol>
      </Show>
    </div>
  );
}

function ConsentLine(props: { consent: Consent }) {
  const inForce = () => consentInForce(props.consent, today());
  const state = () => (props.consent.withdrawn ? t.consentWithdrawnBadge : inForce() ? t.consentInForce : t.consentExpired);
  const givenBy = () => t.consentGivenByName(t.consentGivenBy[props.consent.givenBy], props.consent.givenByName.trim());
  const parties = () => props.consent.scopes.map((s) => s.party.trim()).filter(Boolean);
  return (
    <li>
      <span class="badge" classList={{ 'badge--warning': !inForce() }}>
        {state()}
      </span>{' '}
      {givenBy()}
      <Show when={props.consent.validUntil}>{(until) => <>, {t.consentValidUntil(formatDate(until()))}</>}</Show>
      <Show when={parties().length > 0}>
        <br />
        <span class="hint">{t.consentParties(parties())}</span>
      </Show>
    </li>
  );
}
