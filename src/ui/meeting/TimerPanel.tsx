// The timers, readable from arm's length: meeting elapsed and remaining, phase elapsed and
// remaining, the projected end. Warning and overrun are said in words, not colour alone.
import { createMemo, Show } from 'solid-js';
import { beyondShownTime, formatCountdown, formatDuration, type ClockView } from '../../domain/timer';
import { svMeeting } from '../../i18n/svMeeting';

const t = svMeeting.circle;

// One formatter for every tick: building one per call costs more than the rest of a repaint.
const clockFormat = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' });

function clockTime(epochMs: number): string {
  return clockFormat.format(epochMs);
}

/** A timer's figures, or words for a time too long for them (a meeting nobody ended must never show −2492:45:32, clipped). */
export function shownTime(ms: number, format: (ms: number) => string = formatDuration): string {
  if (!beyondShownTime(ms)) return format(ms);
  return ms < 0 ? t.beyondShownOver : t.beyondShown;
}

/** Marks a timer that shows words, set smaller so they fit. */
const words = (ms: number) => (beyondShownTime(ms) ? '' : undefined);

export function TimerPanel(props: { view: ClockView; phaseTitle: string }) {
  // Every shown value is a memo: a tick recomputes them all but touches the DOM only where a
  // string or state actually changed (mostly two to four digits).
  const phaseState = createMemo(() => props.view.phaseState);
  const meetingState = createMemo(() => props.view.meetingState);
  const running = createMemo(() => props.view.running);
  const phaseRemaining = createMemo(() => shownTime(props.view.phaseRemainingMs, formatCountdown));
  const phaseElapsed = createMemo(() => shownTime(props.view.phaseElapsedMs, formatDuration));
  const meetingElapsed = createMemo(() => shownTime(props.view.meetingElapsedMs, formatDuration));
  const meetingRemaining = createMemo(() => shownTime(props.view.meetingRemainingMs, formatCountdown));
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
          <dd data-timer="phase-remaining" data-words={words(props.view.phaseRemainingMs)}>{phaseRemaining()}</dd>
        </div>
        <div class="timer">
          <dt>{t.phaseElapsed}</dt>
          <dd data-timer="phase-elapsed" data-words={words(props.view.phaseElapsedMs)}>{phaseElapsed()}</dd>
        </div>
        <div class="timer">
          <dt>{t.meetingElapsed}</dt>
          <dd data-timer="meeting-elapsed" data-words={words(props.view.meetingElapsedMs)}>{meetingElapsed()}</dd>
        </div>
        <div class="timer">
          <dt>{t.meetingRemaining}</dt>
          <dd data-timer="meeting-remaining" data-words={words(props.view.meetingRemainingMs)}>{meetingRemaining()}</dd>
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
