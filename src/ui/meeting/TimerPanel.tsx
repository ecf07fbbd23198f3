// The timers, readable from arm's length: meeting elapsed and remaining, phase elapsed and
// remaining, the projected end. Warning and overrun are said in words, not colour alone.
import { createMemo, Show } from 'solid-js';
import { formatCountdown, formatDuration, type ClockView } from '../../domain/timer';
import { svMeeting } from '../../i18n/svMeeting';

const t = svMeeting.circle;

// One formatter for every tick: building one per call costs more than the rest of a repaint.
const clockFormat = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' });

function clockTime(epochMs: number): string {
  return clockFormat.format(epochMs);
}

export function TimerPanel(props: { view: ClockView; phaseTitle: string }) {
  // Every shown value is a memo: a tick recomputes them all but touches the DOM only where a
  // string or state actually changed (mostly two to four digits).
  const phaseState = createMemo(() => props.view.phaseState);
  const meetingState = createMemo(() => props.view.meetingState);
  const running = createMemo(() => props.view.running);
  const phaseRemaining = createMemo(() => formatCountdown(props.view.phaseRemainingMs));
  const phaseElapsed = createMemo(() => formatDuration(props.view.phaseElapsedMs));
  const meetingElapsed = createMemo(() => formatDuration(props.view.meetingElapsedMs));
  const meetingRemaining = createMemo(() => formatCountdown(props.view.meetingRemainingMs));
  const endMinute = createMemo(() => (props.view.projectedEndAt === null ? null : Math.floor(props.view.projectedEndAt / 60_000)));
  const projectedEnd = createMemo(() => {
    const minute = endMinute();
    return minute === null ? '–' : clockTime(minute * 60_000);
  });
  const phaseStateText = () => (phaseState() === 'overrun' ? t.stateOverrun : phaseState() === 'warning' ? t.stateWarning : t.stateOk);
  return (
    <div class="timers" classList={{ [`timers--${phaseState()}`]: true, 'timers--paused': !running() }}>
      <dl class="timer-grid">
        <div class="timer timer--phase">
          <dt>
            {t.phaseRemaining} <span class="visually-hidden">({props.phaseTitle})</span>
          </dt>
          <dd data-timer="phase-remaining">{phaseRemaining()}</dd>
        </div>
        <div class="timer">
          <dt>{t.phaseElapsed}</dt>
          <dd data-timer="phase-elapsed">{phaseElapsed()}</dd>
        </div>
        <div class="timer">
          <dt>{t.meetingElapsed}</dt>
          <dd data-timer="meeting-elapsed">{meetingElapsed()}</dd>
        </div>
        <div class="timer">
          <dt>{t.meetingRemaining}</dt>
          <dd data-timer="meeting-remaining">{meetingRemaining()}</dd>
        </div>
        <div class="timer">
          <dt>{t.projectedEnd}</dt>
          <dd data-timer="projected-end">{projectedEnd()}</dd>
        </div>
      </dl>
      <p class="time-state" role="status">
        <span class="state-icon" aria-hidden="true">
          {phaseState() === 'overrun' ? '⚠' : phaseState() === 'warning' ? '⏳' : '✓'}
        </span>
        <Show when={!running()}>
          <strong>{t.paused}. </strong>
        </Show>
        {phaseStateText()}
        <Show when={meetingState() === 'overrun'}> {t.meetingOverrun}.</Show>
      </p>
    </div>
  );
}
