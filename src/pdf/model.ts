// A document as data: what the plan and invitation builders produce and the one renderer draws.
// Pure TypeScript (no jsPDF), so which sections, in which order, for whom, is unit-tested alone.

/** One block of a document's body, drawn top to bottom. */
export type Block =
  /** Level 1: a section ("Mål och insatser"); level 2: a part of one (one goal). */
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** Running text; '\n' starts a new line. */
  | { kind: 'paragraph'; text: string; emphasis?: boolean }
  /** Label–value pairs, the label in bold beside (or above, when long) its value. */
  | { kind: 'fields'; rows: FieldRow[] }
  /** A bulleted list. */
  | { kind: 'list'; items: string[] }
  /**
   * A table: the header row repeats on every page the table spans; a row moves whole to the next
   * page when it fits there, and a row taller than a page breaks between lines, never through one.
   */
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] };

export interface FieldRow {
  label: string;
  value: string;
}

export interface TableColumn {
  title: string;
  /** Relative width; the renderer shares the text width out in proportion. */
  width: number;
}

export interface PdfDocument {
  /** Download name without ".pdf": ASCII letters, digits and hyphens only, never a personnummer. */
  fileName: string;
  /** Whose document it is, for the list of made files: "Lisa Andersson, Socialtjänsten". Not printed. */
  owner: string;
  /** Document properties (the PDF's Info dictionary); the language is always Swedish. */
  title: string;
  author: string;
  subject: string;
  /** Body text size in points (≥ 11; ≥ 13 in the person's own copy). Headings scale from it. */
  bodySize: number;
  /**
   * Easy-read layout (DOMAIN.md "Easy-read"): at least 14 pt, line spacing type size + 4 pt, at
   * most 55 characters a line, ragged right, no hyphenation, paragraphs of at most about 7 lines
   * with a blank line between, and a paragraph, list, fields block or table kept on one page when
   * it fits on one. When absent, a document with bodySize ≥ 14 is easy-read all the same (the
   * person's copy, invitation and closing notice were marked only by their size before this flag).
   */
  easyRead?: true;
  /** First line of the first page, e.g. "Ditt exemplar — Lisa Andersson, Socialtjänsten". */
  coverLine: string;
  /** Printed at the top of every page. */
  marking: string;
  /** Printed at the foot of every page, left; the renderer adds "Sida x av y" on the right. */
  footer: string;
  blocks: Block[];
}
