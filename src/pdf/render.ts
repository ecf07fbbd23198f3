// The one PDF renderer: lays a PdfDocument out on A4 pages with jsPDF and the embedded DejaVu fonts.
// Only ever loaded through a dynamic import, so jsPDF stays out of the start bundle.
// Lines break at spaces and after hyphens, never inside a phone number or between a day and its
// month (./lineBreaks); only a word wider than its column is broken, with a hyphen. A heading
// never ends a page. An easy-read document (PdfDocument.easyRead) gets large type on a short
// measure, short paragraphs, and blocks that do not break across pages.
// Every PDF is tagged (./tagging): the body's text is structure in drawing order, the page
// furniture and table borders are artifacts.
import { jsPDF } from 'jspdf';
import { svPdf } from '../i18n/svPdf';
import type { PdfFonts } from './fonts';
import { bindWords } from './lineBreaks';
import type { Block, PdfDocument, TableColumn } from './model';
import { Tagger, type StructElement } from './tagging';

export interface RenderResult {
  bytes: Uint8Array;
  pages: number;
  /** Distinct characters the font has no glyph for, sorted; each is printed as '\uFFFD'. */
  unprintable: string[];
}

export function renderDocument(doc: PdfDocument, fonts: PdfFonts): RenderResult {
  return render([doc], { title: doc.title, author: doc.author, subject: doc.subject }, fonts);
}

/** All documents in one PDF for printing; each starts on a new page and numbers its own pages. */
export function renderCombined(docs: PdfDocument[], fonts: PdfFonts): RenderResult {
  const first = docs[0];
  if (!first) throw new Error('renderCombined needs at least one document');
  return render(docs, { title: svPdf.combinedTitle, author: first.author, subject: first.subject }, fonts);
}

// Geometry, in pt (A4 portrait).
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN = (20 * 72) / 25.4;
const LEFT = MARGIN;
const WIDTH = PAGE_W - 2 * MARGIN;
/** Marking and footer size, and the gap between them and the body. */
const SMALL = 9;
const BAND_GAP = 10;
const LINE = 1.35;
const HEADING_LINE = 1.25;
/** DejaVu Sans ascent and descent (hhea, in em): a glyph box is centred vertically in its line. */
const ASCENT = 0.928;
const DESCENT = 0.236;
const EPS = 0.01;
/**
 * A heading stays on a page only with at least this many lines of what follows it; a text starts
 * at the foot of a page only when this many of its lines fit there.
 */
const KEEP_LINES = 2;

// Easy-read (DOMAIN.md "Easy-read"): large type, open lines, a short measure, short paragraphs.
const EASY_SIZE = 14;
/** Line spacing: the type size plus this. */
const EASY_LEADING = 4;
/** Characters a line holds at most, in any line of the page (a line pdftotext reads back, too). */
const EASY_MAX_CHARS = 55;
/** A longer paragraph is cut at a sentence's end into paragraphs of at most this many lines. */
const EASY_PARAGRAPH_LINES = 7;
/**
 * Easy-read: the most of a page a list may leave empty by moving whole to the next one; a list
 * that would leave more breaks between its items instead (each item whole). Half a page left
 * blank reads as the end of the document.
 */
const EASY_MOST_LEFT_EMPTY = 1 / 3;
/** Ordinary easy Swedish: its mean character width sets the text column for EASY_MAX_CHARS. */
const EASY_SAMPLE =
  'Det här är din plan. Planen skrevs på mötet. Alla som var med på mötet får också planen. ' +
  'Du kan ringa till din kontaktperson om du undrar något. Nästa möte är i februari.';

/** The mark at the end of a line where a word too wide for its column is broken. */
const BREAK_MARK = '-';
/** A line may break after these inside a word (between a letter or digit and the next one). */
const BREAK_AFTER = new Set(['-', '\u2010', '\u2013', '/']);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** A text's characters as the fonts draw them: one glyph per code point (no shaping; see Pen.clean). */
const characters = (text: string): string[] => Array.from(text);

const FAMILY = 'DejaVu';
type Style = 'normal' | 'bold';
const REPLACEMENT = '\uFFFD';
/** Invisible by definition (soft hyphen, zero-width space, joiners, variation selectors, BOM). */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const WHITESPACE = /^\s$/u;
const CONTROL = /^\p{Cc}$/u;
/** Arabic, which jsPDF draws shaped and reversed (its Arabic plugin): a line holding it says what it says in /ActualText. */
const ARABIC = /\p{Script=Arabic}/u;

interface Info {
  title: string;
  author: string;
  subject: string;
}

