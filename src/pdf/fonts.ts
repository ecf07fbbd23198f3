// The two DejaVu Sans TTFs the PDF renderer embeds (subsets made by scripts/subset-fonts.sh). They
// ship with the app as hashed assets (the service worker precaches *.ttf), so PDFs work offline and
// never ask another origin for a font.
import regularUrl from './fonts/DejaVuSans.ttf?url';
import boldUrl from './fonts/DejaVuSans-Bold.ttf?url';
import { bytesToBinaryString } from '../domain/bytes';

/** Each font as a binary string (one char per byte), the form jsPDF's addFileToVFS takes as is. */
export interface PdfFonts {
  regular: string;
  bold: string;
}

// For the log: the export panel tells the user in Swedish that the PDFs could not be made.
const LOAD_FAILED = 'The PDF fonts could not be loaded';
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
