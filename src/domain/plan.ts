// The SIP plan as it is prepared (DOMAIN.md steps 1–4). Pure data: no DOM, no storage.
// Free text is kept exactly as typed; validation lives in ./validation.ts.
import { localIsoDate } from './dates';
import type { AgreedPlan } from './agreedPlan';

export type PlanStatus = 'forberedelse' | 'aktiv' | 'uppfoljd' | 'avslutad';

/** Guardians and legal representatives, and the närstående and stödperson the person wants there. */
export type RepresentativeKind = 'vardnadshavare' | 'god-man' | 'forvaltare' | 'fullmakt' | 'narstaende' | 'stodperson';
export const REPRESENTATIVE_KINDS: readonly RepresentativeKind[] = ['vardnadshavare', 'god-man', 'forvaltare', 'fullmakt', 'narstaende', 'stodperson'];

export interface Contact {
  phone: string;
  email: string;
  address: string;
}

export interface Representative {
  id: string;
  kind: RepresentativeKind;
  name: string;
  contact: Contact;
  /** Invited to the meeting as marked by the chair; unset means as proposed (see parties.ts). */
  invited?: boolean;
  /** Their reply to the invitation to the booked meeting; unset until they answer (see parties.ts, familyReply). */
  reply?: FamilyReply;
}

export interface Person {
  name: string;
  /** ISO date "YYYY-MM-DD", used when no personnummer is given. */
  birthDate: string;
  /** Personnummer or samordningsnummer as typed; optional. */
  idNumber: string;
  contact: Contact;
  representatives: Representative[];
}

export interface Question {
  id: string;
  text: string;
}

export interface PracticalNeeds {
  interpreterNeeded: boolean;
  interpreterLanguage: string;
  /** Older plans only: a relative present is now a representative of kind 'narstaende' (an upgrade step in storage/shapes/plan.ts). */
  relativePresent: boolean;
  /** Older plans only; read into a representative when the plan is opened. */
  relativeName: string;
  cognitiveSupport: string;
  notToDiscuss: string;
}

export interface Preparation {
  /** "Vad är viktigt för dig?" in the person's own words. */
  whatMatters: string;
  purpose: string;
  questions: Question[];
  practical: PracticalNeeds;
}

export type Principal = 'kommun' | 'region' | 'annan';
export type InvitationStatus = 'inbjuden' | 'bekraftad' | 'avbojd' | 'ersattare';
/** A family member's or representative's reply: they come or not (a substitute is a professional's). */
export type FamilyReply = Exclude<InvitationStatus, 'ersattare'>;
export const FAMILY_REPLIES: readonly FamilyReply[] = ['inbjuden', 'bekraftad', 'avbojd'];

export interface Participant {
  id: string;
  name: string;
  /** Verksamhet, e.g. "Socialtjänsten, barn och unga". */
  organisation: string;
  principal: Principal;
  /** For principal 'annan': Försäkringskassan, Arbetsförmedlingen, skola … */
  principalOther: string;
  /** Role in the case, e.g. "handläggare", "kontaktperson". */
  role: string;
  phone: string;
  email: string;
  invitation: InvitationStatus;
  /** Name of the substitute when invitation is 'ersattare'. */
  substituteName: string;
  isChair: boolean;
  isNoteTaker: boolean;
}

export type ConsentGiver = 'personen' | 'vardnadshavare' | 'foretradare';
export type ConsentForm = 'muntligt' | 'skriftligt';

export interface ConsentScope {
  id: string;
  /** The party (organisation) allowed to share. */
  party: string;
  /** What that party may share. */
  information: string;
}

export interface Consent {
  id: string;
  givenBy: ConsentGiver;
  givenByName: string;
  form: ConsentForm;
  /** ISO date the consent was given. */
  date: string;
  scopes: ConsentScope[];
  notShared: string;
  /** ISO date; consent is always time-limited. */
  validUntil: string;
  withdrawn: boolean;
  withdrawnDate: string;
}

export interface Booking {
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** "HH:MM". */
  startTime: string;
  durationMinutes: number;
  place: string;
  videoLink: string;
  /** ISO date by which invitees are asked to reply; '' when not set. */
  replyBy: string;
  /** The invitations to this booking, as last made (invitations.ts). */
  invitations: Invitations;
}

/**
 * The invitations to the booked meeting, as last made (invitations.ts): what they told is kept,
 * so whether they still tell the meeting as booked is worked out, never set by an edit.
 */
export interface Invitations {
  /** Made for this booking (a new booking, as from a meeting's follow-up, starts unmade). */
  made: boolean;
  /** ISO date they were last made; '' when never (or before the app kept it). */
  on: string;
  /** The meeting they were made for ("YYYY-MM-DDTHH:MM", nextMeetingAt); '' when never. */
  at: string;
  /** What they told (invitations.ts, invitationFacts); '' when never, or made before the app kept it. */
  told: string;
}

/** A booking's invitations before any are made. */
export const noInvitations = (): Invitations => ({ made: false, on: '', at: '', told: '' });