function render(docs: PdfDocument[], info: Info, fonts: PdfFonts): RenderResult {
  const pdf = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  const tagger = new Tagger(pdf);
  const pen = new Pen(pdf, embedFonts(pdf, fonts), tagger);
  pdf.setProperties({ ...info, creator: svPdf.creator });
  pdf.setLanguage('sv');

  const layouts = docs.map((doc, i) => {
    if (i > 0) pdf.addPage();
    const layout = new DocumentLayout(pen, tagger, doc, pdf.getNumberOfPages());
    // In a combined file each copy is a Part of the one Document.
    if (docs.length > 1) tagger.begin('Part');
    layout.drawBody();
    if (docs.length > 1) tagger.end();
    return layout;
  });
  // Page furniture last, when every document knows its page count.
  const pageCount = pdf.getNumberOfPages();
  layouts.forEach((layout, i) => layout.drawFurniture((layouts[i + 1]?.firstPage ?? pageCount + 1) - 1));

  return {
    bytes: tagger.finish(new Uint8Array(pdf.output('arraybuffer'))),
    pages: pageCount,
    unprintable: [...pen.missing].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)),
  };
}

/** Identity-H makes jsPDF embed a subset of each font; returns each font's cmap (code unit → glyph). */
function embedFonts(pdf: jsPDF, fonts: PdfFonts): Record<Style, Record<number, number>> {
  pdf.addFileToVFS('DejaVuSans.ttf', fonts.regular);
  pdf.addFont('DejaVuSans.ttf', FAMILY, 'normal', 'Identity-H');
  pdf.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
  pdf.addFont('DejaVuSans-Bold.ttf', FAMILY, 'bold', 'Identity-H');
  const codeMap = (style: Style): Record<number, number> => {
    pdf.setFont(FAMILY, style);
    return pdf.getFont().metadata.cmap.unicode.codeMap;
  };
  return { bold: codeMap('bold'), normal: codeMap('normal') };
}

/** Text in and out of jsPDF: cleaning, measuring, wrapping, drawing. */
class Pen {
  readonly missing = new Set<string>();
  private readonly memo: Record<Style, Map<string, string>> = { normal: new Map(), bold: new Map() };
  private readonly widths: Record<Style, Map<string, number>> = { normal: new Map(), bold: new Map() };

  constructor(
    readonly pdf: jsPDF,
    private readonly codeMaps: Record<Style, Record<number, number>>,
    private readonly tagger: Tagger,
  ) {}

  use(size: number, style: Style): void {
    this.pdf.setFont(FAMILY, style);
    this.pdf.setFontSize(size);
  }

  /**
   * What the font can draw: NFC, one kind of line break, and a visible '\uFFFD' (recorded in
   * `missing`) for a character without a glyph. jsPDF would drop it, or cut the line off there.
   */
  clean(text: string, style: Style): string {
    const memo = this.memo[style];
    let out = '';
    for (const ch of text.replace(/\r\n?/g, '\n').normalize('NFC')) {
      let mapped = memo.get(ch);
      if (mapped === undefined) {
        mapped = this.map(ch, style);
        memo.set(ch, mapped);
      }
      out += mapped;
    }
    return out;
  }

  private map(ch: string, style: Style): string {
    if (ch === '\n' || ch === '\u2028' || ch === '\u2029') return '\n';
    if (IGNORABLE.test(ch)) return '';
    const code = ch.codePointAt(0) ?? 0;
    // jsPDF reads only the font's 16-bit cmap and draws UTF-16 units, so nothing beyond U+FFFF.
    const hasGlyph = code <= 0xffff && (this.codeMaps[style][code] ?? 0) > 0;
    // A tab or other control, or a space the font lacks, prints as a plain space; never unprintable.
    if (CONTROL.test(ch) || (WHITESPACE.test(ch) && !hasGlyph)) return ' ';
    if (hasGlyph) return ch;
    this.missing.add(ch);
    return REPLACEMENT;
  }

  /**
   * Cleaned text as lines no wider than `width` and of at most `maxChars` characters; '\n' breaks a
   * line. Lines break at spaces; with `atHyphens` (table cells) also after a hyphen (or dash, or
   * slash) inside a word, else a word moves whole to the next line. A word wider than a whole line
   * is broken after its hyphens, and where it must be broken elsewhere it gets a hyphen at the
   * break. No lines for empty text.
   */
  wrap(text: string, width: number, size: number, style: Style, maxChars = Infinity, atHyphens = false): string[] {
    const clean = this.clean(text, style);
    if (clean === '') return [];
    this.use(size, style);
    const out: string[] = [];
    for (const hard of clean.split('\n')) this.wrapLine(hard, width, size, style, maxChars, atHyphens, out);
    return out;
  }

