import { describe, it, expect } from 'vitest';
import { continueFrom, newIntervention, newMeeting, PERSON_ID, type Meeting } from '../../src/domain/meeting';
import { apply, currentPhaseIndex, hasSpoken, nextSpeakerId, type MeetingCommand } from '../../src/domain/meetingCommands';
import { commandForKey, MEETING_SHORTCUTS } from '../../src/domain/meetingCommandsKeys';
import { newParticipant, newPlan, type Participant, type Plan } from '../../src/domain/plan';
import { ABANDONED_AFTER_MS, slotElapsedMs } from '../../src/domain/timer';
import { SIP_CIRCLE } from '../../src/i18n/meetingTemplates';

// Expected figures below are worked out by hand, never by calling the code under test.
const M = 60_000;
const S = 1000;
const t0 = Date.UTC(2026, 10, 23, 9, 0);
const at = (minutes: number, seconds = 0) => t0 + minutes * M + seconds * S;
const iso = (ms: number) => new Date(ms).toISOString();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function participant(id: string, patch: Partial<Participant> = {}): Participant {
  return { ...newParticipant(id), name: `Namn ${id}`, ...patch };
}

/** The chair (Karin, Socialtjänsten), one who declined (Olof), one who sends a substitute (Sven for Maria, Psykiatrin). */
function samplePlan(): Plan {
  const plan = newPlan('plan-1', new Date(t0));
  plan.person.name = 'Lisa';
  plan.participants = [
    participant('p-chair', { name: 'Karin', organisation: 'Socialtjänsten', invitation: 'bekraftad', isChair: true }),
    participant('p-declined', { name: 'Olof', organisation: 'Vårdcentralen', invitation: 'avbojd' }),
    participant('p-sub', { name: 'Maria', organisation: 'Psykiatrin', invitation: 'ersattare', substituteName: 'Sven Ersättare' }),
  ];
  return plan;
}

const plan = samplePlan();
const names: Record<string, string> = { [PERSON_ID]: 'Lisa', 'p-chair': 'Karin', 'p-declined': 'Olof', 'p-sub': 'Maria' };
const nameOf = (id: string) => names[id] ?? '?';

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** A 60-minute SIP meeting before attendance: 6, 12, 27, 9 and 6 minutes; the person not yet marked. */
function fresh(): Meeting {
  return newMeeting({ id: 'm-1', plan, template: SIP_CIRCLE, kind: 'sip', minutes: 60, now: new Date(t0), newId: counter('x') });
}

/** Runs commands in order, each at its own time; the meeting is frozen before every step. */
function run(meeting: Meeting, ...steps: [MeetingCommand, number][]): Meeting {
  return steps.reduce((m, [command, now]) => apply(deepFreeze(m), command, now), meeting);
}

const open = (newId = counter('s')): MeetingCommand => ({ type: 'open-circle', nameOf, newId });

/** The person present, the circle opened at t0: speakers s-1 Lisa, s-2 Karin, s-3 Sven Ersättare; Inledning running. */
function opened(): Meeting {
  return run(fresh(), [{ type: 'set-attendance', attendeeId: PERSON_ID, status: 'narvarande' }, t0], [open(), t0]);
}

const phaseIds = (m: Meeting) => m.phases.map((p) => p.id);
const budgetSeconds = (m: Meeting) => m.phases.map((p) => p.budgetMs / S);

