// The plan and invitation as document models: which sections, in which order, for whom, and what
// must never be in them. No jsPDF here: the renderer has its own tests.
import { describe, expect, it } from 'vitest';
import { newIntervention } from '../../src/domain/meeting';
import { invitations } from '../../src/pdf/invitationDocument';
import type { Block, PdfDocument } from '../../src/pdf/model';
import { interventionsOf, planCopies, planCopy, type PlanExport } from '../../src/pdf/planDocument';
import { fileName, fileNamePart } from '../../src/pdf/fileName';
import { uniqueNames } from '../../src/pdf/make';
import { heldMeeting, PERSON_NAME, PERSONNUMMER } from '../fixtures/heldMeeting';
import { heldFollowUp, LONG_GOAL_COMMENT, NEW_SHORT_GOAL, OLD_SHORT_GOAL } from '../fixtures/heldFollowUp';

function input(patch: Partial<PlanExport> = {}): PlanExport {
  const { plan, meeting } = heldMeeting();
  return { plan, meeting, version: 1, madeOn: '2026-11-23', includeIdNumber: false, ...patch };
}

const headings = (doc: PdfDocument, level: 1 | 2 = 1) =>
  doc.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === level).map((b) => b.text);

/** Every string a document holds, in order. */
function allText(doc: PdfDocument): string {
  const parts = [doc.fileName, doc.title, doc.author, doc.subject, doc.coverLine, doc.marking, doc.footer];
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph') parts.push(b.text);
    if (b.kind === 'fields') parts.push(...b.rows.flatMap((r) => [r.label, r.value]));
    if (b.kind === 'list') parts.push(...b.items);
    if (b.kind === 'table') parts.push(...b.columns.map((c) => c.title), ...b.rows.flat());
  }
  return parts.join('\n');
}

/** The block right after a level-1 heading. */
function after(doc: PdfDocument, heading: string): Block | undefined {
  const i = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  return i < 0 ? undefined : doc.blocks[i + 1 + (doc.blocks[i + 1]?.kind === 'paragraph' && doc.blocks[i + 2]?.kind === 'list' ? 1 : 0)];
}

