// Who is in the room (DOMAIN.md "Who is in the room"): the person, the family and representatives
// entered once under "Personen", the professionals under "Deltagare", and an interpreter noted
// under practical needs. One pure model says who is invited, who attends and in which order, who
// gets which copy of the plan, and who gives consent for a child. No DOM, no storage.
import { ageOn, birthDateOf } from './age';
import type { ConsentGiver, FamilyReply, Participant, Person, Plan, Representative, RepresentativeKind } from './plan';

/** The attendee id used for the person the plan is about. */
export const PERSON_ID = 'person';
/** The attendee id of the interpreter, present only when one is needed. */
export const INTERPRETER_ID = 'tolk';

export type PartyKind = 'person' | 'family' | 'professional' | 'interpreter';
/** The copy of the plan a party gets: the person's easy copy, a family copy, a professional's copy, or none. */
export type CopyKind = 'easy' | 'family' | 'professional' | 'none';

export type Party =
  | { kind: 'person'; id: string }
  | { kind: 'family'; id: string; representative: Representative }
  | { kind: 'professional'; id: string; participant: Participant }
  | { kind: 'interpreter'; id: string; language: string };

/** Kinds that speak for the person in law; the others are there for the person's sake. */
const REPRESENTING: readonly RepresentativeKind[] = ['vardnadshavare', 'god-man', 'forvaltare', 'fullmakt'];

/** Age in whole years on `today` (ISO dates), from the personnummer or the birth date (age.ts); null when not known. */
export function ageOf(person: Pick<Person, 'idNumber' | 'birthDate'>, today: string): number | null {
  const born = birthDateOf(person, today);
  return born === null ? null : ageOn(born, today);
}

/** True for a child (under 18), false for an adult, null when the age is not known. */
export function isChild(person: Pick<Person, 'idNumber' | 'birthDate'>, today: string): boolean | null {
  const age = ageOf(person, today);
  return age === null ? null : age < 18;
}

/** Whether a representative is proposed as an invitee: everyone but a guardian of someone known to be an adult. */
export function proposedInvited(kind: RepresentativeKind, child: boolean | null): boolean {
  return kind !== 'vardnadshavare' || child !== false;
}

/** Whether a representative is invited: as the chair marked it, else as proposed. */
export function isInvited(rep: Representative, child: boolean | null): boolean {
  return rep.invited ?? proposedInvited(rep.kind, child);
}

/** A family member's or representative's reply to the invitation: 'inbjuden' until they answer. */
export function familyReply(rep: Pick<Representative, 'reply'>): FamilyReply {
  return rep.reply ?? 'inbjuden';
}

/** The family and representatives invited to the meeting, in the order entered. */
export function invitedFamily(plan: Plan, today: string): Representative[] {
  const child = isChild(plan.person, today);
  return plan.person.representatives.filter((r) => isInvited(r, child));
}

/** Everyone of the meeting in attendance order: the person, the family and representatives, the professionals, the interpreter. */
export function parties(plan: Plan, today: string): Party[] {
  const list: Party[] = [{ kind: 'person', id: PERSON_ID }];
  for (const r of invitedFamily(plan, today)) list.push({ kind: 'family', id: r.id, representative: r });
  for (const p of plan.participants) list.push({ kind: 'professional', id: p.id, participant: p });
  if (plan.preparation.practical.interpreterNeeded) {
    list.push({ kind: 'interpreter', id: INTERPRETER_ID, language: plan.preparation.practical.interpreterLanguage.trim() });
  }
  return list;
}

/** The attendee ids of a meeting, in the order the circle wants them. */
export function attendeeIds(plan: Plan, today: string): string[] {
  return parties(plan, today).map((p) => p.id);
}

/** Who gets a written invitation: every party but the interpreter, who is booked, not invited. */
export function invitees(plan: Plan, today: string): Party[] {
  return parties(plan, today).filter((p) => p.kind !== 'interpreter');
}

/** Which copy of the plan a party gets. */
export function copyKind(party: Pick<Party, 'kind'>): CopyKind {
  switch (party.kind) {
    case 'person':
      return 'easy';
    case 'family':
      return 'family';
    case 'professional':
      return 'professional';
    case 'interpreter':
      return 'none';
  }
}

/** Whether an attendee id is a party of the plan (speaks in the round, is asked about the meeting, gets a copy). */
export function isPartyId(attendeeId: string): boolean {
  return attendeeId !== INTERPRETER_ID;
}

/**
 * The family and representatives who get a copy after a meeting: those in its attendance (absent
 * ones too: everyone invited gets the plan), and those invited now when the meeting listed none
 * (a meeting from before the family attended).
 */
export function familyCopyOwners(plan: Plan, attendance: readonly { attendeeId: string }[], today: string): Representative[] {
  const listed = new Set(attendance.map((a) => a.attendeeId));
  const inMeeting = plan.person.representatives.filter((r) => listed.has(r.id));
  return inMeeting.length > 0 ? inMeeting : invitedFamily(plan, today);
}

/** The guardians entered for the person. */
export function guardians(plan: Plan): Representative[] {
  return plan.person.representatives.filter((r) => r.kind === 'vardnadshavare');
}

/**
 * Who is proposed to give consent: for a child the guardians (by name when entered); for an adult
 * the person.
 */
export function proposedConsentGiver(plan: Plan, today: string): { givenBy: ConsentGiver; names: string[] } {
  if (isChild(plan.person, today) === true) {
    return {
      givenBy: 'vardnadshavare',
      names: guardians(plan)
        .map((g) => g.name.trim())
        .filter(Boolean),
    };
  }
  return { givenBy: 'personen', names: [] };
}

/** "Sara och Ali Berg", "Sara, Ali och Maja" — names as one giver. */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
}

/** A child's SIP with no guardian entered: the chair is asked to add them (they are invited and give consent). */
export function guardiansMissing(plan: Plan, today: string): boolean {
  return isChild(plan.person, today) === true && guardians(plan).length === 0;
}

/** Whether a representative kind speaks for the person in law (rather than being there for them). */
export function isRepresenting(kind: RepresentativeKind): boolean {
  return REPRESENTING.includes(kind);
}
