// The stored shape of the plans' summary index (planIndex.ts): a list of summaries per bucket row.
// The index is derived from the plans and rebuilt from them whenever it is out of step, so it has
// no upgrade steps: a summary of another shape is written under another SUMMARY_VERSION (kept in
// clear beside it), and an index of another version is rebuilt rather than upgraded.
import type { PlanStatus } from '../../domain/plan';
import { summaryInvitations, type PlanSummary } from '../../domain/planSummary';
import { valuesOf } from './enums';
import { flag, id, nullable, object, oneOf, required, text, whole, type Shape } from './fill';

/**
 * The version of the summary's shape; raise it when PlanSummary or what a field means changes
 * (every index is then rebuilt). 2: `invited` counts the family's unanswered invitations too.
 * 3: the booking tells whether its invitations are made.
 */
export const SUMMARY_VERSION = 3;

export const planSummaryShape: Shape<PlanSummary> = object<PlanSummary>({
  id: id(),
  status: required(oneOf(valuesOf<PlanStatus>({ forberedelse: true, aktiv: true, uppfoljd: true, avslutad: true }))),
  updatedAt: required(text()),
  person: object<PlanSummary['person']>({ name: text() }),
  booking: object<PlanSummary['booking']>({ date: text(), startTime: text(), invitations: object<PlanSummary['booking']['invitations']>({ made: flag() }) }),
  lastHeldAt: text(),
  closing: nullable(object<NonNullable<PlanSummary['closing']>>({ date: text() })),
  invited: whole(),
});

const STATUSES: readonly string[] = ['forberedelse', 'aktiv', 'uppfoljd', 'avslutad'];
const isText = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * A bucket's summaries, every field checked; null when they are not a list or a summary does not
 * fit `planSummaryShape` (the index is then rebuilt). Checked field by field rather than through
 * the generic fill, which costs 5,000 summaries tens of milliseconds on a slow tablet; a test holds
 * the two to the same answers. The parsed objects are kept, not copied: the row is sealed by this
 * app, so a summary holds other fields only under another SUMMARY_VERSION, which is rebuilt. Only
 * the invitations are swapped for the shared ones (summaryInvitations), to keep the heap small.
 */
export function restorePlanSummaries(stored: unknown): PlanSummary[] | null {
  if (!Array.isArray(stored)) return null;
  for (const s of stored as unknown[]) {
    if (!isObject(s)) return null;
    const { id, status, updatedAt, person, booking, lastHeldAt, closing, invited } = s;
    if (!isText(id) || id === '' || !isText(status) || !STATUSES.includes(status) || !isText(updatedAt)) return null;
    if (!isObject(person) || !isText(person.name) || !isObject(booking) || !isText(booking.date) || !isText(booking.startTime)) return null;
    if (!isObject(booking.invitations) || typeof booking.invitations.made !== 'boolean') return null;
    if (!isText(lastHeldAt) || !(closing === null || (isObject(closing) && isText(closing.date)))) return null;
    if (typeof invited !== 'number' || !Number.isInteger(invited) || invited < 0) return null;
  }
  const summaries = stored as PlanSummary[];
  for (const s of summaries) s.booking.invitations = summaryInvitations(s.booking.invitations.made);
  return summaries;
}
