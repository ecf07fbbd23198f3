// The stored shape of a plan, and the upgrade steps of plans stored by older releases. A plan is
// read through it from its row, from a version's copy and from a backup.
import type { AgreedPlan } from '../../domain/agreedPlan';
import {
  CLOSING_REASONS,
  DEFAULT_MEETING_MINUTES,
  FAMILY_REPLIES,
  REPRESENTATIVE_KINDS,
  type Booking,
  type Closing,
  type Consent,
  type ConsentForm,
  type ConsentGiver,
  type ConsentScope,
  type Contact,
  type InvitationStatus,
  type Invitations,
  type Participant,
  type Person,
  type Plan,
  type PlanStatus,
  type PracticalNeeds,
  type Preparation,
  type Principal,
  type Question,
  type Representative,
} from '../../domain/plan';
import { valuesOf } from './enums';
import {
  flag,
  id,
  isRecord,
  list,
  nullable,
  number,
  object,
  oneOf,
  optional,
  required,
  text,
  upgraded,
  whole,
  type Misfit,
  type Shape,
  type UpgradeStep,
} from './fill';
import { disagreement, followUp, goal, intervention, ownAction, parkedIssue } from './meeting';

const contact = object<Contact>({ phone: text(), email: text(), address: text() });

const representative = object<Representative>({
  id: text(),
  kind: oneOf(REPRESENTATIVE_KINDS),
  name: text(),
  contact,
  invited: optional(flag()),
  reply: optional(oneOf(FAMILY_REPLIES)),
});

const person = object<Person>({
  name: text(),
  birthDate: text(),
  idNumber: text(),
  contact,
  representatives: list(representative),
});

const preparation = object<Preparation>({
  whatMatters: text(),
  purpose: text(),
  questions: list(object<Question>({ id: text(), text: text() })),
  practical: object<PracticalNeeds>({
    interpreterNeeded: flag(),
    interpreterLanguage: text(),
    relativePresent: flag(),
    relativeName: text(),
    cognitiveSupport: text(),
    notToDiscuss: text(),
  }),
});

const participant = object<Participant>({
  id: text(),
  name: text(),
  organisation: text(),
  principal: oneOf(valuesOf<Principal>({ kommun: true, region: true, annan: true })),
  principalOther: text(),
  role: text(),
  phone: text(),
  email: text(),
  invitation: oneOf(valuesOf<InvitationStatus>({ inbjuden: true, bekraftad: true, avbojd: true, ersattare: true })),
  substituteName: text(),
  isChair: flag(),
  isNoteTaker: flag(),
});

const consent = object<Consent>({
  id: text(),
  givenBy: oneOf(valuesOf<ConsentGiver>({ personen: true, vardnadshavare: true, foretradare: true })),
  givenByName: text(),
  form: oneOf(valuesOf<ConsentForm>({ skriftligt: true, muntligt: true })),
  date: text(),
  scopes: list(object<ConsentScope>({ id: text(), party: text(), information: text() })),
  notShared: text(),
  validUntil: text(),
  withdrawn: flag(),
  withdrawnDate: text(),
});

const booking = object<Booking>({
  date: text(),
  startTime: text(),
  durationMinutes: number(DEFAULT_MEETING_MINUTES),
  place: text(),
  videoLink: text(),
  replyBy: text(),
  invitations: object<Invitations>({ made: flag(), on: text(), at: text(), told: text() }),
});

const closing = object<Closing>({ date: text(), reason: oneOf(CLOSING_REASONS, 'annat'), reasonText: text(), whereToTurn: text() });

const agreed = object<AgreedPlan>({
  version: whole(),
  meetingId: text(),
  heldAt: text(),
  heldOn: text(),
  goals: list(goal),
  interventions: list(intervention),
  ownActions: list(ownAction),
  parked: list(parkedIssue),
  disagreements: list(disagreement),
  leadParticipantId: text(),
  leadRole: text(),
  followUp,
});

/** The id an older plan's "närstående deltar" gets as a representative (frozen with its step). */
const RELATIVE_ID = 'narstaende';

/**
 * Changes to stored plans that a default cannot express, oldest first. A step is never edited
 * once released (data on devices was upgraded by it): it works on the plan as stored then, not on
 * the domain types of today, and has a frozen fixture in tests/unit/fixtures/stored.
 */
export const PLAN_STEPS: readonly UpgradeStep[] = [
  {
    from: 1,
    about: 'a relative noted under practical needs ("Närstående deltar") becomes a representative of kind närstående',
    up(plan) {
      if (!isRecord(plan) || !isRecord(plan.preparation) || !isRecord(plan.preparation.practical)) return plan;
      const preparation = plan.preparation;
      const practical = plan.preparation.practical as Record<string, unknown>;
      const present = practical.relativePresent === true;
      const name = typeof practical.relativeName === 'string' ? practical.relativeName.trim() : '';
      if (!present && name === '') return plan;
      const person = isRecord(plan.person) ? plan.person : {};
      const representatives: unknown[] = Array.isArray(person.representatives) ? person.representatives : [];
      const entered = (r: unknown) => isRecord(r) && r.kind === 'narstaende' && typeof r.name === 'string' && r.name.trim() === name;
      const already = name !== '' && representatives.some(entered);
      const idTaken = representatives.some((r) => isRecord(r) && r.id === RELATIVE_ID);
      const relative = {
        id: idTaken ? `${RELATIVE_ID}-${String(plan.id)}` : RELATIVE_ID,
        kind: 'narstaende',
        name,
        contact: { phone: '', email: '', address: '' },
        invited: present,
      };
      return {
        ...plan,
        person: { ...person, representatives: already ? representatives : [...representatives, relative] },
        preparation: { ...preparation, practical: { ...practical, relativePresent: false, relativeName: '' } },
      };
    },
  },
  {
    from: 2,
    about: "a booked meeting's invitations are taken as made, as the app counted its invitees as waiting for replies before it kept whether they were",
    up(plan) {
      if (!isRecord(plan) || !isRecord(plan.booking) || 'invitations' in plan.booking) return plan;
      const booked = typeof plan.booking.date === 'string' && plan.booking.date !== '';
      return { ...plan, booking: { ...plan.booking, invitations: { made: booked, on: '', at: '', told: '' } } };
    },
  },
];

export const planShape: Shape<Plan> = upgraded(
  object<Plan>({
    id: id(),
    createdAt: text(),
    updatedAt: required(text()),
    status: required(oneOf(valuesOf<PlanStatus>({ forberedelse: true, aktiv: true, uppfoljd: true, avslutad: true }))),
    person,
    preparation,
    participants: list(participant),
    consents: list(consent),
    booking,
    lastHeldAt: text(),
    closing: nullable(closing),
    agreed: nullable(agreed),
  }),
  PLAN_STEPS,
);

/** A plan, every field at every depth, from what was stored at `contentVersion`. */
export function restorePlan(stored: unknown, contentVersion: number, misfit?: Misfit): Plan {
  return planShape.fill(stored, { contentVersion, misfit });
}
