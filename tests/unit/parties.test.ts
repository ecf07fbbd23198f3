// The participant model (issue 12, part 1): the person's family and representatives are entered
// once and take part — invited, in the attendance right after the person, in the round, asked about
// the meeting, each with their own copy of the plan; an interpreter attends without a copy; for a
// child the guardians are proposed as invitees and as the ones giving consent.
import { describe, expect, it } from 'vitest';
import { feedbackOrder, INTERPRETER_ID, newMeeting, PERSON_ID, speakerQueue, type Meeting } from '../../src/domain/meeting';
import {
  ageOf,
  attendeeIds,
  copyKind,
  familyCopyOwners,
  familyReply,
  guardiansMissing,
  invitedFamily,
  invitees,
  isChild,
  joinNames,
  parties,
  proposedConsentGiver,
} from '../../src/domain/parties';
import { newSipFrom } from '../../src/domain/lifecycle';
import { afterMeetingHeld, newParticipant, newPlan, newRepresentative, type Plan, type RepresentativeKind } from '../../src/domain/plan';
import { summarize } from '../../src/domain/planSummary';
import { SIP_CIRCLE } from '../../src/i18n/meetingTemplates';
import { invitations } from '../../src/pdf/invitationDocument';
import type { Block, PdfDocument } from '../../src/pdf/model';
import { planCopies } from '../../src/pdf/planDocument';
import { fromRecord, toRecord } from '../../src/storage/planRepository';
import { CONTENT_VERSION } from '../../src/storage/shapes/contentVersion';
import { restorePlan } from '../../src/storage/shapes/plan';

const TODAY = '2026-03-14';
const NOW = new Date(Date.UTC(2026, 2, 14, 9, 30));

function rep(id: string, kind: RepresentativeKind, name: string) {
  return { ...newRepresentative(id), kind, name };
}

/** Lisa, 11 years old, with two guardians, a chair and a teacher. */
function childPlan(): Plan {
  const plan = newPlan('plan-1', NOW);
  plan.person.name = 'Lisa Berg';
  plan.person.idNumber = '20141224-1232';
  plan.person.representatives = [rep('g-1', 'vardnadshavare', 'Sara Berg'), rep('g-2', 'vardnadshavare', 'Ali Berg')];
  plan.participants = [
    { ...newParticipant('p-1'), name: 'Karin Lund', organisation: 'Socialtjänsten', isChair: true, invitation: 'bekraftad' },
    { ...newParticipant('p-2'), name: 'Olof Ek', organisation: 'Skolan' },
  ];
  return plan;
}

function meetingOf(plan: Plan): Meeting {
  let n = 0;
  return newMeeting({ id: 'm-1', plan, template: SIP_CIRCLE, kind: 'sip', minutes: 60, now: NOW, newId: () => `s-${++n}` });
}

function allText(doc: PdfDocument): string {
  const parts = [doc.coverLine, doc.fileName];
  for (const b of doc.blocks as Block[]) {
    if (b.kind === 'heading' || b.kind === 'paragraph') parts.push(b.text);
    if (b.kind === 'fields') parts.push(...b.rows.flatMap((r) => [r.label, r.value]));
    if (b.kind === 'list') parts.push(...b.items);
    if (b.kind === 'table') parts.push(...b.columns.map((c) => c.title), ...b.rows.flat());
  }
  return parts.join('\n');
}

describe('age and childhood', () => {
  it('reads the age from the personnummer, else from the birth date', () => {
    expect(ageOf({ idNumber: '20141224-1232', birthDate: '' }, TODAY)).toBe(11);
    expect(ageOf({ idNumber: '', birthDate: '2008-03-14' }, TODAY)).toBe(18);
    expect(ageOf({ idNumber: '', birthDate: '2008-03-15' }, TODAY)).toBe(17);
    expect(ageOf({ idNumber: '', birthDate: '' }, TODAY)).toBeNull();
    // A personnummer that does not check out does not count; the birth date typed then does.
    expect(ageOf({ idNumber: '20141224-1237', birthDate: '1980-01-01' }, TODAY)).toBe(46);
  });

  it('a child is under 18; unknown age is neither', () => {
    expect(isChild({ idNumber: '', birthDate: '2008-03-15' }, TODAY)).toBe(true);
    expect(isChild({ idNumber: '', birthDate: '2008-03-14' }, TODAY)).toBe(false);
    expect(isChild({ idNumber: '', birthDate: '' }, TODAY)).toBeNull();
  });
});

