import { createMemo, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { addMinutesToTime } from '../../domain/dates';
import { MAX_MEETING_MINUTES, MIN_MEETING_MINUTES, validateBooking } from '../../domain/validation';
import { sv } from '../../i18n/sv';
import { localIsoDate } from '../../domain/dates';
import { hasWithdrawnConsent } from '../../domain/plan';
import { invitationsCurrent, invitationsMade, invitationsOutdated, repliesToAnotherTime } from '../../domain/invitations';
import { planMeetingKind } from '../../domain/lifecycle';
import { svPdf } from '../../i18n/svPdf';
import { fileName } from '../../pdf/fileName';
import { invitations } from '../../pdf/invitationDocument';
import { formatDay } from '../../i18n/format';
import { NumberField, TextField } from '../components/fields';
import { ExportPanel } from '../pdf/ExportPanel';
import { today, usePlanEditor } from '../planEditor';

export default function BookingSection() {
  const { plan, edit } = usePlanEditor();
  const problems = createMemo(() => validateBooking(plan.booking, today()));
  /**
   * The invitations to the booked meeting. After the SIP meeting it is a follow-up: the invitations
   * name the plan as last agreed (its version) and its goals. The plan has one set of purpose and
   * questions (Förbered), kept up to date by the chair, so those are this meeting's.
   */
  function documents() {
    const current = unwrap(plan);
    const agreed = planMeetingKind(current.status) === 'uppfoljning' ? current.agreed : null;
    return invitations({ plan: current, madeOn: localIsoDate(new Date()), ...(agreed ? { followsUp: agreed } : {}) });
  }
  /** Asked before the invitations are made: consent withdrawn; replies that will be cleared (repliesToAnotherTime). */
  function confirmBeforeMaking(): string | undefined {
    const current = unwrap(plan);
    const asks = [hasWithdrawnConsent(current) ? svPdf.export.withdrawnConfirm : '', repliesToAnotherTime(current) ? sv.booking.repliesToAnotherTime : ''];
    return asks.filter(Boolean).join('\n\n') || undefined;
  }
  /** Whether the invitations are made, or were made and no longer tell the meeting (the chair then acts). */
  const invitationsState = createMemo(() => {
    const { on } = plan.booking.invitations;
    if (on === '') return undefined;
    if (invitationsCurrent(plan)) return { text: sv.booking.invitationsMadeOn(formatDay(on)), warns: false };
    return invitationsOutdated(plan) && plan.booking.date ? { text: sv.booking.invitationsOutdated(formatDay(on)), warns: true } : undefined;
  });
  const endsAt = createMemo(() => (problems()['booking.durationMinutes'] ? '' : addMinutesToTime(plan.booking.startTime, plan.booking.durationMinutes)));

  return (
    <>
      <h2 id="section-heading">{sv.booking.heading}</h2>
      <p class="lead">{sv.booking.intro}</p>
      {/* The three weeks are the SIP meeting's; a follow-up is when the plan said. */}
      <Show when={planMeetingKind(plan.status) === 'sip'}>
        <p class="lead">{sv.booking.soonHint}</p>
      </Show>
      <div class="row">
        <TextField
          label={sv.booking.date}
          type="date"
          value={plan.booking.date}
          problem={problems()['booking.date']}
          onInput={(v) => edit((p) => void (p.booking.date = v))}
        />
        <TextField
          label={sv.booking.startTime}
          type="time"
          value={plan.booking.startTime}
          problem={problems()['booking.startTime']}
          onInput={(v) => edit((p) => void (p.booking.startTime = v))}
        />
      </div>
      {/* Below the date and time, not beside them: its hint would push its field out of their line. */}
      <NumberField
        label={sv.booking.durationMinutes}
        hint={sv.booking.durationHint}
        min={MIN_MEETING_MINUTES}
        max={MAX_MEETING_MINUTES}
        step={5}
        value={plan.booking.durationMinutes}
        problem={problems()['booking.durationMinutes']}
        onInput={(v) => edit((p) => void (p.booking.durationMinutes = v))}
      />
      <Show when={endsAt()}>
        <p role="status">{sv.booking.endsAt(endsAt())}</p>
      </Show>
      <TextField label={sv.booking.place} value={plan.booking.place} onInput={(v) => edit((p) => void (p.booking.place = v))} />
      <TextField
        label={sv.booking.videoLink}
        hint={sv.booking.videoLinkHint}
        type="url"
        inputMode="url"
        value={plan.booking.videoLink}
        problem={problems()['booking.videoLink']}
        onInput={(v) => edit((p) => void (p.booking.videoLink = v))}
      />
      <TextField
        label={sv.booking.replyBy}
        hint={sv.booking.replyByHint}
        type="date"
        value={plan.booking.replyBy}
        problem={problems()['booking.replyBy']}
        onInput={(v) => edit((p) => void (p.booking.replyBy = v))}
      />
      <ExportPanel
        id="invitations"
        heading={svPdf.export.invitationsHeading}
        intro={svPdf.export.invitationsIntro}
        makeLabel={svPdf.export.makeInvitations}
        blocked={plan.participants.length === 0 ? svPdf.export.noParticipants : undefined}
        confirm={confirmBeforeMaking()}
        batchName={fileName(svPdf.export.invitationsName, plan.booking.date, plan.person.name)}
        documents={documents}
        madeFrom={() => plan.updatedAt}
        onMade={() => edit((p) => invitationsMade(p, localIsoDate(new Date())))}
        madeNote={invitationsState()}
      />
    </>
  );
}