describe('planCopies', () => {
  it('makes one copy for the person and one for each of the eight participants', () => {
    const data = input();
    const copies = planCopies(data);
    expect(copies).toHaveLength(9);
    expect(copies[0]!.coverLine).toBe(`Ditt exemplar — ${PERSON_NAME}`);
    expect(copies.slice(1).map((c) => c.coverLine)).toEqual(data.plan.participants.map((p) => `Ditt exemplar — ${p.name}, ${p.organisation}`));
    expect(new Set(copies.map((c) => c.fileName)).size).toBe(9);
  });

  it("a participant's copy holds the plan document's sections in DOMAIN.md's order, with Dina åtaganden first", () => {
    const data = input();
    const copy = planCopy(data, { kind: 'participant', participantId: data.plan.participants[1]!.id });
    expect(headings(copy)).toEqual([
      'Samordnad individuell plan (SIP)',
      'Dina åtaganden',
      'Personen',
      'Vad är viktigt för dig?',
      'Deltagare',
      'Samtycke',
      'Mål och insatser',
      'Insatser',
      'Det personen och familjen gör själva',
      'Oenighet',
      'Personens svar på planen',
      'Huvudansvarig',
      'Nästa uppföljning',
    ]);
    expect(copy.marking).toBe('Innehåller uppgifter som omfattas av sekretess');
    expect(copy.footer).toBe(`Plan ${data.plan.id} · version 1 · skapad 2026-11-23`);
    expect(copy.bodySize).toBeGreaterThanOrEqual(11);
    expect(copy.author).toBe('Socialtjänsten'); // the chair's organisation
  });

  it('Dina åtaganden holds exactly the interventions of that participant’s organisation', () => {
    const data = input();
    for (const participant of data.plan.participants) {
      const copy = planCopy(data, { kind: 'participant', participantId: participant.id });
      const expected = data.meeting.interventions.filter((i) => i.organisation === participant.organisation).map((i) => i.what);
      const block = after(copy, 'Dina åtaganden');
      expect(block?.kind).toBe('list');
      const items = block?.kind === 'list' ? block.items : [];
      expect(items).toHaveLength(expected.length);
      expected.forEach((what, n) => expect(items[n]!.startsWith(what)).toBe(true));
    }
    // Skolan answers for two interventions; the one the person does is nobody's organisation's.
    expect(interventionsOf(data, data.plan.participants[2]!).map((i) => i.what)).toEqual(['Anpassad studiegång', 'Kuratorssamtal']);
  });

  it('says so when a participant’s organisation has no interventions', () => {
    const data = input();
    data.meeting.interventions = data.meeting.interventions.filter((i) => i.organisation !== 'BUP');
    const copy = planCopy(data, { kind: 'participant', participantId: data.plan.participants[1]!.id });
    expect(after(copy, 'Dina åtaganden')).toEqual({ kind: 'paragraph', text: 'Planen har inga insatser som din verksamhet ansvarar för.' });
  });

  it('every goal and intervention, every participant and the lead are in every professional copy', () => {
    const data = input();
    for (const copy of planCopies(data).slice(1)) {
      const text = allText(copy);
      for (const goal of data.meeting.goals) expect(text).toContain(goal.text);
      for (const i of data.meeting.interventions) expect(text).toContain(i.what);
      for (const p of data.plan.participants) expect(text).toContain(p.name);
      expect(text).toContain('Vem som betalar skolskjutsen (mellan Socialtjänsten och Skolan)');
      expect(text).toContain('Fritidsaktiviteter');
      expect(text).toContain('Kallar till uppföljning');
      expect(text).toContain('Ställer väckarklockan.');
    }
  });

  it('prints each intervention’s details once: under its goal what and who, in "Insatser" when and where', () => {
    const data = input();
    const copy = planCopy(data, { kind: 'participant', participantId: data.plan.participants[1]!.id });
    const start = copy.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Mål och insatser');
    const end = copy.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Insatser');
    const underGoals = copy.blocks.slice(start, end).flatMap((b) => (b.kind === 'list' ? b.items : []));
    expect(underGoals).toHaveLength(data.meeting.interventions.length);
    expect(underGoals[0]).toBe('Stödsamtal med familjen · Lisa Andersson (Socialtjänsten)');
    for (const item of underGoals) expect(item).not.toMatch(/start|Skolan$|kl\./u);
    const table = copy.blocks[end + 1];
    expect(table?.kind === 'table' && table.rows.map((r) => r[2])).toEqual(data.meeting.interventions.map((i) => (i.startDate ? 'tis 1 dec. 2026' : '')));
  });

  it('names who chaired the meeting and who took its notes, as the meeting recorded them', () => {
    const data = input();
    // Someone else took the notes on the day than the plan had named.
    data.meeting.noteTakerId = data.plan.participants[3]!.id;
    const table = after(planCopy(data, { kind: 'participant', participantId: data.plan.participants[1]!.id }), 'Deltagare');
    const roles = table?.kind === 'table' ? new Map(table.rows.map((r) => [r[0], r[2]])) : new Map();
    expect(roles.get('Lisa Andersson')).toBe('Handläggare (mötesledare)');
    expect(roles.get('Jonas Berg')).toBe('Distriktssköterska (sekreterare)');
    expect(roles.get('Ayşe Çelik')).toBe('Kurator');
  });

  it('gives the person’s answer under its heading without saying the heading again', () => {
    const copy = planCopy(input(), { kind: 'participant', participantId: input().plan.participants[1]!.id });
    expect(after(copy, 'Personens svar på planen')).toEqual({
      kind: 'fields',
      rows: [
        { label: 'Svar', value: 'Håller med' },
        { label: 'Med personens egna ord', value: 'Det låter bra.' },
      ],
    });
  });

  it('leaves the personnummer out unless the chair asks for it, and never puts it in a file name', () => {
    const without = planCopies(input());
    for (const copy of without) expect(allText(copy)).not.toContain(PERSONNUMMER);
    const withId = planCopies(input({ includeIdNumber: true }));
    for (const copy of withId) {
      expect(allText(copy)).toContain(PERSONNUMMER);
      expect(copy.fileName).not.toMatch(/\d{8}-?\d{4}|\d{6}-?\d{4}/u);
    }
    // Without the number, the birth date identifies the person in professional copies.
    expect(allText(without[1]!)).toContain('Född');
  });

  it("the person's copy is easy Swedish in large type: their words first, goals, who does what, the lead, next meeting, where to turn", () => {
    const data = input();
    const copy = planCopy(data, { kind: 'person' });
    expect(copy.bodySize).toBeGreaterThanOrEqual(13);
    // No version number, a hard word in easy Swedish, after the first meeting too.
    expect(copy.footer).toBe('Skapad 23 november 2026');
    expect(headings(copy)).toEqual([
      'Din plan',
      'Det här är viktigt för dig',
      'Dina mål',
      'Det här ska hända',
      'Det här gör du själv',
      'Det här gör din familj',
      'Det här är inte bestämt än',
      'Det här pratar ni om senare',
      'Din kontaktperson',
      'Nästa möte',
      'Så går mötet till',
      'Om något ändras',
    ]);
    const text = allText(copy);
    // The parts of the meeting in the person's words: a young person's (the fixture's person is 13).
    expect(text).toContain('tillsammans med din vårdnadshavare');
    expect(text).toContain(data.plan.preparation.whatMatters);
    expect(text).toContain('Lisa Andersson på Socialtjänsten håller ihop din plan.');
    // The disagreement and the parked issue, in plain words: they are about the person too.
    expect(text).toContain(
      'Det här kunde ni inte bestämma på mötet. Frågorna tas upp på annat håll.\nVem som betalar skolskjutsen: Socialtjänsten och Skolan är inte överens.',
    );
    expect(text).toContain('Det här pratar ni om senare\nFritidsaktiviteter');
    expect(text).toContain('Nästa möte är måndag 15 februari 2027 klockan 13:00. Mötet är på Skolan.');
    expect(text).toContain('Ayşe Çelik på Skolan: Anpassad studiegång. Start tisdag 1 december 2026. Tisdagar kl. 10. En gång i veckan. Skolan.');
    // What the person does, as the heading says it: no "Du:" before the one that is an intervention.
    expect(after(copy, 'Det här gör du själv')).toEqual({ kind: 'list', items: ['Packar skolväskan kvällen före.', 'Ställer väckarklockan.'] });
    // No codes or abbreviations meant for professionals in what is printed on the pages.
    const printed = allText({ ...copy, fileName: '', title: '', subject: '' });
    expect(printed).not.toMatch(/\bAU12[45]\b|\bAW010\b|KVÅ|\bSIP\b/u);
    expect(printed).not.toMatch(/\b(?:tis|mån|ons|tors|fre|jan|feb|dec)\.\s/u);
  });

  it('file names are readable ASCII: date, name, organisation', () => {
    const data = input();
    const copies = planCopies(data);
    expect(copies[0]!.fileName).toBe('SIP-2026-11-23-Lucja-Orsted-Sahin');
    expect(copies[1]!.fileName).toBe('SIP-2026-11-23-Lisa-Andersson-Socialtjansten');
    expect(copies[2]!.fileName).toBe('SIP-2026-11-23-Nguyen-Thi-Hang-BUP');
    for (const c of copies) expect(c.fileName).toMatch(/^[A-Za-z0-9-]+$/u);
  });
});

