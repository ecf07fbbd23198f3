// Who each document is about and whom it is for (issue 14, points 5–7): the person identified by
// birth date, never by personnummer unless the chair asks; a follow-up's invitation that says it
// is one, with the version, its goals and this meeting's questions, and without those who declined;
// and each made file's reader as the list of made files names it.
import { agreedAt } from '../../src/domain/agreedPlan';
import { describe, expect, it } from 'vitest';
import { afterMeetingHeld, emptyContact, type Plan } from '../../src/domain/plan';
import { closingNotices } from '../../src/pdf/closingDocument';
import { invitations, type InvitationExport } from '../../src/pdf/invitationDocument';
import type { Block, PdfDocument } from '../../src/pdf/model';
import { firstName, identityLine, personIdentity } from '../../src/pdf/personIdentity';
import { planCopies, planCopy, type PlanExport } from '../../src/pdf/planDocument';
import { heldMeeting, PARTICIPANTS, PERSON_NAME, PERSONNUMMER } from '../fixtures/heldMeeting';

const GUARDIAN = 'Sara Ørsted';

/** The fixture's held meeting, with a guardian for the child (13 years old at the meeting). */
function held() {
  const { plan, meeting } = heldMeeting();
  plan.person.representatives = [{ id: 'rep-1', kind: 'vardnadshavare', name: GUARDIAN, contact: emptyContact() }];
  return { plan, meeting };
}

function exportOf(patch: Partial<PlanExport> = {}): PlanExport {
  const { plan, meeting } = held();
  return { plan, meeting, version: 1, madeOn: '2026-11-23', includeIdNumber: false, ...patch };
}

/** The plan after its first meeting: the follow-up on 15 February 2027 booked, everyone invited anew. */
function followUp(): InvitationExport & { plan: Plan } {
  const { plan, meeting } = held();
  const after = afterMeetingHeld(plan, meeting, 'aktiv', new Date('2026-11-23T10:00:00+01:00'));
  return { plan: after, madeOn: '2027-01-20', followsUp: agreedAt(meeting, 1) };
}

function closed(plan: Plan): Plan {
  return { ...plan, status: 'avslutad', closing: { date: '2027-04-20', reason: 'malen-uppnadda', reasonText: '', whereToTurn: 'Ring kommunens kontaktcenter.' } };
}

/** Every string a document holds. */
function allText(doc: PdfDocument): string {
  const parts = [doc.fileName, doc.title, doc.author, doc.subject, doc.coverLine, doc.marking, doc.footer, doc.owner];
  for (const b of doc.blocks) parts.push(...blockText(b));
  return parts.join('\n');
}

function blockText(b: Block): string[] {
  if (b.kind === 'heading' || b.kind === 'paragraph') return [b.text];
  if (b.kind === 'fields') return b.rows.flatMap((r) => [r.label, r.value]);
  if (b.kind === 'list') return b.items;
  return [...b.columns.map((c) => c.title), ...b.rows.flat()];
}

/** The text as a reader sees it in a fields block: "Född 12 december 2012". */
function fieldLines(doc: PdfDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows.map((r) => `${r.label} ${r.value}`) : []));
}

const headings = (doc: PdfDocument) => doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''));

/** Every form of the fixture's personnummer a document could hold. */
const ID_FORMS = [PERSONNUMMER, PERSONNUMMER.slice(2), PERSONNUMMER.replace('-', ''), '1212-1212', '12121212'];

function allDocuments(plan: Plan, meeting = held().meeting, madeOn = '2026-11-23'): PdfDocument[] {
  return [
    ...planCopies({ plan, meeting, version: 1, madeOn, includeIdNumber: false }),
    ...invitations({ plan, madeOn }),
    ...invitations({ plan, madeOn, followsUp: agreedAt(meeting, 1) }),
    ...closingNotices({ plan: closed(plan), version: 1, madeOn }),
  ];
}

