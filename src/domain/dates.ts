// Dates as the app stores them: local calendar dates "YYYY-MM-DD" and times "HH:MM".
const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of a moment, as "YYYY-MM-DD". */
export function localIsoDate(moment: Date): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** "HH:MM" plus a number of minutes, wrapping past midnight; '' when the start is not a time. */
export function addMinutesToTime(start: string, minutes: number): string {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/u.exec(start);
  if (!m || !Number.isFinite(minutes)) return '';
  const day = 24 * 60;
  const total = (((Number(m[1]) * 60 + Number(m[2]) + Math.round(minutes)) % day) + day) % day;
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}
