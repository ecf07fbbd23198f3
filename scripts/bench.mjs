// `npm run bench`: builds the production app into dist-bench/ (dist/ is left alone; BENCH_OUT_DIR
// names another folder), adds the bench pages (bench/*.html, SIP_BENCH=1 in vite.config.ts): the
// seeding page and the bare baselines, serves it with `vite preview` and prints each figure against
// its target. A figure over its target is reported as OVER, never fatal; the exit code is non-zero
// only when the bench itself breaks.
//
// Beside each figure it measures a baseline in the same browser and run: a bare page doing the
// same work with nothing of the app (bench/bare-*.ts): the bare seal-and-put, the one-row summary
// read, the bare text-node tick, the bare stack's first screen, plain jsPDF documents of the same
// page counts. It prints the ratio figure / baseline, which holds on a noisy machine where the
// absolute figures move. Only the page being measured is CPU-throttled, never an idle one.
//
// To see where the time goes (files for DevTools' Performance panel): BENCH_LIST_TRACE=f.json (a list
// run), BENCH_KEYS_TRACE=f.json and BENCH_KEYS_PROFILE=prefix (typing), BENCH_TRACE=prefix (the timer
// repaints) and BENCH_TICK_PROFILE=prefix; BENCH_CPU=1 measures without the slowdown. `npm run bench -- repaint` runs one measurement.
//
// To add a figure: append a measurement to `measurements` below. Its `run(env)` returns figures
// ({ label, value, unit, target? }) and optional notes; the report prints them with PASS/OVER.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { FIRST_SCREEN_JS_GZIP_BUDGET, KB, firstScreenAssets, firstScreenSizes, staticImportClosure } from './firstScreen.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = 1000 * KB;
const OUT_DIR = process.env.BENCH_OUT_DIR || 'dist-bench';
const VITE = path.join(ROOT, 'node_modules/.bin/vite');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU ?? 4);
const RUNS = 5;
const SEEDED_PLANS = 1000;
const MANY_PLANS = 5000;
const LIST_READY_MARK = 'sip:plan-list-ready';
/** The app's mark once every card of the list's first page is drawn, a frame after the first screenful (PlanList.tsx). */
const LIST_COMPLETE_MARK = 'sip:plan-list-complete';
/** The app's mark once the list's summaries are read and opened (src/ui/screens/PlanList.tsx). */
const SUMMARIES_READ_MARK = 'sip:plan-summaries-read';
const LIST_LOADING_MARK = 'sip:plan-list-loading';
const LOCK_MARKS = { shown: 'sip:lock-shown', start: 'sip:unlock-start', unlocked: 'sip:unlocked' };
/** The passcode of every bench origin (bench/seed.ts chooses the same one when it seeds). */
const BENCH_PASSCODE = '482915';
const TARGETS = {
  firstScreenJsGzip: FIRST_SCREEN_JS_GZIP_BUDGET,
  offlineStartMs: 1000,
  // Issue 2 asked for 300 ms; sealing at rest (issue 5) allows 500 ms, decryption included.
  // Issue 16: the list's own work at 4x, and the heap once 5,000 plans are listed.
  seededListMs: 60,
  manyListMs: 150,
  heapAfterManyBytes: 5 * MB,
  keystrokeP95Ms: 50,
  // Issue 16: keystroke → committed within 1.2× the bare seal-and-put, a repaint within 1.3× the bare tick.
  keystrokeRatio: 1.2,
  timerRepaintMs: 2,
  timerRepaintRatio: 1.3,
  allPdfsMs: 3000,
  firstPdfMs: 1000,
  pdfBytes: 300 * KB,
};
// Typing: 16 rounds of 50 edits a page, taking turns. With 4 rounds of 50 the p50 ratio of one
// build moved ×1.37–1.87 from run to run on this 2-core machine (a few busy seconds fell on one
// page's round); with 16 rounds of 50 it moved ×1.24–1.36.
const EDITS = 800;
/** The app writes pending edits at once on this window event (src/ui/autosave.ts): a pagehide without the lock's cover. */
const FLUSH_EVENT = 'sip:flush';
const PDF_RUNS = 3;
const PDF_MARKS = { start: 'sip:pdf-start', first: 'sip:pdf-first', done: 'sip:pdf-done' };
const TRACE_SECONDS = 10;
/** Timer: each page is traced in this many windows of TRACE_SECONDS, the app's and the bare page's taking turns. */
const TRACE_WINDOWS = 3;
const GOAL_LABEL = 'Långsiktigt mål';

/** @typedef {{ label: string, value: number, unit: 'B' | 'ms' | 'x', target?: number }} Figure */
/** @typedef {{ outDir: string, origin: string, browser: import('playwright-core').Browser }} BenchEnv */
/** @typedef {{ figures: Figure[], notes?: string[] }} MeasurementResult */
/** @typedef {{ title: string, run: (env: BenchEnv) => Promise<MeasurementResult> }} Measurement */

/** @type {Measurement[]} */
export const measurements = [
  { title: 'First-screen JS and CSS (index.html and the static imports of its chunks)', run: measureFirstScreen },
  { title: `Offline start and unlock (empty database, offline, ${CPU_SLOWDOWN}x CPU slowdown, median of ${RUNS})`, run: measureOfflineStart },
  { title: `${SEEDED_PLANS.toLocaleString('en')} plans listed (offline, ${CPU_SLOWDOWN}x CPU slowdown, median of ${RUNS})`, run: measureSeededList },
  {
    title: `${MANY_PLANS.toLocaleString('en')} plans listed, and the JS heap after (offline, ${CPU_SLOWDOWN}x CPU slowdown, median of ${RUNS})`,
    run: measureManyPlans,
  },
  { title: `Keystroke → committed to IndexedDB (meeting running in Behov, ${CPU_SLOWDOWN}x CPU slowdown, ${EDITS} edits)`, run: measureKeystrokeCommit },
  { title: `Main-thread time per timer repaint (meeting running in Behov; no slowdown and ${CPU_SLOWDOWN}x CPU slowdown)`, run: measureTimerRepaint },
  { title: `PDFs for a held meeting with 8 participants (offline, ${CPU_SLOWDOWN}x CPU slowdown, median of ${PDF_RUNS} fresh pages)`, run: measurePdfs },
];

// ---------------------------------------------------------------------------------------------
// 1. First-screen bytes

