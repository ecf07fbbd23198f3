// The meeting circle: sticky timers and controls on top, the ring and phase list beside the
// current phase's prompts and capture tools. Nothing modal: the timers always stay in view, and
// nothing focused is ever under them (keepFocusInView).
import { createEffect, createMemo, createSignal, For, Match, on, onCleanup, onMount, Show, Switch } from 'solid-js';
import { currentPhaseIndex } from '../../domain/meetingCommands';
import { commandForKey, MEETING_SHORTCUTS, type MeetingShortcut } from '../../domain/meetingCommandsKeys';
import { abandonedAt, formatDuration, isRunning, MINUTE_MS, viewClock, type AdjustMode } from '../../domain/timer';
import { svMeeting } from '../../i18n/svMeeting';
import { ActionFailed } from '../components/Failures';
import { Checkbox } from '../components/fields';
import { createAction } from '../failures';
import { holdIdleLockWhile } from '../lock/lockSession';
import { useMeetingEditor } from '../meetingEditor';
import { createClockTicker } from './clockTicker';
import { RoomControls } from '../room/RoomControls';
import { CircleRing } from './CircleRing';
import { meetingActions } from './meetingActions';
import { compactWhileTyping, keepFocusInView } from './keepFocusInView';
import { playPhaseEndSignal } from './phaseAlert';
import { PhaseBudgets } from './PhaseBudgets';
import { PhaseQuestions, phaseUsesQuestions, PreparedPanel } from './PreparedPanel';
import { FinishCheck } from './FinishCheck';
import { currentSpeakerTiming, TimerPanel } from './TimerPanel';
import ClosingTool from './tools/ClosingTool';
import IntroTool from './tools/IntroTool';
import NeedsTool from './tools/NeedsTool';
import NotesTool from './tools/NotesTool';
import ReviewTool from './tools/ReviewTool';
import RoundTool from './tools/RoundTool';
import SummaryTool from './tools/SummaryTool';
import { useWakeLock, wakeLockSupported } from './wakeLock';
import { focusLost } from '../focusLost';

const t = svMeeting.circle;

// setTimeout takes at most 2^31 − 1 ms; a later cut-off is looked at again then.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
const dayFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long' });
const timeFormat = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' });

/** "Nästa fas" → ["Nästa", " fas"]: a control's name and its last word (with its space), which the bar may show only to screen readers. */
function lastWordApart(text: string): [string, string] {
  const at = text.lastIndexOf(' ');
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at)];
}
const [nextWord, nextRest] = lastWordApart(t.next);
// "+1" over "minut", in a narrow button (its accessible name is the whole "+1 minut").
const [plusAmount, minuteWord] = lastWordApart(t.plusMinute);
const [minusAmount] = lastWordApart(t.minusMinute);

