// The timers, readable from arm's length: meeting elapsed and remaining, phase elapsed and
// remaining, the projected end. Warning and overrun are said in words, not colour alone.
import { Show } from 'solid-js';
import { formatCountdown, formatDuration, type ClockView } from '../../domain/timer';
import { svMeeting } from '../../i18n/svMeeting';

const t = svMeeting.circle;

// One formatter for every tick: building one per call costs more than the rest of a repaint.
const clockFormat = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' });

function clockTime(epochMs: number): string {
  return clockFormat.format(epochMs);
}

export function TimerPanel(props: { view: ClockView; phaseTitle: string }) {
  const phaseStateText = () =>
    props.view.phaseState === 'overrun' ? t.stateOverrun : props.view.phaseState === 'warning' ? t.stateWarning : t.stateOk;
  return (
    <div class="timers" classList={{ [`timers--${props.view.phaseState}`]: true, 'timers--paused': !props.view.running }}>
      <dl class="timer-grid">
        <div class="timer timer--phase">
          <dt>
            {t.phaseRemaining} <span class="visually-hidden">({props.phaseTitle})</span>
          </dt>
          <dd data-timer="phase-remaining">{formatCountdown(props.view.phaseRemainingMs)}</dd>
        </div>
        <div class="timer">
          <dt>{t.phaseElapsed}</dt>
          <dd data-timer="phase-elapsed">{formatDuration(props.view.phaseElapsedMs)}</dd>
        </div>
        <div class="timer">
          <dt>{t.meetingElapsed}</dt>
          <dd data-timer="meeting-elapsed">{formatDuration(props.view.meetingElapsedMs)}</dd>
        </div>
        <div class="timer">
          <dt>{t.meetingRemaining}</dt>
          <dd data-timer="meeting-remaining">{formatCountdown(props.view.meetingRemainingMs)}</dd>
        </div>
        <div class="timer">
          <dt>{t.projectedEnd}</dt>
          <dd data-timer="projected-end">{props.view.projectedEndAt === null ? '–' : clockTime(props.view.projectedEndAt)}</dd>
        </div>
      </dl>
      <p class="time-state" role="status">
        <span class="state-icon" aria-hidden="true">
          {props.view.phaseState === 'overrun' ? '⚠' : props.view.phaseState === 'warning' ? '⏳' : '✓'}
        </span>
        <Show when={!props.view.running}>
          <strong>{t.paused}. </strong>
        </Show>
        {phaseStateText()}
        <Show when={props.view.meetingState === 'overrun'}> {t.meetingOverrun}.</Show>
      </p>
    </div>
  );
}
