// The circle in words for every role (data, complete for every template), the person's age, and
// what the chair's window sends to the room view: never notes, what must not be discussed, the
// personnummer or the person's full name.
import { describe, expect, it } from 'vitest';
import { ageOn, birthDateOf, isMinor } from '../../src/domain/age';
import { goToPhase } from '../../src/domain/timer';
import { personCircleRole } from '../../src/domain/age';
import { CIRCLE_ROLE_WORDS, CIRCLE_ROLES, ROLE_SENTENCE_MAX, roleWords, sentencesOf } from '../../src/i18n/circleRoles';
import { MEETING_TEMPLATES } from '../../src/i18n/meetingTemplates';
import { circleExplained } from '../../src/pdf/circleExplained';
import { wrapLabel } from '../../src/ui/room/RoomCircle';
import { firstNameOf, forTheRoom, roomMessage } from '../../src/ui/room/roomState';
import { heldMeeting, PERSON_NAME, PERSONNUMMER } from '../fixtures/heldMeeting';

const TODAY = '2026-11-23';

describe('the circle in words for every role', () => {
  it('has every role’s words for every phase of every template, in short sentences', () => {
    for (const template of MEETING_TEMPLATES) {
      for (const phase of template.phases) {
        for (const role of CIRCLE_ROLES) {
          const words = roleWords(template.id, phase.id, role);
          expect(words.length, `${template.id}/${phase.id}/${role}`).toBeGreaterThan(0);
          for (const line of words) {
            expect(line.trim(), `${template.id}/${phase.id}/${role}`).not.toBe('');
            for (const sentence of sentencesOf(line)) {
              expect(sentence.length, sentence).toBeLessThanOrEqual(ROLE_SENTENCE_MAX);
              expect(sentence, sentence).toMatch(/[.?!]$/u);
            }
          }
        }
      }
    }
  });

  it('holds words only for phases the templates have', () => {
    for (const [templateId, phases] of Object.entries(CIRCLE_ROLE_WORDS)) {
      const template = MEETING_TEMPLATES.find((t) => t.id === templateId);
      expect(template, templateId).toBeDefined();
      for (const phaseId of Object.keys(phases))
        expect(
          template!.phases.map((p) => p.id),
          `${templateId}/${phaseId}`,
        ).toContain(phaseId);
    }
  });

  it('speaks to the reader as "du" (or "ni") in every role', () => {
    for (const phases of Object.values(CIRCLE_ROLE_WORDS)) {
      for (const words of Object.values(phases)) {
        for (const role of CIRCLE_ROLES) expect(words[role].join(' '), role).toMatch(/\b(du|dig|din|ditt|dina|ni|er)\b/iu);
      }
    }
  });

  it('keeps the public wording known for the young person and the parent', () => {
    expect(roleWords('sip', 'sammanfattning', 'ungdom').join(' ')).toContain('tillsammans med din vårdnadshavare');
    // The hard word is explained where the person reads it (the easy-read rules).
    for (const role of ['vuxen', 'ungdom'] as const) {
      expect(roleWords('sip', 'sammanfattning', role).join(' '), role).toContain('vem som håller ihop din plan');
      expect(roleWords('sip', 'sammanfattning', role).join(' '), role).toContain('Den personen kallas huvudansvarig.');
    }
    expect(roleWords('sip', 'sammanfattning', 'vuxen').join(' ')).toContain('Har du förstått? Tycker du att det låter bra?');
    expect(roleWords('sip', 'avslutning', 'narstaende').join(' ')).toContain('Har ni fått ett exemplar av planen?');
    expect(roleWords('okänd', 'inledning', 'vuxen')).toEqual([]);
  });
});

describe('the person’s age', () => {
  it('reads the birth date from the personnummer, else the birth date typed', () => {
    expect(birthDateOf({ idNumber: PERSONNUMMER, birthDate: '' }, TODAY)).toBe('2012-12-12');
    expect(birthDateOf({ idNumber: '', birthDate: '1990-05-01' }, TODAY)).toBe('1990-05-01');
    expect(birthDateOf({ idNumber: '', birthDate: '' }, TODAY)).toBeNull();
    expect(ageOn('2008-11-24', TODAY)).toBe(17);
    expect(ageOn('2008-11-23', TODAY)).toBe(18);
  });

  it('gives a young person’s words under 18 and an adult’s otherwise or when unknown', () => {
    expect(isMinor({ idNumber: PERSONNUMMER, birthDate: '' }, TODAY)).toBe(true);
    expect(personCircleRole({ idNumber: '', birthDate: '2008-11-24' }, TODAY)).toBe('ungdom');
    expect(personCircleRole({ idNumber: '', birthDate: '2008-11-23' }, TODAY)).toBe('vuxen');
    expect(personCircleRole({ idNumber: '', birthDate: '' }, TODAY)).toBe('vuxen');
  });
});

