// The meeting's clock for the timer bar. A tick changes a few digits once a second: it computes the
// view from the stored timestamps and hands it straight to the figures' writers, outside Solid's
// graph; only what changes now and then (running, the phase's and the meeting's state, the ring's
// share) is a signal, set when it changes. So a tick costs the digits, not a pass over every
// computation that depends on the clock.
import { createComputed, createSignal, onCleanup, untrack, type Accessor } from 'solid-js';
import type { ClockView, TimeState } from '../../domain/timer';
import { everySecond } from '../now';

/** What of the clock changes now and then, not every second. */
export interface ClockStates {
  running: boolean;
  phaseId: string | null;
  phaseState: TimeState;
  meetingState: TimeState;
  /** The meeting's elapsed share of its budget, in steps of 1/500 (the ring draws it). */
  progress: number;
}

export interface ClockTicker {
  /** The time of the last tick, for what else moves with the clock (a speaker's time, the room view). */
  now: Accessor<number>;
  states: Accessor<ClockStates>;
  /** Calls `write` with the view now and at every tick, until the caller's owner is cleaned up. */
  onTick(write: (view: ClockView) => void): void;
}

function statesOf(view: ClockView): ClockStates {
  return {
    running: view.running,
    phaseId: view.phaseId,
    phaseState: view.phaseState,
    meetingState: view.meetingState,
    progress: view.meetingBudgetMs > 0 ? Math.round((view.meetingElapsedMs / view.meetingBudgetMs) * 500) / 500 : 0,
  };
}

function sameStates(a: ClockStates, b: ClockStates): boolean {
  return a.running === b.running && a.phaseId === b.phaseId && a.phaseState === b.phaseState && a.meetingState === b.meetingState && a.progress === b.progress;
}

/**
 * Ticks `view(now)` every second, and at once when what it reads changes (a pause, the next phase,
 * a minute added): `view` may read signals, never the time itself.
 */
export function createClockTicker(view: (now: number) => ClockView): ClockTicker {
  let current: ClockView | undefined;
  const writers = new Set<(view: ClockView) => void>();
  const [states, setStates] = createSignal<ClockStates | undefined>(undefined, { equals: (a, b) => a !== undefined && b !== undefined && sameStates(a, b) });
  const publish = (next: ClockView) => {
    current = next;
    for (const write of writers) write(next);
    setStates(statesOf(next));
  };
  const [now, setNow] = createSignal(Date.now());
  createComputed(() => publish(view(Date.now())));
  everySecond((at) => {
    publish(untrack(() => view(at)));
    setNow(at);
  });
  return {
    now,
    states: states as Accessor<ClockStates>,
    onTick(write) {
      writers.add(write);
      if (current) write(current);
      onCleanup(() => writers.delete(write));
    },
  };
}
