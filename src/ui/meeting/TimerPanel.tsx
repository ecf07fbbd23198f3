// The timers, readable from arm's length: meeting elapsed and remaining, phase elapsed and
// remaining, the projected end. Warning and overrun are said in words, not colour alone. In the
// timer bar (CircleView) the timer grid and the state line (with the current speaker's time, on
// one line) are placed in the bar's own grid, beside its controls: see "The meeting" in styles.css.
import { createRenderEffect, Show } from 'solid-js';
import type { Meeting, MeetingPhase } from '../../domain/meeting';
import { beyondShownTime, formatCountdown, formatDuration, slotElapsedMs, speakerShareMs, speakerTimeState, type TimeState } from '../../domain/timer';
import { svCapture } from '../../i18n/svCapture';
import { svMeeting } from '../../i18n/svMeeting';
import type { ClockTicker } from './clockTicker';
import { createFigure, showFigure, type Figure } from './figureReels';

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

export function TimerPanel(props: { ticker: ClockTicker; phaseTitle: string; speaker?: SpeakerTiming | null }) {
  // A tick sets the figures outside Solid's graph (see clockTicker.ts), without a repaint (figureReels.ts).
  const phaseRemaining = createFigure('phase-remaining');
  const phaseElapsed = createFigure('phase-elapsed');
  const meetingElapsed = createFigure('meeting-elapsed');
  const meetingRemaining = createFigure('meeting-remaining');
  const projectedEnd = createFigure('projected-end');
  let endMinute: number | null | undefined;
  props.ticker.onTick((view) => {
    const timed = (f: Figure, ms: number, format: (ms: number) => string) => showFigure(f, shownTime(ms, format), beyondShownTime(ms));
    timed(phaseRemaining, view.phaseRemainingMs, formatCountdown);
    timed(phaseElapsed, view.phaseElapsedMs, formatDuration);
    timed(meetingElapsed, view.meetingElapsedMs, formatDuration);
    timed(meetingRemaining, view.meetingRemainingMs, formatCountdown);
    // The end moves by the minute: formatted only when its minute changes.
    const minute = view.projectedEndAt === null ? null : Math.floor(view.projectedEndAt / 60_000);
    if (minute !== endMinute) {
      endMinute = minute;
      showFigure(projectedEnd, minute === null ? '–' : clockTime(minute * 60_000), false);
    }
  });
  const phaseState = () => props.ticker.states().phaseState;
  const meetingState = () => props.ticker.states().meetingState;
  const running = () => props.ticker.states().running;
  const phaseStateText = () => (phaseState() === 'overrun' ? t.stateOverrun : phaseState() === 'warning' ? t.stateWarning : t.stateOk);
  return (
    <div class="timers" classList={{ [`timers--${phaseState()}`]: true, 'timers--paused': !running() }}>
      <dl class="timer-grid">
        <div class="timer timer--phase">
          <dt>
            {t.phaseRemaining} <span class="visually-hidden">({props.phaseTitle})</span>
          </dt>
          <dd>{phaseRemaining.box}</dd>
        </div>
        <div class="timer">
          <dt>{t.phaseElapsed}</dt>
          <dd>{phaseElapsed.box}</dd>
        </div>
        <div class="timer">
          <dt>{t.meetingElapsed}</dt>
          <dd>{meetingElapsed.box}</dd>
        </div>
        <div class="timer">
          <dt>{t.meetingRemaining}</dt>
          <dd>{meetingRemaining.box}</dd>
        </div>
        <div class="timer">
          <dt>{t.projectedEnd}</dt>
          <dd>{projectedEnd.box}</dd>
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
  // Spoken and remaining change each second while the speaker talks: figures whose seconds are a reel, as the timers' (figureReels.ts).
  const spoken = createFigure('speaker-elapsed');
  const left = createFigure('speaker-remaining');
  createRenderEffect(() => showFigure(spoken, formatDuration(props.elapsedMs), false));
  createRenderEffect(() => showFigure(left, formatCountdown(remaining()), false));
  return (
    <div class={`speaker-time speaker-time--${state()}`} role="timer" aria-label={tr.speakerTimer(props.name)}>
      <p class="speaker-time-name">{tr.speakerTimer(props.name)}</p>
      <dl class="tool-facts">
        <div>
          <dt>{tr.elapsed}</dt>
          <dd>{spoken.box}</dd>
        </div>
        <div>
          <dt>{tr.share}</dt>
          <dd>{formatDuration(props.shareMs)}</dd>
        </div>
        <div>
          <dt>{tr.remaining}</dt>
          <dd>{left.box}</dd>
        </div>
      </dl>
      <p class="speaker-time-state">
        <span aria-hidden="true">{stateIcon[state()]} </span>
        {tr.state[state()]}
      </p>
    </div>
  );
}