  private wrapLine(text: string, width: number, size: number, style: Style, maxChars: number, atHyphens: boolean, out: string[]): void {
    const words = bindWords(text.split(' ').filter((word) => word !== ''));
    if (words.length === 0) {
      out.push('');
      return;
    }
    const space = this.unitWidth(' ', style) * size;
    const mark = this.unitWidth(BREAK_MARK, style) * size;
    let line = '';
    let used = 0;
    let chars = 0;
    const flush = () => {
      out.push(line);
      line = '';
      used = chars = 0;
    };
    for (const word of words) {
      const pieces = breakPieces(word).map((piece) => ({ text: piece, width: this.measure(piece, style) * size, chars: characters(piece).length }));
      let k = 0;
      while (k < pieces.length) {
        // As many of the word's pieces as fit on this line: all of them, or up to a hyphen.
        const glue = k === 0 && line !== '';
        let w = used + (glue ? space : 0);
        let c = chars + (glue ? 1 : 0);
        let j = k;
        for (; j < pieces.length; j++) {
          const piece = pieces[j]!;
          if (w + piece.width > width + EPS || c + piece.chars > maxChars) break;
          w += piece.width;
          c += piece.chars;
        }
        // Outside tables a word that does not fit whole after other words starts the next line.
        if (glue && !atHyphens && j < pieces.length) j = k;
        if (j > k) {
          line +=
            (glue ? ' ' : '') +
            pieces
              .slice(k, j)
              .map((p) => p.text)
              .join('');
          used = w;
          chars = c;
          k = j;
          if (k < pieces.length) flush();
          continue;
        }
        if (line !== '') {
          flush();
          continue;
        }
        // A piece wider than a whole line: as much as fits with a hyphen after it, the rest goes on.
        const piece = pieces[k]!;
        const letters = characters(piece.text);
        let taken = 0;
        let takenWidth = 0;
        while (taken < letters.length - 1) {
          const next = this.unitWidth(letters[taken]!, style) * size;
          if (takenWidth + next + mark > width + EPS || taken + 2 > maxChars) break;
          takenWidth += next;
          taken++;
        }
        taken = Math.max(1, taken);
        const rest = letters.slice(taken).join('');
        line = letters.slice(0, taken).join('') + (rest === '' ? '' : BREAK_MARK);
        flush();
        if (rest === '') {
          k++;
        } else {
          pieces[k] = { text: rest, width: this.measure(rest, style) * size, chars: letters.length - taken };
        }
      }
    }
    if (line !== '') flush();
  }

  /** Width of a text at 1 pt, from the glyph widths (jsPDF adds no kerning for these fonts). */
  private measure(text: string, style: Style): number {
    let sum = 0;
    for (const ch of text) sum += this.unitWidth(ch, style);
    return sum;
  }

  private unitWidth(ch: string, style: Style): number {
    const memo = this.widths[style];
    let w = memo.get(ch);
    if (w === undefined) {
      this.pdf.setFont(FAMILY, style);
      w = this.pdf.getStringUnitWidth(ch);
      memo.set(ch, w);
    }
    return w;
  }

  /** The width of the widest piece a line can never break inside (a word, or a part of it up to a hyphen). */
  widestPiece(text: string, size: number, style: Style, limit: number): number {
    let widest = 0;
    // Split as wrapLine splits: at plain spaces and line breaks (a no-break space joins).
    for (const word of this.clean(text, style).split(/[ \n]/)) {
      for (const piece of breakPieces(word)) {
        const w = this.measure(piece, style) * size;
        if (w > widest && w <= limit) widest = w;
      }
    }
    return widest;
  }

  width(text: string): number {
    return this.pdf.getTextWidth(text);
  }

