// Which part a plan opens on when the chair opens the plan itself (/plan/:id, no part chosen;
// issue 13, point 4): a plan with a meeting today, or with a meeting under way, opens on its
// meetings part, where the chair starts or continues the meeting; any other plan on its first part.
// A part named in the address is always kept: this rule is only for the plan's own address.
import type { Meeting } from './meeting';
import { todaysMeetings } from './overview';
import type { Plan } from './plan';

/** The parts a plan can open on, by their path (/plan/:id/moten, /plan/:id/person). */
export type OpeningPart = 'moten' | 'person';

/**
 * `meetings` may be any meetings (those of other plans are ignored); `today` is the device's local
 * day (localIsoDate), as for the overview's "Dagens möten" — the same rule decides "today".
 */
export function openingPart(plan: Plan, meetings: readonly Pick<Meeting, 'planId' | 'status'>[], today: string): OpeningPart {
  const underWay = meetings.some((m) => m.planId === plan.id && m.status === 'pagar');
  return underWay || todaysMeetings([plan], today).length > 0 ? 'moten' : 'person';
}
