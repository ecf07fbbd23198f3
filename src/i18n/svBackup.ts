// The backup screen's words (loaded with the settings screen).
import type { BackupProblem } from '../domain/backupProblem';

export const svBackup = {
  heading: 'Säkerhetskopia',
  intro:
    'Alla planer och möten i en krypterad fil, till exempel för att flytta dem till en ny surfplatta. Utan lösenordet går filen inte att läsa: förvara lösenordet säkert och inte tillsammans med filen.',
  saveHeading: 'Spara en säkerhetskopia',
  password: 'Lösenord för säkerhetskopian',
  passwordHint: 'Minst 8 tecken. Ett par ord som du kommer ihåg fungerar bra.',
  repeat: 'Upprepa lösenordet',
  save: 'Spara säkerhetskopia',
  encrypting: 'Krypterar …',
  saved: (plans: number) => `Säkerhetskopian är sparad med ${plans === 1 ? '1 plan' : `${plans} planer`}.`,
  fileName: (date: string) => `SIP-sakerhetskopia-${date}.sipbackup`,
  restoreHeading: 'Återställ från en säkerhetskopia',
  restoreIntro: 'Planerna i filen läggs till. Finns en plan redan på enheten behålls den som ändrats senast: inget nyare skrivs över.',
  file: 'Fil med säkerhetskopia',
  filePassword: 'Lösenordet till filen',
  restore: 'Återställ',
  noFile: 'Välj en fil först.',
  checking: 'Läser och kontrollerar filen …',
  restored: (added: number, updated: number, kept: number) =>
    [
      `Återställt: ${added === 1 ? '1 ny plan' : `${added} nya planer`}`,
      updated > 0 ? `${updated} uppdaterade` : '',
      kept > 0 ? `${kept} fanns redan i samma eller nyare version och behölls` : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  problems: {
    empty: 'Filen är tom. Inget har ändrats.',
    'too-large': 'Filen är för stor för att vara en säkerhetskopia från appen. Inget har ändrats.',
    'not-a-backup': 'Filen är inte en säkerhetskopia från SIP-mötet, eller så är den avkortad. Inget har ändrats.',
    'newer-version': 'Säkerhetskopian kommer från en nyare version av appen. Uppdatera appen och försök igen. Inget har ändrats.',
    damaged: 'Filen är skadad eller ändrad och kan inte läsas. Inget har ändrats.',
    'wrong-password': 'Lösenordet stämmer inte, eller så har filen ändrats. Inget har ändrats.',
    'password-too-short': 'Lösenordet behöver minst 8 tecken.',
  } satisfies Record<BackupProblem, string>,
  failed: 'Det gick inte att spara eller läsa säkerhetskopian. Inget har ändrats.',
};