describe('apply', () => {
  it('never changes the meeting it is given, and stamps the one it returns', () => {
    const before = deepFreeze(opened());
    const after = apply(before, { type: 'next-phase' }, at(4));
    expect(after).not.toBe(before);
    expect(after.updatedAt).toBe(iso(at(4)));
    expect(before.clock.phase.current).toBe('inledning');
  });

  it('returns the same meeting, not stamped, when a command changes nothing', () => {
    const m = deepFreeze(opened());
    const nothing: MeetingCommand[] = [
      { type: 'go-to-phase', phaseId: 'inledning' },
      { type: 'go-to-phase', phaseId: 'no-such-phase' },
      { type: 'previous-phase' },
      { type: 'resume' },
      { type: 'pause-if-abandoned' },
      { type: 'adjust-budget', phaseId: 'avslutning', deltaMs: M, mode: 'rebalance' },
      { type: 'adjust-budget', phaseId: 'inledning', deltaMs: 999, mode: 'extend' },
      { type: 'set-attendance', attendeeId: PERSON_ID, status: 'narvarande' },
      { type: 'set-attendance', attendeeId: 'nobody', status: 'franvarande' },
      { type: 'set-chair', participantId: 'p-chair' },
      { type: 'set-alert', alert: 'sound', on: false },
      { type: 'give-word', speakerId: null },
      { type: 'give-word', speakerId: 'no-such-speaker' },
      { type: 'toggle-skip', speakerId: 'no-such-speaker' },
      { type: 'remove-item', list: 'goals', id: 'no-such-goal' },
      { type: 'move-item', list: 'speakers', id: 's-1', step: -1 },
      { type: 'move-item', list: 'speakers', id: 's-3', step: 1 },
      { type: 'set-goal-review', goalId: 'g', status: 'pagar' },
      { type: 'set-text', target: { at: 'meeting', field: 'leadRole' }, value: '' },
      { type: 'set-text', target: { at: 'speakers', id: 'no-such-speaker', field: 'note' }, value: 'x' },
      { type: 'set-text', target: { at: 'review', field: 'newInformation' }, value: 'x' },
    ];
    for (const command of nothing) expect(apply(m, command, at(1)), command.type).toBe(m);
  });

  it('shares what it did not change with the meeting it was given', () => {
    const m = deepFreeze(opened());
    const after = apply(m, { type: 'set-text', target: { at: 'speakers', id: 's-2', field: 'note' }, value: 'Skolan oroar' }, at(15));
    expect(after.speakers.map((s) => s.note)).toEqual(['', 'Skolan oroar', '']);
    expect(after.speakers[0]).toBe(m.speakers[0]);
    expect(after.speakers[2]).toBe(m.speakers[2]);
    expect(after.phases).toBe(m.phases);
    expect(after.clock).toBe(m.clock);
    expect(after.attendance).toBe(m.attendance);
  });
});

describe('attendance and opening the circle', () => {
  it('marks attendance and the chair and note-taker', () => {
    const m = run(
      fresh(),
      [{ type: 'set-attendance', attendeeId: PERSON_ID, status: 'franvarande' }, t0],
      [{ type: 'set-note-taker', participantId: 'p-sub' }, t0],
      [{ type: 'set-chair', participantId: '' }, t0],
      [{ type: 'set-text', target: { at: 'attendance', attendeeId: 'p-sub', field: 'substituteName' }, value: 'Sven E.' }, t0],
    );
    expect(m.attendance.map((a) => [a.attendeeId, a.status, a.substituteName])).toEqual([
      [PERSON_ID, 'franvarande', ''],
      ['p-chair', 'narvarande', ''],
      ['p-declined', 'franvarande', ''],
      ['p-sub', 'ersattare', 'Sven E.'],
    ]);
    expect([m.chairId, m.noteTakerId]).toEqual(['', 'p-sub']);
  });

  it('opens the circle: the present parties into the round, the person first, and the meeting started in its first phase', () => {
    const m = opened();
    expect(m.attendanceDone).toBe(true);
    expect(m.speakers.map((s) => [s.id, s.attendeeId, s.name])).toEqual([
      ['s-1', PERSON_ID, 'Lisa'],
      ['s-2', 'p-chair', 'Karin'],
      ['s-3', 'p-sub', 'Sven Ersättare'],
    ]);
    expect(m.clock.startedAt).toBe(t0);
    expect(m.clock.phase).toEqual({ current: 'inledning', since: t0, spent: {} });
  });

  it('keeps the round and the clock when attendance is opened again and the circle reopened', () => {
    const first = opened();
    const again = run(
      first,
      [{ type: 'back-to-attendance' }, at(3)],
      [{ type: 'set-attendance', attendeeId: 'p-declined', status: 'narvarande' }, at(4)],
      [open(counter('new')), at(5)],
    );
    expect(again.attendanceDone).toBe(true);
    expect(again.speakers).toBe(first.speakers);
    expect(again.clock).toBe(first.clock);
  });

  it('opens nothing in a template without phases', () => {
    const m = deepFreeze({ ...fresh(), phases: [] });
    expect(apply(m, open(), t0)).toBe(m);
  });
});

