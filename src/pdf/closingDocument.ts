// The notice that a SIP is closed (DOMAIN.md step 7): everyone must learn that the plan no longer
// applies, and the person where to turn if the need comes back. The person's own in easy Swedish
// and large type, one in plain words for each family member or representative of the plan, and
// one per participant. Each says who sends it: the plan's lead as last agreed, else its chair.
import { invitedFamily } from '../domain/parties';
import type { Participant, Plan, Representative } from '../domain/plan';
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

/** The person's notice first, then one per family member or representative invited, then one per participant in plan order. */
export function closingNotices(input: ClosingExport): PdfDocument[] {
  return [
    personNotice(input),
    ...invitedFamily(input.plan, input.madeOn).map((r) => familyNotice(input, r)),
    ...input.plan.participants.map((p) => participantNotice(input, p)),
  ];
}

/** Who the notices come from: the plan's lead as its latest held meeting agreed, else its chair. */
function senderOf(plan: Plan): { sender: Participant; role: 'lead' | 'chair' } | undefined {
  const lead = plan.participants.find((p) => p.id === plan.agreed?.leadParticipantId);
  if (lead) return { sender: lead, role: 'lead' };
  const chair = plan.participants.find((p) => p.isChair);
  return chair && { sender: chair, role: 'chair' };
}

/** "Från" in plain words: who sends the notice, what they did for the plan, and how to reach them. */
function plainSender(plan: Plan, words: typeof t.easy.sender): Block[] {
  const from = senderOf(plan);
  const lines: string[] = [];
  if (from) {
    const { sender, role } = from;
    lines.push(words[role](sender.name.trim() || sv.list.unnamed, sender.organisation.trim()));
    if (sender.phone.trim()) lines.push(svPdf.easy.phone(sender.phone.trim()));
    if (sender.email.trim()) lines.push(svPdf.easy.email(sender.email.trim()));
  }
  return [
    { kind: 'heading', level: 1, text: t.from },
    { kind: 'paragraph', text: lines.join('\n') || t.noSender },
  ];
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

/** The reason as a sentence, for the notices in plain words. */
function reasonSentence(plan: Plan): string {
  const text = reasonText(plan);
  return /[.!?]$/u.test(text) ? text : `${text}.`;
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
    { kind: 'heading', level: 1, text: t.from },
    { kind: 'paragraph', text: senderLine(plan) },
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
    { kind: 'paragraph', text: reasonSentence(plan) },
    { kind: 'heading', level: 1, text: e.whereToTurn },
    { kind: 'paragraph', text: closing.whereToTurn.trim() || svPdf.notGiven },
    ...plainSender(plan, e.sender),
  ];
  return {
    ...frame(input, svPdf.owners.easy(firstName(plan.person.name)), name, ''),
    footer: svPdf.easyFooter(input.madeOn),
    bodySize: EASY_BODY_SIZE,
    easyRead: true,
    coverLine: e.coverLine(name),
    blocks,
  };
}

/** A family member's or representative's notice, in plain words and the easy layout, as their copies of the plan are. */
function familyNotice(input: ClosingExport, owner: Representative): PdfDocument {
  const { plan } = input;
  const closing = closingOf(plan);
  const f = t.family;
  const name = personName(plan);
  const ownerName = owner.name.trim() || sv.list.unnamed;
  const kind = sv.representativeKindsLower[owner.kind];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: f.heading(name) },
    ...withdrawalNotice(plan, true),
    { kind: 'paragraph', text: f.text(name, formatDateLong(closing.date)) },
    ...identityParagraph(name, personIdentity(plan.person, input.madeOn)),
    { kind: 'heading', level: 1, text: t.easy.why },
    { kind: 'paragraph', text: reasonSentence(plan) },
    { kind: 'heading', level: 1, text: f.whereToTurn(name) },
    { kind: 'paragraph', text: closing.whereToTurn.trim() || svPdf.notGiven },
    ...plainSender(plan, f.sender),
  ];
  return {
    ...frame(input, svPdf.owners.family(ownerName, kind), ownerName, kind),
    footer: svPdf.easyFooter(input.madeOn),
    bodySize: EASY_BODY_SIZE,
    easyRead: true,
    coverLine: t.coverLine(ownerName, kind),
    blocks,
  };
}

/** The professional notice's sender on one line: name, organisation, phone, e-mail (role). */
function senderLine(plan: Plan): string {
  const from = senderOf(plan);
  if (!from) return t.noSender;
  const { sender, role } = from;
  const contact = [sender.name, sender.organisation, sender.phone, sender.email].map((x) => x.trim()).filter(Boolean);
  return `${contact.join(', ')} (${t.senderRole[role]})`;
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
