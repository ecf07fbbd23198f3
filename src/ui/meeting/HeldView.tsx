// After the meeting: the KVÅ code to register, the length, the follow-up, and the way back to the plan.
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { kvaCode } from '../../domain/meeting';
import { formatDuration, viewClock } from '../../domain/timer';
import { svMeeting } from '../../i18n/svMeeting';
import { formatDate } from '../../i18n/format';
import { useMeetingEditor } from '../meetingEditor';

const t = svMeeting.held;

export default function HeldView() {
  const { meeting } = useMeetingEditor();
  const length = () => viewClock(meeting.clock, meeting.phases, meeting.clock.endedAt ?? Date.now()).meetingElapsedMs;
  return (
    <>
      <h1>{t.title}</h1>
      <p class="lead">{t.thanks}</p>
      <section class="kva" aria-labelledby="kva-heading">
        <h2 id="kva-heading">{t.kva}</h2>
        <p class="kva-code">{t.kvaText[kvaCode(meeting)]}</p>
      </section>
      <p>{t.duration(formatDuration(length()))}</p>
      <p>
        <Show when={meeting.followUp.date} fallback={t.noFollowUp}>
          {t.followUp(`${formatDate(meeting.followUp.date)} ${meeting.followUp.startTime} ${meeting.followUp.place}`.trim())}
        </Show>
      </p>
      <p>
        <A href={`/plan/${meeting.planId}/moten`} class="button">
          {t.backToPlan}
        </A>
      </p>
    </>
  );
}
