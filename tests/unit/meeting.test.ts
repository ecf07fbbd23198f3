import { describe, it, expect } from 'vitest';
import {
  feedbackOrder,
  interventionsByGoal,
  interventionsByOrganisation,
  isPresent,
  kvaCode,
  missingAttendees,
  moveItem,
  newGoal,
  newIntervention,
  newMeeting,
  PERSON_ID,
  performerName,
  planVersion,
  responsibleOrganisation,
  speakerQueue,
  type Attendance,
  type AttendanceStatus,
  type Intervention,
  type Meeting,
} from '../../src/domain/meeting';
import { newParticipant, newPlan, type Participant, type Plan } from '../../src/domain/plan';
import { SIP_CIRCLE } from '../../src/i18n/meetingTemplates';

const NOW = new Date(Date.UTC(2026, 2, 14, 9, 30, 0, 0));
const MIN = 60_000;

function participant(id: string, patch: Partial<Participant> = {}): Participant {
  return { ...newParticipant(id), name: `Namn ${id}`, ...patch };
}

/** Three participants: the chair (confirmed), one who declined, one who sends a substitute and takes notes. */
function samplePlan(): Plan {
  const plan = newPlan('plan-1', NOW);
  plan.person.name = 'Lisa';
  plan.participants = [
    participant('p-chair', { name: 'Karin', organisation: 'Socialtjänsten', invitation: 'bekraftad', isChair: true }),
    participant('p-declined', { name: 'Olof', organisation: 'Vårdcentralen', invitation: 'avbojd' }),
    participant('p-sub', {
      name: 'Maria',
      organisation: 'Psykiatrin',
      invitation: 'ersattare',
      substituteName: 'Sven Ersättare',
      isNoteTaker: true,
    }),
  ];
  return plan;
}

