// The meeting templates, in Swedish. The SIP circle follows DOMAIN.md and seed 002 (the public
// mötescirkel); its time shares are the app's suggestion, not an official figure.
import type { MeetingTemplate } from '../domain/circle';

export const SIP_CIRCLE: MeetingTemplate = {
  id: 'sip',
  kind: 'sip',
  name: 'SIP-möte (mötescirkeln)',
  description: 'Inledning, aktuell situation, behov, sammanfattning och avslutning. Behov får mest tid.',
  defaultMinutes: 60,
  phases: [
    {
      id: 'inledning',
      title: 'Inledning',
      share: 0.1,
      tools: ['inledning'],
      guidance: 'En tydlig inledning skapar trygghet. Den som mötet gäller presenterar sig först.',
      prompts: [
        'Välkomna alla',
        'Låt alla presentera sig – personen först – med namn, arbetsplats och roll i ärendet',
        'Säg vem som saknas',
        'Presentera mötesledaren och den som antecknar',
        'Informera om samtycke och sekretess',
        'Berätta syftet med mötet och frågeställningarna',
        'Visa avsatt tid enligt cirkeln',
        'Kontrollera att alla kan stanna hela mötet',
      ],
    },
    {
      id: 'aktuell-situation',
      title: 'Aktuell situation',
      share: 0.2,
      tools: ['runda'],
      guidance: 'Alla beskriver kort sin kontakt med personen och hur de ser på situationen nu. Begränsa tiden.',
      prompts: [
        'Låt personen börja om hen vill',
        'Låt alla kort beskriva sin kontakt och hur de ser på situationen just nu',
        'Fråga efter det som fungerar bra',
        'Håll varje tur kort',
      ],
    },
    {
      id: 'behov',
      title: 'Behov',
      share: 0.45,
      tools: ['behov'],
      guidance: 'Mest tid ska avsättas hit. Utgå från frågeställningarna och personens behov.',
      prompts: [
        'Utgå från frågeställningarna och personens behov',
        'Låt personen börja med vad hen behöver hjälp med',
        'Låt övriga berätta hur de ser på behoven och vad de kan bidra med',
        'Formulera långsiktiga och kortsiktiga mål – konkreta, så att de går att följa upp',
        'Vad kan personen eller familjen göra själv?',
        'Vilka insatser behövs? Vad, vem, när startar den, när, hur ofta och var?',
        'Be den som använder ett svårt begrepp att förklara det',
        'Parkera frågor som ligger utanför frågeställningarna',
      ],
    },
    {
      id: 'sammanfattning',
      title: 'Sammanfattning',
      share: 0.15,
      tools: ['sammanfattning'],
      guidance: 'Sammanfatta vad ni är överens om. Det ni inte är överens om skrivs ner – det löses inte här.',
      prompts: [
        'Sammanfatta vad som tagits upp och vad ni är överens om',
        'Tydliggör det ni inte är överens om',
        'Skriv in insatserna i planen',
        'Utse huvudansvarig och klargör rollen',
        'Fråga personen: Har du förstått? Låter det bra?',
      ],
    },
    {
      id: 'avslutning',
      title: 'Avslutning',
      share: 0.1,
      tools: ['avslutning'],
      guidance: 'Alla ska få planen. Fråga hur mötet upplevdes och boka uppföljningen.',
      prompts: [
        'Fråga alla hur de upplevde mötet – personen också',
        'Boka tid för uppföljning',
        'Dela ut planen eller berätta när och hur alla får den',
        'Tacka alla deltagare',
      ],
    },
  ],
};

export const LISTEN_PROBLEMATISE_PLAN: MeetingTemplate = {
  id: 'lyssna-problematisera-planera',
  kind: 'sip',
  name: '20/20/20: lyssna, problematisera, planera',
  description: 'Tre lika delar: runda runt bordet, problematisera, planera mål och insatser.',
  defaultMinutes: 60,
  phases: [
    {
      id: 'lyssna',
      title: 'Lyssna',
      share: 1 / 3,
      tools: ['runda'],
      guidance: 'Runda runt bordet. Personen börjar om hen vill. Alla lyssnar.',
      prompts: ['Välkomna och presentera alla – personen först', 'Låt var och en beskriva situationen kort', 'Fråga efter det som fungerar bra'],
    },
    {
      id: 'problematisera',
      title: 'Problematisera',
      share: 1 / 3,
      tools: ['anteckningar'],
      guidance: 'Vad är svårt, och varför? Utgå från frågeställningarna.',
      prompts: ['Utgå från frågeställningarna', 'Vad hindrar? Vad behöver personen?', 'Parkera frågor som ligger utanför'],
    },
    {
      id: 'planera',
      title: 'Planera',
      share: 1 / 3,
      tools: ['behov', 'sammanfattning', 'avslutning'],
      guidance: 'Mål, insatser och vem som gör vad. Avsluta med sammanfattning och uppföljning.',
      prompts: [
        'Formulera mål som personen gör',
        'Vilka insatser behövs? Vad, vem, när, hur ofta och var?',
        'Vad kan personen eller familjen göra själv?',
        'Utse huvudansvarig och boka uppföljning',
      ],
    },
  ],
};

