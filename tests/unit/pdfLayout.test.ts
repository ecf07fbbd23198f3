// The renderer's page layout, read back with poppler's `pdftotext -layout` page by page: the
// easy-read measure (at most 55 characters a line), blocks kept whole on one page, headings kept
// with what follows, and table cells that wrap between words, never inside one.
import { agreedAt } from '../../src/domain/agreedPlan';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBinaryString } from '../../src/domain/bytes';
import type { PdfFonts } from '../../src/pdf/fonts';
import type { Block, PdfDocument } from '../../src/pdf/model';
import { renderDocument } from '../../src/pdf/render';

let fonts: PdfFonts;
let dir: string;

beforeAll(() => {
  const read = (file: string) => bytesToBinaryString(new Uint8Array(readFileSync(join('src/pdf/fonts', file))));
  fonts = { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') };
  dir = mkdtempSync(join(tmpdir(), 'pdf-layout-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MARKING = 'Innehåller uppgifter som omfattas av sekretess';
const FOOTER = 'Plan plan-test-1 · version 2 · skapad 2026-11-23';

function makeDoc(blocks: Block[], overrides: Partial<PdfDocument> = {}): PdfDocument {
  return {
    fileName: 'sip-layout',
    owner: 'Åsa Öberg',
    title: 'SIP – layout',
    author: 'Socialtjänsten',
    subject: 'Samordnad individuell plan',
    bodySize: 11,
    coverLine: 'Ditt exemplar — Åsa Öberg',
    marking: MARKING,
    footer: FOOTER,
    blocks,
    ...overrides,
  };
}

let fileCount = 0;
function render(doc: PdfDocument): string {
  const path = join(dir, `doc-${++fileCount}.pdf`);
  writeFileSync(path, renderDocument(doc, fonts).bytes);
  return path;
}

function run(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const layout = (path: string) => run('pdftotext', '-layout', path, '-');
const pageText = (path: string, page: number) => run('pdftotext', '-layout', '-f', String(page), '-l', String(page), path, '-');
const pageCount = (path: string) => Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', path))?.[1]);
/** Characters, not UTF-16 units: "Łucja" is 5. */
const length = (line: string) => Array.from(line).length;

/** Each page's lines, trimmed. */
function pagesOf(path: string): string[][] {
  return Array.from({ length: pageCount(path) }, (_, i) =>
    pageText(path, i + 1)
      .split('\n')
      .map((line) => line.trim()),
  );
}

/** The first page (from 1) with a line that holds `text`, or 0. */
const pageOf = (pages: string[][], text: string) => pages.findIndex((lines) => lines.some((line) => line.includes(text))) + 1;

/** A sentence of easy Swedish, numbered so that every one is distinct. */
const sentence = (n: number) => `Mening ${n} säger att du kan ringa till din kontaktperson när du vill veta mer.`;
const sentences = (from: number, count: number) => Array.from({ length: count }, (_, i) => sentence(from + i)).join(' ');

describe('easy-read layout', () => {
  it('holds every line of the page to at most 55 characters, furniture included', () => {
    const longWords = 'Arbetsförmedlingen Försäkringskassan Habiliteringen barn- och ungdomspsykiatrin';
    // Marked easy-read by the flag, and (the documents made before the flag) by a 14 pt body.
    for (const overrides of [{ bodySize: 14 }, { bodySize: 11, easyRead: true as const }]) {
      const doc = makeDoc(
        [
          { kind: 'heading', level: 1, text: 'Det här är viktigt för dig och för alla som var med på mötet i dag' },
          { kind: 'paragraph', text: sentences(1, 30) },
          { kind: 'paragraph', text: `${longWords} ${sentences(31, 3)}`, emphasis: true },
          { kind: 'heading', level: 2, text: 'Vem gör vad' },
          { kind: 'list', items: [sentences(40, 3), `Lisa Andersson på Socialtjänsten: ${longWords}.`] },
          {
            kind: 'fields',
            rows: [
              { label: 'Nästa möte', value: sentences(50, 2) },
              { label: 'Ring', value: 'Lisa Andersson, Socialtjänsten, 010-111 11 11, lisa.andersson@kommun.se' },
            ],
          },
        ],
        { ...overrides, coverLine: `Ditt exemplar — ${sentences(70, 1)}`, marking: `${MARKING}. ${sentences(80, 1)}`, footer: `${FOOTER} · ${sentences(90, 1)}` },
      );
      const path = render(doc);
      const text = layout(path);
      const longest = text.split('\n').reduce((a, b) => (length(b) > length(a) ? b : a), '');
      expect(length(longest), `${JSON.stringify(overrides)}: "${longest}"`).toBeLessThanOrEqual(55);
      expect(pageCount(path)).toBeGreaterThan(1);
      // Nothing lost, and no word broken: every sentence comes back whole.
      const flat = text.replace(/\s+/g, ' ');
      for (const n of [1, 15, 30, 31, 33, 40, 42, 50, 51]) expect(flat, `${JSON.stringify(overrides)}`).toContain(sentence(n));
      expect(flat).toContain(longWords);
      expect(flat).toContain('lisa.andersson@kommun.se');
    }
  });

  it('cuts a long paragraph at its sentences into paragraphs of at most 7 lines, a blank line between', () => {
    const doc = makeDoc([{ kind: 'paragraph', text: sentences(1, 30) }], { bodySize: 14, coverLine: '', marking: '', footer: '' });
    const path = render(doc);
    const text = layout(path);
    const runs = text
      .split(/\n\s*\n|\f/)
      .map((run) => run.split('\n').filter((line) => line.trim() !== '' && !/^\s*Sida \d+ av \d+\s*$/.test(line)))
      .filter((run) => run.length > 0);
    expect(runs.length).toBeGreaterThanOrEqual(5);
    for (const run of runs) expect(run.length, run.join('\n')).toBeLessThanOrEqual(7);
    // Cut between sentences only: each paragraph starts a sentence.
    for (const run of runs) expect(run[0]).toMatch(/^Mening \d+ /);
    const flat = text.replace(/\s+/g, ' ');
    for (let n = 1; n <= 30; n++) expect(flat).toContain(sentence(n));
  });

  it('moves a list, a fields block or a paragraph that would straddle a page break whole to the next page', () => {
    const items = ['Punkt ett om skolan', 'Punkt två om hemmet', 'Punkt tre om fritiden', 'Punkt fyra om bussen', 'Punkt fem om maten'];
    const fields = [
      { label: 'Nästa möte', value: 'Måndag 15 februari 2027 klockan 13' },
      { label: 'Plats', value: 'Skolan, rum 12' },
      { label: 'Ring', value: 'Lisa Andersson, 010-111 11 11' },
    ];
    const paragraph = ['Styckets rad ett', 'Styckets rad två', 'Styckets rad tre', 'Styckets rad fyra', 'Styckets rad fem'];
    const seen = { list: new Set<number>(), fields: new Set<number>(), paragraph: new Set<number>() };
    // Push the three blocks line by line down to and past the foot of page 1.
    for (let filler = 4; filler <= 30; filler++) {
      const doc = makeDoc(
        [
          // One-line paragraphs (each with a blank line above it), so the filler moves in small steps.
          ...Array.from({ length: filler }, (_, i): Block => ({ kind: 'paragraph', text: `Fyllnad ${i + 1}` })),
          { kind: 'list', items },
          { kind: 'fields', rows: fields },
          { kind: 'paragraph', text: paragraph.join('\n') },
        ],
        { bodySize: 14 },
      );
      const pages = pagesOf(render(doc));
      const where = (texts: string[]) => texts.map((t) => pageOf(pages, t));
      const list = where(items.map((item) => `• ${item}`));
      const block = where(fields.flatMap((f) => [f.label, f.value]));
      const lines = where(paragraph);
      for (const [name, found] of [
        ['list', list],
        ['fields', block],
        ['paragraph', lines],
      ] as const) {
        expect(found[0], `${name}, ${filler} filler paragraphs`).toBeGreaterThan(0);
        expect(new Set(found).size, `${name} split across pages ${found.join(',')}, ${filler} filler paragraphs`).toBe(1);
        seen[name].add(found[0]!);
      }
    }
    // The filler really pushed each block across the foot of page 1.
    for (const pages of Object.values(seen)) {
      expect(pages).toContain(1);
      expect(pages).toContain(2);
    }
  }, 60_000);
});

describe('a long list in easy-read', () => {
  it('moves whole to the next page when that leaves little of the page empty; else breaks between its items, each whole', () => {
    // Items of two lines each: "Punkt 3 …" on the first, "… slut 3." on the second.
    const items = Array.from({ length: 12 }, (_, i) => `Punkt ${i + 1} handlar om en sak som ni bestämde på mötet, slut ${i + 1}.`);
    const outcomes = new Set<string>();
    for (let filler = 1; filler <= 16; filler++) {
      const doc = makeDoc(
        [
          ...Array.from({ length: filler }, (_, i): Block => ({ kind: 'paragraph', text: `Fyllnad ${i + 1}` })),
          { kind: 'heading', level: 1, text: 'Det här ska hända' },
          { kind: 'list', items },
        ],
        { bodySize: 14, easyRead: true },
      );
      const pages = pagesOf(render(doc));
      const heading = pageOf(pages, 'Det här ska hända');
      const starts = items.map((_, i) => pageOf(pages, `Punkt ${i + 1} `));
      const ends = items.map((_, i) => pageOf(pages, `slut ${i + 1}.`));
      expect(ends, `${filler} filler paragraphs`).toEqual(starts);
      expect(starts[0], `${filler}: the heading stays with the first item`).toBe(heading);
      const lastFiller = pageOf(pages, `Fyllnad ${filler}`);
      if (new Set(starts).size > 1) {
        outcomes.add('broken');
        expect(starts[0]).toBe(lastFiller);
        // Broken only where moving it would have left much of the page empty: some items fit here.
        expect(starts.filter((p) => p === starts[0]).length, `${filler}`).toBeGreaterThanOrEqual(4);
      } else if (heading > lastFiller) {
        outcomes.add('moved');
      } else {
        outcomes.add('fits');
      }
    }
    expect([...outcomes].sort()).toEqual(['broken', 'fits', 'moved']);
  }, 60_000);
});

describe('headings', () => {
  it('moves a heading at the foot of a page to the next page with the first lines of its text', () => {
    const after = ['Efter rad 1', 'Efter rad 2', 'Efter rad 3', 'Efter rad 4'];
    const pagesWithHeading = new Set<number>();
    // Push the heading line by line down to and past the foot of page 1 (46 lines at 11 pt, 34 at 14).
    for (const [bodySize, from] of [
      [11, 38],
      [14, 27],
    ] as const) {
      for (let lines = from; lines <= from + 10; lines++) {
        const doc = makeDoc(
          [
            { kind: 'paragraph', text: Array.from({ length: lines }, (_, i) => `Rad ${i + 1}`).join('\n') },
            { kind: 'heading', level: 1, text: 'Rubrik som hålls ihop' },
            { kind: 'paragraph', text: after.join('\n') },
          ],
          { bodySize },
        );
        const pages = pagesOf(render(doc));
        const page = pageOf(pages, 'Rubrik som hålls ihop');
        expect(page, `${bodySize} pt, ${lines} lines`).toBeGreaterThan(0);
        const text = pages[page - 1]!;
        // At least the first two lines of the text follow the heading on its page.
        expect(text, `${bodySize} pt, ${lines} lines`).toContain(after[0]);
        expect(text, `${bodySize} pt, ${lines} lines`).toContain(after[1]);
        pagesWithHeading.add(page);
      }
    }
    expect(pagesWithHeading).toContain(1);
    expect(pagesWithHeading).toContain(2);
  }, 60_000);

  it('keeps a heading with a whole list in easy-read, and with a table header and first row', () => {
    const items = ['Första punkten', 'Andra punkten', 'Tredje punkten', 'Fjärde punkten'];
    const seen = { list: new Set<number>(), table: new Set<number>() };
    for (let filler = 10; filler <= 24; filler++) {
      const easy = pagesOf(
        render(
          makeDoc(
            [
              ...Array.from({ length: filler }, (_, i): Block => ({ kind: 'paragraph', text: `Fyllnad ${i + 1}` })),
              { kind: 'heading', level: 2, text: 'Rubrik före listan' },
              { kind: 'list', items },
            ],
            { bodySize: 14 },
          ),
        ),
      );
      const headingPage = pageOf(easy, 'Rubrik före listan');
      for (const item of items) expect(pageOf(easy, `• ${item}`), `${filler} filler paragraphs`).toBe(headingPage);
      seen.list.add(headingPage);
    }
    for (let lines = 36; lines <= 50; lines++) {
      const path = render(
        makeDoc([
          { kind: 'paragraph', text: Array.from({ length: lines }, (_, i) => `Rad ${i + 1}`).join('\n') },
          { kind: 'heading', level: 1, text: 'Rubrik före tabellen' },
          {
            kind: 'table',
            columns: [
              { title: 'Kolumnrubrik', width: 1 },
              { title: 'Andra', width: 1 },
            ],
            rows: [
              ['Förstaraden', 'Rad ett\nRad två\nRad tre'],
              ['Andraraden', 'x'],
            ],
          },
        ]),
      );
      const pages = pagesOf(path);
      const page = pageOf(pages, 'Rubrik före tabellen');
      const text = pageText(path, page);
      expect(text, `${lines} lines`).toMatch(/Kolumnrubrik\s+Andra/);
      expect(text, `${lines} lines`).toMatch(/Förstaraden\s+Rad ett\s+Rad två\s+Rad tre/);
      seen.table.add(page);
    }
    for (const pages of Object.values(seen)) {
      expect(pages).toContain(1);
      expect(pages).toContain(2);
    }
  }, 60_000);
});

describe('tables', () => {
  it('wraps cells between words and after hyphens; only a word wider than any column breaks, with a hyphen', () => {
    const absurd = `Orimligt${'långtordsomaldrigtarslut'.repeat(8)}Slut`;
    const columns = [
      { title: 'Insats', width: 6 },
      { title: 'Genomförd', width: 1 },
      { title: 'Verksamhet', width: 1 },
      { title: 'Kommentar', width: 4 },
    ];
    const rows = [
      ['Stödsamtal med familjen', 'Ja', 'Socialkontoret', 'Fungerar bra enligt alla'],
      ['Bedömning av aktivitetsersättning', 'Delvis', '(Försäkringskassan)', 'Väntar på läkarintyg'],
      ['Utredning', 'Nej', 'Barn-och-ungdomspsykiatrin', 'Arbetsmarknads-förvaltningens-sysselsättnings-enhet'],
      ['Hälso- och sjukvård', 'Ja', 'Vårdcentralen', absurd],
    ];
    const doc = makeDoc(
      [
        { kind: 'heading', level: 1, text: 'Uppföljning' },
        { kind: 'table', columns, rows },
      ],
      { coverLine: '' },
    );
    const path = render(doc);
    const text = layout(path)
      .replaceAll(MARKING, '')
      .replaceAll(FOOTER, '')
      .replace(/Sida \d+ av \d+/g, '');
    const tokens = text.split(/\s+/).filter(Boolean);
    const found = new Set(tokens);

    // A word comes back whole, or cut only after its own hyphens ("Barn-och-" "ungdomspsykiatrin").
    const pieces = (word: string) => word.split(/(?<=[\p{L}\p{N}]-)(?=[\p{L}\p{N}])/u);
    /** The word as tokens found, each a run of its hyphen-pieces. */
    const comesBack = (parts: string[]): boolean =>
      parts.length === 0 || parts.some((_, end) => found.has(parts.slice(0, end + 1).join('')) && comesBack(parts.slice(end + 1)));
    const known = new Set<string>(['Uppföljning']);
    const cellWords = [...columns.map((c) => c.title), ...rows.flat().filter((cell) => cell !== absurd)].flatMap((cell) => cell.split(' '));
    for (const word of cellWords) {
      const parts = pieces(word);
      expect(comesBack(parts), `"${word}" in ${JSON.stringify(tokens)}`).toBe(true);
      for (let from = 0; from < parts.length; from++) {
        for (let to = from + 1; to <= parts.length; to++) known.add(parts.slice(from, to).join(''));
      }
    }
    // The one word wider than any column comes back in pieces, each but the last ending in "-".
    const broken = tokens.filter((token) => !known.has(token));
    expect(broken.length).toBeGreaterThan(1);
    for (const piece of broken.slice(0, -1)) expect(piece).toMatch(/-$/);
    expect(broken.at(-1)).not.toMatch(/-$/);
    expect(broken.map((piece) => piece.replace(/-$/, '')).join('')).toBe(absurd);
  });
});

describe('running text', () => {
  it('moves a hyphenated name whole to the next line rather than breaking it at its hyphen', () => {
    // Slide the name along the line so it reaches the right edge at some point.
    for (let n = 10; n <= 24; n++) {
      const doc = makeDoc([{ kind: 'paragraph', text: `${'Ord '.repeat(n)}Łucja Ørsted-Şahin-Lindqvist slut ${'Ord '.repeat(n)}` }]);
      const tokens = layout(render(doc)).split(/\s+/);
      expect(tokens, `${n} words before`).toContain('Ørsted-Şahin-Lindqvist');
    }
  });

  it('never breaks a line inside a phone number, between a day and its month, or after "kl."', () => {
    const doc = makeDoc(
      Array.from({ length: 12 }, (_, n) => ({
        kind: 'paragraph' as const,
        text: `${'ord '.repeat(n)}Ring 010-111 11 11 före den 7 december kl. 10.30, annars 08-12 34 56.`,
      })),
      { easyRead: true },
    );
    const lines = layout(render(doc))
      .split('\n')
      .map((line) => line.trim());
    const number = (pattern: RegExp, whole: string) => {
      const found = lines.filter((line) => pattern.test(line));
      expect(found.length, whole).toBe(12);
      for (const line of found) expect(line, whole).toContain(whole);
    };
    number(/010-/u, '010-111 11 11');
    number(/08-/u, '08-12 34 56.');
    number(/december/u, '7 december');
    number(/kl\./u, 'kl. 10.30');
    // The words around them still wrap: some line ends just before each.
    expect(lines.some((line) => line.endsWith('Ring'))).toBe(true);
    expect(lines.some((line) => line.endsWith('den'))).toBe(true);
  });
});

describe('the easy-read documents the app makes', () => {
  it('keep every line of the person’s copies, invitation and closing notice to 55 characters', async () => {
    const { heldFollowUp } = await import('../fixtures/heldFollowUp');
    const { planCopies } = await import('../../src/pdf/planDocument');
    const { invitations } = await import('../../src/pdf/invitationDocument');
    const { closingNotices } = await import('../../src/pdf/closingDocument');
    const { plan, v1, v2 } = heldFollowUp();
    plan.closing = { date: '2027-06-01', reason: 'malen-uppnadda', reasonText: '', whereToTurn: 'Socialtjänstens mottagning, telefon 010-123 45 67' };
    const easy = [
      ...planCopies({ plan: v1.plan, meeting: v1.meeting, version: 1, madeOn: '2026-11-23', includeIdNumber: false }),
      ...planCopies({ plan: v2.plan, meeting: v2.meeting, version: 2, previous: v1, madeOn: '2027-02-15', includeIdNumber: false }),
      ...invitations({ plan, madeOn: '2027-02-01', followsUp: agreedAt(v2.meeting, 2) }),
      ...closingNotices({ plan, version: 2, madeOn: '2027-06-01' }),
    ].filter((doc) => doc.easyRead);
    // The person's copy after each meeting (the follow-up's with its plain sentences), the person's invitation, the person's notice.
    expect(easy.map((doc) => doc.fileName.split('-')[0])).toEqual(['SIP', 'SIP', 'Kallelse', expect.any(String)]);
    for (const doc of easy) {
      const path = render(doc);
      const lines = layout(path).split('\n');
      const longest = lines.reduce((a, b) => (length(b.trim()) > length(a.trim()) ? b : a), '').trim();
      expect(length(longest), `${doc.owner}: "${longest}"`).toBeLessThanOrEqual(55);
    }
  });
});
