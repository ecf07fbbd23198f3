// CSV for Swedish spreadsheets: semicolons between fields, CRLF between rows, a byte-order mark
// so Excel reads UTF-8, quotes where a field needs them, and a leading apostrophe on anything a
// spreadsheet would run as a formula (CSV injection).

export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}

function field(value: string | number): string {
  let text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  if (/^[=+\-@\t\r]/u.test(text) && typeof value === 'string') text = `'${text}`;
  return /[;"\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}
