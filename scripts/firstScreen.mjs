// What the first screen loads from a production build: the module scripts, modulepreloads and
// stylesheets of index.html, plus every chunk those scripts import statically (dynamic `import()`
// chunks, such as the app behind the lock screen and jsPDF, are not counted). One measurement for
// `npm run bench` (scripts/bench.mjs) and the size budget in `npm test` (scripts/size-budget.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** 1 KB = 1000 B, as the budgets are written. */
export const KB = 1000;

/** The first screen's JavaScript may weigh this much, gzipped: the bench's target and npm test's budget. */
export const FIRST_SCREEN_JS_GZIP_BUDGET = 60 * KB;

/**
 * @typedef {{ raw: number, gzip: number }} Size
 * @typedef {{ js: Size, css: Size, jsFiles: string[], cssFiles: string[] }} FirstScreen
 */

/**
 * The first screen's JS and CSS in `outDir`, each file gzipped on its own (node:zlib level 9).
 * @param {string} outDir
 * @returns {FirstScreen}
 */
export function firstScreenSizes(outDir) {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const { scripts, stylesheets } = firstScreenAssets(html);
  const jsFiles = staticImportClosure(outDir, scripts);
  return { js: sizeOf(outDir, jsFiles), css: sizeOf(outDir, stylesheets), jsFiles, cssFiles: stylesheets };
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