describe('what the room is sent', () => {
  const SECRET = 'Pappas missbruk ska inte tas upp';
  const NOTE = 'Anteckning som bara mötesledaren ser';
  function fixture() {
    const { plan, meeting } = heldMeeting({ whatMatters: `Att ${PERSON_NAME} (${PERSONNUMMER}) får gå i skolan.` });
    plan.preparation.practical.notToDiscuss = SECRET;
    meeting.phases.forEach((p) => (p.notes = NOTE));
    meeting.speakers = [{ id: 's1', attendeeId: 'person', name: PERSON_NAME, note: NOTE, worksWell: NOTE, skipped: false }];
    meeting.parked = [{ id: 'k', text: NOTE }];
    meeting.personWords = NOTE;
    meeting.clock = goToPhase({ ...meeting.clock, endedAt: null }, 'sammanfattning', Date.parse('2026-11-23T09:40:00+01:00'));
    return { plan, meeting };
  }

  it('holds the first name, the phases and the person’s words by age, and nothing else of the person by default', () => {
    const { plan, meeting } = fixture();
    const message = roomMessage(meeting, plan, { today: TODAY, showWhatMatters: false, showAgreed: false });
    expect(message.firstName).toBe('Łucja');
    expect(message.role).toBe('ungdom');
    expect(message.phases.map((p) => p.title)).toEqual(['Inledning', 'Aktuell situation', 'Behov', 'Sammanfattning', 'Avslutning']);
    expect(message.phases[3]!.words).toEqual(roleWords('sip', 'sammanfattning', 'ungdom'));
    expect(message.whatMatters).toBeNull();
    expect(message.agreed).toBeNull();
    expect(message.clock.speaker).toEqual({ current: null, since: null, spent: {} });
    const json = JSON.stringify(message);
    expect(json).not.toContain('Ørsted');
    expect(json).not.toContain('skolan');
  });

  it('never holds notes, what must not be discussed, the personnummer or the full name, with everything turned on', () => {
    const { plan, meeting } = fixture();
    const message = roomMessage(meeting, plan, { today: TODAY, role: 'narstaende', showWhatMatters: true, showAgreed: true });
    const json = JSON.stringify(message);
    for (const absent of [
      SECRET,
      NOTE,
      PERSONNUMMER,
      '121212-1212',
      'Ørsted',
      'Şahin',
      plan.person.contact.phone,
      'Vem som betalar skolskjutsen',
      'Fritidsaktiviteter',
    ]) {
      expect(json, absent).not.toContain(absent);
    }
    expect(message.whatMatters).toBe('Att Łucja (…) får gå i skolan.');
    expect(message.agreed!.goals.map((g) => g.text)).toEqual(['Łucja går i skolan varje dag.', 'Łucja kommer till skolan tre dagar i veckan före jul.']);
    expect(message.agreed!.goals[0]!.actions[0]).toBe('Lisa Andersson, Socialtjänsten: Stödsamtal med familjen (tisdagar kl. 10, en gång i veckan, Skolan)');
    expect(message.agreed!.goals[1]!.actions).toContain('Łucja: Packar skolväskan kvällen före');
    expect(message.agreed!.person).toEqual(['Ställer väckarklockan.']);
    expect(message.agreed!.family).toEqual(['Följer med till bussen.']);
    expect(message.phases[0]!.words).toEqual(roleWords('sip', 'inledning', 'narstaende'));
  });

  it('shows what has been agreed only in a summary phase', () => {
    const { plan, meeting } = fixture();
    meeting.clock = goToPhase(meeting.clock, 'behov', Date.parse('2026-11-23T09:45:00+01:00'));
    expect(roomMessage(meeting, plan, { today: TODAY, showWhatMatters: false, showAgreed: true }).agreed).toBeNull();
  });

  it('takes the surname out of free text and hides anything written like a personnummer', () => {
    expect(firstNameOf('  Lisa  Andersson ')).toBe('Lisa');
    expect(forTheRoom('Lisa Andersson ska börja. Andersson vill. Anderssons hund.', 'Lisa Andersson')).toBe('Lisa ska börja. vill. Anderssons hund.');
    expect(forTheRoom('pnr 20121212-1212 och 121212+1212 och 1212121212', 'Lisa')).toBe('pnr … och … och …');
  });
});

describe('the five parts of the meeting in the person’s words (invitation and easy-read copy)', () => {
  it('explains each phase of the SIP circle in the young person’s or the adult’s words', () => {
    const young = circleExplained({ birthDate: '', idNumber: PERSONNUMMER }, TODAY);
    expect(young[0]).toEqual({ kind: 'heading', level: 1, text: 'Så går mötet till' });
    const text = JSON.stringify(young);
    for (const title of ['Inledning', 'Aktuell situation', 'Behov', 'Sammanfattning', 'Avslutning']) expect(text).toContain(title);
    expect(text).toContain('tillsammans med din vårdnadshavare');
    const adult = JSON.stringify(circleExplained({ birthDate: '1980-01-01', idNumber: '' }, TODAY));
    expect(adult).not.toContain('vårdnadshavare');
    expect(adult).toContain('Tycker du att det låter bra?');
  });
});

describe('the names on the room’s circle', () => {
  it('wraps names between words and breaks a long word once where Swedish breaks it', () => {
    expect(wrapLabel('Aktuell situation')).toEqual(['Aktuell', 'situation']);
    expect(wrapLabel('Sammanfattning')).toEqual(['Samman-', 'fattning']);
    expect(wrapLabel('Problematisera')).toEqual(['Proble-', 'matisera']);
    expect(wrapLabel('Inledning')).toEqual(['Inledning']);
    expect(wrapLabel('Samtal och planering')).toEqual(['Samtal och', 'planering']);
  });
});
