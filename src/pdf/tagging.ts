// Tagged PDF (EN 301 549 clause 10, PDF/UA's model) on top of jsPDF, which has no tagging API.
// The renderer opens and closes structure elements as it draws (Document > Part > H1, P, L > LI,
// Table > TR > TH/TD) and wraps every text run in a marked-content sequence owned by one of them
// (`/P <</MCID n>> BDC … EMC`); page furniture and table borders are artifacts. Reading order is
// drawing order. When jsPDF writes the file (its events), this module adds each page's
// /StructParents and /Tabs /S, the StructTreeRoot, and /MarkInfo, /StructTreeRoot and
// /ViewerPreferences (the title in the viewer's title bar) to the catalog; the language is
// jsPDF's setLanguage. finish() then appends the structure elements and the parent tree (page →
// MCID → element) to jsPDF's bytes as an incremental update, compressed in an object stream.
import { zlibSync } from 'fflate';
import type { jsPDF } from 'jspdf';

/** Standard structure types (PDF 1.7, 14.8.4) the renderer uses. */
export type StructType = 'Document' | 'Part' | 'H1' | 'H2' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD';

/** A table header cell heads its column (the table's header row) or its row (a fields block's label). */
export type HeaderScope = 'Column' | 'Row';

/** A structure element; what the renderer holds between opening it and marking its content. */
export interface StructElement {
  readonly type: StructType;
  readonly parent: StructElement | undefined;
  readonly kids: (StructElement | MarkedContent)[];
  readonly scope?: HeaderScope;
}

interface MarkedContent {
  page: number;
  mcid: number;
}

/**
 * Why something drawn is no content: a page's header (the marking) or footer (footer, page
 * numbers), other pagination (a table header repeated on a new page), or layout (table borders).
 */
export type ArtifactKind = 'Header' | 'Footer' | 'Pagination' | 'Layout';

/** The parts of jsPDF's `internal` this module writes through (present in jsPDF 4; not all in its typings). */
interface Internals {
  write(text: string): void;
  out(text: string): void;
  getCurrentPageInfo(): { pageNumber: number };
  newObjectDeferred(): number;
  newObjectDeferredBegin(id: number, output: boolean): number;
  events: { subscribe(topic: string, callback: (...args: never[]) => void): string };
}

export class Tagger {
  /** The root element; every document's elements sit under it (in a Part each, for combined files). */
  readonly document: StructElement = { type: 'Document', parent: undefined, kids: [] };
  private current: StructElement = this.document;
  /** Per page (from 1): the element owning each MCID, by MCID. */
  private readonly owners = new Map<number, StructElement[]>();
  /** Page object numbers, known once jsPDF writes the pages. */
  private readonly pageObjects = new Map<number, number>();
  private rootId = 0;
  /** The first object number after jsPDF's own: the parent tree's. */
  private firstId = 0;
  private readonly internal: Internals;

  constructor(pdf: jsPDF) {
    this.internal = pdf.internal as unknown as Internals;
    // jsPDF writes "%PDF-1.3"; /MarkInfo, /Lang and /Tabs are PDF 1.4 and 1.5, and the file is read as PDF 1.7.
    (pdf as unknown as { __private__: { setPdfVersion(version: string): void } }).__private__.setPdfVersion('1.7');
    const { events } = this.internal;
    events.subscribe('putPage', (data: { pageNumber: number; objId: number }) => {
      this.pageObjects.set(data.pageNumber, data.objId);
      this.internal.out(`/StructParents ${data.pageNumber - 1} /Tabs /S`);
    });
    // After the resources, before the Info dictionary and the catalog (which must come last).
    events.subscribe('postPutResources', () => this.putRoot());
    events.subscribe('putCatalog', () => {
      this.internal.out(`/StructTreeRoot ${this.rootId} 0 R`);
      this.internal.out('/MarkInfo <</Marked true>>');
      this.internal.out('/ViewerPreferences <</DisplayDocTitle true>>');
    });
  }

