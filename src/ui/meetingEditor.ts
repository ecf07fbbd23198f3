// A running meeting open on screen: its autosaved store, the plan it belongs to (read-only here),
// and the names of the attendees.
import { createContext, useContext } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { INTERPRETER_ID, PERSON_ID, type Meeting } from '../domain/meeting';
import { apply, type MeetingCommand } from '../domain/meetingCommands';
import { textPath } from '../domain/meetingCommandsText';
import type { Plan } from '../domain/plan';
import type { App } from '../app/shell';
import { sv } from '../i18n/sv';
import { svMeeting } from '../i18n/svMeeting';
import { createAutosavedStore } from './autosavedStore';
import { mergeShared } from './meeting/mergeShared';

export function createMeetingEditor(app: App, initial: Meeting, plan: Plan) {
  const { value, edit, editAt, settle } = createAutosavedStore(initial, app.meetings.autosave);

  /** The name shown for an attendee id (the person, a family member or representative, a participant, the interpreter). */
  function nameOf(attendeeId: string): string {
    if (attendeeId === PERSON_ID) return plan.person.name.trim() || sv.list.unnamed;
    if (attendeeId === INTERPRETER_ID) return svMeeting.attendance.interpreter;
    const r = plan.person.representatives.find((x) => x.id === attendeeId);
    if (r) return r.name.trim() || sv.list.unnamed;
    const p = plan.participants.find((x) => x.id === attendeeId);
    return p?.name.trim() || sv.list.unnamed;
  }

  /**
   * Does what a command says (domain/meetingCommands.ts) to the meeting on screen, and autosaves
   * it; nothing when the command changes nothing. Every change of the meeting on screen is a
   * command, holding it aside. Only what the command changed is written into the store
   * (mergeShared); a keystroke costs one field, not the whole meeting.
   */
  function dispatch(command: MeetingCommand): boolean {
    // A keystroke sets its one field where it is, without a copy of the meeting to merge. Its path
    // holds no text the store may not have heard of yet (autosavedStore's editAt), only ids.
    if (command.type === 'set-text') {
      const path = textPath(unwrap(value), command.target);
      if (path) return editAt(path, command.value);
    }
    settle();
    const before = unwrap(value);
    const after = apply(before, command, Date.now());
    if (after === before) return false;
    edit((draft) =>
      mergeShared(draft as unknown as Record<string, unknown>, before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>),
    );
    return true;
  }

  /** Holds the meeting (app/meetings.ts); the screen then shows it held. Throws, with nothing changed, when it fails. */
  async function hold(): Promise<void> {
    settle();
    const held = await app.meetings.hold(unwrap(value));
    // The screen shows the held meeting (and its version) once the meeting is marked held.
    edit((d) => {
      d.clock = held.clock;
      d.status = 'hallet';
      d.heldAt = held.heldAt;
    });
  }

  return {
    meeting: value,
    dispatch,
    /** Tells the meeting on screen a keystroke it has not heard of yet (it hears once the keystroke is sealed): a handler that copies from it calls this first. */
    settle,
    plan,
    nameOf,
    hold,
  };
}

export type MeetingEditor = ReturnType<typeof createMeetingEditor>;

export const MeetingEditorContext = createContext<MeetingEditor>();

export function useMeetingEditor(): MeetingEditor {
  const editor = useContext(MeetingEditorContext);
  if (!editor) throw new Error('useMeetingEditor outside a meeting');
  return editor;
}