/** The JS a bench page loads first (its module scripts and their static imports), as firstScreenSizes weighs index.html's. */
function benchPageJs(outDir, htmlPath) {
  const { scripts } = firstScreenAssets(readFileSync(path.join(outDir, htmlPath), 'utf8'));
  const files = staticImportClosure(outDir, scripts);
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length, 0);
}

async function measureFirstScreen({ outDir }) {
  const { js, css, jsFiles, cssFiles } = firstScreenSizes(outDir);
  const bare = benchPageJs(outDir, 'bench/bare-first.html');
  return {
    figures: [
      ...withBaseline('JS gzip', js.gzip, bare, 'B', { target: TARGETS.firstScreenJsGzip }),
      { label: 'JS raw', value: js.raw, unit: 'B' },
      { label: 'CSS gzip', value: css.gzip, unit: 'B' },
      { label: 'CSS raw', value: css.raw, unit: 'B' },
    ],
    notes: [
      `files: ${[...jsFiles, ...cssFiles].join(', ')}`,
      'gzip: node:zlib level 9, each file on its own; 1 KB = 1000 B',
      'baseline: bench/bare-first.html, solid-js rendering a minimal passcode form (bench/bare-first.tsx), weighed the same way',
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 2. and 3. Time to the plan list, in Chromium

async function measureOfflineStart({ browser, origin }) {
  const { context, page } = await openControlledApp(browser, origin);
  let result;
  try {
    const runs = await timeListRuns(context, page);
    result = listFigures(runs, { navigation: TARGETS.offlineStartMs });
  } finally {
    await context.close();
  }
  const bare = await bareFirstScreenRuns(browser, origin);
  return withBareFigure(result, 'navigation start → lock screen shown', median(bare), [
    `baseline: bench/bare-first.html (solid-js and a passcode form), navigation start → 'bare:shown', from the preview server (no service worker), ${CPU_SLOWDOWN}x; runs: ${bare.map((v) => Math.round(v)).join(', ')} ms`,
  ]);
}

/** Puts the baseline and the ratio right after the figure with that label. */
function withBareFigure(result, label, base, notes, ratioTarget) {
  const figures = result.figures.flatMap((f) => (f.label === label ? withBaseline(f.label, f.value, base, f.unit, { target: f.target, ratioTarget }) : [f]));
  return { figures, notes: [...(result.notes ?? []), ...notes] };
}

/** The bare stack's first screen, navigation start → 'bare:shown', RUNS times in a page throttled alone. */
async function bareFirstScreenRuns(browser, origin) {
  const { context, page } = await openBarePage(browser, origin, '/bench/bare-first.html', CPU_SLOWDOWN);
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto('/bench/bare-first.html');
      runs.push(await markTime(page, 'bare:shown'));
    }
    return runs;
  } finally {
    await context.close();
  }
}

/** A bare baseline page (bench/bare-*.html) in a context of its own, throttled at `rate`; the caller closes the context. */
async function openBarePage(browser, origin, path, rate) {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    await page.goto(path);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return { context, page, cdp };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** performance.now() of the mark, waiting for it. */
function markTime(page, name) {
  return withTimeout(
    page.evaluate(
      (mark) =>
        new Promise((resolve) => {
          new PerformanceObserver((list, observer) => {
            const entry = list.getEntriesByName(mark)[0];
            if (entry) {
              observer.disconnect();
              resolve(entry.startTime);
            }
          }).observe({ type: 'mark', buffered: true });
        }),
      name,
    ),
    30_000,
    `mark ${name}`,
  );
}

/**
 * The bare plan list (bench/bare-list.ts): `count` plans' summaries in one sealed row, read, opened
 * and listed, RUNS times; each run 'bare:list-loading' → 'bare:list-ready'.
 */
async function bareListRuns(browser, origin, count) {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    await page.goto(`/bench/bare-list.html?seed=${count}`);
    await page.waitForFunction(() => document.title !== 'bare list', undefined, { timeout: 60_000 });
    if ((await page.title()) !== `seeded ${count}`) throw new Error(`the bare list page: ${await page.title()}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto('/bench/bare-list.html');
      const ready = await markTime(page, 'bare:list-ready');
      const loading = await markTime(page, 'bare:list-loading');
      if ((await page.title()) !== `listed ${count}`) throw new Error(`the bare list page: ${await page.title()}`);
      runs.push(ready - loading);
    }
    return runs;
  } finally {
    await context.close();
  }
}

const LISTING_LABEL = 'list asks storage → plan list ready';

async function measureManyPlans({ browser, origin }) {
  const context = await newBenchContext(browser, origin);
  let result;
  try {
    await seedPlans(context, MANY_PLANS);
    const { page } = await openControlledApp(browser, origin, context);
    const counted = Number((await page.locator('p.count').textContent())?.replace(/\D/g, ''));
    if (counted !== MANY_PLANS) throw new Error(`the list counts ${counted} plans, expected ${MANY_PLANS}`);
    const runs = await timeListRuns(context, page);
    result = listFigures(runs, { list: TARGETS.manyListMs });
    // The heap once the list is shown, after a full garbage collection.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (heap !== undefined)
      result.figures.push({ label: `JS heap used after listing ${MANY_PLANS.toLocaleString('en')}`, value: heap, unit: 'B', target: TARGETS.heapAfterManyBytes });
    await cdp.detach();
  } finally {
    await context.close();
  }
  const bare = await bareListRuns(browser, origin, MANY_PLANS);
  return withBareFigure(result, LISTING_LABEL, median(bare), [bareListNote(bare)]);
}

function bareListNote(runs) {
  return `baseline: bench/bare-list.html, every plan's summary in one sealed row: read, opened, sorted, the first 100 listed with the count (DOM calls), ${CPU_SLOWDOWN}x; runs: ${runs.map((v) => Math.round(v)).join(', ')} ms`;
}

async function measureSeededList({ browser, origin }) {
  const context = await newBenchContext(browser, origin);
  let result;
  try {
    await seedPlans(context, SEEDED_PLANS);
    const { page } = await openControlledApp(browser, origin, context);
    // The list shows its first page of plans and counts them all.
    const counted = Number((await page.locator('p.count').textContent())?.replace(/\D/g, ''));
    const listed = await page.locator('ul.plan-list > li').count();
    if (counted !== SEEDED_PLANS || listed === 0) throw new Error(`the list counts ${counted} plans and shows ${listed}, expected ${SEEDED_PLANS}`);
    const runs = await timeListRuns(context, page);
    result = listFigures(runs, { list: TARGETS.seededListMs });
  } finally {
    await context.close();
  }
  const bare = await bareListRuns(browser, origin, SEEDED_PLANS);
  return withBareFigure(result, LISTING_LABEL, median(bare), [bareListNote(bare)]);
}

/** @param {{ ready: number, complete: number, read: number | undefined }[]} runs */
/**
 * targets.navigation applies to navigation start → list ready (the offline start);
 * targets.list to the list's own work, from asking storage for the plans → list ready.
 */
function listFigures(runs, targets) {
  const ready = runs.map((r) => r.ready);
  const listing = runs.map((r) => r.ready - r.loading);
  const render = runs.every((r) => r.read !== undefined) ? runs.map((r) => r.ready - r.read) : undefined;
  /** @type {Figure[]} */
  const figures = [
    {
      label: 'navigation start → lock screen shown',
      value: median(runs.map((r) => r.lockShown)),
      unit: 'ms',
      ...(targets.navigation === undefined ? {} : { target: targets.navigation }),
    },
    { label: 'unlock (passcode → key, PBKDF2 600,000)', value: median(runs.map((r) => r.unlocked - r.unlockStart)), unit: 'ms' },
    { label: 'unlocked → plan list ready', value: median(runs.map((r) => r.ready - r.unlocked)), unit: 'ms' },
    { label: 'passcode entered → plan list ready', value: median(runs.map((r) => r.ready - r.unlockStart)), unit: 'ms' },
    { label: LISTING_LABEL, value: median(listing), unit: 'ms', ...(targets.list === undefined ? {} : { target: targets.list }) },
  ];
  if (render) {
    figures.push({ label: '  of which reading the summaries', value: median(runs.map((r) => r.read - r.loading)), unit: 'ms' });
    figures.push({ label: '  and showing the list', value: median(render), unit: 'ms' });
  }
  figures.push({ label: 'list asks storage → whole first page drawn', value: median(runs.map((r) => r.complete - r.loading)), unit: 'ms' });
  return {
    figures,
    notes: [
      `runs (lock screen shown): ${runs.map((r) => Math.round(r.lockShown)).join(', ')} ms; (unlock): ${runs.map((r) => Math.round(r.unlocked - r.unlockStart)).join(', ')} ms`,
      `runs (ready, the bench typing the passcode included): ${ready.map((v) => Math.round(v)).join(', ')} ms`,
      `runs (listing): ${listing.map((v) => Math.round(v)).join(', ')} ms`,
      'ready: the list drawn with the cards a screen shows (those that reach into the screen, PlanList.tsx) and a frame begun; whole: the rest of its first page of 100 drawn after that paint',
      "the index's sealed rows are read while the key is derived (planIndex.ts, warm): the list's read opens rows already in memory",
      ...(render ? [] : [`no ${SUMMARIES_READ_MARK} mark: reading and showing cannot be split`]),
    ],
  };
}

// Runs in every page before the app: resolves when the app marks the list ready, and complete.
const PAGE_PROBE = `(() => {
  const mark = (name) => new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName(name)[0];
      if (entry) { observer.disconnect(); resolve(entry.startTime); }
    }).observe({ type: 'mark', buffered: true });
  });
  window.__sipBench = { listReady: mark(${JSON.stringify(LIST_READY_MARK)}), listComplete: mark(${JSON.stringify(LIST_COMPLETE_MARK)}) };
})();`;

async function newBenchContext(browser, origin) {
  const context = await browser.newContext({ baseURL: origin });
  await context.addInitScript(PAGE_PROBE);
  return context;
}

/** Opens `/`, waits until the service worker controls the page and the app will resume at `/`. */
async function openControlledApp(browser, origin, existingContext) {
  const context = existingContext ?? (await newBenchContext(browser, origin));
  const page = await context.newPage();
  await openUnlocked(page, '/');
  await withTimeout(
    page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined)),
    60_000,
    'service worker ready',
  );
  // A first install does not claim the open page (registerType 'prompt'), so one reload is needed.
  if (!(await isControlled(page))) {
    await page.reload();
    await passLock(page);
  }
  if (!(await isControlled(page))) throw new Error('the service worker does not control the page after a reload');
  await waitForListReady(page);
  await ensureResumesAtStart(page);
  return { context, page };
}

/** Gets past the lock: chooses the bench passcode on a fresh origin, or unlocks with it. */
/**
 * Types the passcode. Then waits for the app's lock button, unless `waitForApp` is false: a
 * locator polls in the page (role queries over the whole DOM), which would take the main thread
 * from the app while a run is being timed.
 */
async function passLock(page, waitForApp = true) {
  const setup = page.getByRole('heading', { level: 1, name: 'Välj lösenkod' });
  const locked = page.getByRole('heading', { level: 1, name: 'Appen är låst' });
  await setup.or(locked).waitFor({ timeout: 30_000 });
  // Submitted with the keyboard: a click would leave the mouse over the app, and every repaint would
  // then also hit-test for hover, which a tablet does not do (and the bare pages never see a mouse).
  const passcode = page.getByLabel('Lösenkod', { exact: true });
  await passcode.fill(BENCH_PASSCODE);
  if (await setup.isVisible()) {
    const again = page.getByLabel('Skriv lösenkoden igen');
    await again.fill(BENCH_PASSCODE);
    await again.press('Enter');
  } else {
    await passcode.press('Enter');
  }
  if (waitForApp) await page.getByRole('button', { name: 'Lås', exact: true }).waitFor({ timeout: 30_000 });
}

async function openUnlocked(page, url, waitForApp = true) {
  await page.goto(url);
  await passLock(page, waitForApp);
}

function isControlled(page) {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

// The app reopens the screen stored under appState 'lastRoute'; the bench must land on the list.
async function ensureResumesAtStart(page) {
  if (new URL(page.url()).pathname !== '/') await page.locator('header a[href="/"]').first().click();
  const deadline = Date.now() + 10_000;
  while ((await readLastRoute(page)) !== '/') {
    if (Date.now() > deadline) throw new Error('the app did not store "/" as its last route');
    await page.waitForTimeout(100);
  }
}

/** One row of the app's database, read raw from the page (the app's own code is not used for it). */
function readStoredRow(page, store, key) {
  return page.evaluate(
    ([storeName, rowKey]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('sip-motesledare');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction(storeName, 'readonly').objectStore(storeName).get(rowKey);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [store, key],
  );
}

async function readLastRoute(page) {
  return (await readStoredRow(page, 'appState', 'lastRoute'))?.value;
}

async function seedPlans(context, count) {
  const page = await context.newPage();
  // Before the service worker exists: once it controls the origin it answers every navigation
  // with index.html, and the seed page is not in its precache.
  await page.goto(`/bench/seed.html?n=${count}`);
  await page.waitForFunction(() => document.title !== 'seeding', undefined, { timeout: 60_000 });
  const title = await page.title();
  if (title !== `seeded ${count}`) throw new Error(`seeding failed: ${title}`);
  await page.close();
}

/** Offline and CPU-throttled, navigates to `/` RUNS times; times are from navigation start. */
async function timeListRuns(context, page) {
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // setOffline() blocks the network, but once another CDP session is attached the next document
  // reports navigator.onLine === true; emulating offline on this session too keeps the app's own
  // online/offline state truthful.
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const runs = [];
  // BENCH_LIST_TRACE=file.json keeps a trace of the last run, JS samples included (DevTools' Performance panel opens it).
  const traceFile = process.env.BENCH_LIST_TRACE;
  for (let i = 0; i < RUNS; i++) {
    const trace = traceFile && i === RUNS - 1 ? await startTrace(page.context().browser(), LIST_TRACE_CATEGORIES) : undefined;
    await openUnlocked(page, '/', false);
    const ready = await waitForListReady(page);
    const complete = await withTimeout(
      page.evaluate(() => window.__sipBench.listComplete),
      30_000,
      `mark ${LIST_COMPLETE_MARK}`,
    );
    if (trace) writeFileSync(traceFile, JSON.stringify({ traceEvents: await trace.stop() }));
    if (new URL(page.url()).pathname !== '/') throw new Error(`the app opened ${page.url()} instead of the list`);
    await assertOffline(page);
    const [read, loading, lockShown, unlockStart, unlocked] = await page.evaluate(
      ([names, before]) =>
        names.map(
          (name) =>
            performance
              .getEntriesByName(name)
              .filter((e) => e.startTime <= before)
              .at(-1)?.startTime,
        ),
      [[SUMMARIES_READ_MARK, LIST_LOADING_MARK, LOCK_MARKS.shown, LOCK_MARKS.start, LOCK_MARKS.unlocked], ready],
    );
    for (const [name, at] of [
      [LIST_LOADING_MARK, loading],
      [LOCK_MARKS.shown, lockShown],
      [LOCK_MARKS.start, unlockStart],
      [LOCK_MARKS.unlocked, unlocked],
    ]) {
      if (at === undefined) throw new Error(`no ${name} mark before the list was ready`);
    }
    runs.push({ ready, complete, read, loading, lockShown, unlockStart, unlocked });
  }
  await cdp.detach();
  await context.setOffline(false);
  return runs;
}

async function assertOffline(page) {
  const { onLine, fetched } = await page.evaluate(async () => ({
    onLine: navigator.onLine,
    // Not precached, so the service worker passes it to the network.
    fetched: await fetch(`/bench/offline-check?${Math.random()}`).then(
      () => true,
      () => false,
    ),
  }));
  if (onLine || fetched) throw new Error('the page is not offline (offline emulation did not apply)');
}

function waitForListReady(page) {
  return withTimeout(
    page.evaluate(() => window.__sipBench.listReady),
    30_000,
    `mark ${LIST_READY_MARK}`,
  );
}

// ---------------------------------------------------------------------------------------------
// 4. and 5. A running meeting: keystroke → commit, and the timer's repaint

// Runs in every meeting page before the app: notes when each read-write transaction that puts a
// row in the 'meetings' store completes (autosave writes with putNow: one put, committed at once).
const COMMIT_PROBE = `(() => {
  const waiters = [];
  window.__sipCommits = {
    count: 0,
    /** Resolves with performance.now() when the next 'meetings' put's transaction completes. */
    next: () => new Promise((resolve) => waiters.push(resolve)),
  };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const request = put.apply(this, args);
    if (this.name === 'meetings') {
      this.transaction.addEventListener('complete', () => {
        const t = performance.now();
        window.__sipCommits.count += 1;
        for (const resolve of waiters.splice(0)) resolve(t);
      }, { once: true });
    }
    return request;
  };
})();`;

async function seedMeeting(context, query = 'meeting=1') {
  const page = await context.newPage();
  // Before the service worker exists (see seedPlans).
  await page.goto(`/bench/seed.html?${query}`);
  await page.waitForFunction(() => document.title !== 'seeding', undefined, { timeout: 60_000 });
  const title = await page.title();
  const id = /^seeded meeting (.+)$/.exec(title)?.[1];
  if (!id) throw new Error(`seeding the meeting failed: ${title}`);
  await page.close();
  return id;
}

/**
 * A fresh origin with one plan and its meeting running in Behov, opened at /mote/<id> in a page
 * that the service worker controls, CPU-throttled.
 */
async function openRunningMeeting(browser, origin, cpuSlowdown = CPU_SLOWDOWN) {
  const context = await newBenchContext(browser, origin);
  try {
    await context.addInitScript(COMMIT_PROBE);
    const id = await seedMeeting(context);
    const { page } = await openControlledApp(browser, origin, context);
    await openUnlocked(page, `/mote/${encodeURIComponent(id)}`);
    if (!(await isControlled(page))) throw new Error('the meeting page is not controlled by the service worker');
    const goal = page.getByRole('textbox', { name: GOAL_LABEL, exact: true });
    await goal.waitFor({ timeout: 30_000 });
    if ((await goal.count()) !== 1) throw new Error(`expected one textbox "${GOAL_LABEL}", found ${await goal.count()}`);
    const phase = (await page.locator('#phase-heading').textContent())?.trim();
    if (phase !== 'Behov') throw new Error(`the meeting opened in phase "${phase}", expected Behov`);
    // Running: the phase timer moves (its name is what its figures show; see figureReels.ts).
    const timer = page.getByRole('timer').and(page.locator('[data-timer="phase-elapsed"]'));
    const before = await timer.getAttribute('aria-label');
    await page.waitForFunction((text) => document.querySelector('[data-timer="phase-elapsed"]')?.getAttribute('aria-label') !== text, before, { timeout: 5_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    return { context, page, cdp, goal };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Types `edits` edits into the textarea, each followed by FLUSH_EVENT (the app flushes autosave as
 * on pagehide, with no debounce; a real pagehide would also cover the page and tell the room the
 * meeting ended, which typing never does), and times each from the input event to the 'complete' of the transaction that put
 * the meetings row (COMMIT_PROBE). Each edit also asks for a frame callback at t0, which tells
 * whether the frame showing the edit began before its commit was seen (such an edit waits for the
 * frame to render). The same loop for the app and for the bare page.
 */
function typeEdits(textarea, edits, first) {
  return textarea.evaluate(
    async (element, { edits, first, FLUSH_EVENT }) => {
      const latencies = [];
      /** Per edit, whether the frame showing it began before its commit was seen. */
      const framed = [];
      // Typed into, as a keyboard types: the field has focus.
      element.focus();
      const base = element.value.replace(/ \d+$/, '');
      let text = base;
      for (let i = first; i < first + edits; i++) {
        text = `${base} ${i}`;
        const committed = window.__sipCommits.next();
        let frameAt = Infinity;
        requestAnimationFrame(() => (frameAt = performance.now()));
        const t0 = performance.now();
        element.value = text;
        element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: String(i % 10) }));
        window.dispatchEvent(new Event(FLUSH_EVENT));
        const t1 = await Promise.race([
          committed,
          new Promise((_, reject) => setTimeout(() => reject(new Error(`edit ${i}: no meetings commit within 5 s`)), 5000)),
        ]);
        latencies.push(t1 - t0);
        framed.push(frameAt < t1);
        // Let the frame after the edit render, as between two keystrokes.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
      return { latencies, framed, finalText: text };
    },
    { edits, first, FLUSH_EVENT },
  );
}

/** The bare seal-and-put page (bench/bare-save.ts) in a context of its own, with the commit probe. */
async function openBareSave(browser, origin) {
  const context = await browser.newContext({ baseURL: origin });
  await context.addInitScript(COMMIT_PROBE);
  const page = await context.newPage();
  await page.goto('/bench/bare-save.html');
  await page.waitForFunction(() => document.title !== 'bare save', undefined, { timeout: 30_000 });
  if ((await page.title()) !== 'ready') throw new Error(`the bare save page: ${await page.title()}`);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, goal: page.getByRole('textbox', { name: GOAL_LABEL, exact: true }) };
}

const KEYSTROKE_ROUNDS = 16;
// The first edits after a page opens run code the JIT has not compiled yet (and, in the app, the
// first frames after the field takes focus). Counted in with 200 edits they made the app's p95
// (×2.2 one run) while 800 edits of the same build gave ×1.3: a tail set by the run's length. So
// each page types these first, timed and printed apart, and p50/p95 are of the edits after them.
const WARMUP_EDITS = 20;

async function measureKeystrokeCommit({ browser, origin }) {
  const app = await openRunningMeeting(browser, origin);
  let bare;
  try {
    bare = await openBareSave(browser, origin);
    // Alternating rounds, the page typed into throttled and the other not: drift on a busy machine
    // falls on both alike.
    const latencies = { app: [], bare: [] };
    const framed = { app: [], bare: [] };
    const warmup = { app: [], bare: [] };
    let finalText = '';
    const pages = [
      ['app', app, bare],
      ['bare', bare, app],
    ];
    const throttleOnly = async (side, other) => {
      await other.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await side.cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    };
    for (const [name, side, other] of pages) {
      await throttleOnly(side, other);
      warmup[name] = (await typeEdits(side.goal, WARMUP_EDITS, 0)).latencies;
    }
    const perRound = EDITS / KEYSTROKE_ROUNDS;
    for (let round = 0; round < KEYSTROKE_ROUNDS; round++) {
      for (const [name, side, other] of pages) {
        await throttleOnly(side, other);
        // BENCH_KEYS_TRACE=file.json keeps a trace of the app's first round (JS samples included).
        const trace = process.env.BENCH_KEYS_TRACE && round === 0 && name === 'app' ? await startTrace(browser, LIST_TRACE_CATEGORIES) : undefined;
        const profile = process.env.BENCH_KEYS_PROFILE && round === 0 ? `${process.env.BENCH_KEYS_PROFILE}-${side === app ? 'app' : 'bare'}.cpuprofile` : undefined;
        if (profile) await startProfile(side.cdp);
        const r = await typeEdits(side.goal, perRound, WARMUP_EDITS + round * perRound);
        if (profile) await stopProfile(side.cdp, profile);
        if (trace) writeFileSync(process.env.BENCH_KEYS_TRACE, JSON.stringify({ traceEvents: await trace.stop() }));
        latencies[name].push(...r.latencies);
        framed[name].push(...r.framed);
        if (name === 'app') finalText = r.finalText;
      }
    }
    await bare.context.close();
    bare = undefined;
    await app.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const commits = await app.page.evaluate(() => window.__sipCommits.count);
    const { page } = app;
    // The last edit is on disk, sealed: the row has no readable data, and the app reads it back.
    const row = await readStoredRow(page, 'meetings', 'bench-meeting');
    if (row?.format !== 2 || 'data' in row) throw new Error(`the meeting row is not sealed: format ${row?.format}`);
    await openUnlocked(page, page.url());
    const stored = await page.getByRole('textbox', { name: GOAL_LABEL, exact: true }).inputValue();
    if (stored !== finalText) throw new Error(`the stored goal is ${JSON.stringify(stored)}, expected ${JSON.stringify(finalText)}`);
    const at = (list, p) => percentile(list, p);
    // Each edit's latency, split by whether the frame showing it began before its commit was seen.
    const split = (name, wasFramed) => latencies[name].filter((_, i) => framed[name][i] === wasFramed);
    const share = (name) => `${Math.round((100 * split(name, true).length) / latencies[name].length)} %`;
    const p50Of = (list) => (list.length > 0 ? at(list, 50) : NaN);
    return {
      figures: [
        ...withBaseline('keystroke → committed, p50', at(latencies.app, 50), at(latencies.bare, 50), 'ms', { ratioTarget: TARGETS.keystrokeRatio }),
        ...withBaseline('keystroke → committed, p95', at(latencies.app, 95), at(latencies.bare, 95), 'ms', {
          target: TARGETS.keystrokeP95Ms,
          ratioTarget: TARGETS.keystrokeRatio,
        }),
        { label: 'keystroke → committed, max', value: Math.max(...latencies.app), unit: 'ms' },
        ...withBaseline('committed before its frame began, p50', p50Of(split('app', false)), p50Of(split('bare', false)), 'ms'),
        ...withBaseline('committed after its frame began, p50', p50Of(split('app', true)), p50Of(split('bare', true)), 'ms'),
        ...withBaseline(`first ${WARMUP_EDITS} edits (warm-up, apart), max`, Math.max(...warmup.app), Math.max(...warmup.bare), 'ms'),
      ],
      notes: [
        `${EDITS} edits (after the ${WARMUP_EDITS} of the warm-up) of the "${GOAL_LABEL}" textarea in /mote/<id>, page controlled by the service worker; ${commits} meetings transactions committed in all`,
        `per edit: t0 = performance.now(); value set + InputEvent("input", bubbles); window "${FLUSH_EVENT}" (the app flushes autosave as on pagehide, no 300 ms debounce);`,
        't1 = "complete" of the transaction that put the meetings row (IDBObjectStore.prototype.put wrapped in an init script); latency = t1 − t0',
        'the row is sealed (AES-GCM-256) on each edit before it is put: the latency includes the encryption',
        `baseline: bench/bare-save.html, a textarea whose input seals the same meeting (bench/fixtures.ts) and puts it in one transaction, the same ${EDITS} edits;`,
        `  typed in ${KEYSTROKE_ROUNDS} alternating rounds, the page typed into at ${CPU_SLOWDOWN}x and the other unthrottled`,
        `first the warm-up: ${WARMUP_EDITS} edits on each page (JIT, first frames), timed apart and not in p50/p95; median app ${at(warmup.app, 50).toFixed(1)}, bare ${at(warmup.bare, 50).toFixed(1)}`,
        `the frame that shows an edit began before its commit was seen (a requestAnimationFrame asked for at t0 ran before t1) for ${share('app')} of the app's edits and ${share('bare')} of the bare page's;`,
        '  those wait for the frame to render before the commit is seen, so p50 and p95 depend on how many there are: the two p50s above tell the cost of the write path from that of the frame',
        `p50/p95 nearest-rank; ms to 0.1: app ${at(latencies.app, 50).toFixed(1)} / ${at(latencies.app, 95).toFixed(1)}, bare ${at(latencies.bare, 50).toFixed(1)} / ${at(latencies.bare, 95).toFixed(1)}, app max ${Math.max(...latencies.app).toFixed(1)}`,
      ],
    };
  } finally {
    await bare?.context.close();
    await app.context.close();
  }
}

const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel'];
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);
const RENDER_WINDOW_US = 20_000;

async function measureTimerRepaint({ browser, origin }) {
  const figures = [];
  const notes = [];
  for (const slowdown of [1, CPU_SLOWDOWN]) {
    const label = slowdown === 1 ? 'no slowdown' : `${slowdown}x slowdown`;
    // Alternating windows, each page alone in the browser and throttled alike: drift on a busy
    // machine falls on both (one 30 s trace of each, one after the other, moved ×1.06–1.50).
    const app = { repaints: [], tasks: [], renders: [], compositor: [] };
    const base = { repaints: [], tasks: [], renders: [], compositor: [] };
    for (let window = 0; window < TRACE_WINDOWS; window++) {
      const { context, cdp } = await openRunningMeeting(browser, origin, slowdown);
      try {
        // BENCH_TICK_PROFILE=prefix keeps a V8 CPU profile of the app's page during its first window.
        const profile = process.env.BENCH_TICK_PROFILE && window === 0 ? `${process.env.BENCH_TICK_PROFILE}-${slowdown}x.cpuprofile` : undefined;
        if (profile) await startProfile(cdp);
        addRepaints(app, await traceTimerRepaints(browser));
        if (profile) await stopProfile(cdp, profile);
      } finally {
        await context.close();
      }
      const bare = await openBarePage(browser, origin, '/bench/bare-tick.html', slowdown);
      try {
        addRepaints(base, await traceTimerRepaints(browser));
      } finally {
        await bare.context.close();
      }
    }
    notes.push(`${label}: ${describeRepaints(app)}`, `bare page, ${label}: ${describeRepaints(base)}`);
    figures.push(
      ...withBaseline(`per repaint, ${label}, median`, median(app.repaints), median(base.repaints), 'ms', {
        ...(slowdown === 1 ? { target: TARGETS.timerRepaintMs } : {}),
        ratioTarget: TARGETS.timerRepaintRatio,
      }),
      ...withBaseline(`per repaint, ${label}, p95`, percentile(app.repaints, 95), percentile(base.repaints, 95), 'ms'),
    );
  }
  return {
    figures,
    notes: [
      `method: Chrome trace (Tracing.start, ReportEvents, categories ${TRACE_CATEGORIES.join(', ')}) of the page's renderer main thread, ${TRACE_WINDOWS} windows of ${TRACE_SECONDS} s per page, the app's and the bare page's taking turns`,
      'per top-level task (ThreadControllerImpl::RunTask) that contains a TimerFire: its dur + the union of UpdateLayoutTree/Layout/PrePaint/Paint/Layerize within 20 ms after it',
      "baseline: bench/bare-tick.html, five timers of which four text nodes change once a second, nothing else on the page, each window right after one of the app's, throttled alike",
      ...notes,
    ],
  };
}

const LIST_TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', 'blink.user_timing', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

/** Starts tracing the browser; `stop()` ends it and resolves with the events. */
async function startTrace(browser, categories) {
  const tracing = await browser.newBrowserCDPSession();
  const events = [];
  tracing.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => tracing.once('Tracing.tracingComplete', resolve));
  await tracing.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  return {
    async stop() {
      await tracing.send('Tracing.end');
      await withTimeout(complete, 30_000, 'Tracing.tracingComplete');
      await tracing.detach().catch(() => {});
      return events;
    },
  };
}

let tracesKept = 0;

/** Traces the open pages for TRACE_SECONDS and returns the timer tasks of the one that paints most. */
async function traceTimerRepaints(browser) {
  const tracing = await browser.newBrowserCDPSession();
  try {
    const events = [];
    tracing.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => tracing.once('Tracing.tracingComplete', resolve));
    await tracing.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TRACE_CATEGORIES } });
    await new Promise((resolve) => setTimeout(resolve, TRACE_SECONDS * 1000));
    await tracing.send('Tracing.end');
    await withTimeout(complete, 30_000, 'Tracing.tracingComplete');
    // BENCH_TRACE=file keeps each trace as file-1.json, file-2.json, … (the app's and the bare page's, in the order
    // measured) for the Performance panel (chrome://tracing format).
    if (process.env.BENCH_TRACE) writeFileSync(`${process.env.BENCH_TRACE}-${++tracesKept}.json`, JSON.stringify({ traceEvents: events }));
    const result = timerRepaints(events);
    if (result.repaints.length < TRACE_SECONDS / 2) throw new Error(`only ${result.repaints.length} timer tasks in a ${TRACE_SECONDS} s trace`);
    return result;
  } finally {
    await tracing.detach().catch(() => {});
  }
}