/** What each shortcut of the key map (domain/meetingCommandsKeys.ts) is called in the list on screen. */
const shortcutText: Record<MeetingShortcut['name'], string> = { pause: t.shortcutPause, previous: t.shortcutPrev, next: t.shortcutNext };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export default function CircleView() {
  const editor = useMeetingEditor();
  const { meeting, dispatch } = editor;
  const actions = meetingActions(editor);
  // Plain copies of what the timers read, remade only when the meeting changes: each tick then
  // computes from plain data instead of reading (and re-tracking) the store's proxies.
  const clock = createMemo(() => JSON.parse(JSON.stringify(meeting.clock)) as typeof meeting.clock);
  const budgets = createMemo(() => meeting.phases.map((p) => ({ id: p.id, budgetMs: p.budgetMs })));
  const ticker = createClockTicker((at) => viewClock(clock(), budgets(), at));
  const now = ticker.now;
  // What depends on these reruns when they change, not every second.
  const running = createMemo(() => ticker.states().running);
  const overrunPhase = createMemo(() => ticker.states().phaseState === 'overrun' && ticker.states().running && ticker.states().phaseId);
  const progress = createMemo(() => ticker.states().progress);
  const index = createMemo(() => currentPhaseIndex(meeting));
  const phase = createMemo(() => meeting.phases[index()]!);
  // Read every second only while someone has the word in a phase with a round (their time moves with `now`).
  const hasRound = createMemo(() => phase().tools.includes('runda'));
  const speaker = () => (hasRound() && meeting.clock.speaker.current !== null ? currentSpeakerTiming(meeting, phase(), now()) : null);
  const [mode, setMode] = createSignal<AdjustMode>('rebalance');
  const [adjustNote, setAdjustNote] = createSignal('');
  const awake = useWakeLock(() => isRunning(meeting.clock));
  holdIdleLockWhile(() => isRunning(meeting.clock));

  // A meeting nobody ended is paused two hours after its projected end, at that moment (not now),
  // when the screen opens or, while it is open, when that time comes; the notice says so.
  const cutoff = createMemo(() => abandonedAt(clock(), budgets()));
  const pauseIfLeftRunning = () => void dispatch({ type: 'pause-if-abandoned' });
  createEffect(() => {
    const at = cutoff();
    if (at === null) return;
    const wait = at - Date.now();
    // Already past it on opening: paused before the screen is first painted.
    if (wait <= 0) return pauseIfLeftRunning();
    const timer = setTimeout(pauseIfLeftRunning, Math.min(MAX_TIMEOUT_MS, wait));
    onCleanup(() => clearTimeout(timer));
  });

  function adjust(deltaMs: number) {
    const applied = actions.adjust(phase().id, deltaMs, mode());
    if (applied === 0 && mode() === 'rebalance') setAdjustNote(t.cannotRebalance);
    else if (Math.abs(applied) < Math.abs(deltaMs)) setAdjustNote(t.partlyRebalanced(formatDuration(Math.abs(applied))));
    else setAdjustNote('');
  }

  /** Esc leaves a text field for its own section (focusable for this), so the shortcuts work again. */
  function leaveField(field: HTMLElement) {
    const home = field.closest<HTMLElement>('fieldset, section, aside, .meeting') ?? document.querySelector<HTMLElement>('.meeting');
    if (!home) return field.blur();
    if (!home.hasAttribute('tabindex')) home.setAttribute('tabindex', '-1');
    home.focus();
  }

  function onKey(event: KeyboardEvent) {
    if (event.key === 'Escape' && !event.defaultPrevented && event.target instanceof HTMLElement && isTyping(event.target)) {
      event.preventDefault();
      leaveField(event.target);
      return;
    }
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    // A focused button or disclosure uses Space itself.
    if (event.key === ' ' && (event.target instanceof HTMLButtonElement || (event.target instanceof HTMLElement && event.target.tagName === 'SUMMARY'))) return;
    const command = commandForKey(event.key);
    if (!command) return;
    event.preventDefault();
    dispatch(command);
  }
  document.addEventListener('keydown', onKey);
  onCleanup(() => document.removeEventListener('keydown', onKey));

  // A signal at the end of a phase's budget, once per phase, if the chair turned it on.
  const signalled = new Set<string>();
  createEffect(
    on(
      () => overrunPhase(),
      (overrunPhase) => {
        if (!overrunPhase || signalled.has(overrunPhase)) return;
        signalled.add(overrunPhase);
        playPhaseEndSignal(meeting.alertAtPhaseEnd);
      },
    ),
  );

  const finishing = createAction(() => actions.finish());
  function finish() {
    if (window.confirm(t.confirmFinish)) void finishing.run();
  }

  const isLast = () => index() === meeting.phases.length - 1;

  let bar!: HTMLElement;
  let body!: HTMLDivElement;
  let panel!: HTMLElement;
  let heading!: HTMLHeadingElement;
  onMount(() => {
    compactWhileTyping(bar, body);
    keepFocusInView(bar, body);
  });
  // Another phase: its start is shown, not the place the last one was scrolled to; and focus lost
  // with it (the pressed button now disabled, at the first or last phase) goes to its heading.
  createEffect(
    on(
      index,
      () => {
        // Under the bar where it stays at the top (styles.css), else under the top of the screen.
        const clear = getComputedStyle(bar).position === 'sticky' ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
        if (panel.getBoundingClientRect().top < clear) panel.scrollIntoView({ block: 'start' });
        const active = document.activeElement;
        if (focusLost() || (active instanceof HTMLButtonElement && active.disabled)) heading.focus({ preventScroll: true });
      },
      { defer: true },
    ),
  );

  return (
    <div class="meeting">
      {/* Until the chair resumes (which clears it, see domain/meetingCommands.ts) or ends the meeting. */}
      <Show when={!running() && meeting.pausedUnattendedAt}>
        {(at) => (
          <div class="abandoned-notice" role="alert" aria-labelledby="abandoned-heading">
            <h2 id="abandoned-heading">{t.abandonedHeading}</h2>
            <p>{t.abandonedText(dayFormat.format(at()), timeFormat.format(at()))}</p>
            <div class="notice-actions">
              <button type="button" class="primary" onClick={() => dispatch({ type: 'resume' })}>
                {t.abandonedResume}
              </button>
              <button type="button" class="secondary" onClick={finish} disabled={finishing.busy()}>
                {t.finish}
              </button>
            </div>
            {/* On the last phase the failure is said beside its own "Avsluta mötet". */}
            <Show when={!isLast()}>
              <ActionFailed action={finishing} />
            </Show>
          </div>
        )}
      </Show>
      <section class="meeting-bar" aria-label={t.timers} ref={bar}>
        <TimerPanel ticker={ticker} phaseTitle={phase().title} speaker={speaker()} />
        {/* Short to look at, whole to listen to: the words the bar has no room for are there for
            screen readers (each name still holds what is shown, in order, WCAG 2.5.3). */}
        <div class="meeting-controls">
          <button type="button" class="secondary" onClick={() => dispatch({ type: 'previous-phase' })} disabled={index() === 0}>
            ←<span class="visually-hidden"> {t.previous}</span>
          </button>
          <button type="button" class="primary pause-button" onClick={() => dispatch({ type: 'toggle-pause' })} aria-pressed={!running()}>
            {running() ? t.pause : t.resume}
          </button>
          <button type="button" class="secondary" onClick={() => dispatch({ type: 'next-phase' })} disabled={isLast()}>
            <span class="control-word">{nextWord}</span>
            <span class="visually-hidden">{nextRest}</span> →
          </button>
          <button type="button" class="secondary adjust-button" aria-label={t.minusMinute} onClick={() => adjust(-MINUTE_MS)}>
            <span class="adjust-amount">{minusAmount}</span>
            <span class="adjust-unit">{minuteWord.trim()}</span>
          </button>
          <button type="button" class="secondary adjust-button" aria-label={t.plusMinute} onClick={() => adjust(MINUTE_MS)}>
            <span class="adjust-amount">{plusAmount}</span>
            <span class="adjust-unit">{minuteWord.trim()}</span>
          </button>
        </div>
        <Show when={wakeLockSupported() && running() && !awake()}>
          <p class="hint">{t.wakeLockOff}</p>
        </Show>
        <Show when={adjustNote()}>
          <p class="hint" role="status">
            {adjustNote()}
          </p>
        </Show>
      </section>

      <div class="meeting-body" ref={body}>
        <aside class="meeting-side">
          <CircleRing phases={meeting.phases} currentId={phase().id} progress={progress()} label={t.ringLabel(phase().title)} />
          <nav aria-label={t.phasesNav}>
            <ol class="phase-list">
              <For each={meeting.phases}>
                {(p, i) => (
                  <li>
                    <button
                      type="button"
                      class="phase-button"
                      aria-current={p.id === phase().id ? 'step' : undefined}
                      onClick={() => dispatch({ type: 'go-to-phase', phaseId: p.id })}
                    >
                      <span>
                        {i() + 1}. {p.title}
                      </span>
                      <span class="phase-budget">{formatDuration(p.budgetMs)}</span>
                    </button>
                  </li>
                )}
              </For>
            </ol>
          </nav>
        </aside>

        <section class="phase-panel" aria-labelledby="phase-heading" ref={panel}>
          <p class="phase-of">{t.phaseOf(index() + 1, meeting.phases.length)}</p>
          <h1 id="phase-heading" tabindex="-1" ref={heading}>
            {phase().title}
          </h1>
          <p class="lead">{phase().guidance}</p>
          <PreparedPanel />
          <fieldset class="prompts">
            <legend>{t.prompts}</legend>
            <For each={phase().prompts}>
              {(prompt) => (
                <Checkbox
                  label={prompt.text}
                  checked={prompt.done}
                  onChange={(done) => dispatch({ type: 'set-prompt-done', phaseId: phase().id, promptId: prompt.id, done })}
                />
              )}
            </For>
          </fieldset>
          <Show when={phaseUsesQuestions(phase())}>
            <PhaseQuestions />
          </Show>
          <For each={phase().tools}>
            {(tool) => (
              <Switch>
                <Match when={tool === 'inledning'}>
                  <IntroTool />
                </Match>
                <Match when={tool === 'runda'}>
                  <RoundTool />
                </Match>
                <Match when={tool === 'uppfoljning'}>
                  <ReviewTool />
                </Match>
                <Match when={tool === 'behov'}>
                  <NeedsTool />
                </Match>
                <Match when={tool === 'sammanfattning'}>
                  <SummaryTool />
                </Match>
                <Match when={tool === 'avslutning'}>
                  <ClosingTool />
                </Match>
                <Match when={tool === 'anteckningar'}>
                  <NotesTool phase={phase()} />
                </Match>
              </Switch>
            )}
          </For>
          <Show when={isLast()}>
            <FinishCheck />
            <p class="finish">
              <button type="button" class="primary" onClick={finish} disabled={finishing.busy()}>
                {t.finish}
              </button>
            </p>
            <ActionFailed action={finishing} />
          </Show>
        </section>

        <aside class="meeting-extras" aria-label={t.settings}>
          <RoomControls now={now} />
          <PhaseBudgets mode={mode()} onMode={setMode} />
          <details class="meeting-settings">
            <summary>{t.alerts}</summary>
            <div class="choice-row">
              <Checkbox label={t.sound} checked={meeting.alertAtPhaseEnd.sound} onChange={(on) => dispatch({ type: 'set-alert', alert: 'sound', on })} />
              <Checkbox label={t.vibration} checked={meeting.alertAtPhaseEnd.vibration} onChange={(on) => dispatch({ type: 'set-alert', alert: 'vibration', on })} />
            </div>
          </details>
          <details class="shortcuts meeting-settings" open>
            <summary>{t.shortcuts}</summary>
            <ul>
              <For each={MEETING_SHORTCUTS}>{(s) => <li>{shortcutText[s.name]}</li>}</For>
              <li>{t.shortcutEscape}</li>
            </ul>
            <p class="hint">{t.shortcutNote}</p>
            <p class="hint">{t.shortcutNextSpeaker}</p>
          </details>
          <p>
            <button type="button" class="secondary" onClick={() => dispatch({ type: 'back-to-attendance' })}>
              {t.toAttendance}
            </button>
          </p>
        </aside>
      </div>
    </div>
  );
}
