// The meeting templates, in Swedish. The SIP circle follows DOMAIN.md and seed 002 (the public
// mötescirkel); its time shares are the app's suggestion, not an official figure.
import type { MeetingTemplate } from '../domain/circle';

export const SIP_CIRCLE: MeetingTemplate = {
  id: 'sip',
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

export const MEETING_TEMPLATES: MeetingTemplate[] = [SIP_CIRCLE, LISTEN_PROBLEMATISE_PLAN];