/** Starts a V8 CPU profile of the page (50 µs samples); `stopProfile` writes it for DevTools. */
async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
}

async function stopProfile(cdp, file) {
  writeFileSync(file, JSON.stringify((await cdp.send('Profiler.stop')).profile));
}

function addRepaints(into, { repaints, tasks, renders, compositorMs }) {
  into.repaints.push(...repaints);
  into.tasks.push(...tasks);
  into.renders.push(...renders);
  into.compositor.push(compositorMs / TRACE_SECONDS);
}

function describeRepaints({ repaints, tasks, renders, compositor }) {
  const ms = (v) => v.toFixed(2);
  return `${repaints.length} timer tasks; median ${ms(median(repaints))}, p95 ${ms(percentile(repaints, 95))}, max ${ms(Math.max(...repaints))} ms; task ${ms(median(tasks))}, rendering ${ms(median(renders))} ms (medians); its compositor thread busy ${compositor.map(ms).join(', ')} ms a second`;
}

// ---------------------------------------------------------------------------------------------
// 6. PDFs for every participant

async function measurePdfs({ browser, origin }) {
  const context = await newBenchContext(browser, origin);
  try {
    const id = await seedMeeting(context, 'held=1');
    // Installs the service worker; closed, since one window of the app edits at a time.
    const { page: installed } = await openControlledApp(browser, origin, context);
    await installed.close();
    await context.setOffline(true);
    const firsts = [];
    const alls = [];
    let sizes = [];
    for (let run = 0; run < PDF_RUNS; run++) {
      // A fresh page each time: jsPDF and the font come from the service worker's cache, not memory.
      const page = await context.newPage();
      await openUnlocked(page, `/mote/${encodeURIComponent(id)}`);
      if (!(await isControlled(page))) throw new Error('the held meeting page is not controlled by the service worker');
      const make = page.getByRole('button', { name: 'Skapa PDF för alla deltagare' });
      await make.waitFor({ timeout: 30_000 });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await make.click();
      await page.getByRole('status').filter({ hasText: 'Klart: 9 PDF:er.' }).waitFor({ timeout: 120_000 });
      const marks = await page.evaluate((names) => {
        const at = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
        return { start: at(names.start), first: at(names.first), done: at(names.done) };
      }, PDF_MARKS);
      if ([marks.start, marks.first, marks.done].some((t) => typeof t !== 'number')) throw new Error(`missing marks: ${JSON.stringify(marks)}`);
      firsts.push(marks.first - marks.start);
      alls.push(marks.done - marks.start);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      // Sizes from the ZIP the user would save: each entry is one participant's file, stored as made.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara alla som ZIP' }).click()]);
      sizes = Object.entries(unzipSync(readFileSync(await download.path()))).map(([name, data]) => ({ name, size: data.length, pages: pdfPageCount(data) }));
      if (sizes.length !== 9) throw new Error(`the ZIP holds ${sizes.length} files, expected 9`);
      await page.close();
    }
    await context.close();
    const bare = await barePdfRuns(
      browser,
      origin,
      sizes.map((s) => s.pages),
    );
    return {
      figures: [
        ...withBaseline('press → first PDF made, median', median(firsts), median(bare.firsts), 'ms', { target: TARGETS.firstPdfMs }),
        ...withBaseline('press → all 9 PDFs made, median', median(alls), median(bare.alls), 'ms', { target: TARGETS.allPdfsMs }),
        { label: 'largest file', value: Math.max(...sizes.map((s) => s.size)), unit: 'B', target: TARGETS.pdfBytes },
        { label: 'smallest file', value: Math.min(...sizes.map((s) => s.size)), unit: 'B' },
      ],
      notes: [
        'the held meeting of tests/fixtures/heldMeeting.ts (bench/seed.html?held=1): 8 participants, 10 interventions, names in Latin Extended and Vietnamese',
        `performance marks ${PDF_MARKS.start} (button pressed, before jsPDF is imported) → ${PDF_MARKS.first} → ${PDF_MARKS.done}, in a fresh page each run, offline`,
        `runs (first): ${firsts.map((t) => Math.round(t)).join(', ')} ms; runs (all): ${alls.map((t) => Math.round(t)).join(', ')} ms`,
        `files: ${sizes.map((s) => `${s.name} ${(s.size / KB).toFixed(1)} KB, ${s.pages} p.`).join(', ')}`,
        'baseline: bench/bare-pdf.html, plain jsPDF documents of the same page counts (the same DejaVu subsets embedded, full pages of text, no layout or tagging of ours),',
        `  jsPDF and the fonts from the preview server, ${CPU_SLOWDOWN}x, a fresh page each run; runs (first): ${bare.firsts.map((t) => Math.round(t)).join(', ')} ms; (all): ${bare.alls.map((t) => Math.round(t)).join(', ')} ms;`,
        `  sizes ${bare.sizes.map((b) => `${(b / KB).toFixed(1)} KB`).join(', ')}`,
      ],
    };
  } finally {
    await context.close();
  }
}

