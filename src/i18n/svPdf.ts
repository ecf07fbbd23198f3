// The words of the documents: the plan (each participant's copy and the person's own) and the
// invitation. The person's copy is written in easy Swedish: short sentences, no abbreviations, no codes.
import type { PlanStatus } from '../domain/plan';
import { formatDay } from './format';

/** "Anna Berg på Socialtjänsten skickar det här brevet.": a closing notice's sender in plain words. */
const sends = (name: string, organisation: string) => `${organisation ? `${name} på ${organisation}` : name} skickar det här brevet.`;

export const svPdf = {
  marking: 'Innehåller uppgifter som omfattas av sekretess',
  /** Added to the marking on every page when a consent of the plan is withdrawn. */
  withdrawnMarking: 'Samtycket är återkallat',
  withdrawnNotice: (date: string) => `Samtycket är återkallat${date ? ` (${date})` : ''}. Uppgifterna i planen får inte delas vidare med stöd av det samtycket.`,
  withdrawnNoticeEasy: (date: string) => `Samtycket till planen har tagits tillbaka${date ? ` ${date}` : ''}.`,
  creator: 'SIP-mötet',
  /** Right of every footer; each copy is numbered from its own first page. */
  pageOf: (page: number, pages: number) => `Sida ${page} av ${pages}`,
  /** Title of the one PDF that holds every copy, for printing. */
  combinedTitle: 'SIP – alla exemplar',
  footer: (planId: string, version: number, made: string) => `Plan ${planId} · version ${version} · skapad ${made}`,
  /**
   * Every easy-read document's footer (the person's and the family's): the day it was made, in
   * words; no plan id or version number (codes and hard words, DOMAIN.md's easy-read rules).
   */
  easyFooter: (made: string) => `Skapad ${formatDay(made)}`,
  notGiven: 'Inte angivet',
  /** "Handläggare (mötesledare, sekreterare)": a role in the case, then the meeting's roles. */
  withMeetingRoles: (role: string, chair: boolean, noteTaker: boolean) => {
    const meeting = [chair ? 'mötesledare' : '', noteTaker ? 'sekreterare' : ''].filter(Boolean).join(', ');
    if (!meeting) return role;
    return role ? `${role} (${meeting})` : `${meeting.charAt(0).toLocaleUpperCase('sv')}${meeting.slice(1)}`;
  },
  /** Who the person is, besides the name: the birth date; the personnummer only when the chair chose it. */
  identity: {
    born: 'Född',
    idNumber: 'Personnummer',
  },
  /**
   * Whom a made file is for, as the list of made files shows it (never printed): the person's easy
   * copy by first name, a family member by name and kind, a professional by name and organisation.
   */
  owners: {
    easy: (firstName: string) => `Lättläst – ${firstName}`,
    easyInvitation: (firstName: string) => `Lättläst kallelse – ${firstName}`,
    family: (name: string, kind: string) => `Ditt exemplar – ${[name, kind].filter(Boolean).join(', ')}`,
    invitation: (name: string, about: string) => `Kallelse – ${[name, about].filter(Boolean).join(', ')}`,
    participant: (name: string, organisation: string) => [name, organisation].filter(Boolean).join(', '),
  },

  plan: {
    starts: (date: string) => `start ${date}`,
    title: 'Samordnad individuell plan (SIP)',
    subject: (personName: string) => `SIP för ${personName}`,
    copyFor: (name: string, organisation: string) => `Ditt exemplar — ${[name, organisation].filter(Boolean).join(', ')}`,
    /** The plan's stage in the document's words (draft / agreed / followed up / closed). */
    status: {
      forberedelse: 'Utkast',
      aktiv: 'Fastställd',
      uppfoljd: 'Uppföljd',
      avslutad: 'Avslutad',
    } satisfies Record<PlanStatus, string>,
    statusLabel: 'Status',
    meetingDate: 'Mötesdatum',
    version: 'Version',

    yours: 'Dina åtaganden',
    yoursIntro: (organisation: string) => `Insatser som ${organisation || 'din verksamhet'} ansvarar för enligt planen.`,
    yoursEmpty: 'Planen har inga insatser som din verksamhet ansvarar för.',

    person: 'Personen',
    name: 'Namn',
    phone: 'Telefon',
    email: 'E-post',
    address: 'Adress',
    representatives: 'Vårdnadshavare och företrädare',

    whatMatters: 'Vad är viktigt för dig?',
    purpose: 'Syfte med mötet',
    questions: 'Frågor som mötet skulle besvara',

    participants: 'Deltagare',
    columns: { name: 'Namn', organisation: 'Verksamhet och huvudman', role: 'Roll', attendance: 'Närvaro' },
    personRole: 'Personen som planen gäller',
    interpreterRole: 'Tolk, inte part i planen',

    consent: 'Samtycke',
    consentGivenBy: 'Lämnat av',
    consentForm: 'Form',
    consentDate: 'Datum',
    consentValidUntil: 'Gäller till och med',
    consentScopes: 'Vem får dela vad',
    consentNotShared: 'Får inte delas',
    consentNotSharedText:
      'Det finns uppgifter som inte får delas. De skrivs inte ut i planen. Dela bara det som står under ”Vem får dela vad”, och fråga huvudansvarig om du är osäker.',
    consentWithdrawn: (date: string) => `Återkallat ${date}`.trim(),
    consentEmpty: 'Inget samtycke är registrerat.',

    goals: 'Mål och insatser',
    goalsEmpty: 'Inga mål är formulerade.',
    review: {
      heading: 'Uppföljning',
      intro: (version: number) => `Uppföljning av version ${version} av planen.`,
      goals: 'Målen',
      goalColumns: { goal: 'Mål', status: 'Status', comment: 'Kommentar' },
      interventions: 'Insatserna',
      interventionColumns: { intervention: 'Insats', carriedOut: 'Genomförd', helped: 'Hjälpt', comment: 'Kommentar' },
      newInformation: 'Nytt sedan förra mötet',
      addedInterventions: 'Nya insatser',
      nothingNew: 'Inget nytt antecknat.',
      notMarked: 'Ej angivet',
      removed: 'Borttaget',
    },
    goalLabel: (longTerm: boolean, n: number) => `${longTerm ? 'Långsiktigt' : 'Kortsiktigt'} mål ${n}`,
    goalNoInterventions: 'Inga insatser för målet.',
    looseInterventions: 'Insatser utan mål',

    interventions: 'Insatser',
    interventionsEmpty: 'Inga insatser är beslutade.',
    interventionColumns: { what: 'Vad (mål)', responsible: 'Ansvarig', start: 'Start', when: 'När och hur ofta', where: 'Var' },

    own: 'Det personen och familjen gör själva',
    ownEmpty: 'Inga egna åtaganden.',
    ownBy: { personen: 'Personen', familjen: 'Familjen' },

    disagreements: 'Oenighet',
    disagreementsEmpty: 'Ingen oenighet är antecknad.',
    disagreementBetween: (what: string, between: string) => (between ? `${what} (mellan ${between})` : what),
    parked: 'Parkerade frågor',
    parkedEmpty: 'Inga parkerade frågor.',

    agreement: 'Personens svar på planen',
    /** The answer's row under the heading above (the heading is not said twice). */
    agreementAnswer: 'Svar',
    agreementAnswers: { '': 'Inte angivet', ja: 'Håller med', delvis: 'Håller delvis med', nej: 'Håller inte med' },
    personWords: 'Med personens egna ord',

    lead: 'Huvudansvarig',
    leadRole: 'Uppdrag',
    noLead: 'Ingen huvudansvarig är utsedd.',
    followUp: 'Nästa uppföljning',
    nextSipMeeting: 'Nästa SIP-möte',
    followUpWhen: 'När',
    followUpPlace: 'Plats',
    noFollowUp: 'Tiden för uppföljningen är inte bestämd.',
    ifChanges: 'Om något förändras',
    ifChangesText: (lead: string) =>
      lead
        ? `Kontakta ${lead} om något förändras före uppföljningen, till exempel ny skola, ny adress eller ett nytt behov.`
        : 'Kontakta den som kallade till mötet om något förändras före uppföljningen.',
  },

  /** The person's own copy: easy Swedish. */
  easy: {
    copyFor: (name: string) => `Ditt exemplar — ${name}`,
    /** "Anna Berg på Arbetsförmedlingen" */
    whoAt: (who: string, organisation: string) => `${who} på ${organisation}`,
    starts: (date: string) => `Start ${date}`,
    title: 'Din plan',
    intro: (date: string) =>
      date
        ? `Det här är din plan. Planen skrevs på mötet ${date}. Alla som var med på mötet får också planen.`
        : 'Det här är din plan. Alla som var med på mötet får också planen.',
    whatMatters: 'Det här är viktigt för dig',
    yourWords: 'Det här sa du om planen:',
    goals: 'Dina mål',
    goalsEmpty: 'Ni har inte skrivit några mål än.',
    whoDoesWhat: 'Det här ska hända',
    whoDoesWhatEmpty: 'Ni har inte bestämt något än.',
    youDo: 'Det här gör du själv',
    familyDoes: 'Det här gör din familj',
    lead: 'Din kontaktperson',
    leadText: (name: string, organisation: string) => (organisation ? `${name} på ${organisation} håller ihop din plan.` : `${name} håller ihop din plan.`),
    noLead: 'Ni har inte bestämt vem som håller ihop planen än.',
    phone: (phone: string) => `Telefon: ${phone}`,
    email: (email: string) => `E-post: ${email}`,
    nextMeeting: 'Nästa möte',
    nextMeetingText: (date: string, time: string, place: string) =>
      [`Nästa möte är ${date}${time ? ` klockan ${time}` : ''}.`, place && `Mötet är på ${place}.`].filter(Boolean).join(' '),
    noNextMeeting: 'Tiden för nästa möte är inte bestämd än.',
    ifChanges: 'Om något ändras',
    ifChangesText: (lead: string) =>
      lead
        ? `Om något ändras innan nästa möte kan du ringa eller skriva till ${lead}.`
        : 'Om något ändras innan nästa möte kan du höra av dig till den som kallade till mötet.',
    performer: { personen: 'Du', familjen: 'Din familj' },
    /** What works well, from the round (Aktuell situation). */
    worksWell: 'Det här fungerar bra',
    worksWellIntro: 'På mötet berättade ni vad som fungerar bra.',
    worksWellYou: (text: string) => `Du sa: ${text}`,
    worksWellBy: (name: string, text: string) => `${name} sa: ${text}`,
  },
  /** The round of Aktuell situation in a participant's copy: what works well first, then each speaker's note. */
  situation: {
    heading: 'Aktuell situation',
    worksWell: 'Det här fungerar bra',
    notes: 'Vad var och en berättade',
  },

  closing: {
    title: 'SIP:en är avslutad',
    subject: (personName: string) => `Avslutad SIP för ${personName}`,
    heading: 'Meddelande: SIP:en är avslutad',
    coverLine: (name: string, organisation: string) => `Till ${organisation ? `${name}, ${organisation}` : name}`,
    text: (name: string, date: string) => `Den samordnade individuella planen för ${name} är avslutad från och med ${date}. Planen gäller inte längre.`,
    concerns: 'Gäller',
    date: 'Avslutad',
    reason: 'Skäl',
    version: 'Senaste version',
    whereToTurn: 'Om behovet kommer tillbaka',
    yourPart: 'För din verksamhet',
    yourPartText: 'Dokumentera avslutet i er egen journal eller ert verksamhetssystem. Insatser som fortsätter utanför SIP:en fortsätter enligt era egna beslut.',
    from: 'Från',
    noSender: 'Ingen huvudansvarig eller mötesledare är angiven i planen.',
    senderRole: { lead: 'huvudansvarig', chair: 'mötesledare' },
    easy: {
      heading: 'Din plan är avslutad',
      coverLine: (name: string) => `Till ${name}`,
      text: (date: string) => `Din plan gäller inte längre. Den är avslutad från och med ${date}.`,
      why: 'Varför?',
      whereToTurn: 'Om du behöver hjälp igen',
      sender: {
        lead: (name: string, organisation: string) => `${sends(name, organisation)} ${name} höll ihop din plan.`,
        chair: (name: string, organisation: string) => `${sends(name, organisation)} ${name} ledde mötena om din plan.`,
      },
    },
    family: {
      heading: (person: string) => `Planen för ${person} är avslutad`,
      text: (person: string, date: string) => `Planen för ${person} gäller inte längre. Den är avslutad från och med ${date}.`,
      whereToTurn: (person: string) => `Om ${person} behöver hjälp igen`,
      sender: {
        lead: (name: string, organisation: string) => `${sends(name, organisation)} ${name} höll ihop planen.`,
        chair: (name: string, organisation: string) => `${sends(name, organisation)} ${name} ledde mötena om planen.`,
      },
    },
  },
  invitation: {
    title: 'Kallelse till SIP-möte',
    subject: (personName: string) => `Kallelse till SIP-möte om ${personName}`,
    footer: (planId: string, made: string) => `Kallelse · plan ${planId} · skapad ${made}`,
    coverLine: (name: string, organisation: string) => `Kallelse — ${[name, organisation].filter(Boolean).join(', ')}`,
    heading: 'Kallelse till möte om samordnad individuell plan (SIP)',
    concerns: 'Mötet gäller',
    date: 'Datum',
    time: 'Tid',
    timeRange: (start: string, end: string, minutes: number) => (start ? `${start}–${end} (${minutes} minuter)` : `${minutes} minuter`),
    place: 'Plats',
    link: 'Länk till videomötet',
    purpose: 'Syfte med mötet',
    questions: 'Frågor som mötet ska besvara',
    invited: 'Inbjudna',
    columns: { name: 'Namn', organisation: 'Verksamhet', role: 'Roll' },
    you: (name: string) => `${name} (du)`,
    personRow: 'Personen som mötet gäller',
    reply: 'Svara',
    replyTo: (who: string, by: string) => (by ? `Svara till ${who} senast ${by}.` : `Svara till ${who} så snart du kan.`),
    replyToUnknown: 'den som kallat till mötet',
    interpreterBooked: (language: string) => (language ? `En tolk på ${language} är bokad till mötet.` : 'En tolk är bokad till mötet.'),
    repliesToYou: (by: string) => (by ? `Du leder mötet. De inbjudna svarar till dig senast ${by}.` : 'Du leder mötet. De inbjudna svarar till dig.'),
    replyText: 'Berätta om du kommer. Om någon annan kommer i ditt ställe: säg vem.',
    guide: 'Till dig som är inbjuden i din yrkesroll',
    guideBefore: 'Före mötet',
    guideBeforeItems: [
      'Kontakta den som kallat om något i kallelsen saknas eller är otydligt.',
      'Svara att du kommer. Om någon annan bättre kan företräda er verksamhet utifrån personens behov: säg det till den som kallat.',
      'Om personen inte är aktuell hos er, men hos en annan verksamhet inom samma huvudman: se till att kallelsen når rätt verksamhet och berätta för den som kallat vem som kommer.',
      'Förbered dig: läs på om personens situation och ta vid behov kontakt med personen.',
      'Ta med mandat att fatta de beslut som kan behövas på mötet.',
    ],
    guideDuring: 'Under mötet',
    guideDuringItems: [
      'Personens behov är i fokus.',
      'Beskriv vad din verksamhet kan bidra med utifrån personens behov.',
      'Varje verksamhet råder över sina egna insatser: tala inte om vad andra ska bidra med.',
      'Oenighet mellan verksamheter löses inte på SIP-mötet.',
    ],
    guideAfter: 'Alla deltagare får planen efter mötet. Planen följs upp på ett senare möte: SIP är en process, inte ett möte.',
    declined: (names: string) => `Har lämnat återbud: ${names}.`,
    substitute: (substitute: string, instead: string) => `${substitute} (i stället för ${instead})`,
    /** A follow-up meeting's invitation (DOMAIN.md step 6): what is followed up, and how. */
    followUp: {
      title: 'Kallelse till uppföljning av SIP',
      subject: (personName: string) => `Kallelse till uppföljning av SIP för ${personName}`,
      heading: 'Kallelse till uppföljning av SIP',
      followedUp: 'Planen som följs upp',
      version: (version: number, date: string) => `Vi följer upp version ${version} av planen${date ? `, från ${date}` : ''}.`,
      goals: 'Målen i planen',
      noGoals: 'Planen har inga mål formulerade.',
      review: 'På uppföljningen går vi igenom',
      reviewItems: [
        'Hur det har gått med målen.',
        'Om insatserna har blivit av och om de har hjälpt.',
        'Vad som har ändrats sedan förra mötet, till exempel ny skola, ny adress eller ett nytt behov.',
        'Om andra insatser eller andra verksamheter behövs, och om planen ska ändras eller avslutas.',
      ],
      guideBeforeItem: 'Ta reda på hur det har gått med de insatser som din verksamhet ansvarar för.',
    },
  },

  /** Disagreements and parked issues in the person's and the family's copies, in plain words. */
  openQuestions: {
    disagreementsHeading: 'Det här är inte bestämt än',
    disagreementsText: 'Det här kunde ni inte bestämma på mötet. Frågorna tas upp på annat håll.',
    disagreement: (what: string, between: string) => (between ? `${what}: ${between} är inte överens.` : `${what}.`),
    parkedHeading: 'Det här pratar ni om senare',
  },
  /** The invitation for a family member or representative: plain words, "du", no professional phrasing. */
  familyInvitation: {
    coverLine: (name: string, kind: string) => `Kallelse — ${[name, kind].filter(Boolean).join(', ')}`,
    heading: 'Välkommen till ett möte om en samordnad individuell plan',
    intro: (person: string, kind: string) =>
      `Du är inbjuden som ${kind} till ett möte om ${person}. På mötet gör vi en plan tillsammans. Planen kallas samordnad individuell plan, SIP. Den visar vem som gör vad, och när.`,
    whyHeading: 'Varför vi ses',
    questionsHeading: 'Det här vill vi prata om',
    whoHeading: 'De här är inbjudna',
    who: (name: string, about: string) => (about ? `${name}, ${about}` : name),
    you: (name: string) => `${name} (du)`,
    whoPerson: (name: string) => `${name}, som planen gäller`,
    thinkHeading: 'Tänk gärna på det här före mötet',
    thinkItems: (person: string) => [`Vad fungerar bra för ${person}?`, 'Vad fungerar inte så bra?', 'Vad behöver ni hjälp med?', 'Vad kan ni göra själva?'],
    atMeetingHeading: 'På mötet',
    atMeeting: 'Alla får säga vad de tycker. Du får fråga om du inte förstår ett ord. Efter mötet får du ett eget exemplar av planen.',
    cannotComeHeading: 'Om du inte kan komma',
    cannotCome: (who: string) =>
      who ? `Ring eller skriv till ${who}. Då hittar vi en annan tid.` : 'Hör av dig till den som skickade kallelsen. Då hittar vi en annan tid.',
    followUp: {
      heading: 'Välkommen till ett möte där vi följer upp planen',
      intro: (person: string, kind: string, date: string) =>
        `Du är inbjuden som ${kind} till ett möte om ${person}. På mötet följer vi upp planen som vi gjorde tillsammans${date ? ` ${date}` : ''}. Vi pratar om hur det har gått och vad som ska hända nu.`,
      goalsHeading: 'Målen i planen',
      questions: ['Hur har det gått med målen?', 'Har hjälpen blivit av, och har den hjälpt?', 'Har något ändrats sedan förra mötet?', 'Behövs annan hjälp?'],
    },
  },
  /** The copy for a family member or representative: what the family does first, then the plan in plain words. */
  family: {
    copyFor: (name: string, kind: string) => `Ditt exemplar — ${[name, kind].filter(Boolean).join(', ')}`,
    title: (person: string) => `Planen för ${person}`,
    intro: (date: string) =>
      date
        ? `Det här är planen från mötet ${date}. Alla som var med på mötet får också planen.`
        : 'Det här är planen från mötet. Alla som var med på mötet får också planen.',
    familyDoes: 'Det här gör ni i familjen',
    familyDoesEmpty: 'Ni bestämde inget särskilt för familjen på mötet.',
    theFamily: 'Familjen',
    whatMatters: (person: string) => `Det här är viktigt för ${person}`,
    personWords: (person: string) => `Det här sa ${person} om planen:`,
    goals: 'Målen',
    personDoes: (person: string) => `Det här gör ${person}`,
    othersDo: 'Det här gör de andra',
    lead: 'Er kontaktperson',
    leadText: (name: string, organisation: string) => (organisation ? `${name} på ${organisation} håller ihop planen.` : `${name} håller ihop planen.`),
    ifChangesText: (lead: string) =>
      lead
        ? `Om något ändras innan nästa möte kan du ringa eller skriva till ${lead}.`
        : 'Om något ändras innan nästa möte kan du höra av dig till den som kallade till mötet.',
  },
  /** The person's own invitation, in easy Swedish. */
  easyInvitation: {
    coverLine: (name: string) => `Kallelse — ${name}`,
    heading: 'Du är inbjuden till ett möte om din plan',
    intro:
      'På mötet pratar vi om vad som är viktigt för dig och vem som ska hjälpa dig med vad. Alla som kommer arbetar tillsammans med dig. Planen kallas samordnad individuell plan.',
    when: (date: string, start: string, end: string) => (start ? `Mötet är ${date} klockan ${start} till ${end}.` : `Mötet är ${date}.`),
    whenUnknown: 'Tiden för mötet är inte bestämd än. Du får veta den snart.',
    where: (place: string) => `Mötet är på ${place}.`,
    video: (link: string) => `Mötet är på video. Du kommer in med länken: ${link}`,
    interpreter: (language: string) => (language ? `Det kommer en tolk på ${language} till mötet.` : 'Det kommer en tolk till mötet.'),
    whyHeading: 'Varför vi ses',
    questionsHeading: 'Det här vill vi prata om',
    // Invited, not coming: nobody may have answered yet.
    whoHeading: 'De här är inbjudna',
    who: (name: string, organisation: string) => (organisation ? `${name} från ${organisation}` : name),
    bringSomeone: 'Du får gärna ta med någon du litar på.',
    followUp: {
      heading: 'Du är inbjuden till ett möte där vi följer upp din plan',
      intro: (date: string) =>
        `Vi ska prata om hur det har gått sedan förra mötet. Vi följer upp planen som vi gjorde tillsammans${date ? ` ${date}` : ''}. Sedan bestämmer vi tillsammans vad som ska hända nu.`,
      goalsHeading: 'Dina mål',
      questions: ['Hur har det gått med dina mål?', 'Har du fått den hjälp som vi bestämde?', 'Har något ändrats sedan förra mötet?', 'Behöver du annan hjälp?'],
    },
    cannotComeHeading: 'Om du inte kan komma',
    cannotCome: (who: string) =>
      who ? `Ring eller skriv till ${who}. Då hittar vi en annan tid.` : 'Hör av dig till den som skickade kallelsen. Då hittar vi en annan tid.',
    /** The reply the chair records (the person's and the family's invitations alike). */
    replyHeading: 'Berätta om du kommer',
    reply: (who: string, by: string) =>
      `${who ? `Ring eller skriv till ${who}` : 'Hör av dig till den som skickade kallelsen'}${by ? ` senast ${by}` : ''}. Berätta om du kommer.`,
  },

  /** The export panel on screen. */
  export: {
    planHeading: 'Planen till alla deltagare',
    planIntro: 'Ett exemplar för varje deltagare, med deras egna åtaganden först, och ett lättläst exemplar för personen.',
    includeIdNumber: 'Ta med personnummer',
    includeIdNumberHint: 'Bara om planen lämnas över på papper. Personnummer får inte skickas med e-post.',
    shareIdNumberConfirm:
      'Filerna innehåller personnumret. Personnummer får inte skickas med e-post, och delningen kan skicka filerna med e-post. Vill du ändå dela dem?',
    makePlan: 'Skapa PDF för alla deltagare',
    withdrawnConfirm: 'Samtycket är återkallat. Vill du ändå skapa PDF:erna? Återkallelsen skrivs på varje sida.',
    invitationsHeading: 'Kallelser',
    invitationsIntro:
      'En lättläst kallelse för personen, en för varje inbjuden vårdnadshavare, företrädare eller närstående, och en för varje inbjuden deltagare, med vägledning för den som är inbjuden i sin yrkesroll.',
    makeInvitations: 'Skapa kallelser (PDF)',
    noParticipants: 'Lägg till deltagare först.',
    loading: 'Laddar PDF-verktyget …',
    progress: (done: number, total: number) => `Skapar PDF ${done} av ${total} …`,
    done: (n: number) => (n === 1 ? 'Klart: 1 PDF.' : `Klart: ${n} PDF:er.`),
    outdated: 'Uppgifterna har ändrats sedan filerna skapades, så de är borttagna. Skapa dem igen.',
    failed: 'PDF:erna kunde inte skapas. Försök igen. Om felet kvarstår: starta om appen.',
    shareFailed: 'Det gick inte att dela. Spara filen i stället.',
    saveFailed: 'Det gick inte att spara. Försök igen.',
    unprintable: (chars: string) =>
      `Några tecken finns inte i PDF-typsnittet och står som � i filerna: ${chars}. Kontrollera stavningen, eller skriv tecknen för hand på utskriften.`,
    files: 'Skapade filer',
    pages: (n: number) => (n === 1 ? '1 sida' : `${n} sidor`),
    share: 'Dela',
    save: 'Spara',
    forWhom: (owner: string) => ` – ${owner}`,
    saveZip: 'Spara alla som ZIP',
    shareAll: 'Dela alla',
    saveCombined: 'Spara en PDF med alla för utskrift',
    makingCombined: 'Skapar utskrifts-PDF …',
    combinedReady: 'Utskrifts-PDF:en är klar.',
    saveCombinedReady: 'Spara utskrifts-PDF:en',
    combinedName: 'Alla-exemplar',
    invitationsName: 'Kallelser',
  },
};
