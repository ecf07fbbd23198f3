// Deviations (avvikelser, seed 003): recorded when the guideline is not followed (e.g. a party
// repeatedly stays away), an agreed intervention was not carried out, or the parties cannot
// agree. They are the organisation's own records, exported for its deviation routine.
import type { Problems } from './validation';

export type DeviationType = 'riktlinje' | 'insats-ej-utford' | 'ej-overens';
export const DEVIATION_TYPES: readonly DeviationType[] = ['riktlinje', 'insats-ej-utford', 'ej-overens'];

export interface Deviation {
  id: string;
  planId: string;
  /** ISO date of what happened. */
  date: string;
  type: DeviationType;
  /** The parties concerned (organisations, or roles). */
  parties: string;
  description: string;
  createdAt: string;
  updatedAt: string;
}

export function newDeviation(id: string, planId: string, today: string, now: Date): Deviation {
  const stamp = now.toISOString();
  return { id, planId, date: today, type: 'riktlinje', parties: '', description: '', createdAt: stamp, updatedAt: stamp };
}

/** A deviation needs its date (not in the future), the parties and what happened. */
export function validateDeviation(d: Deviation, today: string): Problems {
  const problems: Problems = {};
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(d.date)) problems['date'] = 'date.format';
  else if (d.date > today) problems['date'] = 'date.future';
  if (!d.parties.trim()) problems['parties'] = 'required';
  if (!d.description.trim()) problems['description'] = 'required';
  return problems;
}

/** Newest first, then by when they were recorded. */
export function sortDeviations(list: Deviation[]): Deviation[] {
  return [...list].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
}