/** Pages of a PDF made by jsPDF (one uncompressed /Type /Page object per page). */
function pdfPageCount(bytes) {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
  ).length;
}

/** Plain jsPDF documents of the given page counts (bench/bare-pdf.ts), PDF_RUNS fresh pages, each throttled alone. */
async function barePdfRuns(browser, origin, pageCounts) {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const firsts = [];
    const alls = [];
    let sizes = [];
    for (let run = 0; run < PDF_RUNS; run++) {
      const page = await context.newPage();
      await page.goto(`/bench/bare-pdf.html?pages=${pageCounts.join(',')}`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.getByRole('button', { name: 'Skapa' }).click();
      await page.waitForFunction(() => document.title !== 'bare pdf', undefined, { timeout: 120_000 });
      const title = await page.title();
      if (!title.startsWith('made ')) throw new Error(`the bare PDF page: ${title}`);
      sizes = title.slice(5).split(',').map(Number);
      const at = await page.evaluate(() =>
        Object.fromEntries(['start', 'first', 'done'].map((n) => [n, performance.getEntriesByName(`bare:pdf-${n}`)[0]?.startTime])),
      );
      firsts.push(at.first - at.start);
      alls.push(at.done - at.start);
      await page.close();
    }
    return { firsts, alls, sizes };
  } finally {
    await context.close();
  }
}