  /** Opens an element as the last child of the open one; later elements go inside it until end(). */
  begin(type: StructType, scope?: HeaderScope): StructElement {
    const element = this.child(type, scope);
    this.current = element;
    return element;
  }

  /** Closes the open element. */
  end(): void {
    this.current = this.current.parent ?? this.document;
  }

  /** A new last child of the open element that stays closed: the renderer marks content for it by hand (table cells). */
  child(type: StructType, scope?: HeaderScope): StructElement {
    const element: StructElement = scope ? { type, parent: this.current, kids: [], scope } : { type, parent: this.current, kids: [] };
    this.current.kids.push(element);
    return element;
  }

  /** Draws content (text) on the current page as a marked-content sequence of `element` (the open one by default). */
  mark(draw: () => void, element: StructElement = this.current): void {
    const page = this.internal.getCurrentPageInfo().pageNumber;
    let owners = this.owners.get(page);
    if (!owners) this.owners.set(page, (owners = []));
    const mcid = owners.length;
    owners.push(element);
    element.kids.push({ page, mcid });
    this.internal.write(`/${element.type} <</MCID ${mcid}>> BDC`);
    draw();
    this.internal.write('EMC');
  }

  /**
   * Draws a line of text inside a span whose /ActualText is the line as written. jsPDF draws
   * Arabic shaped (presentation forms) and right to left; screen readers, copying and search take
   * the ActualText instead (PDF 1.7, 14.9.4): the letters as typed, in reading order.
   */
  actualText(text: string, draw: () => void): void {
    let hex = 'FEFF';
    for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
    this.internal.write(`/Span <</ActualText <${hex}>>> BDC`);
    draw();
    this.internal.write('EMC');
  }

  /** Draws what is no content (page furniture, borders) as an artifact, outside the structure. */
  artifact(kind: ArtifactKind, draw: () => void): void {
    this.internal.write(kind === 'Layout' || kind === 'Pagination' ? `/Artifact <</Type /${kind}>> BDC` : `/Artifact <</Type /Pagination /Subtype /${kind}>> BDC`);
    draw();
    this.internal.write('EMC');
  }

  /**
   * Writes the StructTreeRoot, the one structure object inside jsPDF's file; the elements and the
   * parent tree follow in finish(), numbered from the file's /Size on: jsPDF writes only the Info
   * dictionary and the catalog after this, so that is rootId + 3 (finish() checks it).
   */
  private putRoot(): void {
    const { internal } = this;
    this.rootId = internal.newObjectDeferred();
    this.firstId = this.rootId + 3;
    internal.newObjectDeferredBegin(this.rootId, true);
    // The parent tree is the first object after jsPDF's, the Document element the second.
    internal.out(`<</Type /StructTreeRoot /K ${this.firstId + 1} 0 R /ParentTree ${this.firstId} 0 R /ParentTreeNextKey ${this.pageObjects.size}>>`);
    internal.out('endobj');
  }