describe('withdrawn consent', () => {
  it('is printed on every page of every copy and invitation, and first in the body', () => {
    const data = input();
    data.plan.consents = [
      {
        id: 'c1',
        givenBy: 'vardnadshavare',
        givenByName: 'Sara',
        form: 'skriftligt',
        date: '2026-10-01',
        scopes: [],
        notShared: '',
        validUntil: '2027-10-01',
        withdrawn: true,
        withdrawnDate: '2026-11-20',
      },
    ];
    const docs = [...planCopies(data), ...invitations({ plan: data.plan, madeOn: '2026-11-23' })];
    for (const doc of docs) {
      expect(doc.marking).toBe('Innehåller uppgifter som omfattas av sekretess · Samtycket är återkallat');
      const notice = doc.blocks[1];
      expect(notice?.kind === 'paragraph' && notice.emphasis).toBe(true);
      expect(notice?.kind === 'paragraph' && notice.text).toMatch(
        /^Samtycke(t är återkallat \(fre 20 nov\. 2026\)|t till planen har tagits tillbaka fredag 20 november 2026)\./u,
      );
    }
    // Without a withdrawal, no notice and the plain marking.
    const plain = planCopies(input());
    for (const doc of plain) expect(allText(doc)).not.toContain('återkallat');
  });
});

