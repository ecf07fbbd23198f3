// Starting a meeting of a plan: the Möten section (any kind, template and length the chair
// chooses) and the overview's "Starta mötet" (the plan's own next meeting, as booked) both start
// one here, so a meeting begins the same way wherever it is started.
import type { MeetingTemplate } from '../domain/circle';
import { planMeetingKind } from '../domain/lifecycle';
import { continueFrom, newMeeting, type Meeting, type MeetingKind } from '../domain/meeting';
import type { Plan } from '../domain/plan';
import { startingMinutes, templatesFor } from '../i18n/meetingTemplates';
import { meetings } from '../storage';
import { newId } from './planEditor';
import { planVersions } from './planVersions';

/** Creates and stores a running meeting of the plan; returns it. */
export async function startMeeting(options: {
  plan: Plan;
  template: MeetingTemplate;
  kind: MeetingKind;
  minutes: number;
  afterDischarge?: boolean;
}): Promise<Meeting> {
  const { plan, template, kind, minutes } = options;
  let meeting = newMeeting({ id: newId(), plan, template, kind, minutes, now: new Date(), newId });
  meeting.afterDischarge = kind === 'sip' && (options.afterDischarge ?? false);
  // After the first held meeting, every meeting continues the plan as its latest version left it.
  const latest = (await planVersions(plan)).at(-1);
  if (latest) meeting = continueFrom(meeting, latest.meeting, latest.number);
  await meetings.put(meeting);
  return meeting;
}

/** The plan's running meeting, if one is. */
export async function runningMeetingOf(planId: string): Promise<Meeting | undefined> {
  return (await meetings.forPlan(planId)).find((m) => m.status === 'pagar');
}

/**
 * The plan's own next meeting (the SIP meeting, or a follow-up) with its first template and the
 * length booked for it; the one already running, if there is one. Undefined for a closed plan.
 */
export async function startOrContinuePlanMeeting(plan: Plan): Promise<Meeting | undefined> {
  const running = await runningMeetingOf(plan.id);
  if (running) return running;
  const kind = planMeetingKind(plan.status);
  if (!kind) return undefined;
  const template = templatesFor(kind)[0]!;
  return startMeeting({ plan, template, kind, minutes: startingMinutes(template, true, plan.booking.durationMinutes) });
}