  /**
   * The file with the structure appended as an incremental update: the elements and the parent
   * tree in one compressed object stream, indexed by a cross-reference stream (PDF 1.5). Written
   * as plain objects they would triple a file (a combined file of nine copies holds some two
   * thousand elements); compressed they add a few kilobytes a copy.
   */
  finish(file: Uint8Array): Uint8Array {
    const tail = latin1(file.subarray(Math.max(0, file.length - 1024)));
    const size = Number(/\/Size (\d+)/.exec(tail)?.[1]);
    const root = /\/Root (\d+ 0 R)/.exec(tail)?.[1];
    const info = /\/Info (\d+ 0 R)/.exec(tail)?.[1];
    const id = /\/ID (\[[^\]]*\])/.exec(tail)?.[1];
    const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)?.[1]);
    if (size !== this.firstId || !root || !info || !id || !Number.isFinite(prev)) {
      throw new Error(`Tagging: unexpected jsPDF trailer (size ${size}, expected ${this.firstId})`);
    }

    // Numbers: parent tree, then the elements depth first (reading order).
    const ids = new Map<StructElement, number>();
    const order: StructElement[] = [];
    const number = (element: StructElement): void => {
      ids.set(element, size + 1 + order.length);
      order.push(element);
      for (const kid of element.kids) if ('type' in kid) number(kid);
    };
    number(this.document);
    const ref = (objectId: number | undefined) => `${objectId ?? 0} 0 R`;
    const page = (n: number) => ref(this.pageObjects.get(n));

    const bodies: string[] = [];
    const nums: string[] = [];
    for (let n = 1; n <= this.pageObjects.size; n++) {
      nums.push(`${n - 1}[${(this.owners.get(n) ?? []).map((owner) => ref(ids.get(owner))).join(' ')}]`);
    }
    bodies.push(`<</Nums[${nums.join(' ')}]>>`);
    for (const element of order) {
      const first = element.kids.find((kid): kid is MarkedContent => !('type' in kid));
      const kids = element.kids.map((kid) => {
        if ('type' in kid) return ref(ids.get(kid));
        if (kid.page === first?.page) return String(kid.mcid);
        return `<</Type/MCR/Pg ${page(kid.page)}/MCID ${kid.mcid}>>`;
      });
      const parent = element.parent ? ids.get(element.parent) : this.rootId;
      let dict = `<</Type/StructElem/S/${element.type}/P ${ref(parent)}`;
      if (first) dict += `/Pg ${page(first.page)}`;
      if (element.scope) dict += `/A<</O/Table/Scope/${element.scope}>>`;
      if (kids.length === 1) dict += `/K ${kids[0]}`;
      else if (kids.length > 1) dict += `/K[${kids.join(' ')}]`;
      bodies.push(`${dict}>>`);
    }

    // The object stream: "number offset" pairs, then the objects.
    let offset = 0;
    const header = bodies
      .map((body, i) => {
        const pair = `${size + i} ${offset}`;
        offset += body.length + 1;
        return pair;
      })
      .join(' ');
    const objStmId = size + bodies.length;
    const xrefId = objStmId + 1;
    const packed = zlibSync(ascii(`${header}\n${bodies.join('\n')}\n`));
    const parts: Uint8Array[] = [file, ascii('\n')];
    let length = file.length + 1;
    const push = (bytes: Uint8Array) => {
      parts.push(bytes);
      length += bytes.length;
    };
    const objStmOffset = length;
    push(ascii(`${objStmId} 0 obj\n<</Type/ObjStm/N ${bodies.length}/First ${header.length + 1}/Filter/FlateDecode/Length ${packed.length}>>\nstream\n`));
    push(packed);
    push(ascii('\nendstream\nendobj\n'));
    const xrefOffset = length;

    // The cross-reference stream: W [1 4 2]; type 2 (in the object stream) for the structure, type 1 (at an offset) for the two streams.
    const entries = new Uint8Array((bodies.length + 2) * 7);
    const entry = (i: number, type: number, field2: number, field3: number) => {
      const at = i * 7;
      entries[at] = type;
      entries[at + 1] = (field2 >>> 24) & 255;
      entries[at + 2] = (field2 >>> 16) & 255;
      entries[at + 3] = (field2 >>> 8) & 255;
      entries[at + 4] = field2 & 255;
      entries[at + 5] = (field3 >>> 8) & 255;
      entries[at + 6] = field3 & 255;
    };
    bodies.forEach((_, i) => entry(i, 2, objStmId, i));
    entry(bodies.length, 1, objStmOffset, 0);
    entry(bodies.length + 1, 1, xrefOffset, 0);
    const xref = zlibSync(entries);
    push(
      ascii(
        `${xrefId} 0 obj\n<</Type/XRef/Size ${xrefId + 1}/Index[${size} ${bodies.length + 2}]/W[1 4 2]/Root ${root}/Info ${info}/ID ${id}/Prev ${prev}/Filter/FlateDecode/Length ${xref.length}>>\nstream\n`,
      ),
    );
    push(xref);
    push(ascii(`\nendstream\nendobj\nstartxref\n${xrefOffset}\n%%EOF\n`));

    const out = new Uint8Array(length);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}
