// What the chair's controls do that is more than one command: a budget change that says how much
// of it could be applied, and holding the meeting. Everything else is a command the screen
// dispatches (domain/meetingCommands.ts).
import type { AdjustMode } from '../../domain/timer';
import type { MeetingEditor } from '../meetingEditor';

export function meetingActions(editor: MeetingEditor) {
  const { meeting, dispatch } = editor;

  return {
    /** Adds deltaMs to the phase's budget (adjust-budget); returns how much of it could be applied. */
    adjust(phaseId: string, deltaMs: number, mode: AdjustMode): number {
      const budget = () => meeting.phases.find((p) => p.id === phaseId)?.budgetMs ?? 0;
      const before = budget();
      dispatch({ type: 'adjust-budget', phaseId, deltaMs, mode });
      return budget() - before;
    },
    /** Holds the meeting (see app/meetings.ts): meeting, plan and version in one transaction. */
    finish: () => editor.hold(),
  };
}
