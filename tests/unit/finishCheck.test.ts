import { describe, expect, it } from 'vitest';
import { missingBeforeFinish } from '../../src/domain/finishCheck';
import { newGoal, newIntervention, newMeeting, type Meeting } from '../../src/domain/meeting';
import { newParticipant, newPlan } from '../../src/domain/plan';
import { SIP_CIRCLE } from '../../src/i18n/meetingTemplates';

const NOW = new Date(Date.UTC(2026, 2, 14, 9, 30, 0, 0));

function meeting(): Meeting {
  const plan = newPlan('plan-1', NOW);
  plan.person.name = 'Lisa';
  plan.participants = [{ ...newParticipant('p-1'), name: 'Karin', organisation: 'Socialtjänsten', isChair: true }];
  let n = 0;
  return newMeeting({ id: 'm-1', plan, template: SIP_CIRCLE, kind: 'sip', minutes: 60, now: NOW, newId: () => `id-${++n}` });
}

const phaseWith = (m: Meeting, tool: string) => m.phases.findIndex((p) => (p.tools as string[]).includes(tool));

describe('missingBeforeFinish', () => {
  it('lists everything for an empty meeting, each with where it is done', () => {
    const m = meeting();
    expect(m.attendance.some((a) => a.status === 'ej-angiven')).toBe(true);
    const behov = phaseWith(m, 'behov');
    const summary = phaseWith(m, 'sammanfattning');
    const closing = phaseWith(m, 'avslutning');
    expect(Math.min(behov, summary, closing)).toBeGreaterThanOrEqual(0);
    expect(missingBeforeFinish(m)).toEqual([
      { key: 'attendance', where: { attendance: true } },
      { key: 'goal', where: { phaseIndex: behov } },
      { key: 'intervention', where: { phaseIndex: behov } },
      { key: 'lead', where: { phaseIndex: summary } },
      { key: 'answer', where: { phaseIndex: summary } },
      { key: 'followUp', where: { phaseIndex: closing } },
    ]);
  });

  it('is empty when everything is done', () => {
    const m = meeting();
    m.attendance = m.attendance.map((a) => ({ ...a, status: 'narvarande' }));
    m.goals = [newGoal('g-1', 'kort')];
    m.interventions = [newIntervention('i-1', 'g-1')];
    m.leadParticipantId = 'p-1';
    m.agreement = 'delvis';
    m.followUp = { date: '2026-05-01', startTime: '', place: '' };
    expect(missingBeforeFinish(m)).toEqual([]);
  });

  it('shrinks item by item', () => {
    const m = meeting();
    m.goals = [newGoal('g-1', 'lang')];
    expect(missingBeforeFinish(m).map((x) => x.key)).not.toContain('goal');
    expect(missingBeforeFinish(m).map((x) => x.key)).toContain('intervention');
    m.followUp.date = '   ';
    expect(missingBeforeFinish(m).map((x) => x.key)).toContain('followUp');
  });

  it('says nowhere when the template has no phase for it', () => {
    const m = meeting();
    m.phases = m.phases.map((p) => ({ ...p, tools: p.tools.filter((t) => t !== 'avslutning') }));
    expect(missingBeforeFinish(m).find((x) => x.key === 'followUp')).toEqual({ key: 'followUp', where: null });
  });
});
