// The timers, readable from arm's length: meeting elapsed and remaining, phase elapsed and
// remaining, the projected end. Warning and overrun are said in words, not colour alone. In the
// timer bar (CircleView) the timer grid and the state line (with the current speaker's time, on
// one line) are placed in the bar's own grid, beside its controls: see "The meeting" in styles.css.
import { createMemo, Show } from 'solid-js';
import type { Meeting, MeetingPhase } from '../../domain/meeting';
import {
  beyondShownTime,
  formatCountdown,
  formatDuration,
  slotElapsedMs,
  speakerShareMs,
  speakerTimeState,
  type ClockView,
  type TimeState,
} from '../../domain/timer';
import { svCapture } from '../../i18n/svCapture';
import { svMeeting } from '../../i18n/svMeeting';

const t = svMeeting.circle;
const tr = svCapture.round;

/** The current speaker of the current phase's round, with their time: shown in the timer bar. */
export interface SpeakerTiming {
  name: string;
  elapsedMs: number;
  shareMs: number;
}

/**
 * The current speaker's timing while `phase` (the current one) holds a round and someone has the
 * word; null otherwise. A pure reading of the stored clock at `now`.
 */
export function currentSpeakerTiming(meeting: Meeting, phase: MeetingPhase, now: number): SpeakerTiming | null {
  if (!phase.tools.includes('runda')) return null;
  const id = meeting.clock.speaker.current;
  const speaker = id === null ? undefined : meeting.speakers.find((s) => s.id === id);
  if (!speaker) return null;
  const active = meeting.speakers.filter((s) => !s.skipped).length;
  return {
    name: speaker.name.trim() || svCapture.common.unnamed,
    elapsedMs: slotElapsedMs(meeting.clock.speaker, speaker.id, now),
    shareMs: speakerShareMs(phase.budgetMs, active),
  };
}

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

/**
 * Marks figures longer than seven characters ("−1:05:00", "12:00:00"), set smaller: a timer's
 * column holds "1:18:00" or "−12:00" at full size, so that no figure is ever clipped.
 */
const long = (shown: string) => (shown.length > 7 ? '' : undefined);

export function TimerPanel(props: { view: ClockView; phaseTitle: string; speaker?: SpeakerTiming | null }) {
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
          <dd>
            <span data-timer="phase-remaining" data-words={words(props.view.phaseRemainingMs)} data-long={long(phaseRemaining())}>
              {phaseRemaining()}
            </span>
          </dd>
        </div>
        <div class="timer">
          <dt>{t.phaseElapsed}</dt>
          <dd>
            <span data-timer="phase-elapsed" data-words={words(props.view.phaseElapsedMs)} data-long={long(phaseElapsed())}>
              {phaseElapsed()}
            </span>
          </dd>
        </div>
        <div class="timer">
          <dt>{t.meetingElapsed}</dt>
          <dd>
            <span data-timer="meeting-elapsed" data-words={words(props.view.meetingElapsedMs)} data-long={long(meetingElapsed())}>
              {meetingElapsed()}
            </span>
          </dd>
        </div>
        <div class="timer">
          <dt>{t.meetingRemaining}</dt>
          <dd>
            <span data-timer="meeting-remaining" data-words={words(props.view.meetingRemainingMs)} data-long={long(meetingRemaining())}>
              {meetingRemaining()}
            </span>
          </dd>
        </div>
        <div class="timer">
          <dt>{t.projectedEnd}</dt>
          <dd>
            <span data-timer="projected-end">{projectedEnd()}</span>
          </dd>
        </div>
      </dl>
      <div class="timer-status">
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
        <Show when={props.speaker}>{(speaker) => <SpeakerTime name={speaker().name} elapsedMs={speaker().elapsedMs} shareMs={speaker().shareMs} />}</Show>
      </div>
    </div>
  );
}

const stateIcon: Record<TimeState, string> = { ok: '✓', warning: '⏳', overrun: '⚠' };

/** The current speaker's time: spoken, fair share, remaining (or over), and the state in words; one line in the bar. */
export function SpeakerTime(props: { name: string; elapsedMs: number; shareMs: number }) {
  const remaining = () => props.shareMs - props.elapsedMs;
  const state = () => speakerTimeState(remaining(), props.shareMs);
  return (
    <div class={`speaker-time speaker-time--${state()}`} role="timer" aria-label={tr.speakerTimer(props.name)}>
      <p class="speaker-time-name">{tr.speakerTimer(props.name)}</p>
      <dl class="tool-facts">
        <div>
          <dt>{tr.elapsed}</dt>
          <dd data-timer="speaker-elapsed">{formatDuration(props.elapsedMs)}</dd>
        </div>
        <div>
          <dt>{tr.share}</dt>
          <dd>{formatDuration(props.shareMs)}</dd>
        </div>
        <div>
          <dt>{tr.remaining}</dt>
          <dd data-timer="speaker-remaining">{formatCountdown(remaining())}</dd>
        </div>
      </dl>
      <p class="speaker-time-state">
        <span aria-hidden="true">{stateIcon[state()]} </span>
        {tr.state[state()]}
      </p>
    </div>
  );
}