/** Per TimerFire task on the renderer main thread that paints most: [task ms, rendering ms, sum]; and its compositor thread's busy time. */
export function timerRepaints(events) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const key = (e) => `${e.pid}:${e.tid}`;
  const paints = new Map();
  for (const e of events) if (e.name === 'Paint') paints.set(key(e), (paints.get(key(e)) ?? 0) + 1);
  const main = mains.map(key).sort((a, b) => (paints.get(b) ?? 0) - (paints.get(a) ?? 0))[0];
  if (!main) throw new Error('no CrRendererMain thread in the trace');
  const onMain = events.filter((e) => key(e) === main && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  // Top-level tasks: RunTask events not inside another one.
  const topTasks = [];
  for (const e of onMain) {
    if (!TASK_EVENTS.has(e.name)) continue;
    const last = topTasks.at(-1);
    if (last && e.ts < last.ts + last.dur) continue;
    topTasks.push(e);
  }
  const timerFires = onMain.filter((e) => e.name === 'TimerFire');
  const timerTasks = topTasks.filter((task) => timerFires.some((f) => f.ts >= task.ts && f.ts <= task.ts + task.dur));
  const renderEvents = onMain.filter((e) => RENDER_EVENTS.has(e.name));
  const repaints = [];
  const tasks = [];
  const renders = [];
  for (const task of timerTasks) {
    const end = task.ts + task.dur;
    const intervals = renderEvents.filter((e) => e.ts >= end && e.ts <= end + RENDER_WINDOW_US).map((e) => [e.ts, e.ts + (e.dur ?? 0)]);
    const renderUs = unionLength(intervals);
    tasks.push(task.dur / 1000);
    renders.push(renderUs / 1000);
    repaints.push((task.dur + renderUs) / 1000);
  }
  return { repaints, tasks, renders, compositorMs: compositorBusyMs(events, main.split(':')[0]), thread: main };
}

