// The one PDF renderer: lays a PdfDocument out on A4 pages with jsPDF and the embedded DejaVu fonts.
// Only ever loaded through a dynamic import, so jsPDF stays out of the start bundle.
import { jsPDF } from 'jspdf';
import { svPdf } from '../i18n/svPdf';
import type { PdfFonts } from './fonts';
import type { Block, PdfDocument, TableColumn } from './model';

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

const FAMILY = 'DejaVu';
type Style = 'normal' | 'bold';
const REPLACEMENT = '\uFFFD';
/** Invisible by definition (soft hyphen, zero-width space, joiners, variation selectors, BOM). */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const WHITESPACE = /^\s$/u;
const CONTROL = /^\p{Cc}$/u;

interface Info {
  title: string;
  author: string;
  subject: string;
}

function render(docs: PdfDocument[], info: Info, fonts: PdfFonts): RenderResult {
  const pdf = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  const pen = new Pen(pdf, embedFonts(pdf, fonts));
  pdf.setProperties({ ...info, creator: svPdf.creator });
  pdf.setLanguage('sv');

  const layouts = docs.map((doc, i) => {
    if (i > 0) pdf.addPage();
    const layout = new DocumentLayout(pen, doc, pdf.getNumberOfPages());
    layout.drawBody();
    return layout;
  });
  // Page furniture last, when every document knows its page count.
  const pageCount = pdf.getNumberOfPages();
  layouts.forEach((layout, i) => layout.drawFurniture((layouts[i + 1]?.firstPage ?? pageCount + 1) - 1));

  return {
    bytes: new Uint8Array(pdf.output('arraybuffer')),
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

  constructor(
    readonly pdf: jsPDF,
    private readonly codeMaps: Record<Style, Record<number, number>>,
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

  /** Cleaned text as lines no wider than `width`; '\n' breaks a line. No lines for empty text. */
  wrap(text: string, width: number, size: number, style: Style): string[] {
    const clean = this.clean(text, style);
    if (clean === '') return [];
    this.use(size, style);
    const lines = this.pdf.splitTextToSize(clean, width) as string[];
    return lines.flatMap((line) => (this.width(line.trimEnd()) <= width + EPS ? [line] : this.breakAnywhere(line, width)));
  }

  /** Fallback for a line jsPDF left too wide: break between any two characters. */
  private breakAnywhere(line: string, width: number): string[] {
    const out: string[] = [];
    let current = '';
    let used = 0;
    for (const ch of line) {
      const w = this.width(ch);
      if (current !== '' && used + w > width) {
        out.push(current);
        current = '';
        used = 0;
      }
      current += ch;
      used += w;
    }
    out.push(current);
    return out;
  }

  width(text: string): number {
    return this.pdf.getTextWidth(text);
  }

  /** Draws one line in the current font, its glyph box centred in the line box starting at `top`. */
  line(text: string, x: number, top: number, lineHeight: number, size: number): void {
    if (text === '') return;
    const baseline = top + (lineHeight - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
    this.pdf.text(text, x, baseline);
  }
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

interface Flow {
  size: number;
  lineHeight: number;
  /** Space above, dropped at the top of a page. */
  before: number;
  rows: Row[];
  rowGap: number;
  /** A row moves whole to the next page when it fits there (fields, tables). */
  moveWhole: boolean;
  /** Never the last thing on a page: moves on with the first line of what follows. */
  keepWithNext: boolean;
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

/** One document's pages: body first, then marking and footer once its page count is known. */
class DocumentLayout {
  private readonly top: number;
  private readonly bottom: number;
  private readonly marking: string[];
  private readonly footer: string[];
  private y: number;
  /** Where the body starts on the current page (below a repeated table header). */
  private freshY: number;

  constructor(
    private readonly pen: Pen,
    private readonly doc: PdfDocument,
    readonly firstPage: number,
  ) {
    const small = SMALL * LINE;
    pen.use(SMALL, 'normal');
    // Room for the widest "Sida x av y" (DejaVu's digits share one width) and a gap before it.
    const labelRoom = pen.width(svPdf.pageOf(888, 888)) + 18;
    this.marking = pen.wrap(doc.marking, WIDTH, SMALL, 'normal');
    this.footer = pen.wrap(doc.footer, WIDTH - labelRoom, SMALL, 'normal');
    this.top = MARGIN + (this.marking.length > 0 ? this.marking.length * small + BAND_GAP : 0);
    this.bottom = PAGE_H - MARGIN - Math.max(1, this.footer.length) * small - BAND_GAP;
    this.y = this.freshY = this.top;
  }

  private get size(): number {
    return this.doc.bodySize > 0 ? this.doc.bodySize : 11;
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
    flows.forEach((flow, i) => this.drawFlow(flow, this.lead(flows, i)));
  }

  /** Marking at the top and footer plus "Sida x av y" at the foot of pages firstPage..lastPage. */
  drawFurniture(lastPage: number): void {
    const { pen } = this;
    const small = SMALL * LINE;
    const total = lastPage - this.firstPage + 1;
    const footerTop = PAGE_H - MARGIN - Math.max(1, this.footer.length) * small;
    for (let page = this.firstPage; page <= lastPage; page++) {
      pen.pdf.setPage(page);
      pen.use(SMALL, 'normal');
      this.marking.forEach((text, i) => pen.line(text, LEFT, MARGIN + i * small, small, SMALL));
      this.footer.forEach((text, i) => pen.line(text, LEFT, footerTop + i * small, small, SMALL));
      const label = svPdf.pageOf(page - this.firstPage + 1, total);
      pen.line(label, LEFT + WIDTH - pen.width(label), footerTop, small, SMALL);
    }
  }

  private prepare(): Flow[] {
    const { pen, size } = this;
    const flows: Flow[] = [];
    const cover = pen.wrap(this.doc.coverLine, WIDTH, size, 'bold');
    if (cover.length > 0) flows.push(this.text(cover, 'bold', 0));
    let previous: Block | undefined;
    for (const block of this.doc.blocks) {
      const flow = this.prepareBlock(block);
      if (!flow) continue;
      if (previous?.kind === 'heading') flow.before = 0.3 * size;
      flows.push(flow);
      previous = block;
    }
    return flows;
  }

  private text(lines: string[], style: Style, before: number): Flow {
    const size = this.size;
    return {
      size,
      lineHeight: size * LINE,
      before,
      rows: [makeRow([{ x: 0, lines, style }])],
      rowGap: 0,
      moveWhole: false,
      keepWithNext: false,
    };
  }

  private prepareBlock(block: Block): Flow | undefined {
    const { pen, size } = this;
    const flow = (rows: Row[], rowGap: number, moveWhole: boolean): Flow | undefined =>
      rows.length === 0
        ? undefined
        : { size, lineHeight: size * LINE, before: 0.6 * size, rows, rowGap, moveWhole, keepWithNext: false };
    switch (block.kind) {
      case 'heading': {
        const hSize = size * (block.level === 1 ? 1.45 : 1.2);
        const lines = pen.wrap(block.text, WIDTH, hSize, 'bold');
        if (lines.length === 0) return undefined;
        const rows = [makeRow([{ x: 0, lines, style: 'bold' }])];
        const before = size * (block.level === 1 ? 1.1 : 0.8);
        return { size: hSize, lineHeight: hSize * HEADING_LINE, before, rows, rowGap: 0, moveWhole: false, keepWithNext: true };
      }
      case 'paragraph': {
        const style: Style = block.emphasis ? 'bold' : 'normal';
        const lines = pen.wrap(block.text, WIDTH, size, style);
        return lines.length === 0 ? undefined : this.text(lines, style, 0.6 * size);
      }
      case 'list': {
        const indent = 1.1 * size;
        const bullet = [pen.clean('•', 'normal')];
        const rows = block.items.map((item) =>
          makeRow([
            { x: 0, lines: bullet, style: 'normal' },
            { x: indent, lines: pen.wrap(item, WIDTH - indent, size, 'normal'), style: 'normal' },
          ]),
        );
        return flow(rows, 0.25 * size, false);
      }
      case 'fields':
        return flow(
          block.rows.map((row) => this.fieldRow(row.label, row.value)),
          0.35 * size,
          true,
        );
      case 'table':
        return this.table(block.columns, block.rows);
    }
  }

  /** Label beside its value, or above it when one word of the label is wider than its column. */
  private fieldRow(label: string, value: string): Row {
    const { pen, size } = this;
    const labelWidth = 0.32 * WIDTH;
    const labelText = labelWidth - 8;
    pen.use(size, 'bold');
    const above = pen.clean(label, 'bold').split(/\s+/).some((word) => pen.width(word) > labelText);
    if (above) {
      const labelLines = pen.wrap(label, WIDTH, size, 'bold');
      const valueLines = pen.wrap(value, WIDTH, size, 'normal');
      return makeRow([
        { x: 0, lines: labelLines, style: 'bold' },
        { x: 0, lines: [...labelLines.map(() => ''), ...valueLines], style: 'normal' },
      ]);
    }
    return makeRow([
      { x: 0, lines: pen.wrap(label, labelText, size, 'bold'), style: 'bold' },
      { x: labelWidth, lines: pen.wrap(value, WIDTH - labelWidth, size, 'normal'), style: 'normal' },
    ]);
  }

  private table(columns: TableColumn[], rows: string[][]): Flow | undefined {
    if (columns.length === 0) return undefined;
    const { pen, size } = this;
    const padX = 4;
    // Inset by half the border width so the outer borders stay inside the margins.
    const inner = WIDTH - 0.5;
    const weights = columns.map((c) => (c.width > 0 ? c.width : 0));
    const sum = weights.reduce((a, b) => a + b, 0);
    const width = weights.map((w) => (sum > 0 ? (inner * w) / sum : inner / columns.length));
    const x = width.map((_, i) => 0.25 + width.slice(0, i).reduce((a, b) => a + b, 0));
    const cells = (texts: string[], style: Style): Row =>
      makeRow(
        columns.map((_, i) => ({
          x: (x[i] ?? 0) + padX,
          lines: pen.wrap(texts[i] ?? '', Math.max(1, (width[i] ?? 0) - 2 * padX), size, style),
          style,
        })),
      );
    const header = cells(
      columns.map((c) => c.title),
      'bold',
    );
    return {
      size,
      lineHeight: size * LINE,
      before: 0.6 * size,
      rows: rows.map((row) => cells(row, 'normal')),
      rowGap: 0,
      moveWhole: true,
      keepWithNext: false,
      grid: { x, width, padY: 0.25 * size, header },
    };
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
    const header = flow.grid ? rowHeight(flow, flow.grid.header) : 0;
    const first = flow.rows[0];
    if (!first) return header;
    const whole = rowHeight(flow, first);
    const lines = flow.moveWhole && whole <= this.pageHeight - header ? first.lines : 1;
    return header + rowHeight(flow, { cells: [], lines });
  }

  private drawFlow(flow: Flow, lead: number): void {
    if (!this.isFresh()) {
      if (flow.before + lead <= this.room || lead > this.pageHeight) this.y += flow.before;
      else this.newPage();
    }
    if (flow.grid) {
      const fresh = this.isFresh();
      this.drawLines(flow, flow.grid.header, 0, flow.grid.header.lines, true);
      if (fresh) this.freshY = this.y;
    }
    const headerHeight = flow.grid ? rowHeight(flow, flow.grid.header) : 0;
    flow.rows.forEach((row, i) => {
      if (i > 0 && !this.isFresh()) this.y += flow.rowGap;
      const whole = rowHeight(flow, row);
      if (flow.moveWhole && whole > this.room + EPS && whole <= this.pageHeight - headerHeight && !this.isFresh()) {
        this.newPage(flow);
      }
      this.drawRow(flow, row);
    });
  }

  /** Draws a row in as many pieces as it takes, breaking only between lines. */
  private drawRow(flow: Flow, row: Row): void {
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
      this.drawLines(flow, row, done, count, false);
      done += count;
      if (done < row.lines) this.newPage(flow);
    }
  }

  /** Lines from..from+count of every cell in the row, with the table's boxes around them. */
  private drawLines(flow: Flow, row: Row, from: number, count: number, header: boolean): void {
    const { pen } = this;
    const top = this.y;
    const grid = flow.grid;
    if (grid) {
      const height = count * flow.lineHeight + 2 * grid.padY;
      pen.pdf.setLineWidth(0.5);
      pen.pdf.setDrawColor('#787878');
      pen.pdf.setFillColor('#e6e6e6');
      grid.x.forEach((x, i) => pen.pdf.rect(LEFT + x, top, grid.width[i] ?? 0, height, header ? 'FD' : 'S'));
    }
    const textTop = top + (grid?.padY ?? 0);
    for (const cell of row.cells) {
      pen.use(flow.size, cell.style);
      for (let i = 0; i < count; i++) {
        pen.line(cell.lines[from + i] ?? '', LEFT + cell.x, textTop + i * flow.lineHeight, flow.lineHeight, flow.size);
      }
    }
    this.y = top + count * flow.lineHeight + 2 * (grid?.padY ?? 0);
  }

  /** A new page; inside a table, its header first. */
  private newPage(flow?: Flow): void {
    this.pen.pdf.addPage();
    this.y = this.top;
    if (flow?.grid) this.drawLines(flow, flow.grid.header, 0, flow.grid.header.lines, true);
    this.freshY = this.y;
  }
}