describe('"Så går mötet till": the meeting the reader goes to next', () => {
  const parts = (doc: PdfDocument) => headings(doc, 2).filter((h) => /^\d\. /u.test(h));

  it('after the SIP meeting, the person’s copy explains the follow-up it booked; the invitations the meeting they invite to', () => {
    const data = input();
    expect(data.meeting.followUp.date).not.toBe('');
    expect(parts(planCopy(data, { kind: 'person' }))[1]).toBe('2. Hur har det gått?');
    const [own] = invitations({ plan: data.plan, madeOn: '2026-11-01' });
    expect(parts(own!)[1]).toBe('2. Aktuell situation');
    const { followUp } = heldFollowUp();
    const [toFollowUp] = invitations({ plan: data.plan, madeOn: '2027-02-01', followsUp: { ...data.plan.agreed!, goals: followUp.goals } });
    expect(parts(toFollowUp!)[1]).toBe('2. Hur har det gått?');
  });

  it('is left out of a copy when no next meeting is booked', () => {
    const data = input();
    data.meeting.followUp = { date: '', startTime: '', place: '' };
    data.plan.booking = { ...data.plan.booking, date: '' };
    expect(headings(planCopy(data, { kind: 'person' }))).not.toContain('Så går mötet till');
  });
});

describe('what must not be shared', () => {
  it('is never printed: the professionals read that a limit exists, and no document names it', () => {
    const data = input();
    const consent = data.plan.consents[0] ?? {
      id: 'c1',
      givenBy: 'vardnadshavare' as const,
      givenByName: 'Sara',
      form: 'skriftligt' as const,
      date: '2026-10-01',
      scopes: [],
      validUntil: '2027-10-01',
      withdrawn: false,
      withdrawnDate: '',
      notShared: '',
    };
    data.plan.consents = [{ ...consent, notShared: 'Pappans sjukdom' }];
    const docs = [...planCopies(data), ...invitations({ plan: data.plan, madeOn: '2026-11-23' })];
    for (const doc of docs) expect(allText(doc)).not.toContain('Pappans sjukdom');
    const professional = docs.find((d) => d.coverLine.startsWith('Ditt exemplar — Lisa Andersson'))!;
    expect(allText(professional)).toContain('Det finns uppgifter som inte får delas. De skrivs inte ut i planen.');
    // No limit entered, no line about one.
    expect(allText(planCopies(input()).at(-1)!)).not.toContain('Får inte delas');
  });
});

