// `npm test` (after `vite build`): fails when the first screen's JavaScript, gzipped, grows over its
// budget. The build to measure is dist/ unless given: `node scripts/size-budget.mjs dist-other`
// or SIP_DIST=dist-other. The figure is the one `npm run bench` prints (scripts/firstScreen.mjs).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIRST_SCREEN_JS_GZIP_BUDGET, KB, firstScreenSizes } from './firstScreen.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.resolve(ROOT, process.argv[2] ?? process.env.SIP_DIST ?? 'dist');

if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`size budget: no build in ${outDir} (run vite build first)`);
  process.exit(1);
}

const { js, css, jsFiles } = firstScreenSizes(outDir);
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const verdict = js.gzip <= FIRST_SCREEN_JS_GZIP_BUDGET ? 'within' : 'OVER';
console.log(
  `size budget: first-screen JS ${kb(js.gzip)} gzip (${kb(js.raw)} raw, ${jsFiles.length} files), ` +
    `budget ${kb(FIRST_SCREEN_JS_GZIP_BUDGET)}: ${verdict}; CSS ${kb(css.gzip)} gzip`,
);
if (js.gzip > FIRST_SCREEN_JS_GZIP_BUDGET) {
  console.error(`size budget: the first screen's JS grew ${kb(js.gzip - FIRST_SCREEN_JS_GZIP_BUDGET)} over its budget; files: ${jsFiles.join(', ')}`);
  process.exitCode = 1;
}
