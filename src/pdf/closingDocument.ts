// The notice that a SIP is closed (DOMAIN.md step 7): everyone must learn that the plan no longer
// applies, and the person where to turn if the need comes back. One per participant, and the
// person's own in easy Swedish and large type.
import type { Participant, Plan } from '../domain/plan';
import { formatDate, formatDateLong } from '../i18n/format';
import { sv } from '../i18n/sv';
import { svLife } from '../i18n/svLife';
import { svPdf } from '../i18n/svPdf';
import { fileName } from './fileName';
import type { Block, PdfDocument } from './model';
import { firstName, identityParagraph, identityRow, personIdentity } from './personIdentity';
import { BODY_SIZE, EASY_BODY_SIZE, markingFor, withdrawalNotice } from './planDocument';

const t = svPdf.closing;

export interface ClosingExport {
  plan: Plan;
  /** The latest version's number, printed in the footer. */
  version: number;
  /** The local date the documents are made, "YYYY-MM-DD". */
  madeOn: string;
}

/** The person's notice first, then one per participant in plan order. */
export function closingNotices(input: ClosingExport): PdfDocument[] {
  return [personNotice(input), ...input.plan.participants.map((p) => participantNotice(input, p))];
}

function closingOf(plan: Plan) {
  if (!plan.closing) throw new Error(`plan ${plan.id} is not closed`);
  return plan.closing;
}

function reasonText(plan: Plan): string {
  const closing = closingOf(plan);
  const reason = svLife.closing.reasons[closing.reason];
  return closing.reasonText.trim() ? `${reason}: ${closing.reasonText.trim()}` : reason;
}

function participantNotice(input: ClosingExport, participant: Participant): PdfDocument {
  const { plan } = input;
  const closing = closingOf(plan);
  const name = personName(plan);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t.heading },
    ...withdrawalNotice(plan),
    { kind: 'paragraph', text: t.text(name, formatDate(closing.date)) },
    {
      kind: 'fields',
      rows: [
        { label: t.concerns, value: name },
        ...identityRow(personIdentity(plan.person, input.madeOn)),
        { label: t.date, value: formatDate(closing.date) },
        { label: t.reason, value: reasonText(plan) },
        { label: t.version, value: String(input.version) },
      ],
    },
    { kind: 'heading', level: 1, text: t.whereToTurn },
    { kind: 'paragraph', text: closing.whereToTurn.trim() || svPdf.notGiven },
    { kind: 'heading', level: 1, text: t.yourPart },
    { kind: 'paragraph', text: t.yourPartText },
  ];
  const owner = svPdf.owners.participant(participant.name.trim() || sv.list.unnamed, participant.organisation.trim());
  return {
    ...frame(input, owner, participant.name, participant.organisation),
    bodySize: BODY_SIZE,
    coverLine: t.coverLine(participant.name.trim() || sv.list.unnamed, participant.organisation.trim()),
    blocks,
  };
}

function personNotice(input: ClosingExport): PdfDocument {
  const { plan } = input;
  const closing = closingOf(plan);
  const e = t.easy;
  const name = personName(plan);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: e.heading },
    ...withdrawalNotice(plan, true),
    { kind: 'paragraph', text: e.text(formatDateLong(closing.date)) },
    ...identityParagraph(name, personIdentity(plan.person, input.madeOn)),
    { kind: 'heading', level: 1, text: e.why },
    { kind: 'paragraph', text: reasonText(plan) },
    { kind: 'heading', level: 1, text: e.whereToTurn },
    { kind: 'paragraph', text: closing.whereToTurn.trim() || svPdf.notGiven },
  ];
  return {
    ...frame(input, svPdf.owners.easy(firstName(plan.person.name)), name, ''),
    bodySize: EASY_BODY_SIZE,
    easyRead: true,
    coverLine: e.coverLine(name),
    blocks,
  };
}

function personName(plan: Plan): string {
  return plan.person.name.trim() || sv.list.unnamed;
}

/** What every notice shares; `owner` names the file's reader in the list of made files. */
function frame(input: ClosingExport, owner: string, name: string, organisation: string) {
  const { plan } = input;
  const chair = plan.participants.find((p) => p.isChair);
  return {
    fileName: fileName('SIP-avslutad', closingOf(plan).date, name, organisation),
    owner,
    title: `${t.title} – ${personName(plan)}`,
    author: chair?.organisation.trim() || chair?.name.trim() || svPdf.creator,
    subject: t.subject(personName(plan)),
    marking: markingFor(plan),
    footer: svPdf.footer(plan.id, input.version, input.madeOn),
  };
}