describe('who is invited and attends', () => {
  it('orders the meeting: the person, the family and representatives, the professionals, the interpreter', () => {
    const plan = childPlan();
    plan.preparation.practical.interpreterNeeded = true;
    plan.preparation.practical.interpreterLanguage = 'arabiska';
    expect(attendeeIds(plan, TODAY)).toEqual([PERSON_ID, 'g-1', 'g-2', 'p-1', 'p-2', INTERPRETER_ID]);
    expect(parties(plan, TODAY).map((p) => p.kind)).toEqual(['person', 'family', 'family', 'professional', 'professional', 'interpreter']);
  });

  it('invites every party but the interpreter; the interpreter is there only when needed', () => {
    const plan = childPlan();
    expect(attendeeIds(plan, TODAY)).not.toContain(INTERPRETER_ID);
    plan.preparation.practical.interpreterNeeded = true;
    expect(invitees(plan, TODAY).map((p) => p.id)).toEqual([PERSON_ID, 'g-1', 'g-2', 'p-1', 'p-2']);
  });

  it('proposes a guardian as invitee for a child, not for an adult; the chair’s mark wins', () => {
    const plan = childPlan();
    expect(invitedFamily(plan, TODAY).map((r) => r.id)).toEqual(['g-1', 'g-2']);
    plan.person.idNumber = '';
    plan.person.birthDate = '1990-05-01';
    plan.person.representatives.push(rep('gm', 'god-man', 'Eva Ek'), rep('n', 'narstaende', 'Mormor'), rep('s', 'stodperson', 'Kim'));
    expect(invitedFamily(plan, TODAY).map((r) => r.id)).toEqual(['gm', 'n', 's']);
    plan.person.representatives[0]!.invited = true;
    plan.person.representatives[3]!.invited = false;
    expect(invitedFamily(plan, TODAY).map((r) => r.id)).toEqual(['g-1', 'gm', 's']);
  });

  it('asks the chair for the guardians of a child when none is entered', () => {
    const plan = childPlan();
    expect(guardiansMissing(plan, TODAY)).toBe(false);
    plan.person.representatives = [];
    expect(guardiansMissing(plan, TODAY)).toBe(true);
  });

  it('a new meeting lists the family right after the person; they speak in the round and are asked about the meeting; the interpreter does neither', () => {
    const plan = childPlan();
    plan.preparation.practical.interpreterNeeded = true;
    const m = meetingOf(plan);
    expect(m.attendance.map((a) => a.attendeeId)).toEqual([PERSON_ID, 'g-1', 'g-2', 'p-1', 'p-2', INTERPRETER_ID]);
    for (const a of m.attendance) a.status = 'narvarande';
    const names: Record<string, string> = { [PERSON_ID]: 'Lisa', 'g-1': 'Sara', 'g-2': 'Ali', 'p-1': 'Karin', 'p-2': 'Olof', [INTERPRETER_ID]: 'Tolk' };
    expect(
      speakerQueue(
        m,
        (id) => names[id]!,
        () => 'x',
      ).map((s) => s.name),
    ).toEqual(['Lisa', 'Sara', 'Ali', 'Karin', 'Olof']);
    expect(feedbackOrder(m)).toEqual([PERSON_ID, 'g-1', 'g-2', 'p-1', 'p-2']);
  });
});

describe('copies of the plan', () => {
  it('the person gets the easy copy, family a family copy, professionals theirs, the interpreter none', () => {
    const plan = childPlan();
    plan.preparation.practical.interpreterNeeded = true;
    expect(parties(plan, TODAY).map(copyKind)).toEqual(['easy', 'family', 'family', 'professional', 'professional', 'none']);
  });

  it('makes a copy for each guardian, "Ditt exemplar — name, vårdnadshavare", with what the family does first and no tables', () => {
    const plan = childPlan();
    plan.preparation.practical.interpreterNeeded = true;
    const meeting = meetingOf(plan);
    meeting.ownActions = [
      { id: 'o-1', by: 'familjen', text: 'Vi följer med Lisa till tandläkaren' },
      { id: 'o-2', by: 'personen', text: 'Lisa packar väskan kvällen före' },
    ];
    const copies = planCopies({ plan, meeting, version: 1, madeOn: TODAY, includeIdNumber: false });
    expect(copies.map((c) => c.coverLine)).toEqual([
      'Ditt exemplar — Lisa Berg',
      'Ditt exemplar — Sara Berg, vårdnadshavare',
      'Ditt exemplar — Ali Berg, vårdnadshavare',
      'Ditt exemplar — Karin Lund, Socialtjänsten',
      'Ditt exemplar — Olof Ek, Skolan',
    ]);
    const sara = copies[1]!;
    const firstHeadings = sara.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(firstHeadings.slice(0, 2)).toEqual(['Planen för Lisa Berg', 'Det här gör ni i familjen']);
    expect(allText(sara)).toContain('Vi följer med Lisa till tandläkaren');
    expect(sara.blocks.some((b) => b.kind === 'table' || b.kind === 'fields')).toBe(false);
    expect(new Set(copies.map((c) => c.fileName)).size).toBe(copies.length);
  });

  it('a meeting from before the family attended still gives the invited family a copy', () => {
    const plan = childPlan();
    expect(familyCopyOwners(plan, [{ attendeeId: PERSON_ID }, { attendeeId: 'p-1' }], TODAY).map((r) => r.id)).toEqual(['g-1', 'g-2']);
    expect(familyCopyOwners(plan, [{ attendeeId: PERSON_ID }, { attendeeId: 'g-2' }], TODAY).map((r) => r.id)).toEqual(['g-2']);
  });
});

