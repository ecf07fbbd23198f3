// What the chair's window sends to the room view: built here, by one pure function, from the
// meeting and the plan, so a unit test can show what it never holds (notes, what must not be
// discussed, the personnummer, the person's full name). The room view holds no key and no storage:
// this message, in memory, is all it ever sees.
import { emptySlotClock, type MeetingClock } from '../../domain/timer';
import { responsibleOrganisation, type GoalTerm, type Meeting } from '../../domain/meeting';
import type { Plan } from '../../domain/plan';
import { personCircleRole } from '../../domain/age';
import { roleWords, type CircleRole } from '../../i18n/circleRoles';
import { svRoom } from '../../i18n/svRoom';

export interface RoomPhase {
  id: string;
  title: string;
  budgetMs: number;
  /** The chosen role's words for the phase. */
  words: string[];
}

export interface RoomGoal {
  term: GoalTerm | '';
  text: string;
  /** Who does what for the goal, one plain sentence each. */
  actions: string[];
}

export interface RoomMeeting {
  type: 'meeting';
  firstName: string;
  role: CircleRole;
  phases: RoomPhase[];
  /** The meeting clock without its speaker round: the room computes its own countdown from it. */
  clock: MeetingClock;
  /** "Vad är viktigt för dig?" when the chair shows it; null otherwise. */
  whatMatters: string | null;
  /** In the summary, when the chair shows it: goal by goal with who does what; null otherwise. */
  agreed: { goals: RoomGoal[]; person: string[]; family: string[] } | null;
}

export type RoomMessage = RoomMeeting | { type: 'locked' } | { type: 'ended' } | { type: 'hello' };

export interface RoomOptions {
  /** ISO date, for the person's age. */
  today: string;
  /** The words shown; by default the person's own (young person under 18, else adult). */
  role?: CircleRole;
  showWhatMatters: boolean;
  showAgreed: boolean;
}

/** The first word of the person's name. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/u)[0] ?? '';
}

// A personnummer or samordningsnummer in any of its written forms (6 or 8 digits, a separator, 4).
const ID_NUMBER_LIKE = /\b(?:\d{2})?\d{6}[-+ ]?\d{4}\b/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Free text typed by the chair, as the room may see it: the person's full name becomes the first
 * name, the other parts of the name are left out, and anything written like a personnummer is
 * hidden.
 */
export function forTheRoom(text: string, personName: string): string {
  let out = text.replace(ID_NUMBER_LIKE, '…');
  const parts = personName.trim().split(/\s+/u).filter(Boolean);
  const first = parts[0] ?? '';
  if (parts.length > 1) {
    out = out.replace(new RegExp(parts.map(escapeRegExp).join('\\s+'), 'giu'), first);
    for (const part of parts.slice(1)) {
      if (part.length < 2) continue;
      out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, 'giu'), '');
    }
  }
  return out
    .replace(/[ \t]{2,}/gu, ' ')
    .replace(/ ([.,!?:;])/gu, '$1')
    .trim();
}

/** The phase the meeting is in: the clock's current one, else the first. */
function currentIndex(meeting: Meeting): number {
  const i = meeting.phases.findIndex((p) => p.id === meeting.clock.phase.current);
  return i >= 0 ? i : 0;
}

/** What the room is sent for a running meeting. */
export function roomMessage(meeting: Meeting, plan: Plan, options: RoomOptions): RoomMeeting {
  const personName = plan.person.name;
  const firstName = firstNameOf(personName);
  const clean = (text: string) => forTheRoom(text, personName);
  const role = options.role ?? personCircleRole(plan.person, options.today);
  const phase = meeting.phases[currentIndex(meeting)];

  let agreed: RoomMeeting['agreed'] = null;
  if (options.showAgreed && phase?.tools.includes('sammanfattning')) {
    const action = (i: Meeting['interventions'][number]): string => {
      const participant = plan.participants.find((p) => p.id === i.participantId);
      const organisation = responsibleOrganisation(i, plan.participants);
      const who =
        i.performerKind === 'personen'
          ? firstName
          : i.performerKind === 'familjen'
            ? svRoom.family
            : i.performerKind === 'deltagare'
              ? [participant?.name.trim(), organisation].filter(Boolean).join(', ')
              : [i.performerName.trim(), organisation].filter(Boolean).join(', ');
      const details = [i.when.trim(), i.frequency.trim(), i.where.trim()].filter(Boolean).join(', ');
      const what = i.what.trim();
      const sentence = `${who || svRoom.someone}: ${what}${details ? ` (${details})` : ''}`;
      return clean(sentence);
    };
    const ordered = [...meeting.goals.filter((g) => g.term === 'lang'), ...meeting.goals.filter((g) => g.term !== 'lang')];
    const known = new Set(meeting.goals.map((g) => g.id));
    const goals: RoomGoal[] = ordered
      .filter((g) => g.text.trim())
      .map((g) => ({
        term: g.term,
        text: clean(g.text),
        actions: meeting.interventions.filter((i) => i.goalId === g.id && i.what.trim()).map(action),
      }));
    const loose = meeting.interventions.filter((i) => !known.has(i.goalId) && i.what.trim());
    if (loose.length > 0) goals.push({ term: '', text: svRoom.otherActions, actions: loose.map(action) });
    const own = (by: 'personen' | 'familjen') => meeting.ownActions.filter((a) => a.by === by && a.text.trim()).map((a) => clean(a.text));
    agreed = { goals, person: own('personen'), family: own('familjen') };
  }

  return {
    type: 'meeting',
    firstName,
    role,
    phases: meeting.phases.map((p) => ({
      id: p.id,
      title: p.title,
      budgetMs: p.budgetMs,
      words: roleWords(meeting.templateId, p.id, role),
    })),
    clock: {
      startedAt: meeting.clock.startedAt,
      endedAt: meeting.clock.endedAt,
      paused: meeting.clock.paused,
      pausedSince: meeting.clock.pausedSince,
      pausedMs: meeting.clock.pausedMs,
      phase: { current: meeting.clock.phase.current, since: meeting.clock.phase.since, spent: { ...meeting.clock.phase.spent } },
      speaker: emptySlotClock(),
    },
    whatMatters: options.showWhatMatters ? clean(plan.preparation.whatMatters) || null : null,
    agreed,
  };
}
