// What the chair's controls do to a meeting: each is one edit of the stored clock or budgets,
// computed by the pure timer functions in src/domain/timer.ts.
import type { Meeting } from '../../domain/meeting';
import { statusAfterMeetingHeld } from '../../domain/plan';
import { adjustBudget, endMeeting, goToPhase, togglePause, type AdjustMode } from '../../domain/timer';
import { plans } from '../../storage';
import { autosave } from '../autosave';
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
    togglePause: () => edit((d) => void (d.clock = togglePause(d.clock, Date.now()))),
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
    async finish() {
      edit((d) => {
        d.clock = endMeeting(d.clock, Date.now());
        d.status = 'hallet';
        d.heldAt = new Date().toISOString();
      });
      await autosave.flush();
      const plan = await plans.get(meeting.planId);
      if (plan) {
        plan.status = statusAfterMeetingHeld(plan.status, meeting.kind);
        plan.updatedAt = new Date().toISOString();
        await plans.put(plan);
      }
    },
  };
}
