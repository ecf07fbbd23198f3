// The two DejaVu Sans TTFs the PDF renderer embeds (subsets made by scripts/subset-fonts.sh). They
// ship with the app as hashed assets (the service worker precaches *.ttf), so PDFs work offline and
// never ask another origin for a font.
import regularUrl from './fonts/DejaVuSans.ttf?url';
import boldUrl from './fonts/DejaVuSans-Bold.ttf?url';

/** Each font as a binary string (one char per byte), the form jsPDF's addFileToVFS takes as is. */
export interface PdfFonts {
  regular: string;
  bold: string;
}

const LOAD_FAILED = 'Typsnittet för PDF kunde inte läsas in.';
/** Every TrueType file starts with this version tag; anything else (an HTML error page) is no font. */
const TRUETYPE_TAG = '\x00\x01\x00\x00';

let loading: Promise<PdfFonts> | undefined;

/** Loads both fonts once per page; a failed load is forgotten so the next call tries again. */
export function loadFonts(): Promise<PdfFonts> {
  if (!loading) {
    const attempt = Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(
      ([regular, bold]) => ({ regular, bold }),
      (cause: unknown) => {
        if (loading === attempt) loading = undefined;
        throw new Error(LOAD_FAILED, { cause });
      },
    );
    loading = attempt;
  }
  return loading;
}

async function fetchFont(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const font = bytesToBinaryString(new Uint8Array(await response.arrayBuffer()));
  if (!font.startsWith(TRUETYPE_TAG)) throw new Error(`Not a TrueType font: ${url}`);
  return font;
}

/** One char per byte. Chunked: String.fromCharCode with ~750 000 arguments would overflow the stack. */
export function bytesToBinaryString(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return out;
}
