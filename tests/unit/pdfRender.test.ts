// The PDF renderer, checked on its output: poppler reads the PDFs back (text, fonts, pages, boxes).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBinaryString } from '../../src/domain/bytes';
import type { PdfFonts } from '../../src/pdf/fonts';
import type { Block, PdfDocument } from '../../src/pdf/model';
import { planCopies } from '../../src/pdf/planDocument';
import { renderCombined, renderDocument, type RenderResult } from '../../src/pdf/render';
import { heldMeeting } from '../fixtures/heldMeeting';

const NAMES = ['Łucja Ørsted-Şahin', 'Nguyễn Thị Hằng', 'Ayşe Çelik', 'Åsa Öberg'];
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = (20 * 72) / 25.4;

let fonts: PdfFonts;
let dir: string;

beforeAll(() => {
  const read = (file: string) => bytesToBinaryString(new Uint8Array(readFileSync(join('src/pdf/fonts', file))));
  fonts = { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') };
  dir = mkdtempSync(join(tmpdir(), 'pdf-render-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function makeDoc(blocks: Block[], overrides: Partial<PdfDocument> = {}): PdfDocument {
  return {
    fileName: 'sip-test',
    owner: 'Åsa Öberg, Socialtjänsten',
    title: 'SIP – testplan',
    author: 'Åsa Öberg, Socialtjänsten',
    subject: 'Samordnad individuell plan',
    bodySize: 11,
    coverLine: 'Ditt exemplar — Åsa Öberg, Socialtjänsten',
    marking: 'Innehåller uppgifter som omfattas av sekretess',
    footer: 'SIP för testpersonen, upprättad 2025-03-14',
    blocks,
    ...overrides,
  };
}

let fileCount = 0;
function save(result: RenderResult): string {
  const path = join(dir, `doc-${++fileCount}.pdf`);
  writeFileSync(path, result.bytes);
  return path;
}

function run(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function pageText(path: string, page: number): string {
  return run('pdftotext', '-layout', '-f', String(page), '-l', String(page), path, '-');
}

function pageCount(path: string): number {
  return Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', path))?.[1]);
}

/** The body text only: page furniture and all whitespace removed. */
function bodyText(path: string, doc: PdfDocument): string {
  return run('pdftotext', path, '-')
    .replace(/Sida \d+ av \d+/g, '')
    .replaceAll(doc.marking, '')
    .replaceAll(doc.footer, '')
    .replace(/\s+/g, '');
}

/** Words in the order of a long text; every one distinct, so a lost or repeated line shows. */
function words(count: number, prefix = 'ord'): string {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`).join(' ');
}

describe('renderDocument', () => {
  it('prints names in any Latin script exactly, with only embedded DejaVu fonts', () => {
    const doc = makeDoc(
      [
        { kind: 'heading', level: 1, text: `Deltagare: ${NAMES[0]}` },
        { kind: 'paragraph', text: NAMES.join(', ') },
        { kind: 'fields', rows: NAMES.map((name, i) => ({ label: `Deltagare ${i + 1}`, value: name })) },
        { kind: 'list', items: NAMES },
        {
          kind: 'table',
          columns: [
            { title: 'Namn', width: 2 },
            { title: 'Roll', width: 1 },
          ],
          rows: NAMES.map((n) => [n, 'Anhörig']),
        },
      ],
      { coverLine: `Ditt exemplar — ${NAMES[1]}`, footer: `SIP för ${NAMES[2]}` },
    );
    const result = renderDocument(doc, fonts);
    const path = save(result);
    const text = run('pdftotext', path, '-');
    for (const name of NAMES) expect(text).toContain(name);
    expect(result.unprintable).toEqual([]);

    const rows = run('pdffonts', path).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // name type encoding emb sub uni object ID: "type" may hold a space, so count from the right.
      expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
    }
    expect(rows.some((row) => row.startsWith('DejaVu'))).toBe(true);
    expect(rows.some((row) => /Helvetica|Times|Courier/.test(row))).toBe(false);
  });

  it('paginates a 10 000-character paragraph of words, losing nothing', () => {
    const text = words(1400).slice(0, 10_000);
    const doc = makeDoc([{ kind: 'paragraph', text }]);
    const result = renderDocument(doc, fonts);
    const path = save(result);
    expect(bodyText(path, doc)).toContain(text.replace(/\s+/g, ''));
    expect(pageCount(path)).toBeGreaterThan(1);
    expect(result.pages).toBe(pageCount(path));
  });

  it('wraps a 3 000-character run without spaces inside a 10 000-character paragraph', () => {
    const run3000 = 'abcdefghijklmnopqrstuvwxyzåäöÅÄÖ0123456789'.repeat(72).slice(0, 3000);
    const text = `${words(500, 'före')} ${run3000} ${words(500, 'efter')}`.slice(0, 10_000);
    const doc = makeDoc([{ kind: 'paragraph', text }]);
    const path = save(renderDocument(doc, fonts));
    expect(bodyText(path, doc)).toContain(text.replace(/\s+/g, ''));
    expect(pageCount(path)).toBeGreaterThan(1);
  });

  it('keeps line breaks of a paragraph and paginates a whole-page word', () => {
    const doc = makeDoc([
      { kind: 'paragraph', text: 'Första raden\nAndra raden' },
      { kind: 'paragraph', text: 'x'.repeat(10_000) },
    ]);
    const path = save(renderDocument(doc, fonts));
    const lines = run('pdftotext', '-layout', path, '-')
      .split('\n')
      .map((l) => l.trim());
    expect(lines).toContain('Första raden');
    expect(lines).toContain('Andra raden');
    expect(bodyText(path, doc)).toContain('x'.repeat(10_000));
  });

  it('repeats the table header on every page and keeps every row', () => {
    const columns = [
      { title: 'Insatsrubrik', width: 2 },
      { title: 'Ansvar', width: 1 },
      { title: 'Beskrivningsrubrik', width: 3 },
    ];
    const rows = Array.from({ length: 30 }, (_, r) => [`Insats r${r}c0 ${words(8, `i${r}x`)}`, `Ansvarig r${r}c1`, `Beskrivning r${r}c2 ${words(40, `b${r}x`)}`]);
    const doc = makeDoc([
      { kind: 'heading', level: 1, text: 'Insatser' },
      { kind: 'table', columns, rows },
    ]);
    const path = save(renderDocument(doc, fonts));
    const pages = pageCount(path);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = pageText(path, page);
      for (const column of columns) expect(text, `page ${page}`).toContain(column.title);
    }
    const found = new Set(run('pdftotext', path, '-').split(/\s+/));
    for (const row of rows) {
      for (const cell of row) for (const word of cell.split(' ')) expect(found, word).toContain(word);
    }
  });

  it('breaks a table row taller than a page between lines, header on every page', () => {
    const tall = words(1200, 'lång');
    const doc = makeDoc([
      {
        kind: 'table',
        columns: [
          { title: 'Vem', width: 1 },
          { title: 'Vad', width: 3 },
        ],
        rows: [
          ['Först', 'Kort'],
          ['Mitten', tall],
          ['', 'Sist'],
        ],
      },
    ]);
    const path = save(renderDocument(doc, fonts));
    const pages = pageCount(path);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) expect(pageText(path, page)).toMatch(/Vem\s+Vad/);
    const found = new Set(run('pdftotext', path, '-').split(/\s+/));
    for (const word of [...tall.split(' '), 'Först', 'Kort', 'Mitten', 'Sist']) expect(found, word).toContain(word);
  });

  it('never leaves a heading as the last line of a page', () => {
    const pagesWithHeading: number[] = [];
    // Push the heading line by line down to and past the foot of page 1.
    for (let lines = 38; lines <= 48; lines++) {
      const doc = makeDoc([
        { kind: 'paragraph', text: Array.from({ length: lines }, (_, i) => `Rad ${i + 1}`).join('\n') },
        { kind: 'heading', level: 1, text: 'Rubrik som hålls ihop' },
        { kind: 'paragraph', text: 'Brödtext efter rubriken' },
      ]);
      const path = save(renderDocument(doc, fonts));
      const page = [1, 2].find((p) => pageText(path, p).includes('Rubrik som hålls ihop'));
      expect(page, `${lines} lines`).toBeDefined();
      expect(pageText(path, page!), `${lines} lines`).toContain('Brödtext efter rubriken');
      pagesWithHeading.push(page!);
    }
    expect(pagesWithHeading).toContain(1);
    expect(pagesWithHeading).toContain(2);
  });

  it('prints the marking and "Sida x av y" on every page', () => {
    const doc = makeDoc([{ kind: 'paragraph', text: words(3000) }]);
    const result = renderDocument(doc, fonts);
    const path = save(result);
    const pages = pageCount(path);
    expect(pages).toBeGreaterThan(2);
    for (let page = 1; page <= pages; page++) {
      const text = pageText(path, page);
      expect(text).toContain(`Sida ${page} av ${pages}`);
      expect(text).toContain(doc.marking);
      expect(text).toContain(doc.footer);
    }
  });

  it('reports characters the font lacks and still prints the rest of the line', () => {
    const doc = makeDoc([
      { kind: 'paragraph', text: `${NAMES.join(' ')} före 漢 mitt 𓀀 och\ttabb efter` },
      { kind: 'heading', level: 2, text: 'Rubrik 漢 slut' },
    ]);
    const result = renderDocument(doc, fonts);
    expect(result.unprintable).toEqual(['漢', '𓀀']);
    for (const ch of NAMES.join('')) expect(result.unprintable).not.toContain(ch);
    const text = run('pdftotext', save(result), '-').replace(/\s+/g, ' ');
    expect(text).toContain('före \uFFFD mitt \uFFFD och tabb efter');
    expect(text).toContain('Rubrik \uFFFD slut');
  });

  it('sets title, author and language', () => {
    const doc = makeDoc([{ kind: 'paragraph', text: 'Hej' }], { title: 'SIP för Nguyễn Thị Hằng', author: 'Ayşe Çelik' });
    const info = run('pdfinfo', save(renderDocument(doc, fonts)));
    expect(info).toMatch(/^Title:\s+SIP för Nguyễn Thị Hằng$/m);
    expect(info).toMatch(/^Author:\s+Ayşe Çelik$/m);
    expect(info).toMatch(/^Creator:\s+SIP-mötet$/m);
    // The catalog is not compressed: the document language is readable in the file itself.
    expect(Buffer.from(renderDocument(doc, fonts).bytes).toString('latin1')).toMatch(/\/Lang \(sv\)/);
  });

  it('draws no word outside the page margins', () => {
    const doc = makeDoc(
      [
        { kind: 'heading', level: 1, text: `Mål och insatser ${words(30, 'rubrik')}` },
        { kind: 'paragraph', text: `${words(800)} ${'ö'.repeat(2000)}` },
        {
          kind: 'fields',
          rows: [
            { label: 'Samordningsansvarig', value: words(200, 'värde') },
            { label: 'Ett_mycket_långt_etikettord_utan_mellanrum', value: 'Kort' },
          ],
        },
        { kind: 'list', items: [words(100, 'punkt'), 'W'.repeat(500)] },
        {
          kind: 'table',
          columns: [
            { title: 'A', width: 1 },
            { title: 'B', width: 4 },
          ],
          rows: Array.from({ length: 20 }, (_, r) => ['M'.repeat(60), words(60, `c${r}x`)]),
        },
      ],
      { marking: `Sekretess ${words(40, 'märkning')}`, footer: `Fot ${words(40, 'fot')}` },
    );
    expectInsideMargins(save(renderDocument(doc, fonts)), 1000);
  });

  it('a whole plan with 15 participants and 30 interventions: everything printed, inside the margins', () => {
    const { plan, meeting } = heldMeeting();
    plan.participants = Array.from({ length: 15 }, (_, i) => ({ ...plan.participants[i % 8]!, id: `p${i}`, name: `${plan.participants[i % 8]!.name} ${i}` }));
    meeting.interventions = Array.from({ length: 30 }, (_, i) => ({
      ...meeting.interventions[i % 9]!,
      id: `i${i}`,
      participantId: `p${i % 15}`,
      organisation: plan.participants[i % 15]!.organisation,
      what: `Insats nummer ${i} ${words(12, `i${i}w`)}`,
    }));
    const [, copy] = planCopies({ plan, meeting, version: 2, madeOn: '2026-11-23', includeIdNumber: false });
    const path = save(renderDocument(copy!, fonts));
    const text = run('pdftotext', path, '-').replace(/\s+/g, ' ');
    for (const p of plan.participants) expect(text).toContain(p.name);
    for (const i of meeting.interventions) for (const word of i.what.split(' ')) expect(text, i.what).toContain(word);
    expectInsideMargins(path, 500);
  });
});

/** Every word pdftotext finds lies inside the page margins. */
function expectInsideMargins(path: string, atLeast: number): void {
  const boxes = [...run('pdftotext', '-bbox', path, '-').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
  expect(boxes.length).toBeGreaterThan(atLeast);
  for (const [, xMin, yMin, xMax, yMax, word] of boxes) {
    expect(Number(xMin), word).toBeGreaterThanOrEqual(MARGIN - 1);
    expect(Number(xMax), word).toBeLessThanOrEqual(PAGE_WIDTH - MARGIN + 1);
    expect(Number(yMin), word).toBeGreaterThanOrEqual(MARGIN - 1);
    expect(Number(yMax), word).toBeLessThanOrEqual(PAGE_HEIGHT - MARGIN + 1);
  }
}

describe('renderCombined', () => {
  it('starts each document on a new page and numbers its pages from 1', () => {
    const docs = [1, 2, 3].map((n) =>
      makeDoc([{ kind: 'paragraph', text: words(400 * n, `d${n}ord`) }], {
        marking: `Märkning dokument ${n}`,
        footer: `Fot dokument ${n}`,
        author: `Författare ${n}`,
      }),
    );
    const counts = docs.map((doc) => renderDocument(doc, fonts).pages);
    const result = renderCombined(docs, fonts);
    const path = save(result);
    expect(pageCount(path)).toBe(counts[0]! + counts[1]! + counts[2]!);
    expect(result.pages).toBe(pageCount(path));

    let page = 1;
    docs.forEach((doc, d) => {
      const count = counts[d]!;
      for (let x = 1; x <= count; x++, page++) {
        const text = pageText(path, page);
        expect(text, `page ${page}`).toContain(`Sida ${x} av ${count}`);
        expect(text, `page ${page}`).toContain(doc.marking);
        expect(text, `page ${page}`).toContain(doc.footer);
      }
    });
    const info = run('pdfinfo', path);
    expect(info).toMatch(/^Author:\s+Författare 1$/m);
    expect(info).toMatch(/^Title:\s+SIP – alla exemplar$/m);
  });
});
