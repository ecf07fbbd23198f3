// Bytes as a "binary string" (one char per byte): what btoa() and jsPDF's font loader take.

/** Chunked: String.fromCharCode with ~750,000 arguments (a font) would overflow the stack. */
export function bytesToBinaryString(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}
