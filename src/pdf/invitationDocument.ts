// The written invitation (kallelse), one per invitee: who the meeting is about (name only), when,
// how long, where, why, the questions, who else is invited, whom to answer and by when, and the
// guide for an invited professional (seed 000).
import { addMinutesToTime } from '../domain/dates';
import type { Participant, Plan } from '../domain/plan';
import { formatDate } from '../i18n/format';
import { sv } from '../i18n/sv';
import { svPdf } from '../i18n/svPdf';
import { fileName } from './fileName';
import type { Block, FieldRow, PdfDocument } from './model';
import { BODY_SIZE, markingFor, withdrawalNotice } from './planDocument';

const t = svPdf.invitation;

export interface InvitationExport {
  plan: Plan;
  /** The local date the documents are made, "YYYY-MM-DD". */
  madeOn: string;
}

/** One invitation per participant of the plan, in plan order. */
export function invitations(input: InvitationExport): PdfDocument[] {
  return input.plan.participants.map((p) => invitation(input, p));
}

export function invitation(input: InvitationExport, invitee: Participant): PdfDocument {
  const { plan } = input;
  const b = plan.booking;
  const name = plan.person.name.trim() || sv.list.unnamed;
  const chair = plan.participants.find((p) => p.isChair);

  const when: FieldRow[] = [
    { label: t.concerns, value: name },
    { label: t.date, value: b.date ? formatDate(b.date) : svPdf.notGiven },
    { label: t.time, value: t.timeRange(b.startTime, addMinutesToTime(b.startTime, b.durationMinutes), b.durationMinutes) },
    { label: t.place, value: b.place.trim() || (b.videoLink.trim() ? '' : svPdf.notGiven) },
    { label: t.link, value: b.videoLink.trim() },
  ].filter((row) => row.value !== '');

  const questions = plan.preparation.questions.map((q) => q.text.trim()).filter(Boolean);
  const replyTo = chair ? [chair.name, chair.organisation, chair.phone, chair.email].map((x) => x.trim()).filter(Boolean).join(', ') : '';

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t.heading },
    ...withdrawalNotice(plan),
    { kind: 'fields', rows: when },
    { kind: 'heading', level: 1, text: t.purpose },
    { kind: 'paragraph', text: plan.preparation.purpose.trim() || svPdf.notGiven },
    { kind: 'heading', level: 2, text: t.questions },
    questions.length > 0 ? { kind: 'list', items: questions } : { kind: 'paragraph', text: svPdf.notGiven },
    { kind: 'heading', level: 1, text: t.invited },
    {
      kind: 'table',
      columns: [
        { title: t.columns.name, width: 3 },
        { title: t.columns.organisation, width: 3 },
        { title: t.columns.role, width: 3 },
      ],
      rows: [
        [name, '', t.personRow],
        ...plan.participants.map((p) => {
          const pName = p.name.trim() || sv.list.unnamed;
          return [p.id === invitee.id ? t.you(pName) : pName, p.organisation.trim(), roleOf(p)];
        }),
      ],
    },
    { kind: 'heading', level: 1, text: t.reply },
    { kind: 'paragraph', text: `${t.replyTo(replyTo || t.replyToUnknown, b.replyBy ? formatDate(b.replyBy) : '')}\n${t.replyText}` },
    { kind: 'heading', level: 1, text: t.guide },
    { kind: 'heading', level: 2, text: t.guideBefore },
    { kind: 'list', items: t.guideBeforeItems },
    { kind: 'heading', level: 2, text: t.guideDuring },
    { kind: 'list', items: t.guideDuringItems },
    { kind: 'paragraph', text: t.guideAfter },
  ];

  return {
    fileName: fileName('Kallelse', b.date, invitee.name, invitee.organisation),
    owner: [invitee.name.trim() || sv.list.unnamed, invitee.organisation.trim()].filter(Boolean).join(', '),
    title: `${t.title} – ${name}`,
    author: chair?.organisation.trim() || chair?.name.trim() || svPdf.creator,
    subject: t.subject(name),
    bodySize: BODY_SIZE,
    coverLine: t.coverLine(invitee.name.trim() || sv.list.unnamed, invitee.organisation.trim()),
    marking: markingFor(plan),
    footer: t.footer(plan.id, input.madeOn),
    blocks,
  };
}

/** "Handläggare (mötesledare)" — the role in the case, and the meeting role when there is one. */
function roleOf(p: Participant): string {
  const meetingRoles = [p.isChair ? t.chair : '', p.isNoteTaker ? t.noteTaker : ''].filter(Boolean).join(', ');
  const role = p.role.trim();
  if (!meetingRoles) return role;
  return role ? `${role} (${meetingRoles})` : meetingRoles;
}
