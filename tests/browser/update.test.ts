// A new version of the app is announced in Swedish and waits for the chair: it never reloads the
// page by itself, and "Uppdatera nu" activates it.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, openApp, reloadApp, unlockApp, waitForServiceWorker, waitUntilSaved } from './harness';
import { startPreview, type PreviewServer } from './server';

// A copy of the build of our own, so that the test can publish a "new version" of it.
const buildCopy = mkdtempSync(join(tmpdir(), 'sip-build-'));
let server: PreviewServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cpSync(resolve(import.meta.dirname, '../..', process.env.SIP_DIST || 'dist'), buildCopy, { recursive: true });
  server = await startPreview(buildCopy);
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(buildCopy, { recursive: true, force: true });
});

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
    await openApp(page, server.url);
    await waitForServiceWorker(page);
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
