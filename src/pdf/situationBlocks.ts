// "Aktuell situation" in the plan's copies: what the round of the table brought (DOMAIN.md, the
// meeting circle's second phase). Only the meeting's own words: each speaker's note and "det här
// fungerar bra" as typed in the round; speakers who said nothing that was written down are left out.
import { PERSON_ID, type Meeting, type Speaker } from '../domain/meeting';
import type { Plan } from '../domain/plan';
import { sv } from '../i18n/sv';
import { svPdf } from '../i18n/svPdf';
import type { Block, FieldRow } from './model';

const t = svPdf.situation;
const easy = svPdf.easy;

/** Who spoke, for a participant's copy: "Anna Berg, Arbetsförmedlingen"; the person by name. */
function speakerLabel(plan: Plan, speaker: Speaker): string {
  const participant = plan.participants.find((p) => p.id === speaker.attendeeId);
  const name = speaker.name.trim() || participant?.name.trim() || (speaker.attendeeId === PERSON_ID ? plan.person.name.trim() : '') || sv.list.unnamed;
  const organisation = participant?.organisation.trim() ?? '';
  return organisation ? `${name}, ${organisation}` : name;
}

/** The round's speakers with something written in `field`, in queue order. */
function spoken(meeting: Meeting, field: 'note' | 'worksWell'): Speaker[] {
  return meeting.speakers.filter((s) => s[field].trim() !== '');
}

/**
 * The participant copy's part "Aktuell situation": "Det här fungerar bra" first (each speaker by
 * name and organisation), then each speaker's note. Nothing when the round wrote nothing down.
 */
export function situationSection(plan: Plan, meeting: Meeting): Block[] {
  const rows = (field: 'note' | 'worksWell'): FieldRow[] => spoken(meeting, field).map((s) => ({ label: speakerLabel(plan, s), value: s[field].trim() }));
  const worksWell = rows('worksWell');
  const notes = rows('note');
  if (worksWell.length === 0 && notes.length === 0) return [];
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t.heading }];
  if (worksWell.length > 0) blocks.push({ kind: 'heading', level: 2, text: t.worksWell }, { kind: 'fields', rows: worksWell });
  if (notes.length > 0) blocks.push({ kind: 'heading', level: 2, text: t.notes }, { kind: 'fields', rows: notes });
  return blocks;
}

/**
 * The person's easy copy: "Det här fungerar bra" in plain words, a short list ("Du sa: …",
 * "Anna Berg sa: …"), no table. Nothing when nobody said what works well.
 */
export function easyWorksWellSection(plan: Plan, meeting: Meeting): Block[] {
  const items = spoken(meeting, 'worksWell').map((s) => {
    const text = s.worksWell.trim();
    if (s.attendeeId === PERSON_ID) return easy.worksWellYou(text);
    const participant = plan.participants.find((p) => p.id === s.attendeeId);
    const name = s.name.trim() || participant?.name.trim() || sv.list.unnamed;
    return easy.worksWellBy(name, text);
  });
  if (items.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: easy.worksWell },
    { kind: 'paragraph', text: easy.worksWellIntro },
    { kind: 'list', items },
  ];
}