describe('personIdentity: the person by birth date, the personnummer only when asked', () => {
  const person = { birthDate: '2012-12-12', idNumber: PERSONNUMMER };

  it('uses the birth date typed, before the one in the personnummer', () => {
    expect(personIdentity(person, '2026-11-23')).toEqual({ kind: 'birthDate', birthDate: '2012-12-12' });
    expect(personIdentity({ ...person, birthDate: '2012-06-01' }, '2026-11-23')).toEqual({ kind: 'birthDate', birthDate: '2012-06-01' });
    expect(identityLine(personIdentity(person, '2026-11-23'))).toBe('Född 12 december 2012');
  });

  it('takes the birth date from the personnummer (or samordningsnummer) when none is typed, or a typed one is not a date', () => {
    expect(personIdentity({ birthDate: '', idNumber: PERSONNUMMER }, '2026-11-23')).toEqual({ kind: 'birthDate', birthDate: '2012-12-12' });
    expect(personIdentity({ birthDate: '2012-13-40', idNumber: '121212-1212' }, '2026-11-23')).toEqual({ kind: 'birthDate', birthDate: '2012-12-12' });
    // A samordningsnummer holds the day plus 60.
    expect(personIdentity({ birthDate: '', idNumber: '701063-2391' }, '2026-11-23')).toEqual({ kind: 'birthDate', birthDate: '1970-10-03' });
  });

  it('gives nothing when neither is known, or the personnummer is not valid', () => {
    expect(personIdentity({ birthDate: '', idNumber: '' }, '2026-11-23')).toBeNull();
    expect(personIdentity({ birthDate: '', idNumber: '121212-1213' }, '2026-11-23')).toBeNull();
    expect(identityLine(null)).toBe('');
  });

  it('gives the personnummer only when the chair chose it and there is one', () => {
    expect(personIdentity(person, '2026-11-23', true)).toEqual({ kind: 'idNumber', idNumber: PERSONNUMMER });
    expect(personIdentity({ ...person, idNumber: ' ' }, '2026-11-23', true)).toEqual({ kind: 'birthDate', birthDate: '2012-12-12' });
  });
});

describe('every copy, invitation and closing notice identifies the person by birth date', () => {
  it('says "Född 12 december 2012" in each, and holds the personnummer nowhere', () => {
    const docs = allDocuments(held().plan);
    // The person's, the guardian's and eight participants' copies, invitations twice, and notices.
    expect(docs).toHaveLength(10 + 10 + 10 + 10);
    for (const doc of docs) {
      const text = allText(doc);
      expect(text.replace(/\n/gu, ' '), doc.owner).toContain('Född 12 december 2012');
      for (const form of ID_FORMS) expect(text, `${doc.owner}: ${form}`).not.toContain(form);
      expect(text).not.toContain('2012-12-12');
    }
  });

  it('as a row beside the name in a professional’s documents, as a line under the name in the easy ones', () => {
    const data = exportOf();
    const copy = planCopy(data, { kind: 'participant', participantId: data.plan.participants[1]!.id });
    expect(fieldLines(copy)).toContain('Född 12 december 2012');
    const invitation = invitations({ plan: data.plan, madeOn: '2026-11-09' })[2]!;
    expect(fieldLines(invitation).slice(0, 2)).toEqual([`Mötet gäller ${PERSON_NAME}`, 'Född 12 december 2012']);
    const easy = planCopy(data, { kind: 'person' });
    expect(easy.blocks.some((b) => b.kind === 'paragraph' && b.text === `${PERSON_NAME}\nFödd 12 december 2012`)).toBe(true);
  });

  it('takes the birth date from the personnummer when none was typed', () => {
    const { plan } = held();
    plan.person.birthDate = '';
    for (const doc of allDocuments(plan)) {
      expect(allText(doc).replace(/\n/gu, ' '), doc.owner).toContain('Född 12 december 2012');
      for (const form of ID_FORMS) expect(allText(doc)).not.toContain(form);
    }
  });

  it('prints the birth date typed when it differs from the personnummer’s', () => {
    const { plan } = held();
    plan.person.birthDate = '2012-06-01';
    for (const doc of allDocuments(plan)) expect(allText(doc).replace(/\n/gu, ' ')).toContain('Född 1 juni 2012');
  });

  it('has no birth line at all when neither is known', () => {
    const { plan } = held();
    plan.person.birthDate = '';
    plan.person.idNumber = '';
    for (const doc of allDocuments(plan)) expect(allText(doc)).not.toMatch(/Född|Födelsedatum|Personnummer/u);
  });

  it('puts the personnummer in the copies, instead of the birth date, only when the chair ticked it', () => {
    const copies = planCopies(exportOf({ includeIdNumber: true }));
    for (const copy of copies) {
      expect(allText(copy).replace(/\n/gu, ' '), copy.owner).toContain(`Personnummer ${PERSONNUMMER}`);
      expect(copy.fileName).not.toMatch(/1212/u);
    }
  });
});