  /** Draws one line in the current font, its glyph box centred in the line box starting at `top`. */
  line(text: string, x: number, top: number, lineHeight: number, size: number): void {
    if (text === '') return;
    const baseline = top + (lineHeight - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
    const draw = () => this.pdf.text(text, x, baseline);
    if (ARABIC.test(text)) this.tagger.actualText(text, draw);
    else draw();
  }
}

/**
 * An invisible space at the end of a line that another line of the same text follows, unless it
 * ends in a hyphen: the text of the structure (what a screen reader reads) keeps its words apart
 * where the line wrapped ("måndag 23", not "måndag23").
 */
function spaceAfter(lines: string[], i: number): string {
  const line = lines[i] ?? '';
  if (line === '' || BREAK_AFTER.has(line.at(-1) ?? '')) return '';
  for (let next = i + 1; next < lines.length; next++) if (lines[next] !== '') return ' ';
  return '';
}

/** A word cut after each hyphen (dash, slash) that stands between two letters or digits: "Hälso-" "och-…". */
function breakPieces(word: string): string[] {
  const letters = characters(word);
  const pieces: string[] = [];
  let current = '';
  letters.forEach((ch, i) => {
    current += ch;
    if (BREAK_AFTER.has(ch) && WORD_CHAR.test(letters[i - 1] ?? '') && WORD_CHAR.test(letters[i + 1] ?? '')) {
      pieces.push(current);
      current = '';
    }
  });
  if (current !== '') pieces.push(current);
  return pieces;
}

// A block prepared for drawing: rows of cells that share line indices, so a row can break between
// two lines of all its cells at once. Paragraphs and headings are one row with one cell.
interface Cell {
  /** Text start, from the left margin. */
  x: number;
  lines: string[];
  style: Style;
}

interface Row {
  cells: Cell[];
  lines: number;
}

/** What a flow is in the structure tree: a paragraph, a heading, a list, a table or a fields block (a two-column table). */
type FlowKind = 'P' | 'H1' | 'H2' | 'L' | 'Table' | 'Fields';

interface Flow {
  kind: FlowKind;
  size: number;
  lineHeight: number;
  /** Space above, dropped at the top of a page. */
  before: number;
  rows: Row[];
  rowGap: number;
  /** A row moves whole to the next page when it fits there (fields, tables). */
  moveWhole: boolean;
  /** Never the last thing on a page: moves on with the first lines of what follows. */
  keepWithNext: boolean;
  /** The whole flow moves to the next page when it fits on one, with the headings above it (easy-read). */
  together?: boolean;
  grid?: Grid;
}

/** A table's boxes: column edges from the left margin, cell padding, the header row. */
interface Grid {
  x: number[];
  width: number[];
  padY: number;
  header: Row;
}

function makeRow(cells: Cell[]): Row {
  return { cells, lines: Math.max(1, ...cells.map((c) => c.lines.length)) };
}

function rowHeight(flow: Flow, row: Row): number {
  return row.lines * flow.lineHeight + 2 * (flow.grid?.padY ?? 0);
}

/** The whole flow's height, table header included. */
function flowHeight(flow: Flow): number {
  const header = flow.grid ? rowHeight(flow, flow.grid.header) : 0;
  return header + flow.rows.reduce((h, row) => h + rowHeight(flow, row), 0) + flow.rowGap * Math.max(0, flow.rows.length - 1);
}

/**
 * Column widths for a table: in proportion to the weights, but a column is widened (taking from
 * the others) until its widest unbreakable piece fits, so only a word wider than any fair column
 * (`mins` leaves those out) is ever broken. When even the pieces do not all fit, the columns with
 * the widest pieces share what is left equally and break those; the others keep their words whole.
 */
function columnWidths(inner: number, weights: number[], mins: number[]): number[] {
  const n = weights.length;
  const w = weights.some((x) => x > 0) ? weights.map((x) => Math.max(0, x)) : weights.map(() => 1);
  const minSum = mins.reduce((a, b) => a + b, 0);
  if (minSum > inner) {
    const sorted = [...mins].sort((a, b) => a - b);
    let rest = inner;
    let cap = inner / n;
    for (let k = 0; k < n; k++) {
      const share = rest / (n - k);
      if ((sorted[k] ?? 0) > share) {
        cap = share;
        break;
      }
      rest -= sorted[k] ?? 0;
    }
    return mins.map((m) => Math.min(m, cap));
  }
  const fixed = mins.map(() => false);
  for (;;) {
    const free = inner - mins.reduce((a, m, i) => a + (fixed[i] ? m : 0), 0);
    const weight = w.reduce((a, x, i) => a + (fixed[i] ? 0 : x), 0);
    const share = (i: number) => (weight > 0 ? (free * (w[i] ?? 0)) / weight : 0);
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (!fixed[i] && share(i) < (mins[i] ?? 0) - EPS) {
        fixed[i] = true;
        changed = true;
      }
    }
    if (changed && fixed.some((f) => !f)) continue;
    if (fixed.every((f) => f)) {
      // Every column at its minimum: the space left over goes out in proportion to the weights.
      const total = w.reduce((a, b) => a + b, 0);
      return mins.map((m, i) => m + ((inner - minSum) * (w[i] ?? 0)) / total);
    }
    return mins.map((m, i) => (fixed[i] ? m : share(i)));
  }
}

/** One document's pages: body first, then marking and footer once its page count is known. */
class DocumentLayout {
  private readonly top: number;
  private readonly bottom: number;
  private readonly marking: string[];
  private readonly footer: string[];
  /** Easy-read: see PdfDocument.easyRead. */
  private readonly easy: boolean;
  private readonly size: number;
  /** Width of the text column (narrower than the page's in easy-read), and characters a line holds. */
  private readonly column: number;
  private readonly maxChars: number;
  private y: number;
  /** Where the body starts on the current page (below a repeated table header). */
  private freshY: number;