// The follow-up (DOMAIN.md step 6, seed 003 "Följ upp"): the same engine, a look back first.
export const FOLLOW_UP_CIRCLE: MeetingTemplate = {
  id: 'uppfoljning',
  kind: 'uppfoljning',
  name: 'Uppföljning av SIP',
  description: 'Hur har det gått med målen och insatserna? Vad är nytt? Revidera planen och boka nästa uppföljning.',
  defaultMinutes: 60,
  phases: [
    {
      id: 'inledning',
      title: 'Inledning',
      share: 0.1,
      tools: ['inledning'],
      guidance: 'Uppföljningen utgår från planen ni gjorde. Personen presenterar sig först.',
      prompts: [
        'Välkomna alla och låt alla presentera sig – personen först',
        'Säg vem som saknas',
        'Påminn om samtycke och sekretess',
        'Berätta att ni följer upp planen och hur lång tid ni har',
      ],
    },
    {
      id: 'hur-har-det-gatt',
      title: 'Hur har det gått?',
      share: 0.35,
      tools: ['uppfoljning'],
      guidance: 'Gå igenom varje mål och varje insats. Har det hänt något under vägen?',
      prompts: [
        'Hur går det för personen jämfört med målen?',
        'Har alla gjort det de åtog sig i planen?',
        'Har insatserna gett önskad effekt, på kort och lång sikt?',
        'Finns det ny information eller ändrade omständigheter, till exempel ny skola eller ny adress?',
      ],
    },
    {
      id: 'behov',
      title: 'Behov och ändringar',
      share: 0.3,
      tools: ['behov'],
      guidance: 'Ändra mål och insatser som behöver ändras, och lägg till nya.',
      prompts: [
        'Behövs en annan insats?',
        'Behövs en annan aktör?',
        'Ändra målen som har ändrats, och formulera nya om det behövs',
        'Har det långsiktiga målet ändrats mycket? Då kan SIP:en avslutas och en ny upprättas',
      ],
    },
    {
      id: 'sammanfattning',
      title: 'Sammanfattning',
      share: 0.15,
      tools: ['sammanfattning'],
      guidance: 'Sammanfatta den reviderade planen. Det ni inte är överens om skrivs ner.',
      prompts: [
        'Sammanfatta vad som är ändrat i planen',
        'Tydliggör det ni inte är överens om',
        'Bekräfta huvudansvarig',
        'Fråga personen: Har du förstått? Låter det bra?',
      ],
    },
    {
      id: 'avslutning',
      title: 'Avslutning',
      share: 0.1,
      tools: ['avslutning'],
      guidance: 'Boka nästa uppföljning, eller avsluta SIP:en om målen är nådda.',
      prompts: [
        'Fråga alla hur de upplevde mötet – personen också',
        'Boka nästa uppföljning',
        'Berätta vad som händer om något viktigt inträffar före nästa möte',
        'Dela ut den reviderade planen eller berätta hur alla får den',
      ],
    },
  ],
};

/** Other meetings about one person (seed 004): three phases each, the same engine. */
function simpleMeeting(options: {
  id: MeetingTemplate['kind'];
  name: string;
  description: string;
  minutes: number;
  opening: string[];
  middle: { title: string; guidance: string; prompts: string[]; tools: MeetingTemplate['phases'][number]['tools'] };
  closing: string[];
}): MeetingTemplate {
  return {
    id: options.id,
    kind: options.id,
    name: options.name,
    description: options.description,
    defaultMinutes: options.minutes,
    phases: [
      {
        id: 'inledning',
        title: 'Inledning',
        share: 0.15,
        tools: ['inledning'],
        guidance: 'Presentationsrunda och syftet med mötet. Personen presenterar sig först.',
        prompts: options.opening,
      },
      { id: 'samtal', share: 0.65, ...options.middle },
      {
        id: 'avslutning',
        title: 'Avslutning',
        share: 0.2,
        tools: ['sammanfattning', 'avslutning'],
        guidance: 'Sammanfatta vad som sagts och beslutats, och vem som ansvarar.',
        prompts: options.closing,
      },
    ],
  };
}

