// Tagged, accessible PDFs (EN 301 549 clause 10): the renderer's files read back with poppler
// (pdfinfo, pdftotext) and qpdf's JSON view of the objects. The structure tree is walked from the
// catalog, the page content streams are parsed (fonts decoded through their ToUnicode maps), and
// the text of the structure in tree order must be the document model's text, every text run inside
// a marked-content sequence or an artifact, and the parent tree the inverse of the tree's MCIDs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBinaryString } from '../../src/domain/bytes';
import type { PdfFonts } from '../../src/pdf/fonts';
import type { PdfDocument } from '../../src/pdf/model';
import { planCopies } from '../../src/pdf/planDocument';
import { renderCombined, renderDocument, type RenderResult } from '../../src/pdf/render';
import { heldMeeting } from '../fixtures/heldMeeting';

let fonts: PdfFonts;
let dir: string;
let copies: PdfDocument[];

beforeAll(() => {
  const read = (file: string) => bytesToBinaryString(new Uint8Array(readFileSync(join('src/pdf/fonts', file))));
  fonts = { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') };
  dir = mkdtempSync(join(tmpdir(), 'pdf-tagged-'));
  const { plan, meeting } = heldMeeting();
  copies = planCopies({ plan, meeting, version: 2, madeOn: '2026-11-23', includeIdNumber: false });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function save(result: RenderResult): string {
  const path = join(dir, `doc-${++fileCount}.pdf`);
  writeFileSync(path, result.bytes);
  return path;
}

function run(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

const squash = (text: string) => text.replace(/\s+/g, '');

// ---- The PDF's objects, through `qpdf --json=2` (streams inline, decoded) ----

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Dict = { [key: string]: Json };
interface QpdfObject {
  value?: Json;
  stream?: { dict: Dict; data?: string };
}

/** A name, string or reference, all JSON strings in qpdf's view; anything else fails the test. */
function jsonString(value: Json | undefined): string {
  if (typeof value !== 'string') throw new Error(`not a string: ${JSON.stringify(value)}`);
  return value;
}

class Pdf {
  readonly objects: Record<string, QpdfObject>;
  readonly pageRefs: string[];

  constructor(path: string) {
    const json = JSON.parse(run('qpdf', '--json=2', '--json-stream-data=inline', '--decode-level=generalized', path, '-')) as {
      pages: { object: string }[];
      qpdf: [unknown, Record<string, QpdfObject>];
    };
    this.objects = json.qpdf[1];
    this.pageRefs = json.pages.map((page) => page.object);
  }

  /** The object a reference points to (a stream: its dictionary); anything else as it is. */
  get(value: Json | undefined): Json | undefined {
    if (typeof value === 'string' && /^\d+ \d+ R$/.test(value)) {
      const object = this.objects[`obj:${value}`];
      return object?.value ?? object?.stream?.dict;
    }
    return value;
  }

  dict(value: Json | undefined): Dict {
    const got = this.get(value);
    if (!got || typeof got !== 'object' || Array.isArray(got)) throw new Error(`not a dictionary: ${JSON.stringify(value)}`);
    return got;
  }

  /** A stream's decoded data as a binary string. */
  data(ref: Json | undefined): string {
    const key = jsonString(ref);
    const stream = this.objects[`obj:${key}`]?.stream;
    if (!stream) throw new Error(`not a stream: ${key}`);
    return Buffer.from(stream.data ?? '', 'base64').toString('latin1');
  }

  get catalog(): Dict {
    return this.dict(this.dict(this.objects.trailer?.value)['/Root']);
  }
}

// ---- The structure tree ----

interface Element {
  ref: string;
  type: string;
  scope?: string;
  kids: Element[];
  /** Marked content owned directly, in order: page index (from 0) and MCID. */
  marks: { page: number; mcid: number }[];
  /** Kids and marks in their order in /K. */
  order: ({ element: Element } | { mark: { page: number; mcid: number } })[];
}

function structureTree(pdf: Pdf): Element {
  const root = pdf.dict(pdf.catalog['/StructTreeRoot']);
  expect(root['/Type']).toBe('/StructTreeRoot');
  const pageIndex = (ref: Json | undefined) => (typeof ref === 'string' ? pdf.pageRefs.indexOf(ref) : -1);
  const walk = (ref: string): Element => {
    const dict = pdf.dict(ref);
    const scope = dict['/A'] ? pdf.dict(dict['/A'])['/Scope'] : undefined;
    const element: Element = { ref, type: jsonString(dict['/S']).slice(1), kids: [], marks: [], order: [] };
    if (typeof scope === 'string') element.scope = scope.slice(1);
    const k = dict['/K'];
    const kids = k === undefined ? [] : Array.isArray(k) ? k : [k];
    for (const kid of kids) {
      if (typeof kid === 'number') {
        const mark = { page: pageIndex(dict['/Pg']), mcid: kid };
        element.marks.push(mark);
        element.order.push({ mark });
      } else if (typeof kid === 'string') {
        const child = walk(kid);
        element.kids.push(child);
        element.order.push({ element: child });
      } else {
        const mcr = pdf.dict(kid);
        expect(mcr['/Type']).toBe('/MCR');
        const mark = { page: pageIndex(mcr['/Pg'] ?? dict['/Pg']), mcid: Number(mcr['/MCID']) };
        element.marks.push(mark);
        element.order.push({ mark });
      }
    }
    return element;
  };
  const k = root['/K'];
  expect(typeof k).toBe('string');
  return walk(jsonString(k));
}

/** Every element, depth first (reading order). */
function* elements(element: Element): Generator<Element> {
  yield element;
  for (const kid of element.kids) yield* elements(kid);
}

// ---- The page content streams ----

interface PageContent {
  /** Text of each marked-content sequence with an MCID, its runs (lines) joined as they are. */
  marked: Map<number, { tag: string; text: string }>;
  /** Text inside artifacts, in stream order. */
  artifacts: string[];
  /** Every text run, in stream order. */
  all: string[];
  /** Text runs drawn outside any marked-content sequence. */
  loose: string[];
}

/** ToUnicode map of a font: glyph code → text. */
function toUnicode(pdf: Pdf, fontRef: Json | undefined): Map<string, string> {
  const font = pdf.dict(fontRef);
  const cmap = pdf.data(font['/ToUnicode']);
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const units = unicode!.match(/.{4}/g)!.map((u) => parseInt(u, 16));
      map.set(code!.toLowerCase(), String.fromCharCode(...units));
    }
  }
  return map;
}

function pageContent(pdf: Pdf, pageIndex: number): PageContent {
  const page = pdf.dict(pdf.pageRefs[pageIndex]);
  const fontDict = pdf.dict(pdf.dict(page['/Resources'])['/Font']);
  const maps = new Map<string, Map<string, string>>();
  const contents = page['/Contents'];
  const stream = (Array.isArray(contents) ? contents : [contents]).map((ref) => pdf.data(ref)).join('\n');
  const result: PageContent = { marked: new Map(), artifacts: [], all: [], loose: [] };
  /** Open sequences: MCID (or -1 for an artifact, -2 for other marked content), and a span's /ActualText until read. */
  const stack: { mcid: number; tag: string; actual?: string }[] = [];
  let font = new Map<string, string>();
  for (const line of stream.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^\/(\w+)\s*(?:<<(.*)>>\s*BDC|BMC)$/.exec(line.trim()))) {
      const tag = m[1]!;
      const mcid = /\/MCID (\d+)/.exec(m[2] ?? '');
      const actual = /\/ActualText <FEFF([0-9A-F]*)>/.exec(m[2] ?? '');
      stack.push({
        tag,
        mcid: tag === 'Artifact' ? -1 : mcid ? Number(mcid[1]) : -2,
        ...(actual ? { actual: String.fromCharCode(...(actual[1]!.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16))) } : {}),
      });
      if (mcid && tag !== 'Artifact') {
        expect(result.marked.has(Number(mcid[1])), `MCID ${mcid[1]} twice on page ${pageIndex + 1}`).toBe(false);
        result.marked.set(Number(mcid[1]), { tag, text: '' });
      }
    } else if (line.trim() === 'EMC') {
      expect(stack.length, `EMC without BDC on page ${pageIndex + 1}`).toBeGreaterThan(0);
      stack.pop();
    } else if ((m = /^\/(\w+) [\d.]+ Tf$/.exec(line.trim()))) {
      const name = `/${m[1]}`;
      if (!maps.has(name)) maps.set(name, toUnicode(pdf, fontDict[name]));
      font = maps.get(name)!;
    } else if ((m = /^<([0-9a-fA-F]*)> Tj$/.exec(line.trim()))) {
      const drawn = (m[1]!.match(/.{4}/g) ?? []).map((code) => font.get(code.toLowerCase()) ?? '\uFFFD').join('');
      // Inside a span with /ActualText, a reader gets that text (once) instead of the glyphs.
      const span = [...stack].reverse().find((s) => s.actual !== undefined || s.mcid !== -2);
      const text = span?.actual ?? drawn;
      if (span?.actual !== undefined) span.actual = '';
      result.all.push(text);
      // The innermost sequence that says what the text is.
      const owner = [...stack].reverse().find((s) => s.mcid !== -2);
      if (!owner) result.loose.push(text);
      else if (owner.mcid === -1) result.artifacts.push(text);
      else {
        const entry = result.marked.get(owner.mcid)!;
        // Runs as drawn: a wrapped line carries the space after its last word itself.
        entry.text += text;
      }
    } else if (/(\bTJ|\bTj|\) *['"])$/.test(line.trim())) {
      // jsPDF draws this renderer's text as one hex string per Tj; anything else would go unchecked.
      throw new Error(`unexpected text operator on page ${pageIndex + 1}: ${line}`);
    }
  }
  expect(stack, `unclosed marked content on page ${pageIndex + 1}`).toEqual([]);
  return result;
}