describe('a follow-up’s invitations', () => {
  it('say what they are: title and heading "Kallelse till uppföljning av SIP"; the SIP meeting keeps "Kallelse till SIP-möte"', () => {
    const input = followUp();
    const docs = invitations(input);
    expect(docs).toHaveLength(10);
    for (const doc of docs) {
      expect(doc.title).toBe(`Kallelse till uppföljning av SIP – ${PERSON_NAME}`);
      expect(doc.subject).toBe(`Kallelse till uppföljning av SIP för ${PERSON_NAME}`);
    }
    expect(headings(docs[2]!)[0]).toBe('Kallelse till uppföljning av SIP');
    const first = invitations({ plan: held().plan, madeOn: '2026-11-09' });
    for (const doc of first) {
      expect(doc.title).toBe(`Kallelse till SIP-möte – ${PERSON_NAME}`);
      expect(allText(doc)).not.toMatch(/uppföljning av SIP|följer upp/iu);
    }
  });

  it('name the version followed up and its day, list its goals, and ask this meeting’s questions at the booked time', () => {
    const input = followUp();
    input.plan.preparation.purpose = 'Följa upp skolgången.';
    input.plan.preparation.questions = [{ id: 'q-2', text: 'Behöver Łucja skolskjuts?' }];
    const doc = invitations(input)[2]!;
    const text = allText(doc);
    expect(text).toContain('Vi följer upp version 1 av planen, från 23 november 2026.');
    expect(text).toContain('Långsiktigt mål 1: Łucja går i skolan varje dag.');
    expect(text).toContain('Kortsiktigt mål 1: Łucja kommer till skolan tre dagar i veckan före jul.');
    expect(text).toContain('Om insatserna har blivit av och om de har hjälpt.');
    expect(text).toContain('Följa upp skolgången.');
    expect(text).toContain('Behöver Łucja skolskjuts?');
    expect(text).not.toContain('Hur får Łucja en fungerande skolgång?');
    expect(text).toContain('mån 15 feb. 2027');
    expect(text).toContain('13:00–14:00 (60 minuter)');
    expect(text).toContain('Skolan');
    expect(headings(doc)).toEqual([
      'Kallelse till uppföljning av SIP',
      'Planen som följs upp',
      'Målen i planen',
      'På uppföljningen går vi igenom',
      'Syfte med mötet',
      'Frågor som mötet ska besvara',
      'Inbjudna',
      'Svara',
      'Till dig som är inbjuden i din yrkesroll',
      'Före mötet',
      'Under mötet',
    ]);
    // A version fixed by a later follow-up is named by its own number.
    expect(allText(invitations({ ...input, followsUp: { ...input.followsUp!, version: 2 } })[2]!)).toContain('Vi följer upp version 2 av planen');
  });

  it('the person’s and the family’s, in easy words: a follow-up, the plan’s day, the goals, the questions', () => {
    const input = followUp();
    const [person, guardian] = invitations(input);
    const own = allText({ ...person!, fileName: '', title: '', subject: '', owner: '' });
    expect(headings(person!)[0]).toBe('Du är inbjuden till ett möte där vi följer upp din plan');
    expect(own).toContain('Vi följer upp planen som vi gjorde tillsammans 23 november 2026.');
    expect(own).toContain('Łucja går i skolan varje dag.');
    expect(own).toContain('Hur har det gått med dina mål?');
    expect(own).toContain('Hur får Łucja en fungerande skolgång?');
    expect(own).toContain('Mötet är måndag 15 februari 2027 klockan 13:00 till 14:00.');
    expect(own).not.toMatch(/\bSIP\b|\b(?:mån|feb|nov|dec)\./u);
    const family = allText(guardian!);
    expect(headings(guardian!)[0]).toBe('Välkommen till ett möte där vi följer upp planen');
    expect(family).toContain(
      `Du är inbjuden som vårdnadshavare till ett möte om ${PERSON_NAME}. På mötet följer vi upp planen som vi gjorde tillsammans 23 november 2026.`,
    );
    expect(family).toContain('Łucja kommer till skolan tre dagar i veckan före jul.');
    expect(family).toContain('Har hjälpen blivit av, och har den hjälpt?');
  });
});

