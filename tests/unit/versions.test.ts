// Versions and follow-ups: a held meeting fixes a copy that later edits never reach; a follow-up
// continues from the latest version with a review row per goal and intervention; the diff between
// two versions names what was added, removed and changed; the plan after a meeting.
import { describe, expect, it } from 'vitest';
import { continueFrom, newGoal, newIntervention, newMeeting, type Meeting } from '../../src/domain/meeting';
import { afterMeetingHeld } from '../../src/domain/plan';
import { diffVersions, fixVersion, isEmptyDiff } from '../../src/domain/versions';
import { FOLLOW_UP_CIRCLE } from '../../src/i18n/meetingTemplates';
import { followUpSection, planCopies } from '../../src/pdf/planDocument';
import { heldMeeting } from '../fixtures/heldMeeting';

function held(meeting: Meeting): Meeting {
  return { ...meeting, status: 'hallet', heldAt: '2026-11-23T10:00:00.000Z' };
}

let n = 0;
const newId = () => `f-${++n}`;

function followUpOf(version: ReturnType<typeof fixVersion>): Meeting {
  const base = newMeeting({
    id: 'follow-up-1',
    plan: version.plan,
    template: FOLLOW_UP_CIRCLE,
    kind: 'uppfoljning',
    minutes: 60,
    now: new Date('2027-02-01T09:00:00Z'),
    newId,
  });
  return continueFrom(base, version.meeting, version.number);
}

