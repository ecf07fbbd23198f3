// Dates and sizes as a Swedish reader expects them.
const dateFormat = new Intl.DateTimeFormat('sv-SE', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const longDateFormat = new Intl.DateTimeFormat('sv-SE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const dayFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' });

/** A stored "YYYY-MM-DD" as a local Date, or null when it is not one. */
function localDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** Dates already formatted: a list shows the same few dates on many rows, and formatting one costs more than the row. */
const formatted = new Map<string, string>();

/** "2026-12-01" → "tis 1 dec. 2026"; the input when it is not a date. */
export function formatDate(iso: string): string {
  const known = formatted.get(iso);
  if (known !== undefined) return known;
  const date = localDate(iso);
  const text = date ? dateFormat.format(date) : iso;
  if (formatted.size >= 2000) formatted.clear();
  formatted.set(iso, text);
  return text;
}

/** "2026-12-01" → "tisdag 1 december 2026": no abbreviations, for easy-to-read text. */
export function formatDateLong(iso: string): string {
  const date = localDate(iso);
  return date ? longDateFormat.format(date) : iso;
}

/** "2012-12-12" → "12 december 2012": a day without its weekday (a birth date, the day a plan was made). */
export function formatDay(iso: string): string {
  const date = localDate(iso);
  return date ? dayFormat.format(date) : iso;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
  return `${(bytes / 1024 ** 3).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} GB`;
}
