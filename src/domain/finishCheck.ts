// What the chair may still want to do before "Avsluta mötet" (issue 13, point 5): nothing here
// stops the meeting from being finished; each item says where in the circle it is done.
import type { PhaseTool } from './circle';
import type { Meeting } from './meeting';

export type MissingKey = 'goal' | 'intervention' | 'lead' | 'answer' | 'followUp' | 'attendance';

/** Where a missing item is done: a phase of the circle (by index), or the attendance view. */
export type MissingWhere = { phaseIndex: number } | { attendance: true } | null;

export interface Missing {
  key: MissingKey;
  /** null when the meeting's template has no phase with the tool that does it. */
  where: MissingWhere;
}

type Checked = Pick<Meeting, 'goals' | 'interventions' | 'leadParticipantId' | 'agreement' | 'followUp' | 'attendance'> & {
  phases: { tools: readonly PhaseTool[] }[];
};

function phaseWith(meeting: Checked, tool: PhaseTool): MissingWhere {
  const phaseIndex = meeting.phases.findIndex((p) => p.tools.includes(tool));
  return phaseIndex < 0 ? null : { phaseIndex };
}

/** What is missing before the meeting is finished, in the order the circle reaches it. */
export function missingBeforeFinish(meeting: Checked): Missing[] {
  const missing: Missing[] = [];
  if (meeting.attendance.some((a) => a.status === 'ej-angiven')) missing.push({ key: 'attendance', where: { attendance: true } });
  if (meeting.goals.length === 0) missing.push({ key: 'goal', where: phaseWith(meeting, 'behov') });
  if (meeting.interventions.length === 0) missing.push({ key: 'intervention', where: phaseWith(meeting, 'behov') });
  if (meeting.leadParticipantId === '') missing.push({ key: 'lead', where: phaseWith(meeting, 'sammanfattning') });
  if (meeting.agreement === '') missing.push({ key: 'answer', where: phaseWith(meeting, 'sammanfattning') });
  if (meeting.followUp.date.trim() === '') missing.push({ key: 'followUp', where: phaseWith(meeting, 'avslutning') });
  return missing;
}
