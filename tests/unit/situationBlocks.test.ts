// "Aktuell situation" in the plan's copies, as document data: in a participant's copy after the
// consent and before the goals, what works well first and then each speaker's note by name; in the
// person's easy copy only what works well, as a short list in plain words; nothing when the round
// wrote nothing down; a follow-up's copy reads its own meeting.
import { describe, expect, it } from 'vitest';
import { PERSON_ID, type Speaker } from '../../src/domain/meeting';
import type { Block, PdfDocument } from '../../src/pdf/model';
import { planCopy, type PlanExport } from '../../src/pdf/planDocument';
import { easyWorksWellSection, situationSection } from '../../src/pdf/situationBlocks';
import { heldMeeting, PERSON_NAME } from '../fixtures/heldMeeting';

function withRound(): PlanExport {
  const { plan, meeting } = heldMeeting();
  const [lisa, hang, ayse] = plan.participants;
  const speaker = (id: string, attendeeId: string, name: string, note: string, worksWell: string): Speaker => ({
    id,
    attendeeId,
    name,
    note,
    worksWell,
    skipped: false,
  });
  meeting.speakers = [
    speaker('s1', PERSON_ID, PERSON_NAME, 'Trivs i nya klassen.', 'Fotbollen på onsdagar.'),
    speaker('s2', lisa!.id, lisa!.name, 'Familjen har kontakt varje vecka.', ''),
    speaker('s3', hang!.id, hang!.name, '', 'Samarbetet med skolan.'),
    // Said nothing that was written down: left out.
    speaker('s4', ayse!.id, ayse!.name, '  ', ''),
    // Added in the room, with no attendee.
    speaker('s5', '', 'Mormor Irena', 'Hämtar på fredagar.', ''),
  ];
  return { plan, meeting, version: 1, madeOn: '2026-11-23', includeIdNumber: false };
}

const h1 = (doc: PdfDocument) => doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b as { text: string }).text);

describe("Aktuell situation in a participant's copy", () => {
  it('comes after the consent and before the goals, what works well first, then each note with name and organisation', () => {
    const data = withRound();
    expect(situationSection(data.plan, data.meeting)).toEqual<Block[]>([
      { kind: 'heading', level: 1, text: 'Aktuell situation' },
      { kind: 'heading', level: 2, text: 'Det här fungerar bra' },
      {
        kind: 'fields',
        rows: [
          { label: PERSON_NAME, value: 'Fotbollen på onsdagar.' },
          { label: 'Nguyễn Thị Hằng, BUP', value: 'Samarbetet med skolan.' },
        ],
      },
      { kind: 'heading', level: 2, text: 'Vad var och en berättade' },
      {
        kind: 'fields',
        rows: [
          { label: PERSON_NAME, value: 'Trivs i nya klassen.' },
          { label: 'Lisa Andersson, Socialtjänsten', value: 'Familjen har kontakt varje vecka.' },
          { label: 'Mormor Irena', value: 'Hämtar på fredagar.' },
        ],
      },
    ]);
    const copy = planCopy(data, { kind: 'participant', participantId: data.plan.participants[2]!.id });
    const order = h1(copy);
    expect(order.indexOf('Aktuell situation')).toBe(order.indexOf('Samtycke') + 1);
    expect(order.indexOf('Mål och insatser')).toBe(order.indexOf('Aktuell situation') + 1);
  });

  it('is left out when the round wrote nothing down', () => {
    const { plan, meeting } = heldMeeting();
    expect(meeting.speakers.filter((s) => s.note.trim() || s.worksWell.trim())).toEqual([]);
    expect(situationSection(plan, meeting)).toEqual([]);
    expect(easyWorksWellSection(plan, meeting)).toEqual([]);
    const copy = planCopy(
      { plan, meeting, version: 1, madeOn: '2026-11-23', includeIdNumber: false },
      { kind: 'participant', participantId: plan.participants[0]!.id },
    );
    expect(h1(copy)).not.toContain('Aktuell situation');
  });
});

describe("what works well in the person's easy copy", () => {
  it('is a short list in plain words, after what matters to them, and holds no notes', () => {
    const data = withRound();
    expect(easyWorksWellSection(data.plan, data.meeting)).toEqual<Block[]>([
      { kind: 'heading', level: 1, text: 'Det här fungerar bra' },
      { kind: 'paragraph', text: 'På mötet berättade ni vad som fungerar bra.' },
      { kind: 'list', items: ['Du sa: Fotbollen på onsdagar.', 'Nguyễn Thị Hằng sa: Samarbetet med skolan.'] },
    ]);
    const copy = planCopy(data, { kind: 'person' });
    const order = h1(copy);
    expect(order.indexOf('Det här fungerar bra')).toBe(order.indexOf('Det här är viktigt för dig') + 1);
    expect(copy.blocks.some((b) => b.kind === 'table' || b.kind === 'fields')).toBe(false);
    const text = JSON.stringify(copy.blocks);
    for (const note of ['Trivs i nya klassen.', 'Familjen har kontakt varje vecka.', 'Hämtar på fredagar.']) expect(text).not.toContain(note);
  });

  it("a later copy reads the round of the meeting it is given (a version's meeting), nothing else", () => {
    const data = withRound();
    const later = structuredClone(data.meeting);
    later.speakers = [{ id: 's9', attendeeId: PERSON_ID, name: PERSON_NAME, note: '', worksWell: 'Nya skolan.', skipped: false }];
    const copy = planCopy({ ...data, meeting: later, version: 2 }, { kind: 'person' });
    const list = copy.blocks.find((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list' && b.items.some((i) => i.startsWith('Du sa:')));
    expect(list?.items).toEqual(['Du sa: Nya skolan.']);
  });
});
