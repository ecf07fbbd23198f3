// Swedish strings of the meeting's capture tools (src/ui/meeting/tools/): the opening, the speaker
// round, needs, summary, closing and free notes. Kept apart from sv.ts so that the tools can be
// written alongside the rest of the app.
import type { Agreement, CarriedOut, Delivery, GoalStatus, GoalTerm, Helped, OwnActionBy, PerformerKind } from '../domain/meeting';
import type { ConsentGiver } from '../domain/plan';
import type { TimeState } from '../domain/timer';

/** "a, b och c" */
function listSv(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1] ?? ''}`;
}

export const svCapture = {
  common: {
    remove: 'Ta bort',
    undo: 'Ångra',
    removed: (name: string) => `Tog bort ${name}.`,
    restored: (name: string) => `${name} är tillbaka.`,
    unnamed: 'Namn saknas',
    /** A substitute who came in someone's place. */
    substitute: (substitute: string, forName: string) => `${substitute} (ersättare för ${forName})`,
    withOrganisation: (name: string, organisation: string) => (organisation ? `${name} – ${organisation}` : name),
    /** Fallback first name in examples when the person's name is not given. */
    exampleName: 'Lisa',
  },

  intro: {
    presentHeading: 'Närvarande',
    presentEmpty: 'Ingen är markerad som närvarande ännu.',
    missingHeading: 'Saknas',
    missingEmpty: 'Ingen har meddelat att hen inte kommer.',
    notMarked: (names: string[]) => `Närvaro inte markerad för ${listSv(names)}.`,
    rolesHeading: 'Mötesledare och sekreterare',
    chair: 'Mötesledare',
    noteTaker: 'Sekreterare (antecknar)',
    notAppointed: 'Inte utsedd',
    consentHeading: 'Samtycke',
    consentEmpty: 'Inget samtycke är registrerat. Uppgifter får inte delas utan samtycke.',
    consentWithdrawn: 'Ett samtycke är återkallat. Uppgifter får inte delas med stöd av det.',
    consentInForce: 'Gäller',
    consentExpired: 'Har gått ut',
    consentWithdrawnBadge: 'Återkallat',
    consentGivenBy: {
      personen: 'Lämnat av personen',
      vardnadshavare: 'Lämnat av vårdnadshavare',
      foretradare: 'Lämnat av företrädare',
    } satisfies Record<ConsentGiver, string>,
    consentGivenByName: (who: string, name: string) => (name ? `${who}, ${name}` : who),
    consentValidUntil: (date: string) => `giltigt till och med ${date}`,
    consentParties: (parties: string[]) => `Får dela: ${listSv(parties)}`,
    purposeHeading: 'Syfte med mötet',
    purposeEmpty: 'Inget syfte är angivet i planen.',
    questionsHeading: 'Frågeställningar',
    questionsEmpty: 'Inga frågeställningar är angivna i planen.',
  },

  round: {
    create: 'Skapa talarordning',
    createHint: 'Alla närvarande, personen först. Ordningen går att ändra.',
    nobodyPresent: 'Ingen är markerad som närvarande. Lägg till talare här nedan, eller markera närvaron först.',
    queueHeading: 'Talarordning',
    empty: 'Ingen talarordning ännu.',
    speaker: (n: number, name: string) => `${n}. ${name}`,
    name: 'Namn',
    moveUp: 'Flytta upp',
    moveDown: 'Flytta ner',
    skip: 'Hoppa över',
    undoSkip: 'Ångra',
    speakNow: 'Tala nu',
    speaking: 'Talar nu',
    skipped: 'Hoppas över',
    hasSpoken: (time: string) => `Har talat ${time}`,
    note: 'Anteckning',
    worksWell: 'Det här fungerar bra',
    notesInPlan: 'Anteckningarna och ”Det här fungerar bra” kommer med i planen som deltagarna får. Skriv det som alla i rummet får läsa.',
    add: 'Lägg till talare',
    remove: 'Ta bort talare',
    next: 'Nästa talare',
    nowSpeaking: (name: string) => `Talar nu: ${name}`,
    speakerTimer: (name: string) => `Talartid: ${name}`,
    nobody: 'Ingen talar just nu.',
    roundDone: 'Alla i talarordningen har talat.',
    upNext: (name: string) => `Därefter: ${name}`,
    lastSpeaker: 'Det här är den sista talaren.',
    elapsed: 'Talat',
    share: 'Rättvis andel',
    remaining: 'Kvar',
    paused: 'Mötet är inte igång – talartiden står still.',
    state: {
      ok: 'Inom tiden',
      warning: 'Snart slut på tiden',
      overrun: 'Över tiden',
    } satisfies Record<TimeState, string>,
  },

  needs: {
    goalsHeading: 'Mål',
    goalsHint: (name: string) => `Ett mål är något som ${name} gör, konkret så att det går att följa upp.`,
    longHeading: 'Långsiktiga mål',
    shortHeading: 'Kortsiktiga mål',
    goalLabel: { lang: 'Långsiktigt mål', kort: 'Kortsiktigt mål' } satisfies Record<GoalTerm, string>,
    goalNumbered: (term: GoalTerm, n: number) => `${term === 'lang' ? 'Långsiktigt' : 'Kortsiktigt'} mål ${n}`,
    longExample: (name: string) => `Till exempel: ”${name} kommer igång med arbetsträning”`,
    shortExample: (name: string) => `Till exempel: ”${name} kommer upp och gör sig i ordning på morgonen”`,
    addLong: 'Lägg till långsiktigt mål',
    addShort: 'Lägg till kortsiktigt mål',
    longEmpty: 'Inga långsiktiga mål ännu.',
    shortEmpty: 'Inga kortsiktiga mål ännu.',
    goalInterventions: (whats: string[]) => `Insatser för målet: ${listSv(whats)}`,
    goalNoInterventions: 'Inga insatser för målet ännu.',
    addForGoal: 'Lägg till insats för målet',
    removeGoal: 'Ta bort målet',
    /** The compact row of an intervention: "Lisa Andersson (Socialtjänsten) · från tis 11 jan. 2027 · en gång i veckan". */
    rowFacts: (f: { who: string; start: string; frequency: string }) =>
      [f.who || 'Vem som utför saknas', f.start && `från ${f.start}`, f.frequency].filter(Boolean).join(' · '),
    done: 'Klar',
    removeIntervention: 'Ta bort insatsen',
    looseHeading: 'Insatser utan mål',
    looseHint: 'Välj ett mål för varje insats, så att det syns vad den ska leda till.',
    addLoose: 'Lägg till insats utan mål',
    notHere: (label: string) => `${label} (inte här)`,

    intervention: (n: number, what: string) => (what ? `Insats ${n}: ${what}` : `Insats ${n}`),
    goal: 'Mål',
    noGoal: 'Inget mål valt',
    what: 'Vad',
    performerKind: 'Vem utför',
    performerKinds: {
      deltagare: 'En deltagare',
      personen: 'Personen själv',
      familjen: 'Familjen',
      annan: 'Någon annan',
    } satisfies Record<PerformerKind, string>,
    organisation: 'Verksamhet',
    performerName: 'Namn',
    familyName: 'Vem i familjen',
    startDate: 'Startdatum',
    when: 'När',
    whenHint: 'T.ex. tisdagar kl. 10',
    frequency: 'Hur ofta',
    frequencyHint: 'T.ex. en gång i veckan',
    where: 'Var',

    ownHeading: 'Egna åtaganden',
    ownHint: 'Det personen eller familjen gör själv.',
    ownAction: (n: number) => `Eget åtagande ${n}`,
    addOwn: 'Lägg till eget åtagande',
    ownBy: 'Vem',
    ownByOptions: { personen: 'Personen själv', familjen: 'Familjen' } satisfies Record<OwnActionBy, string>,

    parkedHeading: 'Parkerade frågor',
    parkedHint: 'Skrivs ner, tas inte upp nu.',
    parked: (n: number) => `Parkerad fråga ${n}`,
    addParked: 'Parkera en fråga',
  },

  summary: {
    byGoalHeading: 'Mål och insatser',
    goalsEmpty: 'Inga mål är formulerade.',
    noGoalGroup: 'Insatser utan mål',
    noInterventions: 'Inga insatser för målet.',
    byOrganisationHeading: 'Insatser per verksamhet',
    noOrganisation: 'Verksamhet inte angiven',
    interventionsEmpty: 'Inga insatser är beslutade.',
    untitled: 'Insats utan beskrivning',
    /**
     * "Arbetsträning. Utförs av Anna Berg (Arbetsförmedlingen). Startar tis 1 dec. 2026. När: tisdagar
     * kl. 10. Hur ofta: en gång i veckan. Var: Stadsbiblioteket." Empty parts are left out.
     */
    sentence: (i: { what: string; who: string; organisation: string; start: string; when: string; frequency: string; where: string }) => {
      const performer = i.who && i.organisation ? `${i.who} (${i.organisation})` : i.who || i.organisation;
      return [
        i.what,
        performer && `Utförs av ${performer}`,
        i.start && `Startar ${i.start}`,
        i.when && `När: ${i.when}`,
        i.frequency && `Hur ofta: ${i.frequency}`,
        i.where && `Var: ${i.where}`,
      ]
        .filter(Boolean)
        .map((part) => (/[.!?]$/u.test(part) ? part : `${part}.`))
        .join(' ');
    },
    missing: (fields: string[]) => `Saknas: ${listSv(fields)}.`,
    missingFields: {
      who: 'vem som utför',
      start: 'startdatum',
      when: 'när',
      frequency: 'hur ofta',
      where: 'var',
    },
    family: 'familjen',
    ownHeading: 'Egna åtaganden',
    ownEmpty: 'Inga egna åtaganden.',
    ownBy: { personen: 'Personen', familjen: 'Familjen' } satisfies Record<OwnActionBy, string>,
    parkedHeading: 'Parkerade frågor',
    parkedEmpty: 'Inga parkerade frågor.',

    disagreementsHeading: 'Oenighet',
    disagreementsHint: 'Skriv ner tydligt det ni inte är överens om. Oenighet löses inte på mötet.',
    disagreementsEmpty: 'Ingen oenighet är antecknad.',
    disagreement: (n: number) => `Oenighet ${n}`,
    disagreementWhat: 'Vad gäller oenigheten',
    disagreementBetween: 'Mellan vilka',
    disagreementBetweenHint: 'Till exempel socialtjänsten och BUP.',
    addDisagreement: 'Anteckna oenighet',

    leadHeading: 'Huvudansvarig',
    lead: 'Huvudansvarig',
    leadHint: 'Ofta den verksamhet som familjen har mest förtroende för.',
    noLead: 'Inte utsedd',
    leadOrganisation: (organisation: string) => `Verksamhet: ${organisation}`,
    leadRole: 'Huvudansvarigs roll',
    leadRoleHint: 'Till exempel: kallar till uppföljning och följer upp insatserna.',

    agreementLegend: 'Personens svar',
    agreementQuestion: 'Fråga personen: Har du förstått? Låter det bra?',
    agreement: { ja: 'Ja, jag håller med', delvis: 'Delvis', nej: 'Nej' } satisfies Record<Exclude<Agreement, ''>, string>,
    personWords: 'Med personens egna ord',
  },

  closing: {
    feedbackHeading: 'Hur upplevdes mötet?',
    feedbackHint: 'Fråga alla, personen först.',
    feedbackLegend: (name: string) => `Hur upplevde ${name} mötet?`,
    scale: [
      { value: 1, face: '😞', word: 'Dåligt' },
      { value: 2, face: '🙁', word: 'Mindre bra' },
      { value: 3, face: '😐', word: 'Okej' },
      { value: 4, face: '🙂', word: 'Bra' },
      { value: 5, face: '😀', word: 'Mycket bra' },
    ],
    comment: 'Kommentar (frivilligt)',
    followUpHeading: 'Uppföljning',
    followUpDate: 'Datum',
    followUpTime: 'Starttid',
    followUpPlace: 'Plats',
    deliveryHeading: 'Hur får deltagarna planen?',
    deliveryHint: 'Alla deltagare ska få planen.',
    absent: (name: string) => `${name} (inte här)`,
    deliveries: {
      '': 'Ej bestämt',
      papper: 'På papper nu',
      digitalt: 'Digitalt',
      post: 'Med post',
      hamtar: 'Hämtar själv',
    } satisfies Record<Delivery, string>,
    thanks: 'Tacka alla för mötet.',
  },

  review: {
    intro: (version: number) => `Gå igenom version ${version} av planen: varje mål och varje insats.`,
    nothingToReview: 'Det här mötet följer inte upp någon tidigare version av planen.',
    goalsHeading: 'Målen',
    noGoals: 'Planen har inga mål att följa upp.',
    goalStatus: (goal: string) => `Hur har det gått med målet: ${goal}`,
    goalStatuses: { uppnatt: 'Uppnått', pagar: 'Pågår', 'ej-uppnatt': 'Ej uppnått', andrat: 'Ändrat' } satisfies Record<Exclude<GoalStatus, ''>, string>,
    changeGoalHint: 'Skriv det ändrade målet under ”Behov och ändringar”.',
    interventionsHeading: 'Insatserna',
    noInterventions: 'Planen har inga insatser att följa upp.',
    carriedOut: 'Har insatsen genomförts?',
    carriedOutOptions: { ja: 'Ja', delvis: 'Delvis', nej: 'Nej', avslutad: 'Avslutad' } satisfies Record<Exclude<CarriedOut, ''>, string>,
    helped: 'Har den hjälpt?',
    helpedOptions: { ja: 'Ja', delvis: 'Delvis', nej: 'Nej' } satisfies Record<Exclude<Helped, ''>, string>,
    comment: 'Kommentar',
    newInformationHeading: 'Nytt sedan förra mötet',
    newInformation: 'Ny information eller ändrade omständigheter',
    newInformationHint: 'Till exempel ny skola, ny adress, ny kontaktperson.',
    removedGoal: 'Målet är borttaget',
    removedIntervention: 'Insatsen är borttagen',
    unnamedIntervention: 'Insats utan beskrivning',
  },
  notes: {
    label: 'Anteckningar',
    hint: 'Sparas med mötet.',
  },
};
