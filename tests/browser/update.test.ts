// A new version of the app is announced in Swedish and waits for the chair: it never reloads the
// page by itself, and "Uppdatera nu" activates it.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTEXT_OPTIONS,
  expectNoAxeViolations,
  failOnPageErrors,
  openApp,
  reloadApp,
  unlockApp,
  waitForServiceWorker,
  waitUntilSaved,
  watchForeignRequests,
} from './harness';
import { startPreview, type PreviewServer } from './server';
import { useAppSession } from './session';

const app = useAppSession();

// A copy of the build of our own, so that the test can publish a "new version" of it.
const buildCopy = mkdtempSync(join(tmpdir(), 'sip-build-'));
let server: PreviewServer;

beforeAll(async () => {
  cpSync(resolve(import.meta.dirname, '../..', process.env.SIP_DIST || 'dist'), buildCopy, { recursive: true });
  server = await startPreview(buildCopy);
});

afterAll(async () => {
  await server?.stop();
  rmSync(buildCopy, { recursive: true, force: true });
});

/**
 * This test's page on the copy: a fresh context of the session's browser (its own service worker
 * and database), watched like the session's own, for the copy is served from another origin.
 */
let page: Page;
let copy: { context: BrowserContext; foreign: string[]; pageErrors: string[] } | undefined;

async function openCopy(): Promise<Page> {
  const context = await app.browser.newContext(CONTEXT_OPTIONS);
  const foreign = watchForeignRequests(context, server.url);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  copy = { context, foreign, pageErrors: failOnPageErrors(page) };
  await openApp(page, server.url);
  await waitForServiceWorker(page);
  return page;
}

afterEach(async () => {
  const done = copy;
  copy = undefined;
  if (!done) return;
  await done.context.close();
  expect(done.foreign, 'requests to another origin').toEqual([]);
  expect(done.pageErrors, 'uncaught errors in the page').toEqual([]);
});

/** A plan is written; a new version is published, announced while the page is open, and put off with "Senare". */
async function newVersionWaiting(): Promise<void> {
  await openCopy();
  await page.getByRole('button', { name: 'Ny plan' }).click();
  await page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true }).fill('Uppdaterings Test');
  await waitUntilSaved(page);
  await publishNewVersionAndCheck();
  await prompt().waitFor({ timeout: 15_000 });
  await prompt().getByRole('button', { name: 'Senare' }).click();
  await prompt().waitFor({ state: 'detached' });
}

let release = 1;
/** Publishes a new version: any byte change to sw.js makes the browser install it. */
async function publishNewVersionAndCheck(): Promise<void> {
  release += 1;
  appendFileSync(join(buildCopy, 'sw.js'), `\n// release ${release}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
}

const prompt = () => page.getByRole('region', { name: 'En ny version av appen finns.' });

describe('updating the app', () => {
  it('announces a new version and waits: no reload, nothing lost; "Senare" dismisses it', async () => {
    await openCopy();
    await page.getByRole('button', { name: 'Ny plan' }).click();
    await page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true }).fill('Uppdaterings Test');
    await waitUntilSaved(page);
    // A marker that a reload would wipe out.
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));

    await publishNewVersionAndCheck();
    await expect.poll(() => prompt().count(), { timeout: 15_000 }).toBe(1);
    expect(await prompt().textContent()).toContain('Det du har skrivit är sparat.');
    await expectNoAxeViolations(page, 'update prompt');

    // Long after the new version is waiting, the page is still the same one.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);

    await prompt().getByRole('button', { name: 'Senare' }).click();
    await expect.poll(() => prompt().count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
  });

  it('"Uppdatera nu" activates the new version and reopens the same screen', async () => {
    await newVersionWaiting();
    await reloadApp(page);
    // The waiting version is announced again after a reload, and still not activated by it.
    await expect.poll(() => prompt().count(), { timeout: 15_000 }).toBe(1);
    const before = await page.evaluate(() => (window as unknown as { marker?: string }).marker);
    expect(before).toBeUndefined();
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'before update'));

    await prompt().getByRole('button', { name: 'Uppdatera nu' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { marker?: string }).marker ?? 'reloaded')).toBe('reloaded');
    await unlockApp(page);
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
    await expect.poll(() => page.getByRole('heading', { name: 'Personen som planen gäller' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true }).inputValue()).toBe('Uppdaterings Test');
    expect(await prompt().count()).toBe(0);
  });
});
