// What the chair's controls do to a meeting: each is one edit of the stored clock or budgets,
// computed by the pure timer functions in src/domain/timer.ts.
import { unwrap } from 'solid-js/store';
import { nextStatus } from '../../domain/lifecycle';
import { planVersion, type Meeting } from '../../domain/meeting';
import { afterMeetingHeld } from '../../domain/plan';
import { adjustBudget, endMeeting, goToPhase, togglePause, type AdjustMode } from '../../domain/timer';
import { fixVersion } from '../../domain/versions';
import { commitTogether, meetings, plans, versions } from '../../storage';
import type { MeetingEditor } from '../meetingEditor';

export function currentPhaseIndex(meeting: Meeting): number {
  const i = meeting.phases.findIndex((p) => p.id === meeting.clock.phase.current);
  return i < 0 ? 0 : i;
}

export function meetingActions(editor: MeetingEditor) {
  const { meeting, edit } = editor;

  function goTo(index: number) {
    const phase = meeting.phases[index];
    if (!phase || phase.id === meeting.clock.phase.current) return;
    edit((d) => void (d.clock = goToPhase(d.clock, phase.id, Date.now())));
  }

  return {
    togglePause: () =>
      edit((d) => {
        d.clock = togglePause(d.clock, Date.now());
        // Resumed: a notice that the app paused it has done its work.
        delete d.pausedUnattendedAt;
      }),
    goTo,
    next: () => goTo(currentPhaseIndex(meeting) + 1),
    previous: () => goTo(currentPhaseIndex(meeting) - 1),
    /** Returns how much of the change could be applied. */
    adjust(phaseId: string, deltaMs: number, mode: AdjustMode): number {
      const result = adjustBudget(
        meeting.phases.map((p) => ({ id: p.id, budgetMs: p.budgetMs })),
        phaseId,
        deltaMs,
        mode,
      );
      if (result.appliedMs !== 0) {
        edit((d) => {
          for (const b of result.phases) {
            const phase = d.phases.find((p) => p.id === b.id);
            if (phase) phase.budgetMs = b.budgetMs;
          }
        });
      }
      return result.appliedMs;
    },
    /**
     * Holds the meeting: the plan moves on as the life-cycle rule says, its next meeting becomes
     * the follow-up booked, and the meeting fixes the plan's next version, all in one transaction.
     * The plan is read with any change not yet written, so the hold keeps it and no older write of
     * the plan or the meeting can land after it. Throws, with nothing changed, when it fails.
     */
    async finish() {
      const now = Date.now();
      const held: Meeting = { ...structuredClone(unwrap(meeting)), clock: endMeeting(meeting.clock, now), status: 'hallet', heldAt: new Date(now).toISOString() };
      held.updatedAt = held.heldAt;
      delete held.pausedUnattendedAt;
      const plan = await plans.get(meeting.planId);
      const planMeetings = plan ? await meetings.forPlan(plan.id) : [];
      const next = plan && afterMeetingHeld(plan, held, nextStatus(plan.status, { type: 'meeting-held', kind: held.kind }), new Date(now));
      const version = next && fixVersion(next, held, planVersion(held, planMeetings));
      await commitTogether([meetings.prepare(held), ...(next && version ? [plans.prepare(next), versions.prepare(version)] : [])]);
      // The screen shows the held meeting (and its version) once the meeting is marked held.
      edit((d) => {
        d.clock = held.clock;
        d.status = 'hallet';
        d.heldAt = held.heldAt;
      });
    },
  };
}
