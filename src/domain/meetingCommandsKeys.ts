// The meeting screen's keyboard shortcuts as data: a key (KeyboardEvent.key) and the command it
// dispatches. The screen (CircleView) uses them only when no text field has focus and no modifier
// is held, and leaves Space to a focused button or disclosure, which use it themselves; Esc, which
// leaves a text field so that the shortcuts work again, moves focus and is the screen's own. The
// list of shortcuts the chair sees is made from this map, in this order.
import type { MeetingCommand } from './meetingCommands';

export interface MeetingShortcut {
  /** KeyboardEvent.key */
  key: string;
  /** What the shortcut is called on screen (i18n: svMeeting.circle.shortcuts). */
  name: 'pause' | 'previous' | 'next';
  command: MeetingCommand;
}

export const MEETING_SHORTCUTS: readonly MeetingShortcut[] = [
  { key: ' ', name: 'pause', command: { type: 'toggle-pause' } },
  { key: 'ArrowLeft', name: 'previous', command: { type: 'previous-phase' } },
  { key: 'ArrowRight', name: 'next', command: { type: 'next-phase' } },
];

/** The command a key dispatches on the meeting screen, or null. */
export function commandForKey(key: string): MeetingCommand | null {
  return MEETING_SHORTCUTS.find((s) => s.key === key)?.command ?? null;
}
