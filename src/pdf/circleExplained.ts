// "Så går mötet till": the parts of the meeting in the person's own words (a young person's under
// 18, an adult's otherwise), for the person's invitation and easy-read copy. One block list, built
// from the role words kept as data (src/i18n/circleRoles.ts).
import type { MeetingTemplate } from '../domain/circle';
import type { Person } from '../domain/plan';
import { personCircleRole } from '../domain/age';
import { roleWords } from '../i18n/circleRoles';
import { SIP_CIRCLE } from '../i18n/meetingTemplates';
import { svRoom } from '../i18n/svRoom';
import type { Block } from './model';

export function circleExplained(person: Pick<Person, 'birthDate' | 'idNumber'>, today: string, template: MeetingTemplate = SIP_CIRCLE): Block[] {
  const role = personCircleRole(person, today);
  const e = svRoom.explained;
  return [
    { kind: 'heading', level: 1, text: e.heading },
    { kind: 'paragraph', text: e.intro(template.phases.length) },
    ...template.phases.flatMap((phase, i): Block[] => [
      { kind: 'heading', level: 2, text: `${i + 1}. ${phase.title}` },
      { kind: 'list', items: roleWords(template.id, phase.id, role) },
    ]),
  ];
}
