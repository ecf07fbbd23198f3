// A plan's life as a rule: which events move it where, which the rule forbids, and what the UI
// may offer in each state.
import { describe, expect, it } from 'vitest';
import { canClose, isReadOnly, nextStatus, planMeetingKind } from '../../src/domain/lifecycle';
import { MEETING_KINDS, type MeetingKind } from '../../src/domain/meeting';
import type { PlanStatus } from '../../src/domain/plan';

const STATUSES: PlanStatus[] = ['forberedelse', 'aktiv', 'uppfoljd', 'avslutad'];
const held = (kind: MeetingKind) => ({ type: 'meeting-held', kind }) as const;

describe('plan life cycle', () => {
  it('förberedelse → aktiv by the SIP meeting → uppföljd by each follow-up → avslutad by closing', () => {
    expect(nextStatus('forberedelse', held('sip'))).toBe('aktiv');
    expect(nextStatus('aktiv', held('uppfoljning'))).toBe('uppfoljd');
    expect(nextStatus('uppfoljd', held('uppfoljning'))).toBe('uppfoljd');
    expect(nextStatus('uppfoljd', { type: 'closed' })).toBe('avslutad');
  });

  it('forbids what the process does not allow', () => {
    // A follow-up needs a plan to follow up; a second first meeting does not exist.
    expect(nextStatus('forberedelse', held('uppfoljning'))).toBeNull();
    expect(nextStatus('aktiv', held('sip'))).toBeNull();
    expect(nextStatus('uppfoljd', held('sip'))).toBeNull();
  });

  it('a closed plan never moves again: a need that comes back is a new SIP', () => {
    for (const kind of MEETING_KINDS) expect(nextStatus('avslutad', held(kind))).toBeNull();
    expect(nextStatus('avslutad', { type: 'closed' })).toBeNull();
    expect(planMeetingKind('avslutad')).toBeNull();
    expect(isReadOnly('avslutad')).toBe(true);
    expect(canClose('avslutad')).toBe(false);
  });

  it('any open plan can be closed, also before its first meeting (e.g. consent withdrawn)', () => {
    for (const status of STATUSES.filter((s) => s !== 'avslutad')) {
      expect(canClose(status)).toBe(true);
      expect(isReadOnly(status)).toBe(false);
    }
  });

  it('other meetings about the person leave the plan where it is', () => {
    for (const kind of ['samverkansmote', 'avstamningsmote', 'overlamningsmote', 'avslutningsmote'] as const) {
      for (const status of STATUSES.filter((s) => s !== 'avslutad')) expect(nextStatus(status, held(kind))).toBe(status);
    }
  });

  it('the plan meeting to start next: the SIP meeting first, then follow-ups', () => {
    expect(planMeetingKind('forberedelse')).toBe('sip');
    expect(planMeetingKind('aktiv')).toBe('uppfoljning');
    expect(planMeetingKind('uppfoljd')).toBe('uppfoljning');
  });
});