describe('fileName', () => {
  it('folds letters without an ASCII form and drops anything that looks like a personnummer', () => {
    expect(fileNamePart('Łucja Ørsted-Şahin')).toBe('Lucja-Orsted-Sahin');
    expect(fileNamePart('Æsa Þór, förvaltning')).toBe('Aesa-Thor-forvaltning');
    expect(fileName('SIP', 'Lisa 19121212-1212')).toBe('SIP-Lisa');
    expect(fileName('', '  ')).toBe('SIP');
  });
});

describe('uniqueNames', () => {
  it('gives two copies with the same name and organisation different file names', () => {
    expect(uniqueNames(['SIP-a', 'SIP-b', 'SIP-a', 'SIP-a'])).toEqual(['SIP-a.pdf', 'SIP-b.pdf', 'SIP-a-2.pdf', 'SIP-a-3.pdf']);
  });
});

describe('invitations', () => {
  it('one per participant, with the person by name only, time, place, purpose, questions, invitees, whom to answer by when, and the guide', () => {
    const { plan } = heldMeeting();
    const docs = invitations({ plan, madeOn: '2026-11-09' });
    expect(docs).toHaveLength(9);
    const doc = docs[2]!;
    expect(doc.coverLine).toBe('Kallelse — Nguyễn Thị Hằng, BUP');
    expect(headings(doc)).toEqual([
      'Kallelse till möte om samordnad individuell plan (SIP)',
      'Syfte med mötet',
      'Inbjudna',
      'Svara',
      'Till dig som är inbjuden i din yrkesroll',
    ]);
    const text = allText(doc);
    expect(text).toContain(PERSON_NAME);
    expect(text).not.toContain(PERSONNUMMER);
    expect(text).not.toContain('2012-12-12');
    expect(text).toContain('09:00–10:00 (60 minuter)');
    expect(text).toContain('Familjecentralen');
    expect(text).toContain(plan.preparation.purpose);
    expect(text).toContain('Hur får Łucja en fungerande skolgång?');
    expect(text).toContain('Nguyễn Thị Hằng (du)');
    expect(text).toContain('Handläggare (mötesledare)');
    expect(text).toContain('Svara till Lisa Andersson, Socialtjänsten, 010-111 11 11, lisa@kommun.se senast mån 16 nov. 2026.');
    expect(text).toContain('Ta med mandat att fatta de beslut som kan behövas på mötet.');
    expect(doc.fileName).toBe('Kallelse-2026-11-23-Nguyen-Thi-Hang-BUP');
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toHaveLength(9);
  });

  it("the person's own invitation comes first, in easy Swedish and large type", () => {
    const { plan } = heldMeeting();
    const doc = invitations({ plan, madeOn: '2026-11-09' })[0]!;
    expect(doc.coverLine).toBe(`Kallelse — ${PERSON_NAME}`);
    expect(doc.bodySize).toBeGreaterThanOrEqual(13);
    expect(doc.fileName).toBe('Kallelse-2026-11-23-Lucja-Orsted-Sahin');
    expect(headings(doc)).toEqual([
      'Du är inbjuden till ett möte om din plan',
      'Varför vi ses',
      'Det här vill vi prata om',
      'De här är inbjudna',
      'Så går mötet till',
      'Berätta om du kommer',
      'Om du inte kan komma',
    ]);
    const text = allText({ ...doc, fileName: '', title: '', subject: '' });
    expect(text).toContain('Mötet är måndag 23 november 2026 klockan 09:00 till 10:00.\nMötet är på Familjecentralen.');
    expect(text).toContain('Nguyễn Thị Hằng från BUP');
    expect(text).toContain('Ring eller skriv till Lisa Andersson, 010-111 11 11, lisa@kommun.se senast måndag 16 november 2026. Berätta om du kommer.');
    expect(text).toContain('Ring eller skriv till Lisa Andersson, 010-111 11 11, lisa@kommun.se. Då hittar vi en annan tid.');
    expect(text).not.toContain(PERSONNUMMER);
    expect(text).not.toMatch(/\bSIP\b|KVÅ|\b(?:mån|tis|nov|dec)\./u);
  });

  it('a video meeting gives the link; no chair means answering whoever called', () => {
    const { plan } = heldMeeting();
    plan.booking.place = '';
    plan.booking.videoLink = 'https://meet.example.se/sip';
    plan.booking.replyBy = '';
    plan.participants = plan.participants.map((p) => ({ ...p, isChair: false }));
    const text = allText(invitations({ plan, madeOn: '2026-11-09' })[1]!);
    expect(text).toContain('https://meet.example.se/sip');
    expect(text).not.toContain('Inte angivet');
    expect(text).toContain('Svara till den som kallat till mötet så snart du kan.');
  });
});