describe('invitations', () => {
  it('invites each guardian in words for a family member, without the professional phrasing', () => {
    const docs = invitations({ plan: childPlan(), madeOn: TODAY });
    expect(docs.map((d) => d.coverLine)).toEqual([
      'Kallelse — Lisa Berg',
      'Kallelse — Sara Berg, vårdnadshavare',
      'Kallelse — Ali Berg, vårdnadshavare',
      'Kallelse — Karin Lund, Socialtjänsten',
      'Kallelse — Olof Ek, Skolan',
    ]);
    const sara = allText(docs[1]!);
    expect(sara).toContain('Du är inbjuden som vårdnadshavare till ett möte om Lisa Berg.');
    expect(sara).toContain('Sara Berg, vårdnadshavare (du)');
    // Her reply is recorded: she is asked for it, by whom to call.
    expect(sara).toContain('Berätta om du kommer\nRing eller skriv till Karin Lund');
    expect(sara).not.toMatch(/yrkesroll|mandat|Guide för|Vidarebefordra/iu);
    // The professionals' invitation lists the guardians among the invited.
    expect(allText(docs[3]!)).toContain('Ali Berg');
  });
});

describe('the interpreter in the documents (booked, present, not a party)', () => {
  it('the invitations say one is booked; a held meeting’s copies list the interpreter as not a party', () => {
    const plan = childPlan();
    plan.preparation.practical.interpreterNeeded = true;
    plan.preparation.practical.interpreterLanguage = 'arabiska';
    const docs = invitations({ plan, madeOn: TODAY });
    expect(allText(docs[0]!)).toContain('Det kommer en tolk på arabiska till mötet.');
    expect(allText(docs[1]!)).toContain('Det kommer en tolk på arabiska till mötet.');
    expect(allText(docs.at(-1)!)).toContain('En tolk på arabiska är bokad till mötet.');
    const meeting = meetingOf(plan);
    expect(meeting.attendance.some((a) => a.attendeeId === INTERPRETER_ID)).toBe(true);
    const copy = planCopies({ plan, meeting, version: 1, madeOn: TODAY, includeIdNumber: false }).at(-1)!;
    const rows = copy.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
    expect(rows.some((r) => r[0] === 'Tolk, arabiska' && r[2] === 'Tolk, inte part i planen')).toBe(true);
    // No interpreter: none of it.
    plan.preparation.practical.interpreterNeeded = false;
    expect(invitations({ plan, madeOn: TODAY }).map(allText).join('\n')).not.toContain('tolk');
  });
});

