// Generates the app icons from a small vector description of the "meeting circle"
// motif: a ring in five sectors (10 %, 20 %, 45 %, 15 %, 10 % of the circumference,
// clockwise from 12 o'clock) with narrow gaps, and a dot in the centre.
//
// Usage: node scripts/make-icons.mjs
//
// Only Node built-ins are used, so the output is reproducible anywhere: every pixel is
// rasterised with 4×4 supersampling and written as a PNG (CRC32 computed here, IDAT
// compressed with zlib). public/favicon.svg is written from the same numbers.

import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const PUBLIC = join(ROOT, 'public');

// ---------------------------------------------------------------------------------------
// Design (all lengths are fractions of the outer ring radius R unless stated otherwise)
// ---------------------------------------------------------------------------------------

const BACKGROUND = '#1d4f6e';

/** The five sectors, clockwise from 12 o'clock; the 45 % one is "Behov". */
const SECTORS = [
  { share: 0.1, color: '#f7f5f0' },
  { share: 0.2, color: '#cfe3ee' },
  { share: 0.45, color: '#f2c14e' }, // Behov
  { share: 0.15, color: '#cfe3ee' },
  { share: 0.1, color: '#f7f5f0' },
];

const INNER = 0.56; // inner radius of the ring
const GAP = 0.075; // width of the straight-edged gap between two sectors
const DOT = 0.17; // radius of the centre dot
const DOT_COLOR = '#f7f5f0';
const CORNER = 0.2; // corner radius of the "any" background, as a fraction of the icon size

const SUPERSAMPLE = 4;

/** Cumulative sector boundaries as angles (radians, clockwise from 12 o'clock). */
const BOUNDARIES = (() => {
  const out = [0];
  let acc = 0;
  for (const s of SECTORS) {
    acc += s.share;
    out.push(acc * 2 * Math.PI);
  }
  return out;
})();

function hex(color) {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const BG_RGB = hex(BACKGROUND);
const SECTOR_RGB = SECTORS.map((s) => hex(s.color));
const DOT_RGB = hex(DOT_COLOR);

/**
 * Colour of the motif at a point given relative to the motif centre, in units of R
 * (y grows downwards). Returns an [r, g, b] triple, or null where the motif is empty.
 */
function motifAt(x, y) {
  const r = Math.hypot(x, y);
  if (r <= DOT) return DOT_RGB;
  if (r < INNER || r > 1) return null;
  // Straight-edged gaps: the point is in a gap if it lies within GAP/2 of a boundary ray.
  for (let i = 0; i < SECTORS.length; i++) {
    const a = BOUNDARIES[i];
    const along = x * Math.sin(a) - y * Math.cos(a); // projection on the ray direction
    const across = x * Math.cos(a) + y * Math.sin(a); // perpendicular distance (signed)
    if (along > 0 && Math.abs(across) < GAP / 2) return null;
  }
  let angle = Math.atan2(x, -y);
  if (angle < 0) angle += 2 * Math.PI;
  for (let i = 0; i < SECTORS.length; i++) {
    if (angle < BOUNDARIES[i + 1]) return SECTOR_RGB[i];
  }
  return SECTOR_RGB[SECTORS.length - 1];
}

/** Is the point (in pixels) inside a rounded square of side `size` with corner radius `rad`? */
function inRoundedSquare(px, py, size, rad) {
  const qx = Math.max(Math.abs(px - size / 2) - (size / 2 - rad), 0);
  const qy = Math.max(Math.abs(py - size / 2) - (size / 2 - rad), 0);
  return qx * qx + qy * qy <= rad * rad;
}

/**
 * Rasterises one icon into RGBA bytes.
 * @param {number} size  icon side in pixels
 * @param {number} radius  outer ring radius as a fraction of the size
 * @param {boolean} rounded  rounded-square background (transparent corners) instead of full bleed
 */
function render(size, radius, rounded) {
  const rgba = new Uint8Array(size * size * 4);
  const R = radius * size;
  const c = size / 2;
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied accumulation, so transparent corners do not darken the edge.
      let sr = 0;
      let sg = 0;
      let sb = 0;
      let sa = 0;
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          const x = px + (i + 0.5) / n;
          const y = py + (j + 0.5) / n;
          if (rounded && !inRoundedSquare(x, y, size, CORNER * size)) continue;
          const col = motifAt((x - c) / R, (y - c) / R) ?? BG_RGB;
          sr += col[0];
          sg += col[1];
          sb += col[2];
          sa += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (sa > 0) {
        rgba[o] = Math.round(sr / sa);
        rgba[o + 1] = Math.round(sg / sa);
        rgba[o + 2] = Math.round(sb / sa);
        rgba[o + 3] = Math.round((255 * sa) / (n * n));
      }
    }
  }
  return rgba;
}

