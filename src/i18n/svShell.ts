// The strings of the first screen and the app's shell: the header, the lock, the form fields and
// their validation messages, the update prompt. Kept apart from sv.ts so that the first screen
// loads only these (sv spreads them in: `sv.app.name` is `svShell.app.name`).
import type { ValidationCode } from '../domain/validation';

export const svShell = {
  app: {
    name: 'SIP-mötet',
    skipToContent: 'Hoppa till innehållet',
    mainNav: 'Huvudmeny',
    /** The button that opens the main menu on a narrow screen (the menu folds away there). */
    menu: 'Meny',
    plans: 'Planer',
    settings: 'Inställningar',
    deviations: 'Avvikelser',
    statistics: 'Statistik',
    loading: 'Laddar …',
    notFound: 'Sidan finns inte.',
    backToList: 'Till alla planer',
  },
  fields: {
    required: '(obligatoriskt)',
  },
  online: {
    online: 'Ansluten',
    offline: 'Offline – allt sparas ändå på enheten',
  },
  save: {
    saved: 'Sparat',
    saving: 'Sparar …',
    error: 'Kunde inte spara – försöker igen',
  },
  update: {
    available: 'En ny version av appen finns.',
    explain: 'Det du har skrivit är sparat. Uppdatera när det passar – appen laddas då om.',
    now: 'Uppdatera nu',
    later: 'Senare',
  },
  validation: {
    required: 'Fyll i fältet.',
    'idnumber.format': 'Skriv numret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN (10 eller 12 siffror).',
    'idnumber.date': 'Datumet i numret finns inte. Kontrollera år, månad och dag.',
    'idnumber.checksum': 'Kontrollsiffran stämmer inte. Kontrollera att numret är rätt skrivet.',
    'idnumber.future': 'Datumet i numret ligger i framtiden.',
    'idnumber.mismatch': 'Födelsedatumet stämmer inte med personnumret.',
    'date.format': 'Skriv datumet som ÅÅÅÅ-MM-DD.',
    'date.invalid': 'Datumet finns inte.',
    'date.future': 'Datumet ligger i framtiden.',
    'time.format': 'Skriv tiden som TT:MM, till exempel 09:30.',
    'email.format': 'E-postadressen ser inte rätt ut, till exempel namn@kommun.se.',
    'phone.format': 'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och +.',
    'url.format': 'Länken ska börja med https://',
    'duration.range': 'Längden ska vara mellan 5 och 480 minuter (8 timmar).',
    'phase.minutes': 'Ange mellan 1 och 480 minuter. Fasen behåller sin tid tills dess.',
    'consent.untilBeforeGiven': 'Giltighetstiden slutar före datumet för samtycket.',
    'consent.withdrawnBeforeGiven': 'Återkallelsen är daterad före samtycket.',
    'booking.replyAfterMeeting': 'Svarsdatumet ligger efter mötet. Välj ett datum före mötet.',
    'password.short': 'Lösenordet behöver minst 8 tecken.',
    'passcode.short': 'Koden behöver minst 6 siffror, eller en lösenfras med minst 8 tecken.',
    'password.mismatch': 'Lösenorden är inte likadana.',
    'passcode.mismatch': 'Koderna är inte likadana.',
    'text.tooLong': 'Texten är längre än 20 000 tecken. Den är sparad, men korta den gärna: så lång text blir svår att läsa i planen.',
    'date.past': 'Datumet har redan varit. Välj ett datum framåt i tiden.',
  } satisfies Record<ValidationCode, string>,
};