describe('phase moves and the pause', () => {
  it('goes to the next and previous phase and to a phase by id, its time kept', () => {
    let m = run(opened(), [{ type: 'next-phase' }, at(5)]);
    expect(m.clock.phase).toEqual({ current: 'aktuell-situation', since: at(5), spent: { inledning: 5 * M } });
    m = run(m, [{ type: 'go-to-phase', phaseId: 'sammanfattning' }, at(20)], [{ type: 'previous-phase' }, at(21)]);
    expect(currentPhaseIndex(m)).toBe(2);
    expect(m.clock.phase.spent).toEqual({ inledning: 5 * M, 'aktuell-situation': 15 * M, sammanfattning: M });
  });

  it('does not go past the last phase', () => {
    const last = run(opened(), [{ type: 'go-to-phase', phaseId: 'avslutning' }, at(1)]);
    expect(apply(deepFreeze(last), { type: 'next-phase' }, at(2))).toBe(last);
  });

  it('pauses and resumes; resuming clears the notice that the app paused it', () => {
    let m = run(opened(), [{ type: 'toggle-pause' }, at(2)]);
    expect(m.clock.paused).toBe(true);
    expect(m.clock.pausedSince).toBe(at(2));
    m = run({ ...m, pausedUnattendedAt: at(2) }, [{ type: 'resume' }, at(7)]);
    expect(m.clock.paused).toBe(false);
    expect(m.clock.pausedMs).toBe(5 * M);
    expect('pausedUnattendedAt' in m).toBe(false);
  });

  it('pauses a meeting left running at its cut-off, two hours after its projected end', () => {
    const m = deepFreeze(opened());
    // Started at t0 with 60 minutes of budgets: projected to end at 10:00, cut off at 12:00.
    const cutoff = at(60) + ABANDONED_AFTER_MS;
    expect(apply(m, { type: 'pause-if-abandoned' }, cutoff - 1)).toBe(m);
    const paused = apply(m, { type: 'pause-if-abandoned' }, cutoff + 3 * M);
    expect(paused.clock.paused).toBe(true);
    expect(paused.clock.pausedSince).toBe(cutoff);
    expect(paused.pausedUnattendedAt).toBe(cutoff);
    expect(slotElapsedMs(paused.clock.phase, 'inledning', cutoff + 3 * M)).toBe(180 * M);
  });
});

describe('budgets, prompts, alerts', () => {
  it('adds a minute to Inledning, taken from the later phases in proportion', () => {
    const m = run(opened(), [{ type: 'adjust-budget', phaseId: 'inledning', deltaMs: M, mode: 'rebalance' }, at(1)]);
    // 60 s from 12, 27, 9 and 6 minutes: 13, 30, 10 and 6 s floored, the second left over to Behov.
    expect(budgetSeconds(m)).toEqual([420, 720 - 13, 1620 - 31, 540 - 10, 360 - 6]);
  });

  it('sets a budget, lengthening the meeting, the other phases untouched', () => {
    const before = deepFreeze(opened());
    const m = apply(before, { type: 'set-budget', phaseId: 'behov', budgetMs: 30 * M, mode: 'extend' }, at(1));
    expect(budgetSeconds(m)).toEqual([360, 720, 1800, 540, 360]);
    expect(m.phases[0]).toBe(before.phases[0]);
    expect(m.phases[3]).toBe(before.phases[3]);
  });

  it('ticks a prompt and turns on the sound', () => {
    const m = run(
      opened(),
      [{ type: 'set-prompt-done', phaseId: 'inledning', promptId: 'inledning-2', done: true }, at(1)],
      [{ type: 'set-alert', alert: 'sound', on: true }, at(1)],
    );
    expect(m.phases[0]?.prompts.map((p) => p.done).slice(0, 3)).toEqual([false, true, false]);
    expect(m.alertAtPhaseEnd).toEqual({ sound: true, vibration: false });
  });
});

