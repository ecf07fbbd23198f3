// Shared set-up for browser tests: Debian's Chromium driven by playwright-core, a record of every
// request that leaves the app's origin, and an axe-core check with the WCAG 2.1 AA rules.
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppSession } from './session';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Without these, Chromium phones home at start (updates, sync, safe browsing).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
];

export const CONTEXT_OPTIONS = { locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1024, height: 768 } };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A browser profile on disk, so that IndexedDB outlives a killed browser. Playwright turns the
 * back/forward cache off; `backForwardCache` keeps it on, as a chair's browser has it.
 */
export async function launchPersistent(userDataDir: string, options: { backForwardCache?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    ...CONTEXT_OPTIONS,
  });
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext(CONTEXT_OPTIONS);
}

/** Records every request the context makes to an origin other than the app's. */
export function watchForeignRequests(context: BrowserContext, baseURL: string): string[] {
  const own = new URL(baseURL).origin;
  const foreign: string[] = [];
  const check = (url: string) => {
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('chrome-extension:')) return;
    if (new URL(url).origin !== own) foreign.push(url);
  };
  context.on('request', (request) => check(request.url()));
  context.on('requestfailed', (request) => check(request.url()));
  return foreign;
}

/** Records every uncaught error in the page and every Content-Security-Policy violation. */
export function failOnPageErrors(page: Page, errors: string[] = []): string[] {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/u.test(message.text())) errors.push(message.text());
  });
  return errors;
}

/** The passcode every browser test chooses on its fresh device. */
export const TEST_PASSCODE = '482915';

/** Gets past the lock as a chair would: chooses the passcode on a fresh device, or unlocks. */
export async function unlockApp(page: Page, passcode = TEST_PASSCODE): Promise<void> {
  const setup = page.getByRole('heading', { name: 'Välj lösenkod', level: 1 });
  const locked = page.getByRole('heading', { name: 'Appen är låst', level: 1 });
  await setup.or(locked).waitFor();
  await page.getByLabel('Lösenkod', { exact: true }).fill(passcode);
  if (await setup.isVisible()) {
    await page.getByLabel('Skriv lösenkoden igen').fill(passcode);
    await page.getByRole('button', { name: 'Spara lösenkoden och börja' }).click();
  } else {
    await page.getByRole('button', { name: 'Lås upp' }).click();
  }
  await page.getByRole('button', { name: 'Lås', exact: true }).waitFor();
}

/** Opens the app at a URL and unlocks it. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await unlockApp(page);
}

/** Reloads the page and unlocks it again (a reload always locks). */
export async function reloadApp(page: Page, passcode = TEST_PASSCODE): Promise<void> {
  await page.reload();
  await unlockApp(page, passcode);
}

/** Waits until the service worker has installed and controls the page (unlocked again if it had to reload). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await reloadApp(page);
  }
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** Runs axe-core with the WCAG 2.0/2.1 A and AA rules and fails with a readable list. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/**
 * Waits until the header's save indicator says "Sparat" and every edit is written: the words stay
 * "Sparat" while quick writes are under way, so the autosave queue's own state, 'saved' only when
 * it has written everything, is what tells.
 */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect
    .poll(async () => ({
      written: await saveState(page),
      said: await page
        .getByRole('status')
        .filter({ hasText: /^Sparat$/ })
        .count(),
    }))
    .toEqual({ written: 'saved', said: 1 });
}

/** The autosave queue's state ('saved', 'pending', 'saving' or 'error'): the window's sipSaveState (src/ui/autosave.ts). */
export function saveState(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { sipSaveState: string }).sipSaveState);
}

/** Adds professionals under "Deltagare" (the plan's Deltagare part must be open) and makes the first the chair. */
export async function addParticipants(page: Page, people: [name: string, organisation: string][]): Promise<void> {
  for (const [i, [name, organisation]] of people.entries()) {
    await page.getByRole('button', { name: /Lägg till deltagare/ }).click();
    const g = page.getByRole('group', { name: new RegExp(`^Deltagare ${i + 1}`) });
    await g.getByRole('textbox', { name: 'Namn (obligatoriskt)' }).fill(name);
    await g.getByRole('textbox', { name: 'Verksamhet' }).fill(organisation);
  }
  await page
    .getByRole('group', { name: /^Deltagare 1/ })
    .getByRole('checkbox', { name: 'Mötesledare' })
    .check();
}

/** Stops Playwright's clock at `start` + minutes:seconds (a meeting's timers read at an exact moment). */
export async function pauseAtMinute(page: Page, start: Date, minutes: number, seconds = 0): Promise<void> {
  await page.clock.pauseAt(new Date(start.getTime() + (minutes * 60 + seconds) * 1000));
}

/**
 * Opens a seeded meeting under Playwright's clock, two minutes before `start`, and starts its circle
 * at `start`: for the tests that read the timers at exact minutes (the clock stays paused there).
 */
export async function startCircleAt(app: Pick<AppSession, 'page' | 'openSeeded'>, seed: (page: Page) => Promise<unknown>, path: string, start: Date): Promise<Page> {
  await app.page.clock.install({ time: new Date(start.getTime() - 2 * 60_000) });
  app.page.on('dialog', (dialog) => void dialog.accept());
  const page = await app.openSeeded(seed, path);
  await pauseAtMinute(page, start, 0);
  await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Inledning' }).count()).toBe(1);
  return page;
}

/**
 * axe-core on a screen, then a screenshot. axe waits on setTimeout, which a paused fake clock never
 * fires, so the clock runs meanwhile; the next step stops it again at an exact moment.
 */
export async function axeWhileRunning(page: Page, screen: string, screenshotPath: string): Promise<void> {
  await page.clock.resume();
  await expectNoAxeViolations(page, screen);
  await page.screenshot({ path: screenshotPath });
}