// ---------------------------------------------------------------------------------------
// PNG encoding
// ---------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Encodes RGBA pixels as a PNG. With `opaque`, the alpha channel is dropped and the
 * file is written as truecolour RGB (colour type 2), which guarantees no transparency.
 */
function encodePng(rgba, size, opaque) {
  const channels = opaque ? 3 : 4;
  const stride = size * channels;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type: None
    for (let x = 0; x < size; x++) {
      const s = (y * size + x) * 4;
      const d = y * (stride + 1) + 1 + x * channels;
      raw[d] = rgba[s];
      raw[d + 1] = rgba[s + 1];
      raw[d + 2] = rgba[s + 2];
      if (!opaque) raw[d + 3] = rgba[s + 3];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = opaque ? 2 : 6; // colour type: RGB or RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------
// Favicon (SVG): the same motif, written out by hand from the same numbers
// ---------------------------------------------------------------------------------------

function faviconSvg() {
  // 64×64 canvas, ring radius 24 (0.375 of the size), same proportions as the PNGs.
  const R = 24;
  const mid = (R * (1 + INNER)) / 2;
  const width = R * (1 - INNER);
  const f = (v) => Number(v.toFixed(2)).toString();
  let start = 0;
  const arcs = SECTORS.map((s) => {
    // pathLength=100 makes the dash pattern read directly as percentages of the ring.
    const line = `    <circle r="${f(mid)}" pathLength="100" stroke="${s.color}" stroke-dasharray="${f(s.share * 100)} ${f(100 - s.share * 100)}" stroke-dashoffset="${f(-start * 100)}"/>`;
    start += s.share;
    return line;
  });
  const gaps = BOUNDARIES.slice(0, -1).map((a) => {
    const x = R * 1.05 * Math.sin(a);
    const y = -R * 1.05 * Math.cos(a);
    return `M0 0L${f(x)} ${f(y)}`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="${f(CORNER * 64)}" fill="${BACKGROUND}"/>
  <g transform="translate(32 32)">
  <g transform="rotate(-90)" fill="none" stroke-width="${f(width)}">
${arcs.join('\n')}
  </g>
  <path d="${gaps.join('')}" stroke="${BACKGROUND}" stroke-width="${f(GAP * R)}"/>
  <circle r="${f(DOT * R)}" fill="${DOT_COLOR}"/>
  </g>
</svg>
`;
}

// ---------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------

const PNGS = [
  // purpose "any": rounded square, generous motif
  { file: 'icons/icon-192.png', size: 192, radius: 0.375, rounded: true },
  { file: 'icons/icon-512.png', size: 512, radius: 0.375, rounded: true },
  // maskable: full bleed, motif well inside the 80 % safe zone (radius ≤ 0.40)
  { file: 'icons/icon-maskable-512.png', size: 512, radius: 0.3, rounded: false },
  // iOS rounds the corners itself and does not accept transparency
  { file: 'apple-touch-icon.png', size: 180, radius: 0.36, rounded: false },
];

for (const icon of PNGS) {
  const out = join(PUBLIC, icon.file);
  mkdirSync(dirname(out), { recursive: true });
  const png = encodePng(render(icon.size, icon.radius, icon.rounded), icon.size, !icon.rounded);
  writeFileSync(out, png);
  console.log(`wrote ${relative(ROOT, out)} (${icon.size}×${icon.size}, ${png.length} bytes)`);
}

const svgOut = join(PUBLIC, 'favicon.svg');
writeFileSync(svgOut, faviconSvg());
console.log(`wrote ${relative(ROOT, svgOut)}`);