describe('the speaker round', () => {
  const inRound = () => run(opened(), [{ type: 'next-phase' }, at(6)]);

  it('gives the word in turn with "Nästa talare", and to nobody after the last', () => {
    let m = inRound();
    expect(nextSpeakerId(m)).toBe('s-1');
    m = run(m, [{ type: 'next-speaker' }, at(6)], [{ type: 'next-speaker' }, at(9)], [{ type: 'next-speaker' }, at(13)]);
    expect(m.clock.speaker).toEqual({ current: 's-3', since: at(13), spent: { 's-1': 3 * M, 's-2': 4 * M } });
    expect(nextSpeakerId(m)).toBeNull();
    m = run(m, [{ type: 'next-speaker' }, at(15)]);
    expect(m.clock.speaker.current).toBeNull();
    expect(m.clock.speaker.spent['s-3']).toBe(2 * M);
  });

  it('passes over the skipped and those who have spoken', () => {
    let m = run(inRound(), [{ type: 'give-word', speakerId: 's-2' }, at(6)], [{ type: 'give-word', speakerId: null }, at(8)]);
    expect(hasSpoken(m, 's-2')).toBe(true);
    expect(nextSpeakerId(m)).toBe('s-1');
    m = run(m, [{ type: 'toggle-skip', speakerId: 's-1' }, at(8)]);
    expect(nextSpeakerId(m)).toBe('s-3');
  });

  it('skipping whoever speaks hands the word on; giving the word to a skipped speaker unskips them', () => {
    let m = run(inRound(), [{ type: 'next-speaker' }, at(6)], [{ type: 'toggle-skip', speakerId: 's-1' }, at(7)]);
    expect(m.speakers.map((s) => s.skipped)).toEqual([true, false, false]);
    expect(m.clock.speaker).toEqual({ current: 's-2', since: at(7), spent: { 's-1': M } });
    m = run(m, [{ type: 'give-word', speakerId: 's-1' }, at(8)]);
    expect(m.speakers.map((s) => s.skipped)).toEqual([false, false, false]);
    expect(m.clock.speaker.current).toBe('s-1');
  });

  it('adds, reorders and removes speakers; removing the one who speaks leaves nobody with the word', () => {
    let m = run(
      inRound(),
      [{ type: 'add-speaker', id: 'extra' }, at(6)],
      [{ type: 'set-text', target: { at: 'speakers', id: 'extra', field: 'name' }, value: 'Farmor' }, at(6)],
      [{ type: 'move-item', list: 'speakers', id: 'extra', step: -1 }, at(6)],
      [{ type: 'give-word', speakerId: 's-2' }, at(7)],
    );
    expect(m.speakers.map((s) => s.name)).toEqual(['Lisa', 'Karin', 'Farmor', 'Sven Ersättare']);
    m = run(m, [{ type: 'remove-item', list: 'speakers', id: 's-2' }, at(9)]);
    expect(m.speakers.map((s) => s.id)).toEqual(['s-1', 'extra', 's-3']);
    expect(m.clock.speaker).toEqual({ current: null, since: null, spent: { 's-2': 2 * M } });
  });

  it('remakes the queue from attendance', () => {
    const m = run(inRound(), [{ type: 'create-round', nameOf, newId: counter('r') }, at(6)]);
    expect(m.speakers.map((s) => s.id)).toEqual(['r-1', 'r-2', 'r-3']);
  });
});

