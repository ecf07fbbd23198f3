// The meeting circle in words for every role (DOMAIN.md "The circle for every role"): the same
// phases as the templates in meetingTemplates.ts, written for the person as an adult, for a young
// person, for a parent or relative, and for a professional. The chair's words are the templates'
// own prompts. Kept as data like the templates: tests/unit/circleRoles.test.ts checks that every
// phase of every template has every role's words. Short sentences, "du", the most important first.
import type { MeetingTemplate } from '../domain/circle';
import { MEETING_TEMPLATES } from './meetingTemplates';

export type CircleRole = 'vuxen' | 'ungdom' | 'narstaende' | 'personal';
export const CIRCLE_ROLES: readonly CircleRole[] = ['vuxen', 'ungdom', 'narstaende', 'personal'];

/** What each role reads for one phase: one to four short sentences, each on its own line. */
export type RoleWords = Record<CircleRole, string[]>;

export const CIRCLE_ROLE_NAMES: Record<CircleRole, string> = {
  vuxen: 'Personen, vuxen',
  ungdom: 'Personen, ung',
  narstaende: 'Förälder eller närstående',
  personal: 'Personal',
};

/** The longest sentence the role words may hold, in characters (easy-read: short sentences). */
export const ROLE_SENTENCE_MAX = 90;

// ---------------------------------------------------------------------------------------------
// Phases several templates share

const OPENING: RoleWords = {
  vuxen: ['Du presenterar dig först.', 'Alla säger vem de är och varför de är här.', 'Du får veta varför ni träffas och hur lång tid ni har.'],
  ungdom: ['Du presenterar dig först.', 'Alla säger vem de är och varför de är här.', 'Du får veta varför ni träffas och hur lång tid ni har.'],
  narstaende: [
    'Ditt barn eller din närstående presenterar sig först.',
    'Sedan presenterar du dig och alla andra.',
    'Ni får veta varför ni träffas och hur lång tid ni har.',
  ],
  personal: ['Personen presenterar sig först.', 'Presentera dig med namn, arbetsplats och roll i ärendet.', 'Lyssna på syftet, frågorna och tiden.'],
};

const SIP_CLOSING: RoleWords = {
  vuxen: ['Berätta hur du tyckte att mötet var.', 'Ni bokar en tid för uppföljning.', 'Du får ett eget exemplar av planen.'],
  ungdom: ['Berätta hur du tyckte att mötet var.', 'Ni bokar en tid för uppföljning.', 'Du får ett eget exemplar av planen.'],
  narstaende: ['Har ni bokat en tid för uppföljningsmöte?', 'Har ni fått ett exemplar av planen?', 'Är du nöjd med mötet?'],
  personal: ['Säg hur du upplevde mötet.', 'Notera tiden för uppföljning.', 'Du får planen och gör det du har lovat.'],
};

const SHORT_CLOSING: RoleWords = {
  vuxen: ['Ni sammanfattar vad ni har bestämt.', 'Du får veta vem som gör vad.', 'Fråga om något är oklart.'],
  ungdom: ['Ni sammanfattar vad ni har bestämt.', 'Du får veta vem som gör vad.', 'Fråga om något är oklart.'],
  narstaende: ['Ni sammanfattar vad ni har bestämt.', 'Du får veta vem som gör vad.', 'Vem kan ni vända er till med frågor?'],
  personal: ['Ni sammanfattar vad ni har bestämt.', 'Säg tydligt vad du ansvarar för.', 'Notera nästa tid.'],
};

const SUMMARY: RoleWords = {
  // "Huvudansvarig" explained where it is used (the easy-read rules): the word is in the plan.
  vuxen: [
    'Ni går igenom det ni har kommit överens om.',
    'Har du förstått? Tycker du att det låter bra?',
    'Ni bestämmer vem som håller ihop din plan. Den personen kallas huvudansvarig.',
  ],
  ungdom: [
    'Ni går igenom det ni har kommit överens om.',
    'Har du förstått? Tycker du att det låter bra?',
    'Ni bestämmer vem som håller ihop din plan, tillsammans med din vårdnadshavare. Den personen kallas huvudansvarig.',
  ],
  narstaende: [
    'Ni går igenom det ni har kommit överens om.',
    'Har ditt barn förstått?',
    'Vem kan du eller ni vända er till med frågor eller om något inte fungerar?',
  ],
  personal: ['Ni går igenom det ni har kommit överens om.', 'Stämmer det du ska göra, och när?', 'Ni bestämmer vem som är huvudansvarig.'],
};

// ---------------------------------------------------------------------------------------------
// Per template, per phase id

