// The first screen asks only for itself: every script the page requests before its heading is
// visible (its first contentful paint) weighs at most 45 KB gzip, on a new device (passcode set-up)
// and on a returning one (lock screen); Dexie and the app behind the lock are not among them, and
// they are there by the time the chair has typed the passcode.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSCODE, unlockApp } from './harness';
import { useAppSession } from './session';

const BUDGET_GZIP = 45_000;
const dist = resolve(import.meta.dirname, '../..', process.env.SIP_DIST || 'dist');
const app = useAppSession();

/** The built scripts found by what they are: Dexie by its own error names, the app by its chunk names. */
function chunksOf(kind: 'dexie' | 'app'): string[] {
  const scripts = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));
  const found =
    kind === 'dexie'
      ? scripts.filter((file) => readFileSync(join(dist, 'assets', file), 'utf8').includes('DatabaseClosedError'))
      : scripts.filter((file) => /^(App|createApp|shellStorage)-/.test(file));
  return found.map((file) => `/assets/${file}`);
}

const gzipSize = (path: string) => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;

/** Waits for the heading, then returns the scripts requested before the first contentful paint and all requested so far. */
async function scriptsBeforeHeading(page: Page, heading: string): Promise<{ before: string[]; all: string[] }> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  const timing = await page.evaluate(async () => {
    const paint = await new Promise<PerformanceEntry>((done) => {
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (!entry) return;
        observer.disconnect();
        done(entry);
      }).observe({ type: 'paint', buffered: true });
    });
    const scripts = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith('.js'));
    return { paint: paint.startTime, scripts: scripts.map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })) };
  });
  return { before: timing.scripts.filter((s) => s.start < timing.paint).map((s) => s.path), all: timing.scripts.map((s) => s.path) };
}

function expectOnlyTheFirstScreen(before: string[]): void {
  expect(
    before.some((path) => /^\/assets\/index-.*\.js$/.test(path)),
    `the entry among ${before.join(', ')}`,
  ).toBe(true);
  const total = before.reduce((sum, path) => sum + gzipSize(path), 0);
  expect(total, `gzip of ${before.join(', ')}`).toBeLessThanOrEqual(BUDGET_GZIP);
  const dexie = chunksOf('dexie');
  const behindTheLock = chunksOf('app');
  expect(dexie.length).toBeGreaterThan(0);
  expect(behindTheLock.length).toBe(3);
  for (const chunk of [...dexie, ...behindTheLock]) expect(before, `${chunk} is not asked for before the heading`).not.toContain(chunk);
}

describe('the first screen asks only for itself', () => {
  it('on a new device: the passcode set-up, within 45 KB gzip, and the app loads after it', async () => {
    const page = app.page;
    await page.goto(app.url('/'));
    const { before } = await scriptsBeforeHeading(page, 'Välj lösenkod');
    expectOnlyTheFirstScreen(before);
    expect(before.some((path) => path.includes('/PasscodeSetup-'))).toBe(true);
    // While the chair reads and types, the rest arrives; choosing the passcode opens the app.
    await expect
      .poll(async () => (await scriptsBeforeHeading(page, 'Välj lösenkod')).all)
      .toEqual(expect.arrayContaining([...chunksOf('dexie'), ...chunksOf('app')]));
    await unlockApp(page);
  });

  it('on a returning device: the lock screen, within 45 KB gzip; unlocking opens the app', async () => {
    const page = app.page;
    await page.goto(app.url('/'));
    await unlockApp(page);
    // A new tab, so that nothing is reused from the first page's memory.
    await page.close();
    const again = await app.newPage();
    await again.goto(app.url('/'));
    const { before } = await scriptsBeforeHeading(again, 'Appen är låst');
    expectOnlyTheFirstScreen(before);
    expect(before.some((path) => path.includes('/PasscodeSetup-'))).toBe(false);
    await expect
      .poll(async () => (await scriptsBeforeHeading(again, 'Appen är låst')).all)
      .toEqual(expect.arrayContaining([...chunksOf('dexie'), ...chunksOf('app')]));
    await unlockApp(again, TEST_PASSCODE);
  });

  it('unlocks at once when the passcode comes before the storage has loaded', async () => {
    const page = app.page;
    await page.goto(app.url('/'));
    await unlockApp(page);
    await page.reload();
    // No wait for the idle loading: the unlock itself waits for what it needs.
    await unlockApp(page);
    await page.getByRole('button', { name: 'Ny plan' }).waitFor();
  });
});