describe('goals, interventions and the rest', () => {
  const staff = plan.participants;

  it('adds goals and interventions, and a participant brings their organisation', () => {
    const m = run(
      opened(),
      [{ type: 'add-goal', id: 'g-1', term: 'lang' }, at(20)],
      [{ type: 'set-text', target: { at: 'goals', id: 'g-1', field: 'text' }, value: 'Lisa går i skolan' }, at(20)],
      [{ type: 'add-intervention', id: 'i-1', goalId: 'g-1' }, at(21)],
      [{ type: 'choose-performer', interventionId: 'i-1', choice: 'deltagare:p-sub', participants: staff }, at(21)],
      [{ type: 'set-text', target: { at: 'interventions', id: 'i-1', field: 'frequency' }, value: 'varje vecka' }, at(21)],
    );
    expect(m.goals).toEqual([{ id: 'g-1', term: 'lang', text: 'Lisa går i skolan' }]);
    expect(m.interventions[0]).toMatchObject({
      id: 'i-1',
      goalId: 'g-1',
      performerKind: 'deltagare',
      participantId: 'p-sub',
      organisation: 'Psykiatrin',
      frequency: 'varje vecka',
    });
  });

  it('someone else keeps the organisation written, without a participant', () => {
    const m = run(
      opened(),
      [{ type: 'add-intervention', id: 'i-1', goalId: '' }, at(21)],
      [{ type: 'choose-performer', interventionId: 'i-1', choice: 'deltagare:p-chair', participants: staff }, at(21)],
      [{ type: 'choose-performer', interventionId: 'i-1', choice: 'annan', participants: staff }, at(22)],
      [{ type: 'choose-performer', interventionId: 'i-2', choice: 'personen', participants: staff }, at(22)],
    );
    expect(m.interventions).toHaveLength(1);
    expect(m.interventions[0]).toMatchObject({ performerKind: 'annan', participantId: '', organisation: 'Socialtjänsten' });
  });

  it('the person or the family as performer brings no organisation, not even one chosen before', () => {
    for (const choice of ['personen', 'familjen'] as const) {
      const m = run(
        opened(),
        [{ type: 'add-intervention', id: 'i-1', goalId: '' }, at(21)],
        [{ type: 'choose-performer', interventionId: 'i-1', choice: 'deltagare:p-chair', participants: staff }, at(21)],
        [{ type: 'choose-performer', interventionId: 'i-1', choice, participants: staff }, at(22)],
      );
      expect(m.interventions[0]).toMatchObject({ performerKind: choice, participantId: '', organisation: '' });
    }
  });

  it('a participant not in the plan brings no organisation', () => {
    const m = run(
      opened(),
      [{ type: 'add-intervention', id: 'i-1', goalId: '' }, at(21)],
      [{ type: 'choose-performer', interventionId: 'i-1', choice: 'deltagare:gone', participants: staff }, at(21)],
    );
    expect(m.interventions[0]).toMatchObject({ performerKind: 'deltagare', participantId: 'gone', organisation: '' });
  });

  it('moves an intervention to another goal', () => {
    const m = run(
      opened(),
      [{ type: 'add-intervention', id: 'i-1', goalId: 'g-1' }, at(21)],
      [{ type: 'set-intervention-goal', interventionId: 'i-1', goalId: 'g-2' }, at(21)],
    );
    expect(m.interventions[0]?.goalId).toBe('g-2');
  });

  it('removes a goal, its interventions staying, and puts it back where it was', () => {
    let m = run(
      opened(),
      [{ type: 'add-goal', id: 'g-1', term: 'lang' }, at(20)],
      [{ type: 'add-goal', id: 'g-2', term: 'kort' }, at(20)],
      [{ type: 'add-goal', id: 'g-3', term: 'lang' }, at(20)],
      [{ type: 'add-intervention', id: 'i-1', goalId: 'g-2' }, at(21)],
    );
    const goal = m.goals[1]!;
    m = run(m, [{ type: 'remove-item', list: 'goals', id: 'g-2' }, at(22)]);
    expect(m.goals.map((g) => g.id)).toEqual(['g-1', 'g-3']);
    expect(m.interventions.map((i) => i.goalId)).toEqual(['g-2']);
    m = run(m, [{ type: 'restore-item', list: 'goals', item: goal, index: 1 }, at(23)]);
    expect(m.goals.map((g) => g.id)).toEqual(['g-1', 'g-2', 'g-3']);
    expect(apply(deepFreeze(m), { type: 'restore-item', list: 'goals', item: goal, index: 0 }, at(24))).toBe(m);
  });

  it('puts an item back at the end when the list has become shorter', () => {
    const m = run(
      opened(),
      [{ type: 'add-parked', id: 'p-1' }, at(20)],
      [{ type: 'restore-item', list: 'parked', item: { id: 'p-0', text: 'Boendet' }, index: 5 }, at(21)],
    );
    expect(m.parked).toEqual([
      { id: 'p-1', text: '' },
      { id: 'p-0', text: 'Boendet' },
    ]);
  });

  it('adds own actions, parked issues and disagreements, one line each', () => {
    const m = run(
      opened(),
      [{ type: 'add-own-action', id: 'o-1' }, at(30)],
      [{ type: 'set-own-action-by', id: 'o-1', by: 'familjen' }, at(30)],
      [{ type: 'set-text', target: { at: 'ownActions', id: 'o-1', field: 'text' }, value: 'Ringa skolan' }, at(30)],
      [{ type: 'add-parked', id: 'p-1' }, at(31)],
      [{ type: 'set-text', target: { at: 'parked', id: 'p-1', field: 'text' }, value: 'Boendet' }, at(31)],
      [{ type: 'add-disagreement', id: 'd-1' }, at(32)],
      [{ type: 'set-text', target: { at: 'disagreements', id: 'd-1', field: 'between' }, value: 'BUP och skolan' }, at(32)],
    );
    expect(m.ownActions).toEqual([{ id: 'o-1', by: 'familjen', text: 'Ringa skolan' }]);
    expect(m.parked).toEqual([{ id: 'p-1', text: 'Boendet' }]);
    expect(m.disagreements).toEqual([{ id: 'd-1', what: '', between: 'BUP och skolan' }]);
  });
});