describe('the family’s replies', () => {
  /** Lisa's plan with her meeting booked: Sara has confirmed, Ali has not answered, Olof has not either. */
  function booked(): Plan {
    const plan = childPlan();
    plan.booking = { ...plan.booking, date: '2026-03-20', startTime: '13:00', replyBy: '2026-03-17' };
    plan.person.representatives[0]!.reply = 'bekraftad';
    return plan;
  }

  it('counts an invited family member who has not answered among the replies awaited', () => {
    const plan = booked();
    // Olof and Ali.
    expect(summarize(plan).invited).toBe(2);
    plan.person.representatives[1]!.reply = 'avbojd';
    expect(summarize(plan).invited).toBe(1);
    // A family member who is not invited is not waited for.
    plan.person.representatives[1]!.reply = undefined;
    plan.person.representatives[1]!.invited = false;
    expect(summarize(plan).invited).toBe(1);
  });

  it('never waits for the chair, who called the meeting and takes the replies', () => {
    const plan = booked();
    plan.participants[0]!.invitation = 'inbjuden';
    expect(summarize(plan).invited).toBe(2);
    plan.participants[0]!.isChair = false;
    expect(summarize(plan).invited).toBe(3);
  });

  it('starts the meeting with one who declined marked absent, and leaves them out of who comes', () => {
    const plan = booked();
    plan.person.representatives[1]!.reply = 'avbojd';
    const attendance = meetingOf(plan).attendance;
    expect(attendance.find((a) => a.attendeeId === 'g-2')?.status).toBe('franvarande');
    expect(attendance.find((a) => a.attendeeId === 'g-1')?.status).toBe('ej-angiven');
    const docs = invitations({ plan, madeOn: TODAY });
    // Ali still gets his invitation; the others' say he does not come.
    expect(docs.map((d) => d.coverLine)).toContain('Kallelse — Ali Berg, vårdnadshavare');
    const professional = allText(docs.find((d) => d.coverLine === 'Kallelse — Olof Ek, Skolan')!);
    expect(professional).toContain('Har lämnat återbud: Ali Berg, vårdnadshavare.');
    const table = docs.find((d) => d.coverLine === 'Kallelse — Olof Ek, Skolan')!.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r[0])).toEqual(['Lisa Berg', 'Sara Berg', 'Karin Lund', 'Olof Ek (du)']);
    expect(allText(docs.find((d) => d.coverLine === 'Kallelse — Sara Berg, vårdnadshavare')!)).not.toContain('Ali Berg');
  });

  it('is answered anew for the next meeting booked, and for a new SIP', () => {
    const plan = booked();
    plan.person.representatives[1]!.reply = 'avbojd';
    const next = afterMeetingHeld(
      plan,
      { kind: 'sip', heldAt: NOW.toISOString(), followUp: { date: '2026-06-01', startTime: '10:00', place: 'Skolan' } },
      'aktiv',
      NOW,
    );
    expect(next.person.representatives.map((r) => familyReply(r))).toEqual(['inbjuden', 'inbjuden']);
    expect(next.person.representatives.every((r) => !('reply' in r))).toBe(true);
    expect(newSipFrom({ ...plan, status: 'avslutad' }, 'plan-2', NOW).person.representatives.map((r) => familyReply(r))).toEqual(['inbjuden', 'inbjuden']);
  });

  it('keeps a reply through storage, and drops one it does not know', () => {
    const plan = booked();
    expect(fromRecord(toRecord(plan)).person.representatives.map((r) => r.reply)).toEqual(['bekraftad', undefined]);
    const stored = structuredClone(plan) as unknown as { person: { representatives: Record<string, unknown>[] } };
    stored.person.representatives[1]!.reply = 'ersattare';
    expect(restorePlan(stored, CONTENT_VERSION).person.representatives[1]).not.toHaveProperty('reply');
  });
});

describe('consent givers', () => {
  it('proposes the guardians by name for a child, the person for an adult', () => {
    const plan = childPlan();
    expect(proposedConsentGiver(plan, TODAY)).toEqual({ givenBy: 'vardnadshavare', names: ['Sara Berg', 'Ali Berg'] });
    expect(joinNames(['Sara Berg', 'Ali Berg'])).toBe('Sara Berg och Ali Berg');
    plan.person.idNumber = '';
    plan.person.birthDate = '1990-05-01';
    expect(proposedConsentGiver(plan, TODAY)).toEqual({ givenBy: 'personen', names: [] });
  });
});

describe('an older plan’s relative', () => {
  it('opens with the relative noted under practical needs as a närstående, entered once, and keeps it', () => {
    const plan = childPlan();
    plan.preparation.practical.relativePresent = true;
    plan.preparation.practical.relativeName = 'Mormor Ayşe';
    // As an older release stored it: content version 1 (see shapes/plan.ts and storedShapes.test.ts).
    const opened = restorePlan(structuredClone(plan), 1);
    const relative = opened.person.representatives.at(-1)!;
    expect(relative).toMatchObject({ kind: 'narstaende', name: 'Mormor Ayşe', invited: true });
    expect(opened.preparation.practical).toMatchObject({ relativePresent: false, relativeName: '' });
    expect(attendeeIds(opened, TODAY)).toEqual([PERSON_ID, 'g-1', 'g-2', relative.id, 'p-1', 'p-2']);
    // Opened and stored again, it is not added twice.
    expect(fromRecord(toRecord(opened)).person.representatives).toHaveLength(3);
  });

  it('leaves a plan without a relative as it was', () => {
    const plan = childPlan();
    expect(restorePlan(structuredClone(plan), 1)).toStrictEqual(plan);
  });
});
