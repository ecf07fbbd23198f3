// The meeting as the room sees it: the circle with every phase's name, the current phase large,
// one countdown readable across the room, the current phase in the person's words, and, when the
// chair turns them on, "Vad är viktigt för dig?" and what has been agreed. It shows only what it
// is given (a RoomMeeting): the same component in the room window (/rum) and in the chair's
// full-screen overlay.
import { createMemo, For, Show } from 'solid-js';
import { beyondShownTime, formatCountdown, viewClock } from '../../domain/timer';
import { svRoom } from '../../i18n/svRoom';
import { RoomCircle } from './RoomCircle';
import type { RoomMeeting } from './roomState';

const t = svRoom;

export function RoomView(props: { state: RoomMeeting; now: number }) {
  const budgets = createMemo(() => props.state.phases.map((p) => ({ id: p.id, budgetMs: p.budgetMs })));
  const view = createMemo(() => viewClock(props.state.clock, budgets(), props.now));
  const index = createMemo(() => {
    const i = props.state.phases.findIndex((p) => p.id === props.state.clock.phase.current);
    return i >= 0 ? i : 0;
  });
  const phase = () => props.state.phases[index()];
  const remaining = () => view().phaseRemainingMs;
  const countdown = () => (beyondShownTime(remaining()) ? '–' : formatCountdown(remaining()));
  const started = () => props.state.clock.startedAt !== null;
  const circleLabel = () =>
    `${t.circleLabel(phase()?.title ?? '')} ${props.state.phases.map((p, i) => `${i + 1}. ${p.title}${i < index() ? ` (${t.done})` : ''}`).join(', ')}.`;
  const status = () => (!started() ? t.notStarted : !view().running ? t.paused : remaining() < 0 ? t.over : t.remaining);

  return (
    <div class="room" classList={{ 'room--agreed': props.state.agreed !== null }}>
      <p class="room-who">{t.meetingWith(props.state.firstName)}</p>
      <section class="room-head" aria-labelledby="room-phase">
        <div class="room-title">
          <p class="room-phase-of">{t.phaseOf(index() + 1, props.state.phases.length)}</p>
          <h1 id="room-phase" class="room-phase">
            {phase()?.title ?? ''}
          </h1>
          <p class="room-time-label">{status()}</p>
        </div>
        {/* Whole seconds only, and not read out: a screen reader is not told every second. */}
        <p
          class="room-countdown"
          classList={{ 'room-countdown--over': remaining() < 0, 'room-countdown--long': countdown().length > 5 }}
          data-room-countdown
          aria-hidden="true"
        >
          {countdown()}
        </p>
      </section>
      <div class="room-main">
        <Show when={props.state.agreed} fallback={<RoomCircle phases={props.state.phases} currentIndex={index()} label={circleLabel()} />}>
          {(agreed) => (
            <section class="room-agreed" aria-labelledby="room-agreed-heading">
              <h2 id="room-agreed-heading">{t.agreed}</h2>
              <Show when={agreed().goals.length > 0} fallback={<p>{t.noGoals}</p>}>
                <ol class="room-goals">
                  <For each={agreed().goals}>
                    {(goal) => (
                      <li>
                        <Show when={goal.term}>
                          <span class="room-goal-term">{goal.term === 'lang' ? t.longTerm : t.shortTerm}</span>
                        </Show>
                        <p class="room-goal" dir="auto">
                          {goal.text}
                        </p>
                        <Show when={goal.actions.length > 0}>
                          <ul>
                            <For each={goal.actions}>{(a) => <li dir="auto">{a}</li>}</For>
                          </ul>
                        </Show>
                      </li>
                    )}
                  </For>
                </ol>
              </Show>
              <Show when={agreed().person.length > 0}>
                <h3>{t.ownActions(props.state.firstName)}</h3>
                <ul>
                  <For each={agreed().person}>{(a) => <li dir="auto">{a}</li>}</For>
                </ul>
              </Show>
              <Show when={agreed().family.length > 0}>
                <h3>{t.familyDoes}</h3>
                <ul>
                  <For each={agreed().family}>{(a) => <li dir="auto">{a}</li>}</For>
                </ul>
              </Show>
              <p class="room-agreed-question">{t.agreedQuestion}</p>
            </section>
          )}
        </Show>
        <div class="room-side">
          <ul class="room-words" aria-label={t.wordsLabel(phase()?.title ?? '')}>
            <For each={phase()?.words ?? []}>{(line) => <li>{line}</li>}</For>
          </ul>
          <Show when={props.state.whatMatters}>
            {(text) => (
              <section class="room-matters" aria-labelledby="room-matters-heading">
                <h2 id="room-matters-heading">{t.whatMatters}</h2>
                <p dir="auto">{text()}</p>
              </section>
            )}
          </Show>
        </div>
      </div>
    </div>
  );
}

/** The room when there is no meeting to show: waiting for the chair, or locked with the app. */
export function RoomNeutral(props: { locked: boolean }) {
  return (
    <div class="room room--neutral">
      <h1>{props.locked ? t.locked : t.waiting}</h1>
      <p>{props.locked ? t.lockedText : t.waitingText}</p>
    </div>
  );
}
