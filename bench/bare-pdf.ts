// Bench-only baseline for the PDFs: on "Skapa", jsPDF is imported and one plain document per entry
// of ?pages=… is made with the same page count, the same embedded DejaVu Sans subsets (regular and
// bold, Identity-H) and options as the app's renderer, and full pages of text: no layout of our own,
// no tagging. Marks 'bare:pdf-start' (pressed), 'bare:pdf-first' (first file made) and
// 'bare:pdf-done'; the title is then "made <bytes of each file, comma-separated>".
import regularUrl from '../src/pdf/fonts/DejaVuSans.ttf?url';
import boldUrl from '../src/pdf/fonts/DejaVuSans-Bold.ttf?url';

const LINE = 'Lisa Andersson, Socialtjänsten: samordnar insatserna och kallar till uppföljning – Łucja Ørsted, Nguyễn Thị Hằng.';
const LINES_PER_PAGE = 48;

async function binary(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return text;
}

async function make(pageCounts: number[]): Promise<void> {
  performance.mark('bare:pdf-start');
  const [{ jsPDF }, regular, bold] = await Promise.all([import('jspdf'), binary(regularUrl), binary(boldUrl)]);
  const sizes: number[] = [];
  for (const pages of pageCounts) {
    const pdf = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
    pdf.addFileToVFS('DejaVuSans.ttf', regular);
    pdf.addFont('DejaVuSans.ttf', 'DejaVu', 'normal', 'Identity-H');
    pdf.addFileToVFS('DejaVuSans-Bold.ttf', bold);
    pdf.addFont('DejaVuSans-Bold.ttf', 'DejaVu', 'bold', 'Identity-H');
    for (let page = 0; page < pages; page++) {
      if (page > 0) pdf.addPage();
      pdf
        .setFont('DejaVu', 'bold')
        .setFontSize(14)
        .text(`Samordnad individuell plan, sida ${page + 1}`, 56, 60);
      pdf.setFont('DejaVu', 'normal').setFontSize(9);
      for (let line = 0; line < LINES_PER_PAGE; line++) pdf.text(LINE, 56, 90 + line * 15);
    }
    sizes.push(pdf.output('arraybuffer').byteLength);
    if (sizes.length === 1) performance.mark('bare:pdf-first');
  }
  performance.mark('bare:pdf-done');
  document.title = `made ${sizes.join(',')}`;
}

const pageCounts = (new URLSearchParams(location.search).get('pages') ?? '3').split(',').map(Number);
document.getElementById('make')!.addEventListener('click', () => {
  make(pageCounts).catch((error: unknown) => {
    document.title = `failed: ${error instanceof Error ? error.message : String(error)}`;
  });
});
