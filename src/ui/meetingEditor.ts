// A running meeting open on screen: its autosaved store, the plan it belongs to (read-only here),
// and the names of the attendees.
import { createContext, useContext } from 'solid-js';
import { PERSON_ID, type Meeting } from '../domain/meeting';
import type { Plan } from '../domain/plan';
import { sv } from '../i18n/sv';
import { meetings } from '../storage';
import { createAutosavedStore } from './autosavedStore';

export function createMeetingEditor(initial: Meeting, plan: Plan) {
  const { value, edit } = createAutosavedStore('meeting', initial, meetings.prepareWrite);

  /** The name shown for an attendee id (the person, or a participant). */
  function nameOf(attendeeId: string): string {
    if (attendeeId === PERSON_ID) return plan.person.name.trim() || sv.list.unnamed;
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
