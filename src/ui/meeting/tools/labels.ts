// How the capture tools name people and goals: pure, so the tools and their tests share them.
import type { Goal, Meeting } from '../../../domain/meeting';
import type { Participant, Plan } from '../../../domain/plan';
import { svCapture } from '../../../i18n/svCapture';

/** The name shown for an attendee: a substitute's own name, with whom they stand in for. */
export function attendeeName(meeting: Meeting, nameOf: (attendeeId: string) => string, attendeeId: string): string {
  const a = meeting.attendance.find((x) => x.attendeeId === attendeeId);
  const name = nameOf(attendeeId);
  if (a?.status === 'ersattare' && a.substituteName.trim()) return svCapture.common.substitute(a.substituteName.trim(), name);
  return name;
}

/** The person's first name for examples such as "Lisa kommer igång med arbetsträning". */
export function firstName(plan: Plan): string {
  return plan.person.name.trim().split(/\s+/u)[0] || svCapture.common.exampleName;
}

/** "Anna Berg – Socialtjänsten" */
export function participantLabel(p: Participant): string {
  return svCapture.common.withOrganisation(p.name.trim() || svCapture.common.unnamed, p.organisation.trim());
}

/** A participant select's options: none chosen first, then every participant of the plan. */
export function participantOptions(participants: Participant[], none: string): Record<string, string> {
  const options: Record<string, string> = { '': none };
  for (const p of participants) options[p.id] = participantLabel(p);
  return options;
}

/** A goal's number among the goals of the same term (1-based), as in the lists of Behov. */
export function goalNumber(goals: Goal[], goal: Goal): number {
  return goals.filter((g) => g.term === goal.term).findIndex((g) => g.id === goal.id) + 1;
}

/** A goal as it is named in selects and the summary: its text, or "Långsiktigt mål 2". */
export function goalLabel(goals: Goal[], goal: Goal): string {
  return goal.text.trim() || svCapture.needs.goalNumbered(goal.term, goalNumber(goals, goal));
}