  constructor(
    private readonly pen: Pen,
    private readonly tagger: Tagger,
    private readonly doc: PdfDocument,
    readonly firstPage: number,
  ) {
    // Without the flag, the size marks an easy-read document: the person's copy, invitation and
    // closing notice are made at 14 pt (EASY_BODY_SIZE) and had no flag before it existed.
    this.easy = doc.easyRead ?? doc.bodySize >= EASY_SIZE;
    const size = doc.bodySize > 0 ? doc.bodySize : 11;
    this.size = this.easy ? Math.max(EASY_SIZE, size) : size;
    if (this.easy) {
      pen.use(this.size, 'normal');
      const mean = pen.width(EASY_SAMPLE) / characters(EASY_SAMPLE).length;
      this.column = Math.min(WIDTH, EASY_MAX_CHARS * mean);
      this.maxChars = EASY_MAX_CHARS;
    } else {
      this.column = WIDTH;
      this.maxChars = Infinity;
    }
    const small = SMALL * LINE;
    pen.use(SMALL, 'normal');
    // Room for the widest "Sida x av y" (DejaVu's digits share one width) and a gap before it; in
    // easy-read "Sida x av y" has a line of its own below the footer, so no line runs long.
    const labelRoom = this.easy ? 0 : pen.width(svPdf.pageOf(888, 888)) + 18;
    this.marking = pen.wrap(doc.marking, this.column, SMALL, 'normal', this.maxChars);
    this.footer = pen.wrap(doc.footer, this.column - labelRoom, SMALL, 'normal', this.maxChars);
    this.top = MARGIN + (this.marking.length > 0 ? this.marking.length * small + BAND_GAP : 0);
    this.bottom = PAGE_H - MARGIN - this.footerLines * small - BAND_GAP;
    this.y = this.freshY = this.top;
  }

  /** Lines of the footer band: the footer with "Sida x av y" beside it, or below it in easy-read. */
  private get footerLines(): number {
    return this.easy ? this.footer.length + 1 : Math.max(1, this.footer.length);
  }

  private get lineHeight(): number {
    return this.easy ? this.size + EASY_LEADING : this.size * LINE;
  }

  private get room(): number {
    return this.bottom - this.y;
  }

  private get pageHeight(): number {
    return this.bottom - this.top;
  }

  private isFresh(): boolean {
    return this.y <= this.freshY + EPS;
  }

  drawBody(): void {
    const flows = this.prepare();
    if (this.easy) this.keepTogether(flows);
    flows.forEach((flow, i) => {
      if (this.easy) this.breakListLeavingPageEmpty(flows, i);
      this.drawFlow(flow, this.lead(flows, i));
    });
  }

  /**
   * Easy-read, at the first flow of a group (a list and the headings above it): a list that would
   * move whole to the next page and leave more than EASY_MOST_LEFT_EMPTY of this one empty breaks
   * between its items. Decided once for the group, so its headings and list agree.
   */
  private breakListLeavingPageEmpty(flows: Flow[], i: number): void {
    if (flows[i - 1]?.keepWithNext) return;
    let j = i;
    while (flows[j]?.keepWithNext) j++;
    const list = flows[j];
    if (list?.kind !== 'L' || !list.together || this.isFresh()) return;
    if (flows[i]!.before + this.lead(flows, i) <= this.room + EPS) return;
    if (this.room > this.pageHeight * EASY_MOST_LEFT_EMPTY) list.together = false;
  }

  /** Marking at the top and footer plus "Sida x av y" at the foot of pages firstPage..lastPage. */
  drawFurniture(lastPage: number): void {
    const { pen } = this;
    const small = SMALL * LINE;
    const total = lastPage - this.firstPage + 1;
    const footerTop = PAGE_H - MARGIN - this.footerLines * small;
    for (let page = this.firstPage; page <= lastPage; page++) {
      pen.pdf.setPage(page);
      pen.use(SMALL, 'normal');
      if (this.marking.length > 0) {
        this.tagger.artifact('Header', () => this.marking.forEach((text, i) => pen.line(text, LEFT, MARGIN + i * small, small, SMALL)));
      }
      this.tagger.artifact('Footer', () => {
        this.footer.forEach((text, i) => pen.line(text, LEFT, footerTop + i * small, small, SMALL));
        const label = svPdf.pageOf(page - this.firstPage + 1, total);
        if (this.easy) pen.line(label, LEFT, footerTop + this.footer.length * small, small, SMALL);
        else pen.line(label, LEFT + WIDTH - pen.width(label), footerTop, small, SMALL);
      });
    }
  }

