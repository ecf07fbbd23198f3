// Aktuell situation: the round of the table. A speaker queue (the person first), who speaks now
// with their own time against a fair share of the phase, and short notes per speaker. The current
// speaker's running time is in the timer bar (TimerPanel); here, only what those who have spoken
// had, from meeting.clock: it does not move, so nothing here reads the time.
import { createMemo, createUniqueId, Show } from 'solid-js';
import { newId } from '../../../app/ids';
import { isPresent, type Speaker } from '../../../domain/meeting';
import { hasSpoken as spoken, nextSpeakerId, type TextTarget } from '../../../domain/meetingCommands';
import { formatDuration, isRunning, spentIn } from '../../../domain/timer';
import { svCapture } from '../../../i18n/svCapture';
import { TextArea, TextField } from '../../components/fields';
import { ItemList } from '../../components/ItemList';
import { useMeetingEditor } from '../../meetingEditor';
import { createUndo } from './common';
import './tools.css';

const t = svCapture.round;

type SpeakerText = Extract<TextTarget, { at: 'speakers' }>['field'];

export default function RoundTool() {
  const { meeting, dispatch, nameOf } = useMeetingEditor();
  const statusId = `round-now-${createUniqueId()}`;

  const currentId = () => meeting.clock.speaker.current;
  const current = createMemo(() => meeting.speakers.find((s) => s.id === currentId()));
  const hasSpoken = (id: string) => spoken(meeting, id);
  const nextId = createMemo(() => nextSpeakerId(meeting));
  const nameOfSpeaker = (s: Speaker) => s.name.trim() || svCapture.common.unnamed;

  let root!: HTMLDivElement;
  /** "Nästa talare": the word goes on and the cursor to the new speaker's note, ready to write. */
  function nextSpeaker() {
    const id = nextId();
    dispatch({ type: 'next-speaker' });
    if (id === null) return;
    const note = root.querySelector<HTMLTextAreaElement>(`[data-speaker-id="${CSS.escape(id)}"] textarea`);
    note?.focus();
  }

  const speak = (speakerId: string) => dispatch({ type: 'give-word', speakerId });
  const createQueue = () => dispatch({ type: 'create-round', nameOf, newId });
  const setText = (id: string, field: SpeakerText, value: string) => dispatch({ type: 'set-text', target: { at: 'speakers', id, field }, value });

  /** Moves a speaker one step; the pressed button keeps keyboard focus even if the list moved its row. */
  function move(speaker: Speaker, step: -1 | 1, button: HTMLButtonElement) {
    dispatch({ type: 'move-item', list: 'speakers', id: speaker.id, step });
    queueMicrotask(() => button.focus());
  }

  const undo = createUndo();
  // Removing the one who has the word leaves nobody with it (remove-item in domain/meetingCommands.ts).
  const remove = (speaker: Speaker) => undo.remove('speakers', speaker, nameOfSpeaker(speaker));

  const status = () => {
    const speaker = current();
    if (speaker) return t.nowSpeaking(nameOfSpeaker(speaker));
    return nextId() ? t.nobody : t.roundDone;
  };
  const upNext = () => {
    const next = meeting.speakers.find((s) => s.id === nextId());
    if (next) return t.upNext(nameOfSpeaker(next));
    return current() ? t.lastSpeaker : '';
  };
  const noNext = () => !current() && !nextId();

  return (
    <div class="tool tool--round" ref={root}>
      <Show when={meeting.speakers.length === 0}>
        <div class="tool-actions">
          <Show when={meeting.attendance.some(isPresent)} fallback={<p class="hint">{t.nobodyPresent}</p>}>
            <button type="button" class="primary" onClick={createQueue}>
              {t.create}
            </button>
            <p class="hint">{t.createHint}</p>
          </Show>
        </div>
      </Show>

      <Show when={meeting.speakers.length > 0}>
        <section class="now-speaking" aria-labelledby={statusId}>
          <p id={statusId} role="status" class="now-speaking-name">
            {status()}
          </p>
          {/* The current speaker's own timer is in the timer bar (TimerPanel), where it never scrolls away. */}
          <Show when={current() && !isRunning(meeting.clock)}>
            <p class="hint">{t.paused}</p>
          </Show>
          <div class="tool-actions">
            {/* aria-disabled rather than disabled, so that keyboard focus stays on the button after the last speaker. */}
            <button type="button" class="primary" aria-disabled={noNext() ? 'true' : undefined} onClick={() => !noNext() && nextSpeaker()}>
              {t.next}
            </button>
            <Show when={upNext()}>
              <p class="hint">{upNext()}</p>
            </Show>
          </div>
        </section>
      </Show>

      <h2>{t.queueHeading}</h2>
      {/* Said where they are typed: the notes travel to every participant's copy of the plan. */}
      <p class="hint">{t.notesInPlan}</p>
      <ItemList
        items={meeting.speakers}
        empty={t.empty}
        legend={(s, i) => t.speaker(i + 1, nameOfSpeaker(s))}
        removeLabel={t.remove}
        addLabel={t.add}
        onAdd={() => dispatch({ type: 'add-speaker', id: newId() })}
        onRemove={remove}
      >
        {(speaker, index) => {
          const isCurrent = () => currentId() === speaker.id;
          const who = () => <span class="visually-hidden"> {nameOfSpeaker(speaker)}</span>;
          return (
            <div class="speaker" data-speaker-id={speaker.id} classList={{ 'speaker--current': isCurrent(), 'speaker--skipped': speaker.skipped }}>
              <Show when={speaker.attendeeId === ''}>
                <TextField label={t.name} value={speaker.name} onInput={(v) => setText(speaker.id, 'name', v)} />
              </Show>
              <Show when={isCurrent() || speaker.skipped || hasSpoken(speaker.id)}>
                <p class="speaker-state">
                  <Show when={isCurrent()}>
                    <span class="badge badge--now">{t.speaking}</span>
                  </Show>
                  <Show when={speaker.skipped}>
                    <span class="badge">{t.skipped}</span>
                  </Show>
                  <Show when={!isCurrent() && hasSpoken(speaker.id)}>
                    <span>{t.hasSpoken(formatDuration(spentIn(meeting.clock.speaker, speaker.id)))}</span>
                  </Show>
                </p>
              </Show>
              <div class="tool-actions">
                <button type="button" class="primary" aria-pressed={isCurrent()} onClick={() => !isCurrent() && speak(speaker.id)}>
                  {t.speakNow}
                  {who()}
                </button>
                <button type="button" class="secondary" onClick={() => dispatch({ type: 'toggle-skip', speakerId: speaker.id })}>
                  {speaker.skipped ? t.undoSkip : t.skip}
                  {who()}
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-disabled={index() === 0 ? 'true' : undefined}
                  onClick={(e) => index() > 0 && move(speaker, -1, e.currentTarget)}
                >
                  <span aria-hidden="true">↑</span> {t.moveUp}
                  {who()}
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-disabled={index() === meeting.speakers.length - 1 ? 'true' : undefined}
                  onClick={(e) => index() < meeting.speakers.length - 1 && move(speaker, 1, e.currentTarget)}
                >
                  <span aria-hidden="true">↓</span> {t.moveDown}
                  {who()}
                </button>
              </div>
              <div class="row">
                <TextArea label={t.note} rows={2} value={speaker.note} onInput={(v) => setText(speaker.id, 'note', v)} />
                <TextArea label={t.worksWell} rows={2} value={speaker.worksWell} onInput={(v) => setText(speaker.id, 'worksWell', v)} />
              </div>
            </div>
          );
        }}
      </ItemList>
      <undo.View />
    </div>
  );
}
