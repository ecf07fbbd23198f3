// Statistics for the chair's own organisation, computed on the device from held meetings and
// exportable without names (issue 6): meetings held per month, time per phase against its budget,
// the share of meetings where the person took part, the average experience score, and follow-ups
// held on time.
import { localIsoDate } from './dates';
import { isPresent, PERSON_ID, type Meeting } from './meeting';
import { slotElapsedMs } from './timer';

export interface PhaseTime {
  title: string;
  meetings: number;
  /** Average budget and average time spent, per meeting that had the phase. */
  budgetMs: number;
  spentMs: number;
}

export interface FollowUpsOnTime {
  /** Booked follow-ups that were held, or whose booked date has passed (see followUpsOnTime). */
  due: number;
  /** Of those, held as a follow-up meeting on or before the booked date. */
  onTime: number;
}

export interface Statistics {
  held: number;
  perMonth: { month: string; count: number }[];
  phases: PhaseTime[];
  /** Share (0–1) of held meetings where the person was present; null with no meetings. */
  personPresentShare: number | null;
  /** Average of the given experience scores (1–5); null when none was given. */
  averageScore: number | null;
  scores: number;
  followUps: FollowUpsOnTime;
}

/** Every figure from the meetings of all plans; `today` decides which follow-ups are due. */
export function computeStatistics(meetings: Meeting[], today: string): Statistics {
  const held = meetings.filter((m) => m.status === 'hallet' && m.heldAt).sort((a, b) => (a.heldAt < b.heldAt ? -1 : 1));

  const months = new Map<string, number>();
  for (const m of held) {
    const month = localIsoDate(new Date(m.heldAt)).slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + 1);
  }

  // Phases are grouped by title, in the order they first appear (the SIP circle's order).
  const phases = new Map<string, { meetings: number; budgetMs: number; spentMs: number }>();
  for (const m of held) {
    const end = m.clock.endedAt ?? Date.parse(m.heldAt);
    for (const p of m.phases) {
      const row = phases.get(p.title) ?? { meetings: 0, budgetMs: 0, spentMs: 0 };
      row.meetings += 1;
      row.budgetMs += p.budgetMs;
      row.spentMs += slotElapsedMs(m.clock.phase, p.id, end);
      phases.set(p.title, row);
    }
  }

  const scores = held.flatMap((m) => m.feedback.map((f) => f.score).filter((s) => s >= 1 && s <= 5));
  const present = held.filter((m) => m.attendance.some((a) => a.attendeeId === PERSON_ID && isPresent(a))).length;

  return {
    held: held.length,
    perMonth: [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, count]) => ({ month, count })),
    phases: [...phases.entries()].map(([title, r]) => ({ title, meetings: r.meetings, budgetMs: r.budgetMs / r.meetings, spentMs: r.spentMs / r.meetings })),
    personPresentShare: held.length > 0 ? present / held.length : null,
    averageScore: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    scores: scores.length,
    followUps: followUpsOnTime(held, today),
  };
}

/**
 * "Uppföljningar i tid". Each follow-up date booked at a held meeting is one booked follow-up.
 * Its follow-up is the first meeting of kind 'uppfoljning' (Uppföljning av SIP) of the same plan
 * held after the meeting that booked it; another kind of meeting never counts. Days are local
 * calendar days. The booked follow-up is
 * - on time when its follow-up was held on or before the booked date;
 * - late when its follow-up was held after the booked date, or none was held and the booked date
 *   has passed (is before `today`);
 * - not yet due when none was held and the booked date is today or later: it is not counted.
 * `due` counts the on-time and the late ones.
 */
export function followUpsOnTime(held: Meeting[], today: string): FollowUpsOnTime {
  let due = 0;
  let onTime = 0;
  for (const m of held) {
    const booked = m.followUp.date;
    if (!booked) continue;
    const followUp = held
      .filter((x) => x.planId === m.planId && x.kind === 'uppfoljning' && x.heldAt > m.heldAt)
      .reduce<Meeting | null>((first, x) => (first === null || x.heldAt < first.heldAt ? x : first), null);
    const heldOn = followUp ? localIsoDate(new Date(followUp.heldAt)) : null;
    if (heldOn === null && booked >= today) continue;
    due += 1;
    if (heldOn !== null && heldOn <= booked) onTime += 1;
  }
  return { due, onTime };
}