/** Why a SIP is closed (DOMAIN.md step 7). */
export type ClosingReason = 'malen-uppnadda' | 'behov-finns-inte' | 'samtycke-aterkallat' | 'annat';
export const CLOSING_REASONS: readonly ClosingReason[] = ['malen-uppnadda', 'behov-finns-inte', 'samtycke-aterkallat', 'annat'];

export interface Closing {
  /** ISO date the SIP was closed. */
  date: string;
  reason: ClosingReason;
  /** The reason in words when it is 'annat', or more about it. */
  reasonText: string;
  /** Where the person turns if the need comes back. */
  whereToTurn: string;
}

export interface Plan {
  id: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  status: PlanStatus;
  person: Person;
  preparation: Preparation;
  participants: Participant[];
  consents: Consent[];
  booking: Booking;
  /** ISO date of the last held SIP meeting or follow-up; '' before the first. */
  lastHeldAt: string;
  /** Set when the SIP is closed; the plan is then read-only. */
  closing: Closing | null;
  /** The plan as its latest held meeting agreed it (with that version's number); null before the first. */
  agreed: AgreedPlan | null;
}

export const DEFAULT_MEETING_MINUTES = 60;

export function emptyContact(): Contact {
  return { phone: '', email: '', address: '' };
}

export function newPlan(id: string, now: Date): Plan {
  const stamp = now.toISOString();
  return {
    id,
    createdAt: stamp,
    updatedAt: stamp,
    status: 'forberedelse',
    person: { name: '', birthDate: '', idNumber: '', contact: emptyContact(), representatives: [] },
    preparation: {
      whatMatters: '',
      purpose: '',
      questions: [],
      practical: {
        interpreterNeeded: false,
        interpreterLanguage: '',
        relativePresent: false,
        relativeName: '',
        cognitiveSupport: '',
        notToDiscuss: '',
      },
    },
    participants: [],
    consents: [],
    booking: { date: '', startTime: '', durationMinutes: DEFAULT_MEETING_MINUTES, place: '', videoLink: '', replyBy: '', invitations: noInvitations() },
    lastHeldAt: '',
    closing: null,
    agreed: null,
  };
}

export function newRepresentative(id: string): Representative {
  return { id, kind: 'vardnadshavare', name: '', contact: emptyContact() };
}

export function newQuestion(id: string): Question {
  return { id, text: '' };
}

export function newParticipant(id: string): Participant {
  return {
    id,
    name: '',
    organisation: '',
    principal: 'kommun',
    principalOther: '',
    role: '',
    phone: '',
    email: '',
    invitation: 'inbjuden',
    substituteName: '',
    isChair: false,
    isNoteTaker: false,
  };
}

export function newConsent(id: string, today: string): Consent {
  return {
    id,
    givenBy: 'personen',
    givenByName: '',
    form: 'skriftligt',
    date: today,
    scopes: [],
    notShared: '',
    validUntil: '',
    withdrawn: false,
    withdrawnDate: '',
  };
}

export function newConsentScope(id: string): ConsentScope {
  return { id, party: '', information: '' };
}

/** Only one chair and one note-taker: marking someone moves the mark from whoever had it. */
export function markRole(participants: Participant[], id: string, role: 'isChair' | 'isNoteTaker', on: boolean): Participant[] {
  return participants.map((p) => {
    if (p.id === id) return { ...p, [role]: on };
    return on ? { ...p, [role]: false } : p;
  });
}

/** The next meeting of a plan as a sortable ISO date-time, or '' when none is booked. */
export function nextMeetingAt(plan: { booking: Pick<Booking, 'date' | 'startTime'> }): string {
  if (!plan.booking.date) return '';
  return `${plan.booking.date}T${plan.booking.startTime || '00:00'}`;
}

/** A consent is in force when given, not withdrawn and not past its end date. */
export function consentInForce(consent: Consent, today: string): boolean {
  if (consent.withdrawn) return false;
  if (consent.validUntil && consent.validUntil < today) return false;
  return true;
}

export function hasWithdrawnConsent(plan: Plan): boolean {
  return consentWithdrawnOn(plan) !== null;
}

/** The latest date a consent of the plan was withdrawn ('' when withdrawn without a date); null when none is. */
export function consentWithdrawnOn(plan: Plan): string | null {
  const withdrawn = plan.consents.filter((c) => c.withdrawn);
  if (withdrawn.length === 0) return null;
  return (
    withdrawn
      .map((c) => c.withdrawnDate)
      .sort()
      .at(-1) ?? ''
  );
}

/** Case-insensitive, accent-tolerant match on the person's name (searched in memory, never indexed). */
export function matchesName(plan: { person: Pick<Person, 'name'> }, query: string): boolean {
  return nameMatcher(query)(plan);
}

/** `matchesName` for one query over many plans: the query is folded once, and each name once per person object. */
export function nameMatcher(query: string): (plan: { person: Pick<Person, 'name'> }) => boolean {
  const q = foldForSearch(query.trim());
  if (!q) return () => true;
  return (plan) => foldedName(plan.person).includes(q);
}

const folded = new WeakMap<object, { name: string; folded: string }>();

