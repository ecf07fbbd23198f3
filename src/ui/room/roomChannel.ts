// The room view's only input: a BroadcastChannel between windows of the same origin on the same
// device, in memory only. The chair's meeting screen sends; the room view (/rum) listens and,
// when it opens, asks for the current state with "hello".
import type { RoomMessage } from './roomState';

export const ROOM_CHANNEL = 'sip-rummet';

export function openRoomChannel(onMessage: (message: RoomMessage) => void): { post: (message: RoomMessage) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(ROOM_CHANNEL);
  channel.onmessage = (event: MessageEvent<RoomMessage>) => {
    const data = event.data;
    if (data && typeof data === 'object' && typeof data.type === 'string') onMessage(data);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
