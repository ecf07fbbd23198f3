// Gallring: the setting and the review screen (loaded with them, not with the first screen).
import type { RetentionMonths } from '../domain/retention';

export const svRetention = {
  settingHeading: 'Gallring',
  setting: 'Erbjud radering av avslutade planer efter',
  settingHint: 'Följ er verksamhets regler för hur länge uppgifter får sparas. Inget raderas utan att du bekräftar.',
  choices: { '0': 'Aldrig', '6': '6 månader', '12': '1 år', '24': '2 år', '36': '3 år', '60': '5 år' } satisfies Record<`${RetentionMonths}`, string>,
  title: 'Gallring av avslutade planer',
  intro: (period: string) => `Planer som avslutades för mer än ${period} sedan. Markera de som ska raderas för gott, med alla sina möten.`,
  none: 'Inga avslutade planer har sparats längre än den valda tiden.',
  off: 'Gallring är avstängd. Välj en tid under Inställningar.',
  closedOn: (date: string) => `avslutad ${date}`,
  delete: 'Radera markerade planer för gott',
  confirm: (n: number) => `Radera ${n === 1 ? '1 plan' : `${n} planer`} och alla deras möten för gott? Det går inte att ångra.`,
  nothingChosen: 'Markera minst en plan.',
  deleted: (n: number) => (n === 1 ? '1 plan är raderad.' : `${n} planer är raderade.`),
  failed: 'Alla planer kunde inte raderas. Försök igen.',
};
