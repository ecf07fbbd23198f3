// The passcode and the lock: first start, the lock screen, and their settings.
import type { IdleMinutes, MeetingIdleMinutes } from '../domain/autoLock';

export const svLock = {
  /** Said before the lock while the start waits (up to 2 s) to learn whether another window is the app (ui/window/oneWindow.ts). */
  checkingWindows: 'Ser efter om appen redan är öppen i ett annat fönster …',
  setupTitle: 'Välj lösenkod',
  setupIntro: 'Planerna innehåller känsliga uppgifter om personer. De sparas krypterade på enheten och kan bara läsas med lösenkoden.',
  setupWarning: 'Skriv ner koden och förvara den säkert. Glömmer du den går uppgifterna inte att återskapa, annat än från en säkerhetskopia.',
  setupExisting: 'Planer som redan finns på enheten krypteras när du har valt koden.',
  passcode: 'Lösenkod',
  passcodeHint: 'Minst 6 siffror, eller en lösenfras med minst 8 tecken.',
  repeat: 'Skriv lösenkoden igen',
  choose: 'Spara lösenkoden och börja',
  choosing: 'Krypterar …',

  lockedTitle: 'Låst',
  lockedHeading: 'Appen är låst',
  lockedIntro: 'Skriv lösenkoden för att fortsätta där du var.',
  unlock: 'Lås upp',
  unlocking: 'Låser upp …',
  wrong: 'Fel lösenkod.',
  wait: (time: string) => `Vänta ${time} innan du försöker igen.`,
  tryAgainIn: (time: string) => `Du kan försöka igen om ${time}.`,
  waitSeconds: (s: number) => (s === 1 ? '1 sekund' : `${s} sekunder`),
  waitMinutes: (m: number) => (m === 1 ? '1 minut' : `${m} minuter`),
  failed: 'Något gick fel. Försök igen.',

  forgotHeading: 'Glömt lösenkoden?',
  forgotText:
    'Utan koden går planerna inte att läsa. Du kan radera allt på enheten och börja om med en ny kod, och sedan läsa tillbaka en säkerhetskopia under Inställningar.',
  erase: 'Radera allt på enheten',
  eraseConfirm: 'Radera alla planer och möten på den här enheten för gott? Det går inte att ångra.',
  eraseFailed: 'Det gick inte att radera. Stäng andra flikar med appen och försök igen.',

  unavailable: 'Appen kan inte öppna sin lagring i den här webbläsaren. Stäng andra flikar med appen och ladda om. Privat surfning kan också hindra lagringen.',

  lockButton: 'Lås',
  coverText: 'Appen är dold',

  settingsHeading: 'Lås och lösenkod',
  idleSetting: 'Lås automatiskt efter',
  idleHint:
    'Tiden räknas från senaste tryckning. En halv minut innan visas en varning där du kan välja att fortsätta. Appen låser sig också när den har varit dold lika länge.',
  idleChoices: { '1': '1 minut', '2': '2 minuter', '5': '5 minuter', '10': '10 minuter', '15': '15 minuter', '30': '30 minuter' } satisfies Record<
    `${IdleMinutes}`,
    string
  >,
  duringMeeting: 'Lås även när ett mötes tidtagning pågår',
  meetingIdleSetting: 'Under ett pågående möte, lås efter',
  meetingIdleHint: 'Medan mötets tidtagning pågår väntar låset längre, men låser ändå om ingen rör surfplattan. Är den vanliga tiden längre gäller den.',
  meetingIdleChoices: {
    '10': '10 minuter',
    '15': '15 minuter',
    '20': '20 minuter',
    '30': '30 minuter',
    '45': '45 minuter',
    '60': '60 minuter',
  } satisfies Record<`${MeetingIdleMinutes}`, string>,
  warningHeading: 'Appen låses snart',
  warningCountdown: (time: string) => `Appen låses om ${time}.`,
  warningText: 'Den har inte använts på en stund. Tryck på knappen eller var som helst för att fortsätta.',
  stayActive: 'Fortsätt arbeta',
  changeHeading: 'Byt lösenkod',
  current: 'Nuvarande lösenkod',
  newPasscode: 'Ny lösenkod',
  change: 'Byt lösenkod',
  changing: 'Byter …',
  changed: 'Lösenkoden är bytt. Använd den nya koden nästa gång du låser upp.',
  currentWrong: 'Den nuvarande lösenkoden stämmer inte. Inget har ändrats.',
};
