// A running meeting open on screen: its autosaved store, the plan it belongs to (read-only here),
// and the names of the attendees.
import { createContext, useContext } from 'solid-js';
import { INTERPRETER_ID, PERSON_ID, type Meeting } from '../domain/meeting';
import type { Plan } from '../domain/plan';
import { sv } from '../i18n/sv';
import { svMeeting } from '../i18n/svMeeting';
import { meetings } from '../storage';
import { createAutosavedStore } from './autosavedStore';

export function createMeetingEditor(initial: Meeting, plan: Plan) {
  const { value, edit } = createAutosavedStore('meeting', initial, meetings.prepareWrite);

  /** The name shown for an attendee id (the person, a family member or representative, a participant, the interpreter). */
  function nameOf(attendeeId: string): string {
    if (attendeeId === PERSON_ID) return plan.person.name.trim() || sv.list.unnamed;
    if (attendeeId === INTERPRETER_ID) return svMeeting.attendance.interpreter;
    const r = plan.person.representatives.find((x) => x.id === attendeeId);
    if (r) return r.name.trim() || sv.list.unnamed;
    const p = plan.participants.find((x) => x.id === attendeeId);
    return p?.name.trim() || sv.list.unnamed;
  }

  return { meeting: value, edit, plan, nameOf };
}

export type MeetingEditor = ReturnType<typeof createMeetingEditor>;

export const MeetingEditorContext = createContext<MeetingEditor>();

export function useMeetingEditor(): MeetingEditor {
  const editor = useContext(MeetingEditorContext);
  if (!editor) throw new Error('useMeetingEditor outside a meeting');
  return editor;
}
