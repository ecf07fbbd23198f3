// Behov's pure parts: who can be chosen to do an intervention, in which order, and the compact row.
import { describe, expect, it } from 'vitest';
import { newIntervention } from '../../src/domain/meeting';
import { runningMeeting } from '../fixtures/runningMeeting';
import { interventionRowFacts, performerChoice, performerChoices } from '../../src/ui/meeting/tools/needsParts';

function fixture() {
  const { plan, meeting } = runningMeeting({ planId: 'p', meetingId: 'm', phase: 2, startedAt: Date.parse('2026-12-06T09:00:00+01:00') });
  return { plan, meeting };
}

describe('performerChoices', () => {
  it('lists those in the room first, then the absent marked as not here, then the person, the family and someone else', () => {
    const { plan, meeting } = fixture();
    const [lisa, hang, ayse, jonas] = plan.participants;
    meeting.attendance = meeting.attendance.map((a) => (a.attendeeId === hang!.id ? { ...a, status: 'franvarande' } : a));
    meeting.attendance = meeting.attendance.map((a) => (a.attendeeId === jonas!.id ? { ...a, status: 'ersattare', substituteName: 'Eva Ny' } : a));
    expect(Object.entries(performerChoices(plan, meeting))).toEqual([
      [`deltagare:${lisa!.id}`, 'Lisa Andersson – Socialtjänsten'],
      [`deltagare:${ayse!.id}`, 'Ayşe Çelik – Skolan'],
      // A substitute counts as present for the one they stand in for.
      [`deltagare:${jonas!.id}`, 'Jonas Berg – Vårdcentralen'],
      [`deltagare:${hang!.id}`, 'Nguyễn Thị Hằng – BUP (inte här)'],
      ['personen', 'Personen själv'],
      ['familjen', 'Familjen'],
      ['annan', 'Någon annan'],
    ]);
  });
});

describe('performerChoice', () => {
  it('is the participant, the kind, or nothing while no participant is chosen', () => {
    expect(performerChoice({ performerKind: 'deltagare', participantId: 'p-1' })).toBe('deltagare:p-1');
    expect(performerChoice({ performerKind: 'deltagare', participantId: '' })).toBe('');
    expect(performerChoice({ performerKind: 'familjen', participantId: '' })).toBe('familjen');
  });
});

describe('interventionRowFacts', () => {
  it('says who (with the organisation), from when and how often, leaving out what is not given', () => {
    const { plan } = fixture();
    const lisa = plan.participants[0]!;
    const item = {
      ...newIntervention('i', 'g'),
      what: 'Stödsamtal',
      participantId: lisa.id,
      organisation: 'Socialtjänsten',
      startDate: '2027-01-11',
      frequency: 'en gång i veckan',
    };
    expect(interventionRowFacts(item, plan)).toBe('Lisa Andersson (Socialtjänsten) · från mån 11 jan. 2027 · en gång i veckan');
    expect(interventionRowFacts({ ...item, startDate: '', frequency: '' }, plan)).toBe('Lisa Andersson (Socialtjänsten)');
    expect(interventionRowFacts({ ...item, performerKind: 'personen', organisation: '' }, plan)).toBe('Sam Lindqvist · från mån 11 jan. 2027 · en gång i veckan');
    expect(interventionRowFacts({ ...item, performerKind: 'familjen', performerName: '', organisation: '', startDate: '', frequency: '' }, plan)).toBe('familjen');
  });

  it('says that the performer is missing rather than showing nothing', () => {
    const { plan } = fixture();
    expect(interventionRowFacts({ ...newIntervention('i', 'g'), frequency: 'varje dag' }, plan)).toBe('Vem som utför saknas · varje dag');
  });
});
