// After the meeting: the KVÅ code to register, the length, the follow-up, and the way back to the plan.
import { A } from '@solidjs/router';
import { createResource, createSignal, Show } from 'solid-js';
import { nextIsSipMeeting } from '../../domain/lifecycle';
import { kvaCode } from '../../domain/meeting';
import { localIsoDate } from '../../domain/dates';
import { hasWithdrawnConsent, nextMeetingAfter } from '../../domain/plan';
import { viewClock } from '../../domain/timer';
import { svMeeting } from '../../i18n/svMeeting';
import { formatDate } from '../../i18n/format';
import { svPdf } from '../../i18n/svPdf';
import { fileName } from '../../pdf/fileName';
import { reviewedVersion } from '../../pdf/followUpChanges';
import { meetingDate, planCopies } from '../../pdf/planDocument';
import { useMeetingEditor } from '../meetingEditor';
import { useApp } from '../appContext';
import { ExportPanel } from '../pdf/ExportPanel';

const t = svMeeting.held;

export default function HeldView() {
  const { meeting, plan } = useMeetingEditor();
  const [includeIdNumber, setIncludeIdNumber] = createSignal(false);
  const x = svPdf.export;

  // The version this meeting fixed (app/upgrades.ts fixed one for a meeting held before versions existed).
  const all = useApp().versions.ofPlan(plan.id);
  const fixed = all.then((list) => {
    const mine = list.find((v) => v.meetingId === meeting.id);
    if (!mine) throw new Error(`no version for meeting ${meeting.id}`);
    return mine;
  });
  const [version] = createResource(() => fixed);

  /** The copies of the plan as this meeting left it: from the version, so later changes never alter them. */
  async function documents() {
    const v = await fixed;
    // A follow-up's copies say what changed since the version it reviewed ("Förut: …", "Borttaget: …").
    const previous = reviewedVersion(await all, v);
    return planCopies({ plan: v.plan, meeting: v.meeting, version: v.number, previous, madeOn: localIsoDate(new Date()), includeIdNumber: includeIdNumber() });
  }

  const length = () => viewClock(meeting.clock, meeting.phases, meeting.clock.endedAt ?? Date.now()).meetingElapsedMs;
  return (
    <>
      <h1>{t.title}</h1>
      <p class="lead">{t.thanks}</p>
      <Show when={kvaCode(meeting)}>
        {(code) => (
          <section class="kva" aria-labelledby="kva-heading">
            <h2 id="kva-heading">{t.kva}</h2>
            <p class="kva-code">{t.kvaText[code()]}</p>
          </section>
        )}
      </Show>
      <Show when={version()}>{(v) => <p>{t.version(v().number)}</p>}</Show>
      <p>{t.duration(length())}</p>
      <p>
        <Show when={nextMeetingAfter(version()?.plan ?? plan, meeting)} fallback={t.noFollowUp}>
          {(next) => {
            const when = `${formatDate(next().date)} ${next().startTime} ${next().place}`.trim();
            // A meeting before the SIP meeting that booked nothing leaves the SIP meeting as the next one.
            return nextIsSipMeeting(version()?.plan ?? plan, meeting) ? t.nextSipMeeting(when) : t.followUp(when);
          }}
        </Show>
      </p>
      <ExportPanel
        id="plan-pdf"
        heading={x.planHeading}
        intro={x.planIntro}
        makeLabel={x.makePlan}
        batchName={fileName('SIP', meetingDate(meeting), plan.person.name)}
        documents={documents}
        idNumberOption={{ idNumber: version()?.plan.person.idNumber ?? plan.person.idNumber, include: includeIdNumber(), onChange: setIncludeIdNumber }}
        confirm={hasWithdrawnConsent(plan) ? x.withdrawnConfirm : undefined}
      />
      <p>
        <A href={`/plan/${meeting.planId}/moten`} class="button">
          {t.backToPlan}
        </A>
      </p>
    </>
  );
}