  private wrap(text: string, width: number, size: number, style: Style, maxChars = this.maxChars, atHyphens = false): string[] {
    return this.pen.wrap(text, width, size, style, maxChars, atHyphens);
  }

  private prepare(): Flow[] {
    const { size } = this;
    const flows: Flow[] = [];
    const cover = this.wrap(this.doc.coverLine, this.column, size, 'bold');
    if (cover.length > 0) flows.push(this.text(cover, 'bold', 0));
    let previous: Block | undefined;
    for (const block of this.doc.blocks) {
      const made = this.prepareBlock(block);
      if (made.length === 0) continue;
      if (previous?.kind === 'heading') made[0]!.before = 0.3 * size;
      flows.push(...made);
      previous = block;
    }
    return flows;
  }

  /** Space above a paragraph, list, fields block or table: a blank line in easy-read. */
  private get blockGap(): number {
    return this.easy ? this.lineHeight : 0.6 * this.size;
  }

  private text(lines: string[], style: Style, before: number): Flow {
    return {
      kind: 'P',
      size: this.size,
      lineHeight: this.lineHeight,
      before,
      rows: [makeRow([{ x: 0, lines, style }])],
      rowGap: 0,
      moveWhole: false,
      keepWithNext: false,
    };
  }

  private prepareBlock(block: Block): Flow[] {
    const { size, column } = this;
    const flow = (kind: FlowKind, rows: Row[], rowGap: number, moveWhole: boolean): Flow[] =>
      rows.length === 0 ? [] : [{ kind, size, lineHeight: this.lineHeight, before: this.blockGap, rows, rowGap, moveWhole, keepWithNext: false }];
    switch (block.kind) {
      case 'heading': {
        const hSize = size * (block.level === 1 ? 1.45 : 1.2);
        const lines = this.wrap(block.text, column, hSize, 'bold');
        if (lines.length === 0) return [];
        const rows = [makeRow([{ x: 0, lines, style: 'bold' }])];
        const before = this.easy ? this.lineHeight * (block.level === 1 ? 1.5 : 1) : size * (block.level === 1 ? 1.1 : 0.8);
        return [
          { kind: block.level === 1 ? 'H1' : 'H2', size: hSize, lineHeight: hSize * HEADING_LINE, before, rows, rowGap: 0, moveWhole: false, keepWithNext: true },
        ];
      }
      case 'paragraph': {
        const style: Style = block.emphasis ? 'bold' : 'normal';
        return this.paragraphs(block.text, style).map((lines) => this.text(lines, style, this.blockGap));
      }
      case 'list': {
        const indent = 1.1 * size;
        const bullet = [this.pen.clean('•', 'normal')];
        // The bullet and the gap after it take two characters of the line.
        const rows = block.items.map((item) =>
          makeRow([
            { x: 0, lines: bullet, style: 'normal' },
            { x: indent, lines: this.wrap(item, column - indent, size, 'normal', this.maxChars - 2), style: 'normal' },
          ]),
        );
        // In easy-read an item, like the list, moves whole to the next page when it fits there.
        return flow('L', rows, (this.easy ? 0.4 : 0.25) * size, this.easy);
      }
      case 'fields':
        return flow(
          'Fields',
          block.rows.map((row) => this.fieldRow(row.label, row.value)),
          (this.easy ? 0.5 : 0.35) * size,
          true,
        );
      case 'table': {
        const table = this.table(block.columns, block.rows);
        return table ? [table] : [];
      }
    }
  }

  /**
   * A paragraph's lines; in easy-read, cut at the ends of sentences (or at its line breaks) into
   * paragraphs of at most EASY_PARAGRAPH_LINES lines where the sentences allow it.
   */
  private paragraphs(text: string, style: Style): string[][] {
    const { column, size } = this;
    const whole = this.wrap(text, column, size, style);
    if (whole.length === 0) return [];
    if (!this.easy || whole.length <= EASY_PARAGRAPH_LINES) return [whole];
    // Sentences and the separators between them: [sentence, separator, sentence, …].
    const parts = text.split(/(\n|(?<=[.!?])[ \t]+(?=[\p{Lu}\p{N}]))/u);
    const out: string[][] = [];
    let current = '';
    let currentLines: string[] = [];
    for (let i = 0; i < parts.length; i += 2) {
      const sentence = parts[i] ?? '';
      const joined = current === '' ? sentence : current + (parts[i - 1] ?? ' ') + sentence;
      const lines = this.wrap(joined, column, size, style);
      if (current === '' || lines.length <= EASY_PARAGRAPH_LINES) {
        current = joined;
        currentLines = lines;
        continue;
      }
      if (currentLines.length > 0) out.push(currentLines);
      current = sentence;
      currentLines = this.wrap(sentence, column, size, style);
    }
    if (currentLines.length > 0) out.push(currentLines);
    return out;
  }

