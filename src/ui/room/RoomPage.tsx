// The room window (/rum): a page for a second screen that needs no unlock because it holds
// nothing. It loads no plan, opens no storage and never holds the data key; it shows only what
// the chair's meeting screen sends it over the room channel, and a neutral screen when the chair's
// app locks or the meeting screen closes. It asks for the current state when it opens.
import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import { svRoom } from '../../i18n/svRoom';
import { createNow } from '../now';
import { openRoomChannel } from './roomChannel';
import type { RoomMeeting, RoomMessage } from './roomState';
import { RoomNeutral, RoomView } from './RoomView';

export default function RoomPage() {
  // Opened by the chair's window: the room needs nothing from it but the channel.
  try {
    window.opener = null;
  } catch {
    // Some browsers make it read-only; nothing here uses it.
  }
  const [state, setState] = createSignal<RoomMeeting | null>(null);
  const [locked, setLocked] = createSignal(false);
  const now = createNow();
  const channel = openRoomChannel((message: RoomMessage) => {
    if (message.type === 'meeting') {
      setLocked(false);
      setState(message);
    } else if (message.type === 'locked') {
      setState(null);
      setLocked(true);
    } else if (message.type === 'ended') {
      setState(null);
      setLocked(false);
    }
  });
  channel.post({ type: 'hello' });
  onCleanup(() => channel.close());
  createEffect(() => {
    const s = state();
    document.title = s
      ? `${s.phases.find((p) => p.id === s.clock.phase.current)?.title ?? svRoom.title} – ${svRoom.title}`
      : locked()
        ? svRoom.locked
        : svRoom.title;
  });
  return (
    <main class="room-page">
      <Show when={state()} fallback={<RoomNeutral locked={locked()} />}>
        {(s) => <RoomView state={s()} now={now()} />}
      </Show>
    </main>
  );
}
