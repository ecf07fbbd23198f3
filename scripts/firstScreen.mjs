// What the first screen asks for from a production build before its heading is visible: the module
// scripts, modulepreloads and stylesheets of index.html and every chunk those scripts import
// statically (a returning device: the lock screen), plus, on a new device, the passcode set-up's
// chunk and its static imports (imported before the first paint). Everything else is a dynamic
// `import()` asked for after the first paint (Dexie and the vault, the app behind the lock, the
// service worker's workbox-window) or later (jsPDF), and is not counted. One measurement for
// `npm run bench` (scripts/bench.mjs) and the size budget in `npm test` (scripts/size-budget.mjs);
// tests/browser/first-screen.test.ts checks the same in the browser, from what it requests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** 1 KB = 1000 B, as the budgets are written. */
export const KB = 1000;

/** The first screen's JavaScript may weigh this much, gzipped: the bench's target and npm test's budget. */
export const FIRST_SCREEN_JS_GZIP_BUDGET = 45 * KB;

/** Chunks (by the name vite gives them) the first screen imports before its heading shows on a new device. */
export const NEW_DEVICE_CHUNKS = ['PasscodeSetup'];

/**
 * @typedef {{ raw: number, gzip: number }} Size
 * @typedef {{ js: Size, jsFiles: string[] }} Scripts
 * @typedef {{ js: Size, css: Size, jsFiles: string[], cssFiles: string[], returning: Scripts, newDevice: Scripts }} FirstScreen
 */

/**
 * The first screen's JS and CSS in `outDir`, each file gzipped on its own (node:zlib level 9).
 * `js` and `jsFiles` are the larger of the two first screens (the new device's passcode set-up,
 * which asks for everything the lock screen does and its own chunk); `returning` is the lock screen.
 * @param {string} outDir
 * @returns {FirstScreen}
 */
export function firstScreenSizes(outDir) {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const { scripts, stylesheets } = firstScreenAssets(html);
  const returningFiles = staticImportClosure(outDir, scripts);
  const newDeviceFiles = staticImportClosure(outDir, [...returningFiles, ...newDeviceChunks(outDir)]);
  const returning = { js: sizeOf(outDir, returningFiles), jsFiles: returningFiles };
  const newDevice = { js: sizeOf(outDir, newDeviceFiles), jsFiles: newDeviceFiles };
  const larger = newDevice.js.gzip >= returning.js.gzip ? newDevice : returning;
  return { js: larger.js, css: sizeOf(outDir, stylesheets), jsFiles: larger.jsFiles, cssFiles: stylesheets, returning, newDevice };
}

/** The built files of NEW_DEVICE_CHUNKS (`assets/PasscodeSetup-<hash>.js`); a build without one is an error. */
function newDeviceChunks(outDir) {
  const assets = readdirSync(path.join(outDir, 'assets'));
  return NEW_DEVICE_CHUNKS.map((name) => {
    const file = assets.find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
    if (!file) throw new Error(`first screen: no ${name} chunk in ${outDir}/assets`);
    return `assets/${file}`;
  });
}

/** @returns {Size} */
function sizeOf(outDir, files) {
  return files
    .map((file) => readFileSync(path.join(outDir, file)))
    .reduce((sum, bytes) => ({ raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length }), { raw: 0, gzip: 0 });
}

/** The entry module scripts, modulepreloads and stylesheets of the built index.html, as dist paths. */
export function firstScreenAssets(html) {
  const scripts = [];
  const stylesheets = [];
  for (const [tag, element] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const name = element.toLowerCase();
    const attrs = Object.fromEntries([...tag.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));
    if (name === 'script' && attrs.type === 'module' && attrs.src) scripts.push(attrs.src);
    if (name === 'link' && attrs.rel === 'modulepreload' && attrs.href) scripts.push(attrs.href);
    if (name === 'link' && attrs.rel === 'stylesheet' && attrs.href) stylesheets.push(attrs.href);
  }
  return { scripts: scripts.map(toDistPath), stylesheets: stylesheets.map(toDistPath) };
}

function toDistPath(url) {
  return url.replace(/^\//, '');
}

/** The given chunks plus everything they import statically (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImportClosure(outDir, entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(outDir, file), 'utf8');
    for (const specifier of staticImports(code)) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        queue.push(specifier.startsWith('/') ? toDistPath(specifier) : path.posix.join(path.posix.dirname(file), specifier));
      }
    }
  }
  return [...seen];
}

function staticImports(code) {
  // `import(` (dynamic) is excluded: after `import` comes either a quote or a binding list + `from`.
  const pattern = /(?:^|[\s;{}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  return [...code.matchAll(pattern)].map((m) => m[1]);
}