  /**
   * Label beside its value, or above it when one word of the label is wider than its column; in
   * easy-read always above, so every line starts at the margin and stays short.
   */
  private fieldRow(label: string, value: string): Row {
    const { pen, size, column } = this;
    const labelWidth = 0.32 * column;
    const labelText = labelWidth - 8;
    pen.use(size, 'bold');
    const above =
      this.easy ||
      pen
        .clean(label, 'bold')
        .split(/\s+/)
        .some((word) => pen.width(word) > labelText);
    if (above) {
      const labelLines = this.wrap(label, column, size, 'bold');
      const valueLines = this.wrap(value, column, size, 'normal');
      return makeRow([
        { x: 0, lines: labelLines, style: 'bold' },
        { x: 0, lines: [...labelLines.map(() => ''), ...valueLines], style: 'normal' },
      ]);
    }
    return makeRow([
      { x: 0, lines: this.wrap(label, labelText, size, 'bold'), style: 'bold' },
      { x: labelWidth, lines: this.wrap(value, column - labelWidth, size, 'normal'), style: 'normal' },
    ]);
  }

  private table(columns: TableColumn[], rows: string[][]): Flow | undefined {
    if (columns.length === 0) return undefined;
    const { pen, size } = this;
    const padX = 4;
    // Inset by half the border width so the outer borders stay inside the margins.
    const inner = this.column - 0.5;
    // The widest unbreakable piece of each column, header included; a piece wider than half the
    // table is left out: it is broken with a hyphen rather than squeezing every other column.
    const limit = inner / 2 - 2 * padX;
    const mins = columns.map(
      (column, i) =>
        2 * padX + Math.max(pen.widestPiece(column.title, size, 'bold', limit), ...rows.map((row) => pen.widestPiece(row[i] ?? '', size, 'normal', limit))),
    );
    const width = columnWidths(
      inner,
      columns.map((c) => (c.width > 0 ? c.width : 0)),
      mins,
    );
    const x = width.map((_, i) => 0.25 + width.slice(0, i).reduce((a, b) => a + b, 0));
    const cells = (texts: string[], style: Style): Row =>
      makeRow(
        columns.map((_, i) => ({
          x: (x[i] ?? 0) + padX,
          lines: this.wrap(texts[i] ?? '', Math.max(1, (width[i] ?? 0) - 2 * padX), size, style, this.maxChars, true),
          style,
        })),
      );
    const header = cells(
      columns.map((c) => c.title),
      'bold',
    );
    return {
      kind: 'Table',
      size,
      lineHeight: this.lineHeight,
      before: this.blockGap,
      rows: rows.map((row) => cells(row, 'normal')),
      rowGap: 0,
      moveWhole: true,
      keepWithNext: false,
      grid: { x, width, padY: 0.25 * size, header },
    };
  }

  /**
   * Easy-read: a flow moves whole to the next page when it fits on one together with the headings
   * directly above it (else it breaks, so no heading is left alone on a page).
   */
  private keepTogether(flows: Flow[]): void {
    let headings = 0;
    for (const flow of flows) {
      const own = flowHeight(flow);
      const above = headings > 0 ? headings + flow.before : 0;
      if (flow.keepWithNext) {
        headings = above + own;
        continue;
      }
      flow.together = above + own <= this.pageHeight + EPS;
      headings = 0;
    }
  }

  /** Height that must fit on the current page for flow i to start there. */
  private lead(flows: Flow[], i: number): number {
    const flow = flows[i];
    if (!flow) return 0;
    if (flow.keepWithNext) {
      const own = flow.rows.reduce((h, row) => h + rowHeight(flow, row), 0);
      const next = flows[i + 1];
      return own + (next ? next.before + this.lead(flows, i + 1) : 0);
    }
    if (flow.together) return flowHeight(flow);
    const header = flow.grid ? rowHeight(flow, flow.grid.header) : 0;
    const first = flow.rows[0];
    if (!first) return header;
    const whole = rowHeight(flow, first);
    const lines = flow.moveWhole && whole <= this.pageHeight - header ? first.lines : Math.min(KEEP_LINES, first.lines);
    return header + rowHeight(flow, { cells: [], lines });
  }