describe('versions', () => {
  it('a version is a copy: editing the plan or the meeting afterwards never changes it', () => {
    const { plan, meeting } = heldMeeting();
    const version = fixVersion(plan, meeting, 1);
    expect(version.id).toBe(`${plan.id}:1`);
    plan.person.name = 'Ändrad';
    meeting.goals[0]!.text = 'Ändrat mål';
    expect(version.plan.person.name).not.toBe('Ändrad');
    expect(version.meeting.goals[0]!.text).not.toBe('Ändrat mål');
    expect(() => fixVersion(plan, { ...meeting, status: 'pagar' }, 2)).toThrow();
  });

  it('a follow-up starts from the latest version: the same goals and interventions (copies, same ids) and an unmarked review', () => {
    const { plan, meeting } = heldMeeting();
    const version = fixVersion(plan, meeting, 1);
    const followUp = followUpOf(version);
    expect(followUp.goals).toEqual(version.meeting.goals);
    expect(followUp.goals).not.toBe(version.meeting.goals);
    expect(followUp.interventions.map((i) => i.id)).toEqual(version.meeting.interventions.map((i) => i.id));
    expect(followUp.review).toEqual({
      ofVersion: 1,
      goals: version.meeting.goals.map((g) => ({ goalId: g.id, status: '', comment: '' })),
      interventions: version.meeting.interventions.map((i) => ({ interventionId: i.id, carriedOut: '', helped: '', comment: '' })),
      newInformation: '',
    });
    followUp.goals[0]!.text = 'Ändrat i uppföljningen';
    expect(version.meeting.goals[0]!.text).not.toBe('Ändrat i uppföljningen');
    // Other meetings continue the plan too, without a review.
    const other = continueFrom({ ...followUp, kind: 'samverkansmote', review: null }, version.meeting, 1);
    expect(other.review).toBeNull();
    expect(other.goals.length).toBe(version.meeting.goals.length);
  });

  it('a follow-up starts with the parked issues and the disagreements still open, as the plan as agreed keeps them', async () => {
    const { agreedAt } = await import('../../src/domain/agreedPlan');
    const { plan, meeting } = heldMeeting();
    meeting.parked = [{ id: 'p-1', text: 'Resor till fritids' }];
    meeting.disagreements = [{ id: 'd-1', what: 'Vem betalar skolskjutsen', between: 'Skolan och socialtjänsten' }];
    const followUp = followUpOf(fixVersion(plan, meeting, 1));
    expect(followUp.parked).toEqual(meeting.parked);
    expect(followUp.disagreements).toEqual(meeting.disagreements);
    expect(followUp.disagreements).not.toBe(meeting.disagreements);
    // The same from the plan as agreed, which a new meeting starts from.
    const fromAgreed = continueFrom(followUp, agreedAt(meeting, 1), 1);
    expect(fromAgreed.disagreements).toEqual(meeting.disagreements);
    expect(fromAgreed.parked).toEqual(meeting.parked);
    // So the follow-up's copies still name the disagreement.
    const copies = planCopies({ plan, meeting: { ...held(followUp) }, version: 2, madeOn: '2027-02-01', includeIdNumber: false });
    const professional = copies.at(-1)!;
    expect(professional.blocks.some((b) => b.kind === 'list' && b.items.some((i) => i.includes('Vem betalar skolskjutsen')))).toBe(true);
  });

  it('the diff names goals and interventions added, removed and changed (text compared trimmed)', () => {
    const { plan, meeting } = heldMeeting();
    const v1 = fixVersion(plan, meeting, 1);
    const next = followUpOf(v1);
    const [first, second] = next.goals;
    first!.text = 'Lisa går till skolan fyra dagar i veckan';
    second!.text = `  ${second!.text}  `;
    const removedIntervention = next.interventions.splice(0, 1)[0]!;
    next.interventions[0]!.frequency = 'varannan vecka';
    const added = { ...newGoal('g-new', 'kort'), text: 'Lisa tränar fotboll' };
    next.goals.push(added);
    next.interventions.push({ ...newIntervention('i-new', 'g-new'), what: 'Fotbollsträning' });
    const v2 = fixVersion(v1.plan, held(next), 2);

    const diff = diffVersions(v1, v2);
    expect(diff.goals.added).toEqual([added]);
    expect(diff.goals.removed).toEqual([]);
    expect(diff.goals.changed.map((c) => [c.after.id, c.fields])).toEqual([[first!.id, ['text']]]);
    expect(diff.interventions.removed.map((i) => i.id)).toEqual([removedIntervention.id]);
    expect(diff.interventions.added.map((i) => i.id)).toEqual(['i-new']);
    expect(diff.interventions.changed.map((c) => c.fields)).toEqual([['frequency']]);
    expect(isEmptyDiff(diff)).toBe(false);
    expect(isEmptyDiff(diffVersions(v1, v1))).toBe(true);
  });

  it('holding a meeting moves the plan, records the day and makes the booked follow-up its next meeting', () => {
    const { plan, meeting } = heldMeeting();
    const before = structuredClone(plan);
    const next = afterMeetingHeld(
      plan,
      { heldAt: '2026-11-23T10:00:00.000Z', followUp: { date: '2027-02-01', startTime: '13:00', place: 'Skolan' } },
      'aktiv',
      new Date('2026-11-23T10:00:01Z'),
    );
    expect(next.status).toBe('aktiv');
    expect(next.lastHeldAt).toBe('2026-11-23');
    expect(next.booking).toMatchObject({ date: '2027-02-01', startTime: '13:00', place: 'Skolan', replyBy: '', durationMinutes: before.booking.durationMinutes });
    expect(next.updatedAt).toBe('2026-11-23T10:00:01.000Z');
    // Replies to the last invitation do not answer the next one.
    expect(before.participants.some((p) => p.invitation !== 'inbjuden')).toBe(true);
    expect(next.participants.every((p) => p.invitation === 'inbjuden' && p.substituteName === '')).toBe(true);
    expect(next.participants.map((p) => p.name)).toEqual(before.participants.map((p) => p.name));
    expect(plan).toStrictEqual(before);
    // No follow-up booked: the booking stays; a forbidden transition leaves the status.
    const unchanged = afterMeetingHeld(
      plan,
      { heldAt: meeting.heldAt || '2026-11-23T10:00:00.000Z', followUp: { date: '', startTime: '', place: '' } },
      null,
      new Date(),
    );
    expect(unchanged.status).toBe(plan.status);
    expect(unchanged.booking).toEqual(plan.booking);
  });

  it('a follow-up PDF has a section "Uppföljning" with every status; other meetings have none', () => {
    const { plan, meeting } = heldMeeting();
    const v1 = fixVersion(plan, meeting, 1);
    const followUp = followUpOf(v1);
    followUp.review!.goals[0]!.status = 'uppnatt';
    followUp.review!.goals[1]!.status = 'andrat';
    followUp.review!.interventions[0]!.carriedOut = 'delvis';
    followUp.review!.interventions[0]!.helped = 'ja';
    followUp.review!.newInformation = 'Ny skola från januari';
    const blocks = followUpSection({ plan, meeting: followUp, version: 2, madeOn: '2027-02-01', includeIdNumber: false });
    const text = JSON.stringify(blocks);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Uppföljning' });
    for (const word of ['Uppföljning av version 1 av planen.', 'Uppnått', 'Ändrat', 'Delvis', 'Ej angivet', 'Ny skola från januari']) expect(text).toContain(word);
    expect(followUpSection({ plan, meeting, version: 1, madeOn: '2026-11-23', includeIdNumber: false })).toEqual([]);
  });

  it('a plan copy after another kind of meeting is titled with that meeting first', () => {
    const { plan, meeting } = heldMeeting();
    expect(planCopies({ plan, meeting, version: 1, madeOn: '2026-11-23', includeIdNumber: false })[1]!.blocks[0]).toEqual({
      kind: 'heading',
      level: 1,
      text: 'Samordnad individuell plan (SIP)',
    });
    const copy = planCopies({ plan, meeting: { ...meeting, kind: 'samverkansmote' }, version: 2, madeOn: '2026-11-23', includeIdNumber: false })[1]!;
    expect(copy.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Samverkansmöte – Samordnad individuell plan (SIP)' });
    expect(copy.title.startsWith('Samverkansmöte – ')).toBe(true);
  });
});
