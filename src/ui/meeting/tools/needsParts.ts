// The pure parts of Behov's capture: who can be chosen to do an intervention, and the compact row
// that stands for an intervention until it is opened.
import { isPresent, performerName, type Intervention, type Meeting } from '../../../domain/meeting';
import type { PerformerChoice } from '../../../domain/meetingCommands';
import type { Plan } from '../../../domain/plan';
import { formatDate } from '../../../i18n/format';
import { svCapture } from '../../../i18n/svCapture';
import { participantLabel } from './labels';

const t = svCapture.needs;

export type { PerformerChoice };

/**
 * The choices, those in the room first (a substitute counts for the one they stand in for), then the
 * plan's other participants marked as not here, then the person, the family and someone else.
 */
export function performerChoices(plan: Pick<Plan, 'participants'>, meeting: Pick<Meeting, 'attendance'>): Record<PerformerChoice, string> {
  const present = new Set(meeting.attendance.filter(isPresent).map((a) => a.attendeeId));
  const here = plan.participants.filter((p) => present.has(p.id));
  const away = plan.participants.filter((p) => !present.has(p.id));
  const choices: Record<string, string> = {};
  for (const p of here) choices[`deltagare:${p.id}`] = participantLabel(p);
  for (const p of away) choices[`deltagare:${p.id}`] = t.notHere(participantLabel(p));
  choices.personen = t.performerKinds.personen;
  choices.familjen = t.performerKinds.familjen;
  choices.annan = t.performerKinds.annan;
  return choices as Record<PerformerChoice, string>;
}

/** The intervention's current choice; '' while a participant is still to be chosen. */
export function performerChoice(item: Pick<Intervention, 'performerKind' | 'participantId'>): PerformerChoice | '' {
  if (item.performerKind !== 'deltagare') return item.performerKind;
  return item.participantId ? `deltagare:${item.participantId}` : '';
}

/** "Lisa Andersson (Socialtjänsten) · från tis 11 jan. 2027 · en gång i veckan": who, from when, how often. */
export function interventionRowFacts(item: Intervention, plan: Pick<Plan, 'participants' | 'person'>): string {
  const name = performerName(item, plan.participants, plan.person.name) || (item.performerKind === 'familjen' ? svCapture.summary.family : '');
  const organisation = item.organisation.trim();
  const who = name && organisation ? `${name} (${organisation})` : name || organisation;
  return t.rowFacts({ who, start: item.startDate ? formatDate(item.startDate) : '', frequency: item.frequency.trim() });
}