describe('someone who declined', () => {
  it('is not listed as coming in any invitation; the professionals read that they sent their regrets', () => {
    const input = followUp();
    const maja = input.plan.participants[4]!;
    expect(maja.name).toBe('Maja Lind');
    maja.invitation = 'avbojd';
    const docs = invitations(input);
    const lisa = docs[2]!;
    const table = lisa.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r[0])).not.toContain('Maja Lind');
    expect(table?.kind === 'table' && table.rows).toHaveLength(1 + 1 + 7);
    expect(allText(lisa)).toContain('Har lämnat återbud: Maja Lind, Arbetsförmedlingen.');
    for (const doc of docs.slice(0, 2)) {
      const lists = doc.blocks.filter((b) => b.kind === 'list').flatMap((b) => (b.kind === 'list' ? b.items : []));
      expect(
        lists.some((item) => item.includes('Maja Lind')),
        doc.owner,
      ).toBe(false);
      expect(
        lists.some((item) => item.includes('Lisa Andersson')),
        doc.owner,
      ).toBe(true);
    }
    // A named substitute is listed in the invitee's place.
    maja.invitation = 'ersattare';
    maja.substituteName = 'Per Holm';
    expect(allText(invitations(input)[2]!)).toContain('Per Holm (i stället för Maja Lind)');
  });

  it('in the first meeting’s invitations too', () => {
    const { plan } = held();
    plan.participants[4]!.invitation = 'avbojd';
    const [person, , lisa] = invitations({ plan, madeOn: '2026-11-09' });
    expect(allText(person!)).not.toContain('Maja Lind');
    expect(allText(lisa!)).toContain('Har lämnat återbud: Maja Lind, Arbetsförmedlingen.');
  });

  it('the chair’s own is not told to answer herself: the replies come to her', () => {
    const [, , lisa, hang] = invitations({ plan: held().plan, madeOn: '2026-11-09' });
    expect(lisa!.owner).toBe('Kallelse – Lisa Andersson, Socialtjänsten');
    expect(allText(lisa!)).toContain('Du leder mötet. De inbjudna svarar till dig senast mån 16 nov. 2026.');
    expect(allText(lisa!)).not.toContain('Svara till Lisa Andersson');
    expect(allText(hang!)).toContain('Svara till Lisa Andersson, Socialtjänsten, 010-111 11 11, lisa@kommun.se senast mån 16 nov. 2026.');
  });
});