  private drawFlow(flow: Flow, lead: number): void {
    if (!this.isFresh()) {
      if (flow.before + lead <= this.room + EPS || lead > this.pageHeight) this.y += flow.before;
      else this.newPage();
    }
    const { tagger } = this;
    const block = tagger.begin(flow.kind === 'Fields' ? 'Table' : flow.kind);
    if (flow.grid) {
      const fresh = this.isFresh();
      tagger.begin('TR');
      const header = flow.grid.header.cells.map(() => tagger.child('TH', 'Column'));
      this.drawLines(flow, flow.grid.header, 0, flow.grid.header.lines, header);
      tagger.end();
      if (fresh) this.freshY = this.y;
    }
    const headerHeight = flow.grid ? rowHeight(flow, flow.grid.header) : 0;
    flow.rows.forEach((row, i) => {
      if (i > 0 && !this.isFresh()) this.y += flow.rowGap;
      const whole = rowHeight(flow, row);
      if ((flow.moveWhole || flow.together) && whole > this.room + EPS && whole <= this.pageHeight - headerHeight && !this.isFresh()) {
        this.newPage(flow);
      }
      this.drawRow(flow, row, this.rowElements(flow, row, block));
      if (flow.kind !== 'P' && flow.kind !== 'H1' && flow.kind !== 'H2') tagger.end();
    });
    tagger.end();
  }

  /**
   * The structure of a row, one element per cell: a paragraph's or heading's one cell is the block
   * itself; a list item is LI > Lbl (the bullet), LBody; a table row TR > TD…; a fields row TR >
   * TH (the label, heading its row), TD. Opens the row's element (LI, TR) when there is one.
   */
  private rowElements(flow: Flow, row: Row, block: StructElement): StructElement[] {
    const { tagger } = this;
    switch (flow.kind) {
      case 'P':
      case 'H1':
      case 'H2':
        return row.cells.map(() => block);
      case 'L':
        tagger.begin('LI');
        return row.cells.map((_, i) => tagger.child(i === 0 ? 'Lbl' : 'LBody'));
      case 'Table':
        tagger.begin('TR');
        return row.cells.map(() => tagger.child('TD'));
      case 'Fields':
        tagger.begin('TR');
        return row.cells.map((_, i) => (i === 0 ? tagger.child('TH', 'Row') : tagger.child('TD')));
    }
  }

  /** Draws a row in as many pieces as it takes, breaking only between lines. */
  private drawRow(flow: Flow, row: Row, elements: StructElement[]): void {
    const padding = 2 * (flow.grid?.padY ?? 0);
    let done = 0;
    while (done < row.lines) {
      let count = Math.min(row.lines - done, Math.floor((this.room - padding + EPS) / flow.lineHeight));
      if (count < 1) {
        if (!this.isFresh()) {
          this.newPage(flow);
          continue;
        }
        count = 1; // Not even one line fits on an empty page: draw it rather than loop forever.
      }
      this.drawLines(flow, row, done, count, elements);
      done += count;
      if (done < row.lines) this.newPage(flow);
    }
  }

  /**
   * Lines from..from+count of every cell in the row, with the table's boxes around them: each
   * cell's lines are content of its structure element, or without elements (a table header
   * repeated on a new page) an artifact. The boxes are artifacts.
   */
  private drawLines(flow: Flow, row: Row, from: number, count: number, elements?: StructElement[]): void {
    const { pen, tagger } = this;
    const top = this.y;
    const grid = flow.grid;
    if (grid) {
      const height = count * flow.lineHeight + 2 * grid.padY;
      const header = row === grid.header;
      tagger.artifact('Layout', () => {
        pen.pdf.setLineWidth(0.5);
        pen.pdf.setDrawColor('#787878');
        pen.pdf.setFillColor('#e6e6e6');
        grid.x.forEach((x, i) => pen.pdf.rect(LEFT + x, top, grid.width[i] ?? 0, height, header ? 'FD' : 'S'));
      });
    }
    const textTop = top + (grid?.padY ?? 0);
    row.cells.forEach((cell, c) => {
      const lines = cell.lines.slice(from, from + count);
      if (lines.every((line) => line === '')) return;
      pen.use(flow.size, cell.style);
      const draw = () =>
        lines.forEach((line, i) => pen.line(line + spaceAfter(cell.lines, from + i), LEFT + cell.x, textTop + i * flow.lineHeight, flow.lineHeight, flow.size));
      const element = elements?.[c];
      if (element) tagger.mark(draw, element);
      else tagger.artifact('Pagination', draw);
    });
    this.y = top + count * flow.lineHeight + 2 * (grid?.padY ?? 0);
  }

  /** A new page; inside a table, its header first. */
  private newPage(flow?: Flow): void {
    this.pen.pdf.addPage();
    this.y = this.top;
    if (flow?.grid) this.drawLines(flow, flow.grid.header, 0, flow.grid.header.lines);
    this.freshY = this.y;
  }
}