export const CIRCLE_ROLE_WORDS: Record<string, Record<string, RoleWords>> = {
  sip: {
    inledning: OPENING,
    'aktuell-situation': {
      vuxen: ['Vad är viktigt för dig?', 'Vad fungerar bra och inte så bra?', 'Beskriv kort. Du får börja om du vill.'],
      ungdom: ['Vad är viktigt för dig?', 'Vad fungerar bra och inte så bra?', 'Beskriv kort. Du får börja om du vill.'],
      narstaende: ['Hur har ni det just nu?', 'Vad fungerar bra och inte så bra?', 'Beskriv kort.'],
      personal: ['Beskriv kort din kontakt med personen.', 'Hur ser du på situationen nu?', 'Berätta också vad som fungerar bra.'],
    },
    behov: {
      vuxen: ['Vad behöver du hjälp med?', 'Vad vill du uppnå på lång och kort sikt?', 'Vad kan du göra själv?', 'Vilken hjälp behövs, när, hur ofta och av vem?'],
      ungdom: ['Vad behöver du hjälp med?', 'Vad vill du uppnå på lång och kort sikt?', 'Vad kan du göra själv?', 'Vilken hjälp behövs, när, hur ofta och av vem?'],
      narstaende: ['Vad behöver ditt barn eller din närstående?', 'Vad kan du eller familjen göra själva?', 'Vilken hjälp behövs, när, hur ofta och av vem?'],
      personal: ['Hur ser du på behoven?', 'Vad kan din verksamhet bidra med?', 'Säg vad, när, hur ofta och var.', 'Förklara svåra ord.'],
    },
    sammanfattning: SUMMARY,
    avslutning: SIP_CLOSING,
  },

  'lyssna-problematisera-planera': {
    lyssna: {
      vuxen: ['Alla presenterar sig, du först.', 'Berätta kort hur du har det. Vad är viktigt för dig?', 'Alla lyssnar.'],
      ungdom: ['Alla presenterar sig, du först.', 'Berätta kort hur du har det. Vad är viktigt för dig?', 'Alla lyssnar.'],
      narstaende: ['Alla presenterar sig.', 'Berätta kort hur ni har det.', 'Alla lyssnar.'],
      personal: ['Presentera dig kort.', 'Beskriv din kontakt och situationen nu.', 'Lyssna på de andra.'],
    },
    problematisera: {
      vuxen: ['Vad är svårt för dig just nu?', 'Vad hindrar dig?', 'Vad behöver du?'],
      ungdom: ['Vad är svårt för dig just nu?', 'Vad hindrar dig?', 'Vad behöver du?'],
      narstaende: ['Vad är svårt just nu?', 'Vad hindrar?', 'Vad behöver ditt barn eller din närstående?'],
      personal: ['Vad är svårt, och varför?', 'Utgå från frågorna för mötet.', 'Håll dig till det mötet ska svara på.'],
    },
    planera: {
      vuxen: ['Vad vill du uppnå?', 'Vem gör vad, och när?', 'Har du förstått? Tycker du att det låter bra?'],
      ungdom: ['Vad vill du uppnå?', 'Vem gör vad, och när? Gör det tillsammans med din vårdnadshavare.', 'Har du förstått? Tycker du att det låter bra?'],
      narstaende: ['Vad kan du eller familjen göra själva?', 'Vem gör vad, och när?', 'Vem kan ni vända er till med frågor?'],
      personal: ['Vad kan din verksamhet göra?', 'Säg vad, när, hur ofta och var.', 'Ni bestämmer vem som är huvudansvarig.'],
    },
  },

  uppfoljning: {
    inledning: OPENING,
    'hur-har-det-gatt': {
      vuxen: ['Hur har det gått med dina mål?', 'Har du fått den hjälp som ni bestämde?', 'Har något nytt hänt?'],
      ungdom: ['Hur har det gått med dina mål?', 'Har du fått den hjälp som ni bestämde?', 'Har något nytt hänt?'],
      narstaende: ['Hur har det gått sedan sist?', 'Har ni fått den hjälp som ni bestämde?', 'Har något nytt hänt?'],
      personal: ['Har du gjort det du lovade i planen?', 'Har insatsen hjälpt?', 'Berätta om något nytt har hänt.'],
    },
    behov: {
      vuxen: ['Behöver något ändras?', 'Behöver du annan hjälp nu?', 'Vad vill du uppnå härnäst?'],
      ungdom: ['Behöver något ändras?', 'Behöver du annan hjälp nu?', 'Vad vill du uppnå härnäst?'],
      narstaende: ['Behöver något ändras?', 'Behövs annan hjälp nu?', 'Vad kan ni göra själva?'],
      personal: ['Behövs en annan insats eller en annan aktör?', 'Vad kan din verksamhet göra nu?', 'Säg vad, när, hur ofta och var.'],
    },
    sammanfattning: SUMMARY,
    avslutning: {
      vuxen: ['Berätta hur du tyckte att mötet var.', 'Ni bokar nästa uppföljning.', 'Du får den nya planen.'],
      ungdom: ['Berätta hur du tyckte att mötet var.', 'Ni bokar nästa uppföljning.', 'Du får den nya planen.'],
      narstaende: ['Har ni bokat nästa uppföljning?', 'Har ni fått den nya planen?', 'Är du nöjd med mötet?'],
      personal: ['Säg hur du upplevde mötet.', 'Notera nästa uppföljning.', 'Du får den nya planen.'],
    },
  },

  samverkansmote: {
    inledning: OPENING,
    samtal: {
      vuxen: ['Berätta vad du behöver.', 'Alla säger vad de kan bidra med.', 'Ni bestämmer vem som gör vad.'],
      ungdom: ['Berätta vad du behöver.', 'Alla säger vad de kan bidra med.', 'Ni bestämmer vem som gör vad.'],
      narstaende: ['Berätta hur du ser på behoven.', 'Alla säger vad de kan bidra med.', 'Ni bestämmer vem som gör vad.'],
      personal: ['Utgå från frågan för mötet.', 'Säg vad din verksamhet kan bidra med.', 'Ni bestämmer vem som gör vad.'],
    },
    avslutning: SHORT_CLOSING,
  },

  avstamningsmote: {
    inledning: OPENING,
    samtal: {
      vuxen: ['Hur går det just nu?', 'Blir det som ni bestämde?', 'Behöver något ändras?'],
      ungdom: ['Hur går det just nu?', 'Blir det som ni bestämde?', 'Behöver något ändras?'],
      narstaende: ['Hur går det just nu?', 'Blir det som ni bestämde?', 'Behöver något ändras?'],
      personal: ['Hur går det med din del?', 'Görs det som ni bestämde?', 'Behöver något ändras före nästa möte?'],
    },
    avslutning: SHORT_CLOSING,
  },

  overlamningsmote: {
    inledning: OPENING,
    samtal: {
      vuxen: ['Någon ny tar över en del av din hjälp.', 'Vad fungerar bra som ska fortsätta?', 'Du får veta vem som tar över, och från när.'],
      ungdom: ['Någon ny tar över en del av din hjälp.', 'Vad fungerar bra som ska fortsätta?', 'Du får veta vem som tar över, och från när.'],
      narstaende: ['Någon ny tar över en del av hjälpen.', 'Vad fungerar bra som ska fortsätta?', 'Ni får veta vem som tar över, och från när.'],
      personal: ['Berätta vad du har gjort och vad som fungerar.', 'Vad lämnas över, till vem och från när?', 'Vad behöver den som tar över veta?'],
    },
    avslutning: SHORT_CLOSING,
  },

  avslutningsmote: {
    inledning: OPENING,
    samtal: {
      vuxen: ['En hjälp du har haft slutar.', 'Du får veta varför.', 'Du får veta vilka som finns kvar för dig.'],
      ungdom: ['En hjälp du har haft slutar.', 'Du får veta varför.', 'Du får veta vilka som finns kvar för dig.'],
      narstaende: ['En hjälp som ni har haft slutar.', 'Ni får veta varför.', 'Ni får veta vilka som finns kvar.'],
      personal: ['Berätta varför din insats avslutas.', 'Hur har det gått?', 'Vem finns kvar eller tar vid?'],
    },
    avslutning: SHORT_CLOSING,
  },
};

/** A role's words for one phase of a template; [] when the template or phase has none. */
export function roleWords(templateId: string, phaseId: string, role: CircleRole): string[] {
  const phases = Object.hasOwn(CIRCLE_ROLE_WORDS, templateId) ? CIRCLE_ROLE_WORDS[templateId] : undefined;
  const words = phases && Object.hasOwn(phases, phaseId) ? phases[phaseId] : undefined;
  return words ? words[role] : [];
}

/** The template a meeting was made from, or undefined. */
export function templateById(id: string): MeetingTemplate | undefined {
  return MEETING_TEMPLATES.find((t) => t.id === id);
}

/** Splits a line of role words into its sentences (for the length check). */
export function sentencesOf(line: string): string[] {
  return line
    .split(/(?<=[.?!])\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