/**
 * The time the renderer's compositor thread spent in tasks: a timer that the compositor stepped by
 * itself (a running animation) would leave the main thread idle and have it draw every frame.
 */
function compositorBusyMs(events, pid) {
  const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && String(e.pid) === pid && e.args?.name === 'Compositor');
  if (!thread) return 0;
  const tasks = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && TASK_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts);
  return unionLength(tasks.map((e) => [e.ts, e.ts + e.dur])) / 1000;
}

function unionLength(intervals) {
  let total = 0;
  let [start, end] = [-Infinity, -Infinity];
  for (const [a, b] of [...intervals].sort((x, y) => x[0] - y[0])) {
    if (a > end) {
      if (end > start) total += end - start;
      [start, end] = [a, b];
    } else end = Math.max(end, b);
  }
  if (end > start) total += end - start;
  return total;
}

// ---------------------------------------------------------------------------------------------
// Build, server, browser

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/** The production build into dist-bench/, then the seeding page on top of it (see vite.config.ts). */
async function buildForBench() {
  const { SIP_BENCH: _ignored, ...productionEnv } = process.env;
  await run(VITE, ['build', '--outDir', OUT_DIR, '--emptyOutDir'], productionEnv);
  await run(VITE, ['build', '--outDir', OUT_DIR], { ...productionEnv, SIP_BENCH: '1' });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startPreview(outDir) {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const child = spawn(VITE, ['preview', '--port', String(port), '--strictPort', '--outDir', outDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  const deadline = Date.now() + 20_000;
  while (!(await answers(origin))) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      stop();
      throw new Error(`vite preview did not answer on ${origin}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { origin, stop };
}

async function answers(origin) {
  try {
    return (await fetch(`${origin}/`)).ok;
  } catch {
    return false;
  }
}

function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// ---------------------------------------------------------------------------------------------
// Report

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * The figure, its bare baseline and their ratio, as three lines of the report.
 * @returns {Figure[]}
 */
function withBaseline(label, value, base, unit, { target, ratioTarget } = {}) {
  return [
    { label, value, unit, ...(target === undefined ? {} : { target }) },
    { label: `  bare baseline`, value: base, unit },
    { label: `  ratio`, value: value / base, unit: 'x', ...(ratioTarget === undefined ? {} : { target: ratioTarget }) },
  ];
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function formatValue(value, unit) {
  if (unit === 'x') return `×${value.toFixed(2)}`;
  if (unit === 'B') return `${Math.round(value).toLocaleString('en')} B (${(value / KB).toFixed(2)} KB)`;
  // Small times keep their decimals: a 2 ms target must not read 1.6 as "2 ms".
  if (value < 10) return `${value.toFixed(2)} ms`;
  return `${Math.round(value).toLocaleString('en')} ms`;
}

function formatTarget(target, unit) {
  if (unit === 'x') return `≤ ×${target}`;
  return unit === 'B' ? `≤ ${target / KB} KB` : `≤ ${target.toLocaleString('en')} ms`;
}

/** @param {Figure} figure */
function formatFigure(figure) {
  const line = `   ${figure.label.padEnd(46)} ${formatValue(figure.value, figure.unit).padStart(22)}`;
  if (figure.target === undefined) return line;
  const verdict = figure.value <= figure.target ? 'PASS' : 'OVER';
  return `${line}   target ${formatTarget(figure.target, figure.unit).padEnd(10)} ${verdict}`;
}

function printHeader(browserVersion) {
  const cpus = os.cpus();
  console.log(`SIP-mötet bench — production build in ${OUT_DIR}/`);
  console.log(`Machine:  ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${os.platform()} ${os.release()}, Node ${process.version}`);
  console.log(`Chromium: ${browserVersion}`);
}

function progress(message) {
  process.stderr.write(`· ${message}\n`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  progress(`building the production app and the seeding page into ${OUT_DIR}/`);
  await buildForBench();
  const outDir = path.join(ROOT, OUT_DIR);
  const server = await startPreview(OUT_DIR);
  let browser;
  let broken = false;
  try {
    browser = await launchChromium();
    printHeader(browser.version());
    // `npm run bench -- repaint` runs only the measurements whose title contains "repaint".
    const only = process.argv[2]?.toLowerCase();
    for (const [index, measurement] of measurements.entries()) {
      if (only && !measurement.title.toLowerCase().includes(only)) continue;
      progress(`measuring: ${measurement.title}`);
      console.log(`\n${index + 1}. ${measurement.title}`);
      try {
        const result = await measurement.run({ outDir, origin: server.origin, browser });
        for (const figure of result.figures) console.log(formatFigure(figure));
        for (const note of result.notes ?? []) console.log(`   ${note}`);
      } catch (error) {
        broken = true;
        console.log(`   BENCH ERROR: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await browser?.close();
    server.stop();
  }
  if (broken) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
