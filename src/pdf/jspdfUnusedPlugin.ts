// jsPDF loads html2canvas, DOMPurify and canvg on demand for .html() and SVG images, which this
// app never calls (documents are drawn from src/pdf's model). vite.config.ts points those imports
// here, so they are neither built nor precached onto every tablet.
export default function unusedJsPdfPlugin(): never {
  throw new Error('This jsPDF feature is not part of the app.');
}