const OPENING = [
  'Välkomna och låt alla presentera sig – personen först – med namn, arbetsplats och roll',
  'Säg vem som saknas',
  'Berätta syftet med mötet och påminn om tiden',
  'Utse den som antecknar',
];

export const COLLABORATION_MEETING = simpleMeeting({
  id: 'samverkansmote',
  name: 'Samverkansmöte',
  description: 'Möte med personen och andra aktuella parter efter behov. Alla parter kan kalla, även Arbetsförmedlingen och Försäkringskassan.',
  minutes: 60,
  opening: OPENING,
  middle: {
    title: 'Samtal och planering',
    guidance: 'Utgå från frågeställningen. Personen ska vara i fokus och få vara delaktig.',
    prompts: [
      'Utgå från frågeställningen och syftet',
      'Låt personen berätta vad hen behöver',
      'Vad kan var och en bidra med?',
      'Vad ska personen göra? Vilka andra insatser behövs, och vem ansvarar?',
    ],
    tools: ['runda', 'behov'],
  },
  closing: ['Sammanfatta vad som sagts och beslutats', 'Vem ansvarar för vad?', 'Boka ny tid för uppföljning', 'Förmedla hopp – tacka alla'],
});

export const CHECK_IN_MEETING = simpleMeeting({
  id: 'avstamningsmote',
  name: 'Avstämningsmöte',
  description: 'En kortare avstämning av hur det går, mellan de större mötena.',
  minutes: 30,
  opening: OPENING,
  middle: {
    title: 'Avstämning',
    guidance: 'Hur går det? Behöver något ändras före nästa möte?',
    prompts: ['Hur går det just nu?', 'Görs det som bestämdes?', 'Behöver något ändras före nästa möte?'],
    tools: ['runda', 'anteckningar'],
  },
  closing: ['Sammanfatta vad som sagts och beslutats', 'Boka nästa avstämning eller uppföljning'],
});

export const HANDOVER_MEETING = simpleMeeting({
  id: 'overlamningsmote',
  name: 'Överlämningsmöte',
  description: 'Möte med personen och aktuella aktörer när ett ärende eller en aktivitet lämnas över.',
  minutes: 60,
  opening: OPENING,
  middle: {
    title: 'Överlämning',
    guidance: 'Vad lämnas över, till vem, och från när? Personen ska veta vem som tar vid.',
    prompts: ['Vad har gjorts hittills, och vad fungerar?', 'Vad lämnas över, och till vem?', 'Från när gäller det?', 'Vad behöver den som tar över veta?'],
    tools: ['runda', 'behov'],
  },
  closing: ['Sammanfatta överlämningen', 'Se till att personen vet vem hen vänder sig till', 'Boka uppföljning'],
});

export const CLOSING_MEETING = simpleMeeting({
  id: 'avslutningsmote',
  name: 'Avslutningsmöte',
  description: 'Möte med personen när en insats avslutas: varför den avslutas, och vilka som finns kvar eller tar vid.',
  minutes: 45,
  opening: OPENING,
  middle: {
    title: 'Avslut av insatsen',
    guidance: 'Skapa tydlighet för personen: varför insatsen avslutas och vilka som finns kvar.',
    prompts: [
      'Varför avslutas insatsen?',
      'Hur har det gått?',
      'Vilka finns kvar och fortsätter, eller tar vid?',
      'Vart vänder sig personen om behovet kommer tillbaka?',
    ],
    tools: ['runda', 'anteckningar'],
  },
  closing: ['Sammanfatta', 'Se till att personen vet vart hen vänder sig', 'Tacka alla'],
});

export const MEETING_TEMPLATES: MeetingTemplate[] = [
  SIP_CIRCLE,
  LISTEN_PROBLEMATISE_PLAN,
  FOLLOW_UP_CIRCLE,
  COLLABORATION_MEETING,
  CHECK_IN_MEETING,
  HANDOVER_MEETING,
  CLOSING_MEETING,
];

/** The templates for a kind of meeting, the first of them the default. */
export function templatesFor(kind: MeetingTemplate['kind']): MeetingTemplate[] {
  return MEETING_TEMPLATES.filter((t) => t.kind === kind);
}

/**
 * The length a meeting starts with, before the chair types one: for the plan's own meeting (the
 * SIP meeting or a follow-up) the length booked for it under "Kallelse", since its invitation says
 * so; for any other kind, its template's own length (an avstämningsmöte is shorter).
 */
export function startingMinutes(template: MeetingTemplate, planOwnMeeting: boolean, bookedMinutes: number): number {
  return planOwnMeeting && bookedMinutes > 0 ? bookedMinutes : template.defaultMinutes;
}
