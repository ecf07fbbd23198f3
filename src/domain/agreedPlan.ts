// The plan as agreed now: what the latest held meeting fixed (its goals, interventions, own actions,
// parked issues and disagreements still open, lead and follow-up), kept on the plan with its version
// number. Holding a meeting writes it in the same transaction as the version; a new meeting starts
// from it; the overview and the documents read it without opening every meeting or version.
import { localIsoDate } from './dates';
import type { Disagreement, Goal, Intervention, Meeting, OwnAction, ParkedIssue } from './meeting';

export interface AgreedPlan {
  /** The version the meeting fixed (1 after the SIP meeting, 2 after the first follow-up, …). */
  version: number;
  meetingId: string;
  /** When the meeting was held (ISO timestamp). */
  heldAt: string;
  /** The local date the meeting took place ("YYYY-MM-DD"), as the documents name it. */
  heldOn: string;
  goals: Goal[];
  interventions: Intervention[];
  ownActions: OwnAction[];
  /** Issues parked for a later meeting, and disagreements taken elsewhere: the next meeting starts with them. */
  parked: ParkedIssue[];
  disagreements: Disagreement[];
  leadParticipantId: string;
  leadRole: string;
  followUp: Meeting['followUp'];
}

/** The local date a meeting took place: the day its clock started (or it was created). */
export function meetingDay(meeting: Pick<Meeting, 'clock' | 'createdAt'>): string {
  const at = meeting.clock.startedAt ?? Date.parse(meeting.createdAt);
  return Number.isFinite(at) ? localIsoDate(new Date(at)) : '';
}

/** What a held meeting agreed, as version `version` of the plan: deep copies, so later edits never reach it. */
export function agreedAt(meeting: Meeting, version: number): AgreedPlan {
  if (meeting.status !== 'hallet') throw new Error(`meeting ${meeting.id} is not held`);
  return structuredClone({
    version,
    meetingId: meeting.id,
    heldAt: meeting.heldAt,
    heldOn: meetingDay(meeting),
    goals: meeting.goals,
    interventions: meeting.interventions,
    ownActions: meeting.ownActions,
    parked: meeting.parked,
    disagreements: meeting.disagreements,
    leadParticipantId: meeting.leadParticipantId,
    leadRole: meeting.leadRole,
    followUp: meeting.followUp,
  });
}
