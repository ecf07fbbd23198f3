// Making the files: the one module the UI loads with a dynamic import, so jsPDF, the fonts and
// the ZIP writer reach the device only when someone makes a document (and are precached for offline).
import { zipSync } from 'fflate';
import { loadFonts } from './fonts';
import type { PdfDocument } from './model';
import { renderCombined, renderDocument } from './render';

export interface MadeFile {
  /** File name with ".pdf", unique within one batch. */
  name: string;
  /** Whose copy it is, from the document. */
  owner: string;
  bytes: Uint8Array;
  pages: number;
}

export interface MadeBatch {
  files: MadeFile[];
  /** Characters in the text that the font cannot draw (shown as boxes): the UI names them. */
  unprintable: string[];
}

/** Renders each document in turn, reporting progress and letting the page paint between files. */
export async function makePdfs(docs: PdfDocument[], onProgress: (done: number, total: number) => void): Promise<MadeBatch> {
  const fonts = await loadFonts();
  const files: MadeFile[] = [];
  const unprintable = new Set<string>();
  const names = uniqueNames(docs.map((d) => d.fileName));
  for (const [i, doc] of docs.entries()) {
    const result = renderDocument(doc, fonts);
    files.push({ name: names[i]!, owner: doc.owner, bytes: result.bytes, pages: result.pages });
    for (const c of result.unprintable) unprintable.add(c);
    onProgress(i + 1, docs.length);
    await nextFrame();
  }
  return { files, unprintable: [...unprintable].sort() };
}

/** All documents in one PDF for printing, each numbered from its own first page. */
export async function makeCombinedPdf(docs: PdfDocument[], fileName: string): Promise<MadeFile> {
  const fonts = await loadFonts();
  const result = renderCombined(docs, fonts);
  return { name: `${fileName}.pdf`, owner: '', bytes: result.bytes, pages: result.pages };
}

/** The files as one ZIP. PDFs are compressed already: stored, not deflated again. */
export function zipFiles(files: MadeFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [f.bytes, { level: 0 }] as const])));
}

/** "SIP-…-Ek", "SIP-…-Ek" → "SIP-…-Ek.pdf", "SIP-…-Ek-2.pdf". */
export function uniqueNames(baseNames: string[]): string[] {
  const seen = new Map<string, number>();
  return baseNames.map((base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? `${base}.pdf` : `${base}-${n}.pdf`;
  });
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(resolve, 0)) : setTimeout(resolve, 0)));
}
