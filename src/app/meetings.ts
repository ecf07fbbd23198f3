// The use cases of a meeting: start one (or continue the running one), keep it while it runs, hold
// it. Holding writes the meeting, the plan as agreed and the version in one transaction.
import type { MeetingTemplate } from '../domain/circle';
import { holdMeeting } from '../domain/holding';
import { planMeetingKind } from '../domain/lifecycle';
import { continueFrom, newMeeting, type Meeting, type MeetingKind } from '../domain/meeting';
import type { Plan } from '../domain/plan';
import { startingMinutes, templatesFor } from '../i18n/meetingTemplates';
import type { Storage, WriteQueue } from '../storage';
import { newId } from './ids';
import { meetingKey, scheduleAutosave } from './plans';

export interface StartOptions {
  plan: Plan;
  template: MeetingTemplate;
  kind: MeetingKind;
  minutes: number;
  afterDischarge?: boolean;
}

export function meetingCommands(storage: Storage, autosave: WriteQueue) {
  const { plans, meetings, versions } = storage;

  /** The id of the plan's running meeting, if one runs: read from clear fields, nothing decrypted. */
  async function runningOf(planId: string): Promise<string | undefined> {
    return (await meetings.running()).find((m) => m.planId === planId)?.id;
  }

  /**
   * Creates and stores a running meeting of the plan. After the first held meeting, it continues
   * the plan as agreed then (its goals, interventions, own actions and lead).
   */
  async function start(options: StartOptions): Promise<Meeting> {
    const { plan, template, kind, minutes } = options;
    let meeting = newMeeting({ id: newId(), plan, template, kind, minutes, now: new Date(), newId });
    meeting.afterDischarge = kind === 'sip' && (options.afterDischarge ?? false);
    if (plan.agreed) meeting = continueFrom(meeting, plan.agreed, plan.agreed.version);
    await meetings.put(meeting);
    return meeting;
  }

  return {
    get: (id: string): Promise<Meeting | undefined> => meetings.get(id),
    /** A meeting with its plan, as the meeting screen opens them; undefined when either is gone. */
    async open(id: string): Promise<{ meeting: Meeting; plan: Plan } | undefined> {
      const meeting = await meetings.get(id);
      const plan = meeting && (await plans.get(meeting.planId));
      return meeting && plan ? { meeting, plan } : undefined;
    },
    /** The plan's meetings, oldest first. */
    ofPlan: (planId: string): Promise<Meeting[]> => meetings.forPlan(planId),
    /** Every meeting of every plan (the statistics). */
    all: (): Promise<Meeting[]> => meetings.list(),
    /** The running meetings' ids, last changed first, read without opening any meeting. */
    running: () => meetings.running(),
    start,

    /**
     * The plan's own next meeting (the SIP meeting, or a follow-up) with its first template and the
     * length booked for it; the one already running, if there is one. Returns the meeting's id;
     * undefined for a closed plan.
     */
    async startOrContinue(plan: Plan): Promise<string | undefined> {
      const running = await runningOf(plan.id);
      if (running) return running;
      const kind = planMeetingKind(plan.status);
      if (!kind) return undefined;
      const template = templatesFor(kind)[0]!;
      return (await start({ plan, template, kind, minutes: startingMinutes(template, true, plan.booking.durationMinutes) })).id;
    },

    /** Schedules an edited meeting's write (its sealing starts now); autosave writes it shortly (see scheduleAutosave). */
    autosave: (meeting: Meeting): Promise<void> => scheduleAutosave(autosave, meetingKey(meeting.id), meetings.prepareWrite(meeting)),

    /**
     * Holds the meeting (see domain/holding.ts), writing the meeting, the plan and the version in one
     * transaction. The plan is read with any change not yet written, so the hold keeps it, and no
     * older write of plan or meeting can land after it. Throws, with nothing changed, when it fails.
     */
    async hold(meeting: Meeting, now = Date.now()): Promise<Meeting> {
      await plans.ready();
      const plan = await plans.get(meeting.planId);
      const planMeetings = plan ? await meetings.forPlan(plan.id) : [];
      const held = holdMeeting(meeting, plan, planMeetings, now);
      await storage.commitTogether([
        meetings.prepare(held.meeting),
        ...(held.plan && held.version ? [...plans.prepare(held.plan), versions.prepare(held.version)] : []),
      ]);
      return held.meeting;
    },
  };
}

export type MeetingCommands = ReturnType<typeof meetingCommands>;
