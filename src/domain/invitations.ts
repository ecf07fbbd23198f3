// Whether the invitations to the booked meeting are made, and still tell it as it is (DOMAIN.md
// step 4). Making the invitation PDFs records what they told; the overview waits for replies only
// while that is still the booking and the people invited, so an edit that is undone changes nothing.
import { localIsoDate } from './dates';
import { familyReply, invitedFamily } from './parties';
import { clearReplies, nextMeetingAt, type Plan } from './plan';

/** The day whose age rule decides whether a guardian is invited: the meeting's, else the last change's. */
export function inviteDay(plan: Pick<Plan, 'booking' | 'updatedAt'>): string {
  return plan.booking.date || localIsoDate(new Date(plan.updatedAt));
}

/**
 * What the invitations tell that a change makes untrue: the meeting's day and time, its length,
 * place, link and reply date, and who is invited. Names and roles are left out: a corrected
 * spelling does not call for new invitations.
 */
export function invitationFacts(plan: Plan): string {
  const b = plan.booking;
  const invited = [...plan.participants.map((p) => p.id), ...invitedFamily(plan, inviteDay(plan)).map((r) => r.id)].sort();
  return JSON.stringify([nextMeetingAt(plan), b.durationMinutes, b.place, b.videoLink, b.replyBy, invited]);
}

/**
 * Whether the invitations are made and still tell the meeting as booked. Made before the app kept
 * what they told (`told` ''), they stand until made again, as the app counted them then.
 */
export function invitationsCurrent(plan: Plan): boolean {
  const { made, told } = plan.booking.invitations;
  return made && (told === '' || told === invitationFacts(plan));
}

/** Whether invitations were made for this booking and no longer tell it (the chair is asked to make them again). */
export function invitationsOutdated(plan: Plan): boolean {
  return plan.booking.invitations.made && !invitationsCurrent(plan);
}

/**
 * Whether making the invitations now leaves replies behind: the last ones were made for another
 * day or time, and someone has answered them (what they answered was that meeting).
 */
export function repliesToAnotherTime(plan: Plan): boolean {
  const { at } = plan.booking.invitations;
  if (at === '' || at === nextMeetingAt(plan)) return false;
  return plan.participants.some((p) => p.invitation !== 'inbjuden') || plan.person.representatives.some((r) => familyReply(r) !== 'inbjuden');
}

/**
 * The invitations were made on `day` (ISO date), in place. Replies to invitations made for another
 * day or time are cleared (repliesToAnotherTime): the new ones are answered anew.
 */
export function invitationsMade(plan: Plan, day: string): void {
  if (repliesToAnotherTime(plan)) clearReplies(plan);
  plan.booking.invitations = { made: true, on: day, at: nextMeetingAt(plan), told: invitationFacts(plan) };
}
