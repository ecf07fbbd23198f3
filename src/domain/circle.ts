// The meeting circle as data: a template is a list of phases with a share of the meeting's time,
// the chair's prompts, and which capture tool the phase shows. A new template needs no new code.
import type { MeetingKind } from './meeting';

/** The capture tool a phase shows beside its prompts. */
export type PhaseTool = 'inledning' | 'runda' | 'uppfoljning' | 'behov' | 'sammanfattning' | 'avslutning' | 'anteckningar';

export interface PhaseTemplate {
  id: string;
  title: string;
  /** Share of the meeting's time, 0–1; a template's shares sum to 1. */
  share: number;
  /** One or two sentences on why the phase matters, shown under its title. */
  guidance: string;
  prompts: string[];
  /** The capture tools the phase shows, in order. */
  tools: PhaseTool[];
}

export interface MeetingTemplate {
  id: string;
  /** The kind of meeting the template runs. */
  kind: MeetingKind;
  name: string;
  description: string;
  defaultMinutes: number;
  phases: PhaseTemplate[];
}

export type TemplateProblem = 'no-phases' | 'duplicate-phase' | 'shares' | 'minutes' | 'no-closing' | 'no-review';

/** Checks a template's shape, so that a template added as data is caught by the tests if it is wrong. */
export function checkTemplate(template: MeetingTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (template.phases.length === 0) problems.push('no-phases');
  const ids = new Set(template.phases.map((p) => p.id));
  if (ids.size !== template.phases.length) problems.push('duplicate-phase');
  const total = template.phases.reduce((sum, p) => sum + p.share, 0);
  if (Math.abs(total - 1) > 1e-9 || template.phases.some((p) => !(p.share > 0))) problems.push('shares');
  if (!(template.defaultMinutes > 0)) problems.push('minutes');
  // Every meeting must be able to record its closing: follow-up, feedback, who gets the plan.
  if (!template.phases.some((p) => p.tools.includes('avslutning'))) problems.push('no-closing');
  // A follow-up looks back at every goal and intervention (DOMAIN.md step 6).
  if (template.kind === 'uppfoljning' && !template.phases.some((p) => p.tools.includes('uppfoljning'))) problems.push('no-review');
  return problems;
}