describe('a follow-up’s copies', () => {
  // Version 1 (the fixture's SIP meeting) followed up in version 2: the short-term goal reworded,
  // Kuratorssamtal removed, Anpassad studiegång twice a week instead of once, every goal marked.
  function followUpInput(patch: Partial<PlanExport> = {}): PlanExport {
    const { plan, followUp, v1 } = heldFollowUp();
    return { plan, meeting: followUp, version: 2, madeOn: '2027-02-15', includeIdNumber: false, previous: v1, ...patch };
  }
  const tableCells = (doc: PdfDocument) => doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : []));

  it('a participant’s copy shows the changed goal with its old text, names the removed intervention and gives a changed one’s old value', () => {
    const data = followUpInput();
    const copy = planCopy(data, { kind: 'participant', participantId: data.plan.participants[1]!.id });
    const cells = tableCells(copy);
    expect(cells).toContain(`Kortsiktigt mål 1: ${NEW_SHORT_GOAL}\nFörut: ${OLD_SHORT_GOAL}`);
    expect(cells).toContain('Borttaget: Kuratorssamtal, Ayşe Çelik (Skolan)');
    expect(cells).toContain('Anpassad studiegång\nAyşe Çelik (Skolan)\nHur ofta: två gånger i veckan. Förut: en gång i veckan');
    // An unchanged goal and intervention carry no "Förut".
    expect(cells).toContain('Långsiktigt mål 1: Łucja går i skolan varje dag.');
    expect(cells).toContain('Hälsobesök\nJonas Berg (Vårdcentralen)');
    expect(cells.filter((c) => c.includes('Förut:'))).toHaveLength(2);
    // The professional copy keeps its version and its Uppföljning section.
    expect(allText(copy)).toContain('Uppföljning av version 1 av planen.');
    expect(copy.footer).toBe(`Plan ${data.plan.id} · version 2 · skapad 2027-02-15`);
  });

  it('the person and the family read which interventions did not happen, or only in part, beside the plan as it is now', () => {
    const data = followUpInput();
    const { plan, meeting } = data;
    plan.person.representatives = [{ id: 'rep-1', kind: 'vardnadshavare', name: 'Sara Ørsted', contact: { phone: '', email: '', address: '' } }];
    const studies = meeting.interventions.find((i) => i.what === 'Anpassad studiegång')!;
    const health = meeting.interventions.find((i) => i.what === 'Hälsobesök')!;
    meeting.review!.interventions = meeting.review!.interventions.map((r) =>
      r.interventionId === studies.id
        ? { ...r, carriedOut: 'nej', comment: 'Skolan hade ingen lärare.' }
        : r.interventionId === health.id
          ? { ...r, carriedOut: 'delvis' }
          : r,
    );
    const copies = planCopies(data);
    for (const copy of [copies[0]!, copies.find((c) => c.owner.includes('Sara Ørsted'))!]) {
      const text = allText(copy);
      expect(text, copy.owner).toContain('Det här blev inte som ni bestämde');
      expect(text, copy.owner).toContain('Anpassad studiegång, Ayşe Çelik (Skolan): blev inte av sedan förra mötet.\nPå mötet sa ni: Skolan hade ingen lärare.');
      expect(text, copy.owner).toContain('Hälsobesök, Jonas Berg (Vårdcentralen): blev bara delvis av sedan förra mötet.');
    }
    // All carried out: no such part.
    for (const copy of planCopies(followUpInput()).slice(0, 1)) expect(allText(copy)).not.toContain('blev inte som ni bestämde');
  });

  it('a professional copy marks an intervention added at the follow-up as new, as the family’s does', () => {
    const data = followUpInput();
    const goalId = data.meeting.goals[0]!.id;
    data.meeting.interventions.push({ ...newIntervention('i-new', goalId), what: 'Läxhjälp' });
    const copy = planCopy(data, { kind: 'participant', participantId: data.plan.participants[1]!.id });
    expect(headings(copy, 2)).toContain('Nya insatser');
    expect(allText(copy)).toContain('Nytt: Läxhjälp');
    // Nothing added: no such part.
    expect(headings(planCopy(followUpInput(), { kind: 'participant', participantId: data.plan.participants[1]!.id }), 2)).not.toContain('Nya insatser');
  });

  it('every professional copy carries the same history', () => {
    for (const copy of planCopies(followUpInput()).slice(1)) {
      const text = allText(copy);
      expect(text).toContain(`Förut: ${OLD_SHORT_GOAL}`);
      expect(text).toContain('Borttaget: Kuratorssamtal, Ayşe Çelik (Skolan)');
      expect(text).toContain('Förut: en gång i veckan');
    }
  });

  it('without the reviewed version the copies still show every status, and only "Borttaget"', () => {
    const data = followUpInput({ previous: undefined });
    const copy = planCopy(data, { kind: 'participant', participantId: data.plan.participants[0]!.id });
    expect(tableCells(copy)).toContain('Borttaget');
    expect(allText(copy)).not.toContain('Förut:');
  });

  it('a family member’s copy has the history too, in lists, not tables', () => {
    const data = followUpInput();
    data.plan.person.representatives = [
      {
        id: 'r-1',
        kind: 'vardnadshavare',
        name: 'Sara Ørsted',
        contact: { phone: '', email: '', address: '' },
      } as (typeof data.plan.person.representatives)[number],
    ];
    data.meeting.attendance.push({ attendeeId: 'r-1', status: 'narvarande', substituteName: '' });
    const copy = planCopy(data, { kind: 'family', representativeId: 'r-1' });
    expect(copy.blocks.some((b) => b.kind === 'table')).toBe(false);
    const goals = after(copy, 'Så har det gått');
    expect(goals?.kind === 'list' && goals.items).toEqual([
      `Łucja går i skolan varje dag.\nArbetet med målet pågår.\n${LONG_GOAL_COMMENT}`,
      `${NEW_SHORT_GOAL}\nFörut: ${OLD_SHORT_GOAL}\nMålet är ändrat.`,
    ]);
    const changes = after(copy, 'Det här har ändrats i insatserna');
    expect(changes?.kind === 'list' && changes.items).toEqual([
      'Borttaget: Kuratorssamtal, Ayşe Çelik (Skolan)',
      'Anpassad studiegång, Ayşe Çelik (Skolan)\nHur ofta: två gånger i veckan. Förut: en gång i veckan',
    ]);
    expect(allText(copy)).not.toMatch(/version/iu);
    // What the person does, under a heading with her name: not said again first.
    expect(after(copy, 'Det här gör Łucja Ørsted-Şahin')).toEqual({ kind: 'list', items: ['Packar skolväskan kvällen före.', 'Ställer väckarklockan.'] });
  });

  it("the person's copy stays easy: no tables, no version, one or two plain sentences per goal, then who does what", () => {
    const data = followUpInput();
    const copy = planCopy(data, { kind: 'person' });
    expect(copy.bodySize).toBeGreaterThanOrEqual(13);
    expect(copy.blocks.some((b) => b.kind === 'table' || b.kind === 'fields')).toBe(false);
    const printed = allText({ ...copy, fileName: '', title: '', subject: '' });
    expect(printed).not.toMatch(/version|Uppföljning av|Status|Kommentar|Genomförd|Hjälpt|Ej angivet/iu);
    expect(headings(copy)).not.toContain('Uppföljning');
    expect(printed).not.toMatch(/\bAU12[45]\b|\bAW010\b|KVÅ|\bSIP\b/u);
    expect(headings(copy)).toEqual([
      'Din plan',
      'Det här är viktigt för dig',
      'Så har det gått med dina mål',
      'Det här är nytt',
      'Det här ska hända',
      'Det här gör du själv',
      'Det här gör din familj',
      'Det här har slutat',
      // Carried from the SIP meeting, still open.
      'Det här är inte bestämt än',
      'Det här pratar ni om senare',
      'Din kontaktperson',
      'Nästa möte',
      'Så går mötet till',
      'Om något ändras',
    ]);
    // Each goal as it is now, with how it went and what happens now in one or two sentences.
    const i = copy.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Så har det gått med dina mål');
    const goalBlocks = copy.blocks.slice(i + 1, i + 6);
    expect(goalBlocks).toEqual([
      { kind: 'heading', level: 2, text: 'Łucja går i skolan varje dag.' },
      { kind: 'paragraph', text: 'Du är på väg mot målet. Ni fortsätter att arbeta med det.' },
      { kind: 'paragraph', text: `På mötet sa ni: ${LONG_GOAL_COMMENT}` },
      { kind: 'heading', level: 2, text: NEW_SHORT_GOAL },
      { kind: 'paragraph', text: 'Ni har ändrat målet. Nu gäller det nya målet.' },
    ]);
    for (const b of goalBlocks.filter((x) => x.kind === 'paragraph' && !x.text.startsWith('På mötet sa ni'))) {
      const sentences = b.kind === 'paragraph' ? b.text.split(/(?<=[.!?])\s+/u) : [];
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      for (const s of sentences) expect(s.split(' ').length).toBeLessThanOrEqual(8);
    }
    expect(printed).not.toContain(OLD_SHORT_GOAL);
    // Then what happens, what has ended, the next meeting and whom to call.
    expect(printed).toContain('Ayşe Çelik på Skolan: Anpassad studiegång. Start tisdag 1 december 2026. Tisdagar kl. 10. Två gånger i veckan. Skolan.');
    expect(after(copy, 'Det här har slutat')).toEqual({ kind: 'list', items: ['Ayşe Çelik på Skolan: Kuratorssamtal.'] });
    expect(printed).toContain('Nästa möte är måndag 10 maj 2027 klockan 10:00. Mötet är på Skolan.');
    expect(printed).toContain('Lisa Andersson på Socialtjänsten håller ihop din plan.');
    expect(printed).toContain('Om något ändras innan nästa möte kan du ringa eller skriva till Lisa Andersson');
    expect(printed).toContain('På mötet måndag 15 februari 2027 pratade ni om hur det har gått.');
    expect(copy.footer).toBe('Skapad 15 februari 2027');
  });

  it('each goal status is said in plain words in the person’s copy', () => {
    const statuses = {
      uppnatt: 'Du har nått målet.',
      pagar: 'Du är på väg mot målet.',
      'ej-uppnatt': 'Det har varit svårt att nå målet.',
      andrat: 'Ni har ändrat målet.',
    };
    for (const [status, words] of Object.entries(statuses)) {
      const data = followUpInput();
      data.meeting.review!.goals = data.meeting.review!.goals.map((g) => ({ ...g, status: status as keyof typeof statuses }));
      const text = allText(planCopy(data, { kind: 'person' }));
      expect(text.split(words).length - 1, status).toBe(2);
    }
  });
});
