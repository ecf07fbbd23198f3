import { describe, it, expect } from 'vitest';
import { checkTemplate, type MeetingTemplate, type PhaseTemplate } from '../../src/domain/circle';
import { MEETING_KINDS, newMeeting, PERSON_ID } from '../../src/domain/meeting';
import { newParticipant, newPlan, type Plan } from '../../src/domain/plan';
import { FOLLOW_UP_CIRCLE, LISTEN_PROBLEMATISE_PLAN, MEETING_TEMPLATES, SIP_CIRCLE, templatesFor } from '../../src/i18n/meetingTemplates';

const NOW = new Date(Date.UTC(2026, 2, 14, 9, 30, 0, 0));
const MIN = 60_000;

function phase(id: string, share: number, tools: PhaseTemplate['tools'] = ['anteckningar']): PhaseTemplate {
  return { id, title: id, share, guidance: '', prompts: [], tools };
}

function template(phases: PhaseTemplate[], defaultMinutes = 60): MeetingTemplate {
  return { id: 't', kind: 'sip', name: 'Test', description: '', defaultMinutes, phases };
}

/** A well-formed base: two halves, the second one closes the meeting. */
const GOOD = template([phase('a', 0.5), phase('b', 0.5, ['avslutning'])]);

describe('MEETING_TEMPLATES', () => {
  it('holds the SIP circle, 20/20/20, the follow-up and the four other meetings of seed 004, with unique ids', () => {
    expect(MEETING_TEMPLATES.map((t) => t.id)).toEqual([
      'sip',
      'lyssna-problematisera-planera',
      'uppfoljning',
      'samverkansmote',
      'avstamningsmote',
      'overlamningsmote',
      'avslutningsmote',
    ]);
  });

  it('offers one or more templates for every kind of meeting, the first the default', () => {
    for (const kind of MEETING_KINDS) expect(templatesFor(kind).length, kind).toBeGreaterThan(0);
    expect(templatesFor('sip').map((t) => t.id)).toEqual(['sip', 'lyssna-problematisera-planera']);
    expect(templatesFor('uppfoljning').map((t) => t.id)).toEqual(['uppfoljning']);
  });

  it('a follow-up template must look back at goals and interventions', () => {
    const noReview = { ...FOLLOW_UP_CIRCLE, phases: FOLLOW_UP_CIRCLE.phases.map((p) => ({ ...p, tools: p.tools.filter((x) => x !== 'uppfoljning') })) };
    expect(checkTemplate(noReview)).toEqual(['no-review']);
  });

  it.each(MEETING_TEMPLATES.map((t) => [t.id, t] as const))('%s passes checkTemplate', (_id, t) => {
    expect(checkTemplate(t)).toEqual([]);
  });

  it('every phase has a title, guidance, at least one prompt and at least one tool', () => {
    for (const t of MEETING_TEMPLATES) {
      for (const p of t.phases) {
        expect(p.title.trim(), `${t.id}/${p.id}`).not.toBe('');
        expect(p.guidance.trim(), `${t.id}/${p.id}`).not.toBe('');
        expect(p.prompts.length, `${t.id}/${p.id}`).toBeGreaterThan(0);
        expect(p.tools.length, `${t.id}/${p.id}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('checkTemplate', () => {
  it('accepts a well-formed hand-made template', () => {
    expect(checkTemplate(GOOD)).toEqual([]);
  });

  it('reports a template without phases (and, having no phase, no closing and shares not summing to 1)', () => {
    expect(checkTemplate(template([]))).toEqual(['no-phases', 'shares', 'no-closing']);
  });

  it('reports duplicate phase ids', () => {
    const t = template([phase('a', 0.25), phase('a', 0.25), phase('b', 0.5, ['avslutning'])]);
    expect(checkTemplate(t)).toEqual(['duplicate-phase']);
  });

  it('reports shares that do not sum to 1', () => {
    expect(checkTemplate(template([phase('a', 0.5), phase('b', 0.4, ['avslutning'])]))).toEqual(['shares']);
    expect(checkTemplate(template([phase('a', 0.6), phase('b', 0.6, ['avslutning'])]))).toEqual(['shares']);
  });

  it('reports a zero or negative share even when the sum is 1', () => {
    expect(checkTemplate(template([phase('a', 0), phase('b', 1, ['avslutning'])]))).toEqual(['shares']);
    expect(checkTemplate(template([phase('a', -0.5), phase('b', 1.5, ['avslutning'])]))).toEqual(['shares']);
  });

  it('reports a NaN share', () => {
    expect(checkTemplate(template([phase('a', Number.NaN), phase('b', 1, ['avslutning'])]))).toEqual(['shares']);
  });

  it('accepts thirds (float noise in the sum is tolerated)', () => {
    const t = template([phase('a', 1 / 3), phase('b', 1 / 3), phase('c', 1 / 3, ['avslutning'])]);
    expect(checkTemplate(t)).toEqual([]);
  });

  it('reports bad default minutes: 0, negative, NaN', () => {
    for (const m of [0, -30, Number.NaN]) {
      expect(checkTemplate({ ...GOOD, defaultMinutes: m }), String(m)).toEqual(['minutes']);
    }
  });

  it("reports a template where no phase has the 'avslutning' tool", () => {
    const t = template([phase('a', 0.5, ['runda']), phase('b', 0.5, ['behov', 'sammanfattning'])]);
    expect(checkTemplate(t)).toEqual(['no-closing']);
  });

  it('reports several problems at once, in a fixed order', () => {
    const t = template([phase('a', 0.5), phase('a', 0.2)], 0);
    expect(checkTemplate(t)).toEqual(['duplicate-phase', 'shares', 'minutes', 'no-closing']);
  });
});

describe('the SIP circle', () => {
  it('has exactly the five phases in order', () => {
    expect(SIP_CIRCLE.phases.map((p) => p.title)).toEqual(['Inledning', 'Aktuell situation', 'Behov', 'Sammanfattning', 'Avslutning']);
  });

  it('has the shares 10/20/45/15/10 %', () => {
    const shares = SIP_CIRCLE.phases.map((p) => p.share);
    const expected = [0.1, 0.2, 0.45, 0.15, 0.1];
    expect(shares).toHaveLength(5);
    shares.forEach((s, i) => expect(s).toBeCloseTo(expected[i] ?? Number.NaN, 12));
  });

  it('gives Behov the largest share, strictly', () => {
    const behov = SIP_CIRCLE.phases.find((p) => p.title === 'Behov');
    expect(behov).toBeDefined();
    for (const p of SIP_CIRCLE.phases) {
      if (p !== behov) expect(p.share).toBeLessThan(behov?.share ?? 0);
    }
  });

  it('is one hour by default and closes in Avslutning', () => {
    expect(SIP_CIRCLE.defaultMinutes).toBe(60);
    expect(SIP_CIRCLE.phases.filter((p) => p.tools.includes('avslutning')).map((p) => p.title)).toEqual(['Avslutning']);
  });

  it('asks for the person first in Inledning', () => {
    const inledning = SIP_CIRCLE.phases[0];
    expect(inledning?.prompts.some((p) => p.includes('personen först'))).toBe(true);
  });
});

describe('the 20/20/20 template', () => {
  it('has Lyssna, Problematisera, Planera with equal shares', () => {
    expect(LISTEN_PROBLEMATISE_PLAN.phases.map((p) => p.title)).toEqual(['Lyssna', 'Problematisera', 'Planera']);
    for (const p of LISTEN_PROBLEMATISE_PLAN.phases) expect(p.share).toBeCloseTo(1 / 3, 12);
  });

  it('budgets 20 minutes per phase in a 60-minute meeting', () => {
    const plan = newPlan('plan-1', NOW);
    let n = 0;
    const m = newMeeting({
      id: 'm',
      plan,
      template: LISTEN_PROBLEMATISE_PLAN,
      kind: 'sip',
      minutes: 60,
      now: NOW,
      newId: () => `id-${++n}`,
    });
    expect(m.phases.map((p) => p.budgetMs)).toEqual([20 * MIN, 20 * MIN, 20 * MIN]);
  });
});

describe('a new template added only as data', () => {
  // An "avstämningsmöte": a short check-in. No code knows about it.
  const AVSTAMNING: MeetingTemplate = {
    id: 'avstamning',
    kind: 'avstamningsmote',
    name: 'Avstämningsmöte',
    description: 'Kort avstämning: läget och nästa steg.',
    defaultMinutes: 30,
    phases: [
      {
        id: 'laget',
        title: 'Läget',
        share: 0.4,
        guidance: 'Hur går det sedan sist?',
        prompts: ['Hur går det?', 'Har insatserna startat?'],
        tools: ['runda'],
      },
      {
        id: 'nasta-steg',
        title: 'Nästa steg',
        share: 0.6,
        guidance: 'Vad gör vi nu?',
        prompts: ['Behövs nya insatser?', 'Boka nästa möte', 'Tacka alla'],
        tools: ['behov', 'avslutning'],
      },
    ],
  };

  function plan(): Plan {
    const p = newPlan('plan-a', NOW);
    p.participants = [{ ...newParticipant('p1'), name: 'Anna', isChair: true }];
    return p;
  }

  it('passes checkTemplate', () => {
    expect(checkTemplate(AVSTAMNING)).toEqual([]);
  });

  it('works with newMeeting: phases, budgets, tools and prompts come out right', () => {
    let n = 0;
    const m = newMeeting({
      id: 'm-a',
      plan: plan(),
      template: AVSTAMNING,
      kind: 'uppfoljning',
      minutes: AVSTAMNING.defaultMinutes,
      now: NOW,
      newId: () => `id-${++n}`,
    });
    expect(m.templateId).toBe('avstamning');
    expect(m.phases.map((p) => [p.id, p.title, p.guidance])).toEqual([
      ['laget', 'Läget', 'Hur går det sedan sist?'],
      ['nasta-steg', 'Nästa steg', 'Vad gör vi nu?'],
    ]);
    // 30 min = 1800 s: 40 % = 720 s = 12 min, 60 % = 1080 s = 18 min.
    expect(m.phases.map((p) => p.budgetMs)).toEqual([720_000, 1_080_000]);
    expect(m.phases.map((p) => p.tools)).toEqual([['runda'], ['behov', 'avslutning']]);
    expect(m.phases[0]?.prompts).toEqual([
      { id: 'laget-1', text: 'Hur går det?', done: false },
      { id: 'laget-2', text: 'Har insatserna startat?', done: false },
    ]);
    expect(m.phases[1]?.prompts).toEqual([
      { id: 'nasta-steg-1', text: 'Behövs nya insatser?', done: false },
      { id: 'nasta-steg-2', text: 'Boka nästa möte', done: false },
      { id: 'nasta-steg-3', text: 'Tacka alla', done: false },
    ]);
    expect(m.phases.every((p) => p.notes === '')).toBe(true);
    expect(m.attendance.map((a) => a.attendeeId)).toEqual([PERSON_ID, 'p1']);
    expect(m.chairId).toBe('p1');
  });

  it('does not share tool arrays with the template (editing the meeting leaves the template alone)', () => {
    const m = newMeeting({
      id: 'm-b',
      plan: plan(),
      template: AVSTAMNING,
      kind: 'sip',
      minutes: 30,
      now: NOW,
      newId: () => 'x',
    });
    m.phases[1]?.tools.push('anteckningar');
    if (m.phases[0]?.prompts[0]) m.phases[0].prompts[0].done = true;
    expect(AVSTAMNING.phases[1]?.tools).toEqual(['behov', 'avslutning']);
    expect(AVSTAMNING.phases[0]?.prompts).toEqual(['Hur går det?', 'Har insatserna startat?']);
  });
});
