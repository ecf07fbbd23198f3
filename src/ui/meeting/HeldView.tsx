// After the meeting: the KVÅ code to register, the length, the follow-up, and the way back to the plan.
import { A } from '@solidjs/router';
import { createResource, createSignal, Show } from 'solid-js';
import { kvaCode } from '../../domain/meeting';
import { localIsoDate } from '../../domain/dates';
import { hasWithdrawnConsent } from '../../domain/plan';
import { formatDuration, viewClock } from '../../domain/timer';
import { svMeeting } from '../../i18n/svMeeting';
import { formatDate } from '../../i18n/format';
import { svPdf } from '../../i18n/svPdf';
import { fileName } from '../../pdf/fileName';
import { meetingDate, planCopies } from '../../pdf/planDocument';
import { Checkbox } from '../components/fields';
import { useMeetingEditor } from '../meetingEditor';
import { planVersions } from '../planVersions';
import { ExportPanel } from '../pdf/ExportPanel';

const t = svMeeting.held;

export default function HeldView() {
  const { meeting, plan } = useMeetingEditor();
  const [includeIdNumber, setIncludeIdNumber] = createSignal(false);
  const x = svPdf.export;

  // The version this meeting fixed (see planVersions.ts for meetings held before versions existed).
  const fixed = planVersions(plan).then((list) => {
    const mine = list.find((v) => v.meetingId === meeting.id);
    if (!mine) throw new Error(`no version for meeting ${meeting.id}`);
    return mine;
  });
  const [version] = createResource(() => fixed);

  /** The copies of the plan as this meeting left it: from the version, so later changes never alter them. */
  async function documents() {
    const v = await fixed;
    return planCopies({ plan: v.plan, meeting: v.meeting, version: v.number, madeOn: localIsoDate(new Date()), includeIdNumber: includeIdNumber() });
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
      <p>{t.duration(formatDuration(length()))}</p>
      <p>
        <Show when={meeting.followUp.date} fallback={t.noFollowUp}>
          {t.followUp(`${formatDate(meeting.followUp.date)} ${meeting.followUp.startTime} ${meeting.followUp.place}`.trim())}
        </Show>
      </p>
      <ExportPanel
        id="plan-pdf"
        heading={x.planHeading}
        intro={x.planIntro}
        makeLabel={x.makePlan}
        batchName={fileName('SIP', meetingDate(meeting), plan.person.name)}
        documents={documents}
        option={includeIdNumber()}
        confirm={hasWithdrawnConsent(plan) ? x.withdrawnConfirm : undefined}
      >
        <Checkbox label={x.includeIdNumber} checked={includeIdNumber()} onChange={setIncludeIdNumber} />
        <p class="hint">{x.includeIdNumberHint}</p>
      </ExportPanel>
      <p>
        <A href={`/plan/${meeting.planId}/moten`} class="button">
          {t.backToPlan}
        </A>
      </p>
    </>
  );
}