function counter(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function meeting(minutes = 60, plan = samplePlan()): Meeting {
  return newMeeting({ id: 'm-1', plan, template: SIP_CIRCLE, kind: 'sip', minutes, now: NOW, newId: counter() });
}

function withAttendance(m: Meeting, statuses: Record<string, AttendanceStatus>): Meeting {
  return {
    ...m,
    attendance: m.attendance.map((a) => (a.attendeeId in statuses ? { ...a, status: statuses[a.attendeeId] ?? a.status } : a)),
  };
}

describe('newMeeting', () => {
  it('budgets the SIP circle over 60 minutes as 6, 12, 27, 9, 6 minutes', () => {
    const m = meeting(60);
    expect(m.phases.map((p) => p.id)).toEqual(['inledning', 'aktuell-situation', 'behov', 'sammanfattning', 'avslutning']);
    expect(m.phases.map((p) => p.budgetMs)).toEqual([6 * MIN, 12 * MIN, 27 * MIN, 9 * MIN, 6 * MIN]);
    expect(m.phases.map((p) => p.budgetMs)).toEqual([360_000, 720_000, 1_620_000, 540_000, 360_000]);
    expect(m.phases.reduce((s, p) => s + p.budgetMs, 0)).toBe(3_600_000);
  });

  it('sums exactly for 90 minutes (9, 18, 40.5, 13.5, 9 min)', () => {
    const m = meeting(90);
    expect(m.phases.map((p) => p.budgetMs)).toEqual([540_000, 1_080_000, 2_430_000, 810_000, 540_000]);
    expect(m.phases.reduce((s, p) => s + p.budgetMs, 0)).toBe(5_400_000);
  });

  it('sums exactly for 45 minutes (4.5, 9, 20.25, 6.75, 4.5 min)', () => {
    const m = meeting(45);
    expect(m.phases.map((p) => p.budgetMs)).toEqual([270_000, 540_000, 1_215_000, 405_000, 270_000]);
    expect(m.phases.reduce((s, p) => s + p.budgetMs, 0)).toBe(2_700_000);
  });

  it('copies the phase texts, tools and prompts (done=false, unique ids), notes empty', () => {
    const m = meeting();
    m.phases.forEach((p, i) => {
      const t = SIP_CIRCLE.phases[i];
      expect(p.title).toBe(t?.title);
      expect(p.guidance).toBe(t?.guidance);
      expect(p.tools).toEqual(t?.tools);
      expect(p.prompts.map((x) => x.text)).toEqual(t?.prompts);
      expect(p.prompts.every((x) => x.done === false)).toBe(true);
      expect(p.notes).toBe('');
    });
    expect(m.phases[0]?.prompts[0]).toEqual({ id: 'inledning-1', text: 'Välkomna alla', done: false });
    const ids = m.phases.flatMap((p) => p.prompts.map((x) => x.id));
    // 8 + 4 + 8 + 5 + 4 prompts in the circle.
    expect(ids).toHaveLength(29);
    expect(new Set(ids).size).toBe(29);
  });

  it('lists the person first, then the participants in order, with the statuses from the invitations', () => {
    const m = meeting();
    expect(m.attendance).toEqual<Attendance[]>([
      { attendeeId: PERSON_ID, status: 'ej-angiven', substituteName: '' },
      // The chair runs the meeting: present unless they declined.
      { attendeeId: 'p-chair', status: 'narvarande', substituteName: '' },
      { attendeeId: 'p-declined', status: 'franvarande', substituteName: '' },
      { attendeeId: 'p-sub', status: 'ersattare', substituteName: 'Sven Ersättare' },
    ]);
  });

  it('takes chair and note-taker from the plan; status pagar; clock not started; everything else empty', () => {
    const m = meeting();
    expect(m.id).toBe('m-1');
    expect(m.planId).toBe('plan-1');
    expect(m.templateId).toBe('sip');
    expect(m.kind).toBe('sip');
    expect(m.chairId).toBe('p-chair');
    expect(m.noteTakerId).toBe('p-sub');
    expect(m.status).toBe('pagar');
    expect(m.createdAt).toBe('2026-03-14T09:30:00.000Z');
    expect(m.updatedAt).toBe('2026-03-14T09:30:00.000Z');
    expect(m.heldAt).toBe('');
    expect(m.afterDischarge).toBe(false);
    expect(m.attendanceDone).toBe(false);
    expect(m.clock.startedAt).toBeNull();
    expect(m.clock.endedAt).toBeNull();
    expect(m.clock.paused).toBe(false);
    expect(m.clock.pausedMs).toBe(0);
    expect(m.clock.phase).toEqual({ current: null, since: null, spent: {} });
    expect(m.clock.speaker).toEqual({ current: null, since: null, spent: {} });
    expect(m.speakers).toEqual([]);
    expect(m.goals).toEqual([]);
    expect(m.interventions).toEqual([]);
    expect(m.feedback).toEqual([]);
  });

  it('has no chair or note-taker when the plan names none', () => {
    const plan = newPlan('plan-2', NOW);
    plan.participants = [participant('a')];
    const m = meeting(60, plan);
    expect(m.chairId).toBe('');
    expect(m.noteTakerId).toBe('');
    expect(m.attendance.map((a) => a.attendeeId)).toEqual([PERSON_ID, 'a']);
  });

  it('does not change the plan', () => {
    const plan = samplePlan();
    const before = structuredClone(plan);
    meeting(60, plan);
    expect(plan).toEqual(before);
  });
});

describe('kvaCode', () => {
  it('AU124 for a SIP, AU125 for a SIP after discharge, AW010 for a follow-up', () => {
    expect(kvaCode({ kind: 'sip', afterDischarge: false })).toBe('AU124');
    expect(kvaCode({ kind: 'sip', afterDischarge: true })).toBe('AU125');
    expect(kvaCode({ kind: 'uppfoljning', afterDischarge: false })).toBe('AW010');
    expect(kvaCode({ kind: 'uppfoljning', afterDischarge: true })).toBe('AW010');
  });
});

describe('isPresent and missingAttendees', () => {
  it('present means narvarande or ersattare', () => {
    const a = (status: AttendanceStatus): Attendance => ({ attendeeId: 'x', status, substituteName: '' });
    expect(isPresent(a('narvarande'))).toBe(true);
    expect(isPresent(a('ersattare'))).toBe(true);
    expect(isPresent(a('franvarande'))).toBe(false);
    expect(isPresent(a('ej-angiven'))).toBe(false);
  });

  it('missing are those marked franvarande, in attendance order (not those not yet marked)', () => {
    const m = meeting();
    expect(missingAttendees(m)).toEqual(['p-declined']);
    const m2 = withAttendance(m, { [PERSON_ID]: 'franvarande', 'p-chair': 'narvarande' });
    expect(missingAttendees(m2)).toEqual([PERSON_ID, 'p-declined']);
  });
});

describe('speakerQueue', () => {
  const names: Record<string, string> = { [PERSON_ID]: 'Lisa', 'p-chair': 'Karin', 'p-declined': 'Olof', 'p-sub': 'Maria' };
  const nameOf = (id: string) => names[id] ?? '?';

  it('holds only present attendees, the person first, substitutes by their own name', () => {
    const m = withAttendance(meeting(), { [PERSON_ID]: 'narvarande', 'p-chair': 'narvarande' });
    const q = speakerQueue(m, nameOf, counter('s'));
    expect(q).toEqual([
      { id: 's-1', attendeeId: PERSON_ID, name: 'Lisa', note: '', worksWell: '', skipped: false },
      { id: 's-2', attendeeId: 'p-chair', name: 'Karin', note: '', worksWell: '', skipped: false },
      { id: 's-3', attendeeId: 'p-sub', name: 'Sven Ersättare', note: '', worksWell: '', skipped: false },
    ]);
  });

  it('leaves out attendees not yet marked and the absent person', () => {
    const m = withAttendance(meeting(), { [PERSON_ID]: 'franvarande', 'p-chair': 'ej-angiven' });
    expect(speakerQueue(m, nameOf, counter()).map((s) => s.attendeeId)).toEqual(['p-sub']);
  });

  it('falls back to the participant name for a substitute without a name', () => {
    const m = meeting();
    const m2: Meeting = {
      ...m,
      attendance: m.attendance.map((a) => (a.attendeeId === 'p-sub' ? { ...a, substituteName: '' } : a)),
    };
    expect(speakerQueue(m2, nameOf, counter()).map((s) => s.name)).toEqual(['Karin', 'Maria']);
  });

  it('does not use a leftover substitute name for someone present in person', () => {
    const m = meeting();
    const m2: Meeting = {
      ...m,
      attendance: m.attendance.map((a) => (a.attendeeId === 'p-sub' ? { ...a, status: 'narvarande' } : a)),
    };
    expect(speakerQueue(m2, nameOf, counter()).map((s) => s.name)).toEqual(['Karin', 'Maria']);
  });
});

describe('moveItem', () => {
  const list = ['a', 'b', 'c', 'd'];

  it('moves an item up and down one step', () => {
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(list, 1, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(list, 3, -1)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('leaves the list as it is at the ends and for an index out of range', () => {
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c', 'd']);
    expect(moveItem(list, 3, 1)).toEqual(['a', 'b', 'c', 'd']);
    expect(moveItem(list, -1, 1)).toEqual(['a', 'b', 'c', 'd']);
    expect(moveItem(list, 4, -1)).toEqual(['a', 'b', 'c', 'd']);
    expect(moveItem([], 0, 1)).toEqual([]);
  });

  it('never mutates the input', () => {
    const input = ['a', 'b', 'c'];
    const out = moveItem(input, 0, 1);
    expect(out).not.toBe(input);
    expect(input).toEqual(['a', 'b', 'c']);
  });
});

function intervention(id: string, patch: Partial<Intervention>): Intervention {
  return { ...newIntervention(id, ''), what: `Insats ${id}`, ...patch };
}

describe('interventionsByGoal', () => {
  it('groups in goal order, empty goals included, loose interventions last under ""', () => {
    const m: Meeting = {
      ...meeting(),
      goals: [newGoal('g-lang', 'lang'), newGoal('g-kort', 'kort'), newGoal('g-tom', 'kort')],
      interventions: [
        intervention('i1', { goalId: 'g-kort' }),
        intervention('i2', { goalId: 'g-gone' }),
        intervention('i3', { goalId: 'g-lang' }),
        intervention('i4', { goalId: '' }),
        intervention('i5', { goalId: 'g-kort' }),
      ],
    };
    const groups = interventionsByGoal(m).map((g) => [g.goalId, g.interventions.map((i) => i.id)]);
    expect(groups).toEqual([
      ['g-lang', ['i3']],
      ['g-kort', ['i1', 'i5']],
      ['g-tom', []],
      ['', ['i2', 'i4']],
    ]);
  });

  it('has no "" group when every intervention has a known goal', () => {
    const m: Meeting = { ...meeting(), goals: [newGoal('g', 'lang')], interventions: [intervention('i1', { goalId: 'g' })] };
    expect(interventionsByGoal(m).map((g) => g.goalId)).toEqual(['g']);
  });
});

describe('responsibleOrganisation', () => {
  const participants = [participant('p1', { organisation: ' Psykiatrin ' }), participant('p2', { organisation: '' })];

  it("for a participant: the intervention's own organisation first, else the participant's (trimmed)", () => {
    expect(responsibleOrganisation(intervention('i', { participantId: 'p1', organisation: 'Habiliteringen' }), participants)).toBe('Habiliteringen');
    expect(responsibleOrganisation(intervention('i', { participantId: 'p1', organisation: '   ' }), participants)).toBe('Psykiatrin');
    expect(responsibleOrganisation(intervention('i', { participantId: 'p2' }), participants)).toBe('');
    expect(responsibleOrganisation(intervention('i', { participantId: 'unknown' }), participants)).toBe('');
  });

  it("for the person, the family or someone else: only the intervention's own organisation", () => {
    expect(responsibleOrganisation(intervention('i', { performerKind: 'familjen', participantId: 'p1' }), participants)).toBe('');
    expect(responsibleOrganisation(intervention('i', { performerKind: 'personen' }), participants)).toBe('');
    expect(responsibleOrganisation(intervention('i', { performerKind: 'annan', organisation: ' Friskis ', performerName: 'Per' }), participants)).toBe('Friskis');
  });
});

describe('interventionsByOrganisation', () => {
  it('groups by responsible organisation with Swedish collation (å, ä, ö after z), "" last', () => {
    const participants = [participant('p-orebro', { organisation: 'Örebro kommun' }), participant('p-none', { organisation: '' })];
    const m: Meeting = {
      ...meeting(),
      interventions: [
        intervention('i1', { participantId: 'p-orebro' }),
        intervention('i2', { participantId: 'p-none' }),
        intervention('i3', { organisation: 'Ängelholms kommun' }),
        intervention('i4', { organisation: 'Åre kommun' }),
        intervention('i5', { organisation: 'Borås stad' }),
        intervention('i6', { organisation: 'Region Zeta' }),
        intervention('i7', { participantId: 'p-orebro', organisation: 'Örebro kommun' }),
        intervention('i8', { performerKind: 'familjen' }),
        intervention('i9', { organisation: 'Arbetsförmedlingen' }),
      ],
    };
    const groups = interventionsByOrganisation(m, participants).map((g) => [g.organisation, g.interventions.map((i) => i.id)]);
    // In Swedish Ä and Å are letters after Z (order Å, Ä, Ö), not accented A:
    // Ängelholm comes after Region Zeta, not before Borås as it would in English.
    expect(groups).toEqual([
      ['Arbetsförmedlingen', ['i9']],
      ['Borås stad', ['i5']],
      ['Region Zeta', ['i6']],
      ['Åre kommun', ['i4']],
      ['Ängelholms kommun', ['i3']],
      ['Örebro kommun', ['i1', 'i7']],
      ['', ['i2', 'i8']],
    ]);
  });

  it('returns nothing for a meeting without interventions', () => {
    expect(interventionsByOrganisation(meeting(), [])).toEqual([]);
  });
});

describe('feedbackOrder', () => {
  it('asks the person first, then present attendees in attendance order', () => {
    const m = withAttendance(meeting(), { [PERSON_ID]: 'narvarande', 'p-chair': 'narvarande' });
    expect(feedbackOrder(m)).toEqual([PERSON_ID, 'p-chair', 'p-sub']);
  });

  it('leaves out whoever is marked absent, the person too, and keeps those not yet marked', () => {
    expect(feedbackOrder(withAttendance(meeting(), { [PERSON_ID]: 'franvarande' }))).toEqual(['p-chair', 'p-sub']);
    expect(feedbackOrder(meeting())).toEqual([PERSON_ID, 'p-chair', 'p-sub']);
  });

  it('includes the chair, present by default, and leaves out a chair marked absent', () => {
    expect(feedbackOrder(meeting())).toContain('p-chair');
    expect(feedbackOrder(withAttendance(meeting(), { 'p-chair': 'franvarande' }))).toEqual([PERSON_ID, 'p-sub']);
  });
});

describe('planVersion', () => {
  const m = (id: string, status: 'pagar' | 'hallet', createdAt: string) => ({ id, status, createdAt });
  it('is 1 for the first held meeting and counts only earlier held meetings', () => {
    const first = m('a', 'hallet', '2026-01-01T10:00:00.000Z');
    const running = m('b', 'pagar', '2026-02-01T10:00:00.000Z');
    const second = m('c', 'hallet', '2026-03-01T10:00:00.000Z');
    const all = [second, running, first];
    expect(planVersion(first, all)).toBe(1);
    expect(planVersion(second, all)).toBe(2);
    expect(planVersion(m('d', 'hallet', '2026-04-01T10:00:00.000Z'), all)).toBe(3);
  });
});

describe('performerName', () => {
  it('names the participant, the person, or the named family member or third party', () => {
    const anna = { ...newParticipant('p1'), name: ' Anna Berg ' };
    const base = newIntervention('i1', 'g1');
    expect(performerName({ ...base, performerKind: 'deltagare', participantId: 'p1' }, [anna], 'Lucja')).toBe('Anna Berg');
    expect(performerName({ ...base, performerKind: 'deltagare', participantId: 'gone' }, [anna], 'Lucja')).toBe('');
    expect(performerName({ ...base, performerKind: 'personen' }, [anna], ' Lucja ')).toBe('Lucja');
    expect(performerName({ ...base, performerKind: 'familjen', performerName: 'mamma Sara' }, [anna], 'Lucja')).toBe('mamma Sara');
    expect(performerName({ ...base, performerKind: 'annan', performerName: '' }, [anna], 'Lucja')).toBe('');
  });
});

describe('how long a held meeting took, in words', () => {
  it('says hours and minutes to the minute, never figures that read as either', async () => {
    const { svMeeting } = await import('../../src/i18n/svMeeting');
    const said = svMeeting.held.duration;
    expect(said(5 * 60_000 + 16_000)).toBe('Mötet pågick 5 minuter.');
    expect(said(65 * 60_000)).toBe('Mötet pågick 1 timme och 5 minuter.');
    expect(said(2 * 3600_000 + 60_000)).toBe('Mötet pågick 2 timmar och 1 minut.');
    expect(said(3 * 3600_000)).toBe('Mötet pågick 3 timmar.');
    expect(said(20_000)).toBe('Mötet pågick mindre än en minut.');
  });
});