// ---- What the document model says ----

/** The model's text in reading order: the cover line, then each block (a list item's bullet included). */
function modelText(doc: PdfDocument): string {
  const parts = [doc.coverLine];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        parts.push(block.text);
        break;
      case 'paragraph':
        parts.push(block.text);
        break;
      case 'list':
        for (const item of block.items) parts.push('•', item);
        break;
      case 'fields':
        for (const row of block.rows) parts.push(row.label, row.value);
        break;
      case 'table':
        parts.push(...block.columns.map((c) => c.title));
        for (const row of block.rows) parts.push(...row);
        break;
    }
  }
  return parts.join(' ');
}

const headings = (doc: PdfDocument) =>
  doc.blocks.flatMap((block) => (block.kind === 'heading' ? [{ type: `H${block.level}`, text: block.text.replace(/\s+/g, ' ').trim() }] : []));

// ---- The checks ----

/** Checks a tagged file against the documents it holds; returns the tree for further checks. */
function checkTagged(path: string, docs: PdfDocument[]): Element {
  expect(run('pdfinfo', path)).toMatch(/^Tagged:\s+yes$/m);
  const pdf = new Pdf(path);

  // The catalog: language, marked, the title in the title bar.
  const catalog = pdf.catalog;
  expect(jsonString(catalog['/Lang'])).toMatch(/^u:sv\b/);
  expect(pdf.dict(catalog['/MarkInfo'])['/Marked']).toBe(true);
  expect(pdf.dict(catalog['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true);

  // Every page takes part in the structure, tab order following it.
  const pages = pdf.pageRefs.map((ref) => pdf.dict(ref));
  pages.forEach((page, i) => {
    expect(page['/StructParents'], `page ${i + 1}`).toBe(i);
    expect(page['/Tabs'], `page ${i + 1}`).toBe('/S');
  });

  // The content: no text outside marked content; furniture only as artifacts.
  const contents = pages.map((_, i) => pageContent(pdf, i));
  contents.forEach((content, i) => expect(content.loose, `text outside marked content on page ${i + 1}`).toEqual([]));
  const artifactText = contents.flatMap((c) => c.artifacts).join(' ');
  for (const doc of docs) {
    expect(artifactText).toContain(doc.marking.split(' ').slice(0, 3).join(' '));
  }
  contents.forEach((content, i) => expect(content.artifacts.join(' '), `page ${i + 1}`).toMatch(/Sida \d+ av \d+/));

  // The tree: Document, a Part per document when several, each MCID exactly once.
  const tree = structureTree(pdf);
  expect(tree.type).toBe('Document');
  const all = [...elements(tree)];
  const owner = new Map<string, Element>();
  for (const element of all) {
    for (const mark of element.marks) {
      const key = `${mark.page}:${mark.mcid}`;
      expect(owner.has(key), `MCID ${key} owned twice`).toBe(false);
      owner.set(key, element);
      const content = contents[mark.page]?.marked.get(mark.mcid);
      expect(content, `MCID ${key} not in the page`).toBeDefined();
      expect(content!.tag, `MCID ${key}`).toBe(element.type);
    }
  }
  // …and every marked-content sequence in the pages belongs to the tree.
  const sequences = contents.reduce((n, c) => n + c.marked.size, 0);
  expect(owner.size).toBe(sequences);

  // The parent tree: page's /StructParents → the element owning each MCID.
  const parentTree = pdf.dict(pdf.dict(pdf.catalog['/StructTreeRoot'])['/ParentTree']);
  const nums = parentTree['/Nums'] as Json[];
  expect(nums.length).toBe(2 * pages.length);
  for (let i = 0; i < nums.length; i += 2) {
    const page = nums[i] as number;
    const refs = pdf.get(nums[i + 1]) as Json[];
    expect(refs.length, `page ${page + 1}`).toBe(contents[page]!.marked.size);
    refs.forEach((ref, mcid) => expect(ref, `page ${page + 1} MCID ${mcid}`).toBe(owner.get(`${page}:${mcid}`)?.ref));
  }

  // Reading order: the structure's text, in tree order, is the model's text.
  const texts: string[] = [];
  const read = (element: Element): void => {
    for (const item of element.order) {
      if ('element' in item) read(item.element);
      else texts.push(contents[item.mark.page]!.marked.get(item.mark.mcid)!.text);
    }
  };
  read(tree);
  // Word for word: where a line wrapped, the words stay apart (a screen reader reads this text).
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  expect(words(texts.join(' '))).toBe(words(docs.map(modelText).join(' ')));

  // Headings with their levels, in order, with their text.
  const textOf = (element: Element): string => {
    const parts: string[] = [];
    const walk = (e: Element) => {
      for (const item of e.order) {
        if ('element' in item) walk(item.element);
        else parts.push(contents[item.mark.page]!.marked.get(item.mark.mcid)!.text);
      }
    };
    walk(element);
    return parts.join(' ');
  };
  const treeHeadings = all.filter((e) => /^H\d$/.test(e.type)).map((e) => ({ type: e.type, text: words(textOf(e)) }));
  expect(treeHeadings).toEqual(docs.flatMap(headings));

  // Tables: rows of cells, the first row of column headers; lists: items with a label and a body.
  const tables = all.filter((e) => e.type === 'Table');
  const blocks = docs.flatMap((doc) => doc.blocks);
  // A fields block is a two-column table: a row header (the label) and its value.
  expect(tables.length).toBe(blocks.filter((b) => (b.kind === 'table' && b.columns.length > 0) || (b.kind === 'fields' && b.rows.length > 0)).length);
  expect(all.filter((e) => e.type === 'L').length).toBe(blocks.filter((b) => b.kind === 'list' && b.items.length > 0).length);
  for (const table of tables) {
    expect(table.kids.length).toBeGreaterThan(0);
    for (const row of table.kids) {
      expect(row.type).toBe('TR');
      for (const cell of row.kids) expect(['TH', 'TD']).toContain(cell.type);
    }
    const first = table.kids[0]!;
    expect(first.kids.some((cell) => cell.type === 'TH')).toBe(true);
  }
  for (const list of all.filter((e) => e.type === 'L')) {
    for (const item of list.kids) {
      expect(item.type).toBe('LI');
      expect(item.kids.map((k) => k.type)).toEqual(['Lbl', 'LBody']);
    }
  }
  // Only standard types, and text only in leaf elements of the kinds that hold it.
  for (const element of all) {
    expect(['Document', 'Part', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']).toContain(element.type);
    if (element.marks.length > 0) expect(['H1', 'H2', 'P', 'Lbl', 'LBody', 'TH', 'TD']).toContain(element.type);
  }

  // Nothing lost for a reader that ignores tags: pdftotext reads the same runs the stream holds
  // (Arabic aside: poppler reorders the ActualText it takes as if it were drawn, a bug of its own).
  const streamText = contents.map((c) => c.all.join(' ')).join(' ');
  const withoutArabic = (text: string) => squash(text).replace(/[\p{Script=Arabic}\u202A-\u202E]/gu, '');
  expect(withoutArabic(run('pdftotext', '-raw', path, '-'))).toBe(withoutArabic(streamText));
  return tree;
}

describe('tagged PDFs', () => {
  it('a plan copy: structure tree, reading order, artifacts, language, title bar', () => {
    const copy = copies.find((doc) => !doc.easyRead)!;
    const path = save(renderDocument(copy, fonts));
    const tree = checkTagged(path, [copy]);
    // One document: its elements straight under Document, the cover line first.
    expect(tree.kids.map((e) => e.type)).not.toContain('Part');
    expect(tree.kids[0]!.type).toBe('P');
    const all = [...elements(tree)];
    // The table of interventions heads its columns; the fields blocks head their rows.
    expect(all.some((e) => e.type === 'TH' && e.scope === 'Column')).toBe(true);
    expect(all.some((e) => e.type === 'TH' && e.scope === 'Row')).toBe(true);
    expect(all.filter((e) => e.type === 'H1').length).toBe(copy.blocks.filter((b) => b.kind === 'heading' && b.level === 1).length);
    expect(all.filter((e) => e.type === 'H2').length).toBe(copy.blocks.filter((b) => b.kind === 'heading' && b.level === 2).length);
    expect(readFileSync(path).length).toBeLessThanOrEqual(300 * 1024);
  });

  it('the person’s easy-read copy', () => {
    const copy = copies.find((doc) => doc.easyRead)!;
    expect(copy).toBeDefined();
    const path = save(renderDocument(copy, fonts));
    checkTagged(path, [copy]);
    expect(readFileSync(path).length).toBeLessThanOrEqual(300 * 1024);
  });

  it('a table over several pages: the repeated header is an artifact, each row in the tree once', () => {
    const doc: PdfDocument = {
      ...copies[1]!,
      blocks: [
        { kind: 'heading', level: 1, text: 'Lång tabell' },
        {
          kind: 'table',
          columns: [
            { title: 'Nummer', width: 1 },
            { title: 'Text', width: 3 },
          ],
          rows: Array.from({ length: 120 }, (_, i) => [`Rad ${i}`, `Cell ${i} med lite text`]),
        },
      ],
    };
    const result = renderDocument(doc, fonts);
    expect(result.pages).toBeGreaterThan(2);
    const tree = checkTagged(save(result), [doc]);
    const table = [...elements(tree)].find((e) => e.type === 'Table')!;
    expect(table.kids.length).toBe(121);
    expect(table.kids[0]!.kids.map((c) => c.type)).toEqual(['TH', 'TH']);
    expect(table.kids.slice(1).every((row) => row.kids.every((c) => c.type === 'TD'))).toBe(true);
  });

  it('keeps words apart where lines wrap, and whole where a table cell wraps after a hyphen', () => {
    const long = Array.from({ length: 60 }, (_, i) => `ord${i}`).join(' ');
    const doc: PdfDocument = {
      ...copies[1]!,
      blocks: [
        { kind: 'heading', level: 1, text: `Rubrik ${long}` },
        { kind: 'heading', level: 2, text: 'Underrubrik' },
        { kind: 'paragraph', text: `${long}\n\nEfter en tom rad ${long}`, emphasis: true },
        {
          kind: 'fields',
          rows: [
            { label: 'Ett_mycket_långt_etikettord_utan_mellanrum', value: long },
            { label: 'Kort', value: long },
          ],
        },
        { kind: 'list', items: [long, 'Kort punkt'] },
        {
          kind: 'table',
          columns: [
            { title: 'Verksamhet', width: 1 },
            { title: 'Kommentar', width: 6 },
          ],
          rows: [
            ['Barn-och-ungdomspsykiatrin', long],
            ['Hälso- och sjukvård', 'Ja'],
          ],
        },
      ],
    };
    const path = save(renderDocument(doc, fonts));
    // The cell did wrap after a hyphen, and the heading and paragraphs over several lines.
    expect(run('pdftotext', '-layout', path, '-')).not.toContain('Barn-och-ungdomspsykiatrin');
    checkTagged(path, [doc]);
  });

  it('gives Arabic to readers as typed, in reading order (/ActualText), though it is drawn shaped and right to left', () => {
    const doc: PdfDocument = {
      ...copies[1]!,
      coverLine: 'Ditt exemplar — مريم حسن',
      blocks: [
        { kind: 'heading', level: 1, text: 'مريم حسن' },
        { kind: 'paragraph', text: 'Mamma مريم حسن kommer till mötet med سارة.' },
        { kind: 'list', items: ['سارة: Följer med till bussen.'] },
      ],
    };
    const path = save(renderDocument(doc, fonts));
    // The structure's text is the model's, word for word.
    checkTagged(path, [doc]);
    // One span per line that holds Arabic (the cover line, the heading, the paragraph, the item); none around the rest.
    const pdf = new Pdf(path);
    const spans = pdf
      .data(pdf.dict(pdf.pageRefs[0])['/Contents'])
      .split('\n')
      .filter((line) => line.includes('/ActualText'));
    expect(spans.length).toBe(4);
  });

  it('all copies in one file for printing: a Part per copy under one Document', () => {
    const result = renderCombined(copies, fonts);
    const path = save(result);
    const tree = checkTagged(path, copies);
    expect(tree.kids.map((e) => e.type)).toEqual(copies.map(() => 'Part'));
    expect(readFileSync(path).length).toBeLessThanOrEqual(300 * 1024);
  });
});