describe('the notices that the plan is closed (DOMAIN.md step 7: everyone must learn it)', () => {
  const notices = () => closingNotices({ plan: closed(held().plan), version: 1, madeOn: '2027-04-20' });

  it('reach the family too: the guardian reads in plain words that the plan no longer applies, why, and where to turn', () => {
    const guardian = notices().find((d) => d.owner === `Ditt exemplar – ${GUARDIAN}, vårdnadshavare`)!;
    expect(guardian.easyRead).toBe(true);
    expect(guardian.coverLine).toBe(`Till ${GUARDIAN}, vårdnadshavare`);
    const text = allText(guardian).replace(/\n/gu, ' ');
    expect(text).toContain(`Planen för ${PERSON_NAME} gäller inte längre. Den är avslutad från och med tisdag 20 april 2027.`);
    expect(text).toContain('Varför? Målen är uppnådda.');
    expect(text).toContain(`Om ${PERSON_NAME} behöver hjälp igen Ring kommunens kontaktcenter.`);
  });

  it('say who sends them: the lead as last agreed, else the chair, with phone and e-mail', () => {
    const [person, guardian, ...professionals] = notices();
    expect(allText(person!)).toContain(
      'Lisa Andersson på Socialtjänsten skickar det här brevet. Lisa Andersson höll ihop din plan.\nTelefon: 010-111 11 11\nE-post: lisa@kommun.se',
    );
    expect(allText(guardian!)).toContain('Lisa Andersson på Socialtjänsten skickar det här brevet. Lisa Andersson höll ihop planen.');
    for (const doc of professionals) expect(allText(doc)).toContain('Från\nLisa Andersson, Socialtjänsten, 010-111 11 11, lisa@kommun.se (huvudansvarig)');
    // No lead agreed: the chair sends them; nobody named at all, the notices say so.
    const plan = closed(held().plan);
    const noLead = { ...plan, agreed: plan.agreed && { ...plan.agreed, leadParticipantId: '' } };
    noLead.participants = plan.participants.map((p, i) => ({ ...p, isChair: i === 1 }));
    const [byChair, , toProfessional] = closingNotices({ plan: noLead, version: 1, madeOn: '2027-04-20' });
    expect(allText(byChair!)).toContain('Nguyễn Thị Hằng på BUP skickar det här brevet. Nguyễn Thị Hằng ledde mötena om din plan.');
    expect(allText(toProfessional!)).toContain('Nguyễn Thị Hằng, BUP, 010-222 22 22, hang@region.se (mötesledare)');
    const nobody = { ...noLead, participants: noLead.participants.map((p) => ({ ...p, isChair: false })) };
    for (const doc of closingNotices({ plan: nobody, version: 1, madeOn: '2027-04-20' }))
      expect(allText(doc)).toContain('Ingen huvudansvarig eller mötesledare är angiven i planen.');
  });
});

describe('footers', () => {
  it('every easy-read document (the person’s and the family’s) gives the day it was made in words, and no code', () => {
    const { plan } = held();
    const docs = allDocuments(plan);
    const easy = docs.filter((d) => d.easyRead);
    // The person's and the guardian's copy of the plan, of both invitations and of the closing notice.
    expect(easy.length).toBe(8);
    for (const doc of easy) expect(doc.footer, doc.owner).toBe('Skapad 23 november 2026');
    // A professional's keeps the plan's id (and a copy of the plan its version) for the record.
    for (const doc of docs.filter((d) => !d.easyRead)) expect(doc.footer, doc.owner).toContain(plan.id);
  });
});

describe('each made file names its reader (owner, shown in the list of made files, never printed)', () => {
  const professionals = PARTICIPANTS.map((p) => `${p.name}, ${p.organisation}`);

  it('plan copies: "Lättläst – <first name>", "Ditt exemplar – <name>, vårdnadshavare", "<name>, <organisation>"', () => {
    expect(planCopies(exportOf()).map((d) => d.owner)).toEqual(['Lättläst – Łucja', `Ditt exemplar – ${GUARDIAN}, vårdnadshavare`, ...professionals]);
  });

  it('invitations: "Lättläst kallelse – <first name>", "Kallelse – <name>, <organisation or kind>"', () => {
    const expected = ['Lättläst kallelse – Łucja', `Kallelse – ${GUARDIAN}, vårdnadshavare`, ...professionals.map((p) => `Kallelse – ${p}`)];
    expect(invitations({ plan: held().plan, madeOn: '2026-11-09' }).map((d) => d.owner)).toEqual(expected);
    expect(invitations(followUp()).map((d) => d.owner)).toEqual(expected);
  });

  it('closing notices: the person’s easy one by first name, the family’s by name and kind, the others by name and organisation', () => {
    expect(closingNotices({ plan: closed(held().plan), version: 1, madeOn: '2027-04-20' }).map((d) => d.owner)).toEqual([
      'Lättläst – Łucja',
      `Ditt exemplar – ${GUARDIAN}, vårdnadshavare`,
      ...professionals,
    ]);
  });

  it('is not printed on the pages', () => {
    for (const doc of allDocuments(held().plan)) {
      const printed = [doc.coverLine, doc.marking, doc.footer, ...doc.blocks.flatMap(blockText)];
      expect(printed, doc.owner).not.toContain(doc.owner);
    }
  });

  it('the first name: the first word of the name, or "Namn saknas"', () => {
    expect(firstName(' Łucja  Ørsted-Şahin ')).toBe('Łucja');
    expect(firstName('')).toBe('Namn saknas');
  });
});
