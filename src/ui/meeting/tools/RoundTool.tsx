// Aktuell situation: the round of the table. A speaker queue (the person first), who speaks now
// with their own time against a fair share of the phase, and short notes per speaker. Every time
// shown is derived from meeting.clock and props.now(); nothing is counted here.
import { createMemo, createUniqueId, Show } from 'solid-js';
import { isPresent, moveItem, speakerQueue, type MeetingPhase, type Speaker } from '../../../domain/meeting';
import {
  formatDuration,
  isRunning,
  setSpeaker,
  slotElapsedMs,
} from '../../../domain/timer';
import { svCapture } from '../../../i18n/svCapture';
import { TextArea, TextField } from '../../components/fields';
import { ItemList } from '../../components/ItemList';
import { useMeetingEditor } from '../../meetingEditor';
import { changeById, newId } from '../../planEditor';
import { createUndo } from './common';
import './tools.css';

const t = svCapture.round;

/**
 * Who "Nästa talare" gives the word to: the first speaker after the current one who is neither
 * skipped nor has spoken yet, and nobody after the last. With nobody speaking, the first such
 * speaker from the top (someone moved up, or passed over with "Tala nu").
 */
function nextSpeakerId(speakers: Speaker[], currentId: string | null, hasSpoken: (id: string) => boolean): string | null {
  const from = currentId === null ? 0 : speakers.findIndex((s) => s.id === currentId) + 1;
  return speakers.slice(from).find((s) => !s.skipped && !hasSpoken(s.id))?.id ?? null;
}

export default function RoundTool(props: { phase: MeetingPhase; now: () => number }) {
  const { meeting, edit, nameOf } = useMeetingEditor();
  const statusId = `round-now-${createUniqueId()}`;

  const currentId = () => meeting.clock.speaker.current;
  const current = createMemo(() => meeting.speakers.find((s) => s.id === currentId()));
  const elapsed = (id: string) => slotElapsedMs(meeting.clock.speaker, id, props.now());
  const hasSpoken = (id: string) => (meeting.clock.speaker.spent[id] ?? 0) > 0 || currentId() === id;
  const nextId = createMemo(() => nextSpeakerId(meeting.speakers, currentId(), hasSpoken));
  const nameOfSpeaker = (s: Speaker) => s.name.trim() || svCapture.common.unnamed;

  let root!: HTMLDivElement;
  /** "Nästa talare": the word goes on and the cursor to the new speaker's note, ready to write. */
  function nextSpeaker() {
    const id = nextId();
    speak(id);
    if (id === null) return;
    const note = root.querySelector<HTMLTextAreaElement>(`[data-speaker-id="${CSS.escape(id)}"] textarea`);
    note?.focus();
  }

  function speak(id: string | null) {
    edit((d) => {
      d.clock = setSpeaker(d.clock, id, Date.now());
      // Giving the word to someone who was to be skipped means they speak after all.
      if (id !== null) changeById(d.speakers, id, (s) => (s.skipped = false));
    });
  }

  function createQueue() {
    edit((d) => {
      d.speakers = speakerQueue(d, nameOf, newId);
    });
  }

  function update(id: string, change: (s: Speaker) => void) {
    edit((d) => changeById(d.speakers, id, change));
  }

  function toggleSkip(speaker: Speaker) {
    const skipping = !speaker.skipped;
    const handOn = skipping && currentId() === speaker.id ? nextId() : undefined;
    edit((d) => {
      changeById(d.speakers, speaker.id, (s) => (s.skipped = skipping));
      // Skipping whoever speaks now hands the word on, as "Nästa talare" would.
      if (handOn !== undefined) d.clock = setSpeaker(d.clock, handOn, Date.now());
    });
  }

  /** Moves a speaker one step; the pressed button keeps keyboard focus even if the list moved its row. */
  function move(index: number, step: -1 | 1, button: HTMLButtonElement) {
    edit((d) => {
      d.speakers = moveItem(d.speakers, index, step);
    });
    queueMicrotask(() => button.focus());
  }

  const undo = createUndo();
  function remove(speaker: Speaker) {
    undo.remove(edit, (d) => d.speakers, speaker, nameOfSpeaker(speaker), (d) => {
      if (d.clock.speaker.current === speaker.id) d.clock = setSpeaker(d.clock, null, Date.now());
    });
  }

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
            <button
              type="button"
              class="primary"
              aria-disabled={noNext() ? 'true' : undefined}
              onClick={() => !noNext() && nextSpeaker()}
            >
              {t.next}
            </button>
            <Show when={upNext()}>
              <p class="hint">{upNext()}</p>
            </Show>
          </div>
        </section>
      </Show>

      <h2>{t.queueHeading}</h2>
      <ItemList
        items={meeting.speakers}
        empty={t.empty}
        legend={(s, i) => t.speaker(i + 1, nameOfSpeaker(s))}
        removeLabel={t.remove}
        addLabel={t.add}
        onAdd={() =>
          edit((d) => {
            d.speakers.push({ id: newId(), attendeeId: '', name: '', note: '', worksWell: '', skipped: false });
          })
        }
        onRemove={remove}
      >
        {(speaker, index) => {
          const isCurrent = () => currentId() === speaker.id;
          const who = () => <span class="visually-hidden"> {nameOfSpeaker(speaker)}</span>;
          return (
            <div class="speaker" data-speaker-id={speaker.id} classList={{ 'speaker--current': isCurrent(), 'speaker--skipped': speaker.skipped }}>
              <Show when={speaker.attendeeId === ''}>
                <TextField
                  label={t.name}
                  value={speaker.name}
                  onInput={(v) => update(speaker.id, (s) => (s.name = v))}
                />
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
                    <span>{t.hasSpoken(formatDuration(elapsed(speaker.id)))}</span>
                  </Show>
                </p>
              </Show>
              <div class="tool-actions">
                <button
                  type="button"
                  class="primary"
                  aria-pressed={isCurrent()}
                  onClick={() => !isCurrent() && speak(speaker.id)}
                >
                  {t.speakNow}
                  {who()}
                </button>
                <button type="button" class="secondary" onClick={() => toggleSkip(speaker)}>
                  {speaker.skipped ? t.undoSkip : t.skip}
                  {who()}
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-disabled={index() === 0 ? 'true' : undefined}
                  onClick={(e) => index() > 0 && move(index(), -1, e.currentTarget)}
                >
                  <span aria-hidden="true">↑</span> {t.moveUp}
                  {who()}
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-disabled={index() === meeting.speakers.length - 1 ? 'true' : undefined}
                  onClick={(e) => index() < meeting.speakers.length - 1 && move(index(), 1, e.currentTarget)}
                >
                  <span aria-hidden="true">↓</span> {t.moveDown}
                  {who()}
                </button>
              </div>
              <div class="row">
                <TextArea
                  label={t.note}
                  rows={2}
                  value={speaker.note}
                  onInput={(v) => update(speaker.id, (s) => (s.note = v))}
                />
                <TextArea
                  label={t.worksWell}
                  rows={2}
                  value={speaker.worksWell}
                  onInput={(v) => update(speaker.id, (s) => (s.worksWell = v))}
                />
              </div>
            </div>
          );
        }}
      </ItemList>
      <undo.View />
    </div>
  );
}