describe('summary, review and closing', () => {
  it('sets the lead, the answer, the words and the follow-up', () => {
    const m = run(
      opened(),
      [{ type: 'set-lead', participantId: 'p-chair' }, at(50)],
      [{ type: 'set-agreement', agreement: 'delvis' }, at(50)],
      [{ type: 'set-text', target: { at: 'meeting', field: 'personWords' }, value: 'Bra' }, at(50)],
      [{ type: 'set-text', target: { at: 'followUp', field: 'date' }, value: '2027-02-01' }, at(55)],
      [{ type: 'set-text', target: { at: 'phases', id: 'behov', field: 'notes' }, value: 'Anteckning' }, at(55)],
    );
    expect([m.leadParticipantId, m.agreement, m.personWords]).toEqual(['p-chair', 'delvis', 'Bra']);
    expect(m.followUp).toEqual({ date: '2027-02-01', startTime: '', place: '' });
    expect(m.phases.find((p) => p.id === 'behov')?.notes).toBe('Anteckning');
  });

  it('makes a feedback row on the first score or keystroke, and changes it after', () => {
    const m = run(
      opened(),
      [{ type: 'set-text', target: { at: 'feedback', attendeeId: PERSON_ID, field: 'comment' }, value: 'B' }, at(56)],
      [{ type: 'set-feedback-score', attendeeId: PERSON_ID, score: 4 }, at(56)],
      [{ type: 'set-feedback-score', attendeeId: 'p-chair', score: 5 }, at(57)],
      [{ type: 'set-text', target: { at: 'feedback', attendeeId: PERSON_ID, field: 'comment' }, value: 'Bra' }, at(57)],
    );
    expect(m.feedback).toEqual([
      { attendeeId: PERSON_ID, score: 4, comment: 'Bra' },
      { attendeeId: 'p-chair', score: 5, comment: '' },
    ]);
  });

  it('makes a delivery row on the first choice and changes it after', () => {
    const m = run(
      opened(),
      [{ type: 'set-delivery', attendeeId: PERSON_ID, method: 'papper' }, at(57)],
      [{ type: 'set-delivery', attendeeId: 'p-chair', method: 'digitalt' }, at(57)],
      [{ type: 'set-delivery', attendeeId: PERSON_ID, method: 'post' }, at(58)],
    );
    expect(m.deliveries).toEqual([
      { attendeeId: PERSON_ID, method: 'post' },
      { attendeeId: 'p-chair', method: 'digitalt' },
    ]);
  });

  it('marks a follow-up’s review of goals and interventions', () => {
    const followUp = newMeeting({ id: 'm-2', plan, template: SIP_CIRCLE, kind: 'uppfoljning', minutes: 60, now: new Date(t0), newId: counter('y') });
    const content = {
      goals: [{ id: 'g-1', term: 'lang' as const, text: 'Skolan' }],
      interventions: [{ ...newIntervention('i-1', 'g-1'), what: 'Stöd' }],
      ownActions: [],
      parked: [],
      disagreements: [],
      leadParticipantId: '',
      leadRole: '',
    };
    const m = run(
      continueFrom(followUp, content, 1),
      [{ type: 'set-goal-review', goalId: 'g-1', status: 'uppnatt' }, at(10)],
      [{ type: 'set-text', target: { at: 'goalReviews', goalId: 'g-1', field: 'comment' }, value: 'Går varje dag' }, at(10)],
      [{ type: 'set-intervention-review', interventionId: 'i-1', mark: { carriedOut: 'delvis' } }, at(11)],
      [{ type: 'set-intervention-review', interventionId: 'i-1', mark: { helped: 'ja' } }, at(11)],
      [{ type: 'set-text', target: { at: 'interventionReviews', interventionId: 'i-1', field: 'comment' }, value: 'Ibland' }, at(11)],
      [{ type: 'set-text', target: { at: 'review', field: 'newInformation' }, value: 'Ny skola' }, at(12)],
    );
    expect(m.review).toEqual({
      ofVersion: 1,
      goals: [{ goalId: 'g-1', status: 'uppnatt', comment: 'Går varje dag' }],
      interventions: [{ interventionId: 'i-1', carriedOut: 'delvis', helped: 'ja', comment: 'Ibland' }],
      newInformation: 'Ny skola',
    });
  });
});

describe('the key map', () => {
  it('maps Space, the left and the right arrow to pause, previous and next phase', () => {
    expect(MEETING_SHORTCUTS.map((s) => [s.key, s.name, s.command.type])).toEqual([
      [' ', 'pause', 'toggle-pause'],
      ['ArrowLeft', 'previous', 'previous-phase'],
      ['ArrowRight', 'next', 'next-phase'],
    ]);
    expect(commandForKey('Enter')).toBeNull();
    expect(commandForKey('Escape')).toBeNull();
  });

  it('drives the meeting as the buttons do', () => {
    const press = (m: Meeting, key: string, now: number) => apply(deepFreeze(m), commandForKey(key)!, now);
    let m = press(opened(), 'ArrowRight', at(5));
    m = press(m, 'ArrowRight', at(10));
    m = press(m, 'ArrowLeft', at(12));
    m = press(m, ' ', at(13));
    expect(phaseIds(m)[currentPhaseIndex(m)]).toBe('aktuell-situation');
    expect(m.clock.paused).toBe(true);
    expect(m.clock.phase.spent).toEqual({ inledning: 5 * M, 'aktuell-situation': 6 * M, behov: 2 * M });
  });
});