function foldedName(person: Pick<Person, 'name'>): string {
  const known = folded.get(person);
  if (known?.name === person.name) return known.folded;
  const value = foldForSearch(person.name);
  folded.set(person, { name: person.name, folded: value });
  return value;
}

// Letters that Unicode does not decompose into a base letter and a mark.
export const FOLDED_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', ı: 'i' };

/** Lower case without diacritics, so "orsted" finds "Ørsted" and "ayse" finds "Ayşe". */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœłđðþßı]/gu, (c) => FOLDED_LETTERS[c] ?? c);
}

/**
 * Plans in the order a chair wants them: open plans with a meeting booked first (soonest first),
 * then the other open plans by last change, and the closed plans last, by last change: a closed
 * SIP has no next meeting, whatever its last booking said.
 */
export function sortForList<P extends Pick<Plan, 'updatedAt' | 'status'> & { booking: Pick<Booking, 'date' | 'startTime'> }>(plans: P[]): P[] {
  // Keys computed once per plan, not once per comparison.
  const keyed = plans.map((plan) => {
    const closed = plan.status === 'avslutad';
    return { plan, closed, next: closed ? '' : nextMeetingAt(plan) };
  });
  keyed.sort((a, b) => {
    if (a.closed !== b.closed) return a.closed ? 1 : -1;
    if (a.next && b.next && a.next !== b.next) return a.next < b.next ? -1 : 1;
    if (a.next && !b.next) return -1;
    if (!a.next && b.next) return 1;
    const ua = a.plan.updatedAt;
    const ub = b.plan.updatedAt;
    return ua < ub ? 1 : ua > ub ? -1 : 0;
  });
  return keyed.map((k) => k.plan);
}

/** A meeting as the plan's next meeting: when, and where. */
export interface BookedMeeting {
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** "HH:MM", or '' when not given. */
  startTime: string;
  place: string;
}

/** The kinds of meeting that are the plan's own (the booked SIP meeting, then its follow-ups). */
const PLAN_OWN_KINDS: readonly string[] = ['sip', 'uppfoljning'];

/** Clears every invitee's reply (the participants' and the family's), in place: a new invitation is answered anew. */
export function clearReplies(plan: Plan): void {
  plan.participants = plan.participants.map((p) => ({ ...p, invitation: 'inbjuden', substituteName: '' }));
  plan.person.representatives = plan.person.representatives.map(({ reply: _reply, ...r }) => r);
}

/**
 * The plan after a meeting about it is held: its status as the life-cycle rule gives it (unchanged
 * when the rule gives none), the day of the meeting, and its next meeting:
 * - the follow-up booked in the meeting, when one was booked; the reply date, every invitee's
 *   reply (the participants' and the family's) and whether the invitations are made belong to the
 *   new invitation, so they start over;
 * - otherwise, after another kind of meeting (samverkans-, avstämnings-, överlämnings- or
 *   avslutningsmöte), the meeting booked before stays in force, replies and all;
 * - otherwise the plan's own meeting (the SIP meeting or a follow-up) was the booked one and has
 *   now been held, so nothing is booked: the date and time are cleared.
 * The booking keeps its length, place and link as the defaults for the next one.
 */
export function afterMeetingHeld(
  plan: Plan,
  meeting: { heldAt: string; followUp: { date: string; startTime: string; place: string }; kind?: string },
  status: PlanStatus | null,
  now: Date,
): Plan {
  const next = structuredClone(plan);
  next.status = status ?? plan.status;
  next.lastHeldAt = localIsoDate(new Date(meeting.heldAt));
  if (meeting.followUp.date) {
    next.booking = {
      ...next.booking,
      date: meeting.followUp.date,
      startTime: meeting.followUp.startTime,
      place: meeting.followUp.place,
      replyBy: '',
      invitations: noInvitations(),
    };
    clearReplies(next);
  } else if (meeting.kind !== undefined && PLAN_OWN_KINDS.includes(meeting.kind)) {
    next.booking = { ...next.booking, date: '', startTime: '', replyBy: '', invitations: noInvitations() };
  }
  next.updatedAt = now.toISOString();
  return next;
}

/**
 * The next meeting as a held meeting left the plan (`plan` as fixed in the meeting's version):
 * the follow-up booked in the meeting; else, after another kind of meeting, the plan's booked
 * meeting, which stays in force; null only when nothing is booked.
 */
export function nextMeetingAfter(
  plan: Pick<Plan, 'booking'>,
  meeting: { kind: string; followUp: { date: string; startTime: string; place: string } },
): BookedMeeting | null {
  const f = meeting.followUp;
  if (f.date) return { date: f.date, startTime: f.startTime, place: f.place.trim() };
  // After the plan's own meeting, a booking left in a version fixed before bookings were cleared
  // is that meeting itself, not a next one.
  if (PLAN_OWN_KINDS.includes(meeting.kind)) return null;
  const b = plan.booking;
  if (!b.date) return null;
  return { date: b.date, startTime: b.startTime, place: b.place.trim() || b.videoLink.trim() };
}
