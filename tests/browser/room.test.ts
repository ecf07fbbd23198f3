// "Visa för rummet": the room view at /rum in a second page of the same browser context follows the
// chair's meeting screen (phase changes, the countdown), shows every phase's name, a countdown
// readable across the room (its digits at least 15 % of the view's height at 1024×768), never
// anything the room must not see, "Vad är viktigt för dig?" and what has been agreed only when the
// chair turns them on, and goes blank when the chair's app locks. The same view in full screen in
// the chair's own window; the room page offline. axe on the room view.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, failOnPageErrors, openApp, openWatchedPage, pauseAtMinute, unlockApp, waitForServiceWorker } from './harness';

const baseURL = inject('baseURL');
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const START = new Date('2026-11-23T09:30:00+01:00');
const SECRET = 'Pappas skulder hos kronofogden';
const WHAT_MATTERS = 'Att få träffa mina kompisar';
const PERSONNUMMER = '20121212-1212';
const PHASES = ['Inledning', 'Aktuell situation', 'Behov', 'Sammanfattning', 'Avslutning'];

let browser: Browser;
let context: BrowserContext;
let page: Page;
let room: Page;
let foreign: string[];
let pageErrors: string[];
let roomErrors: string[];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ browser, page, foreign, pageErrors } = await openWatchedPage(baseURL));
  context = page.context();
  // The clock is the context's: both pages read the same fake time.
  await page.clock.install({ time: new Date('2026-11-23T09:27:00+01:00') });
  page.on('dialog', (dialog) => void dialog.accept());
  room = await context.newPage();
  room.setDefaultTimeout(10_000);
  roomErrors = failOnPageErrors(room);
});

afterAll(async () => {
  await browser?.close();
});

const heading = (p: Page, name: string) => p.getByRole('heading', { level: 1, name, exact: true });
const roomText = async () => (await room.locator('body').textContent()) ?? '';
const roomHtml = () => room.content();
const countdown = (p: Page) => p.locator('[data-room-countdown]');

const at = (minutes: number, seconds = 0) => pauseAtMinute(page, START, minutes, seconds);

/** The room must never hold what must not be discussed, the person's surname or personnummer. */
async function expectNothingPrivate(p: Page): Promise<void> {
  const html = await p.content();
  for (const absent of [SECRET, 'Andersson', PERSONNUMMER, '121212-1212']) expect(html, absent).not.toContain(absent);
}

/** Screenshots of a page at 1024×768 and 768×1024, into test-results/screenshots/. */
async function shoot(p: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1024, 768],
    [768, 1024],
  ] as const) {
    await p.setViewportSize({ width, height });
    await p.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png` });
  }
  await p.setViewportSize({ width: 1024, height: 768 });
}

/** Within a second: a poll that gives up after one second of real time. */
async function withinASecond(check: () => Promise<unknown>, expected: unknown): Promise<void> {
  await expect.poll(check, { timeout: 1000, interval: 50 }).toEqual(expected);
}

/** Opens "Visa för rummet" in the chair's meeting screen, if it is not open. */
async function roomControls(): Promise<void> {
  const details = page.locator('details.room-controls');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText('Visa för rummet', { exact: true }).click();
}

async function roomPhase(): Promise<string> {
  return ((await room.locator('#room-phase').textContent()) ?? '').trim();
}

describe('the room view', () => {
  it('opens at /rum without the lock, waiting for the chair', async () => {
    await room.goto(`${baseURL}/rum`);
    await expect.poll(() => heading(room, 'Mötet visas här').count()).toBe(1);
    expect(await room.getByRole('textbox').count()).toBe(0);
    expect(await room.getByText('Välj lösenkod').count()).toBe(0);
    // It opens no storage: the first page of this context, and no database exists.
    expect(await room.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    await page.clock.resume();
    await expectNoAxeViolations(room, 'room view, waiting');
  });

  it('follows the chair’s meeting: every phase name, the countdown at room size, nothing private', async () => {
    await openApp(page, baseURL);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    await page.getByRole('button', { name: 'Ny plan' }).click();
    await page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true }).fill('Lisa Andersson');
    await page.getByRole('textbox', { name: 'Personnummer eller samordningsnummer' }).fill(PERSONNUMMER);
    await page.getByRole('link', { name: /Vad är viktigt/ }).first().click();
    await page.getByRole('textbox', { name: 'Vad är viktigt för dig?' }).fill(WHAT_MATTERS);
    await page.getByRole('textbox', { name: 'Syfte med mötet' }).fill('Samordna stödet kring skola och hälsa.');
    await page.getByRole('textbox', { name: 'Detta ska inte tas upp på mötet' }).fill(SECRET);
    await page.getByRole('link', { name: /Deltagare/ }).first().click();
    await page.getByRole('button', { name: /Lägg till deltagare/ }).click();
    const anna = page.getByRole('group', { name: /^Deltagare 1/ });
    await anna.getByRole('textbox', { name: 'Namn (obligatoriskt)' }).fill('Anna Berg');
    await anna.getByRole('textbox', { name: 'Verksamhet' }).fill('Socialtjänsten');
    await anna.getByRole('checkbox', { name: 'Mötesledare' }).check();
    await page.getByRole('link', { name: /Möten/ }).first().click();
    await page.getByRole('button', { name: 'Starta mötet' }).click();
    await page.getByRole('group', { name: /^Lisa Andersson/ }).getByRole('radio', { name: 'Närvarande' }).check();
    await page.clock.pauseAt(START);
    await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
    await expect.poll(() => heading(page, 'Inledning').count()).toBe(1);

    // The room, opened before the circle, follows without a reload.
    await withinASecond(roomPhase, 'Inledning');
    // Every phase's name on its sector (a long word broken once with a hyphen), and in the circle's name.
    const names = await room.locator('.room-sector-name').allTextContents();
    expect(names.map((n) => n.replace(/-(?=\p{Ll})/gu, ''))).toEqual(PHASES);
    const circleName = (await room.getByRole('img').getAttribute('aria-label')) ?? '';
    for (const name of PHASES) expect(circleName).toContain(name);
    const text = await roomText();
    expect(text).toContain('Mötet med Lisa');
    // The person is 13: the young person's words.
    expect(text).toContain('Du presenterar dig först.');
    expect(((await countdown(room).textContent()) ?? '').trim()).toBe('6:00');
    const box = await countdown(room).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(0.15 * 768);
    await expectNothingPrivate(room);
    expect(await roomText()).not.toContain(WHAT_MATTERS);

    // The room counts on its own from the timestamps it was sent.
    await at(1);
    await withinASecond(async () => ((await countdown(room).textContent()) ?? '').trim(), '5:00');
  });

  it('follows a phase change within a second and marks the phases done', async () => {
    await at(2);
    await page.getByRole('button', { name: 'Nästa fas →' }).click();
    await withinASecond(roomPhase, 'Aktuell situation');
    expect(await room.locator('[data-phase="inledning"]').getAttribute('class')).toContain('room-sector--done');
    expect(await room.locator('[data-phase="aktuell-situation"]').getAttribute('class')).toContain('room-sector--current');
    expect(((await countdown(room).textContent()) ?? '').trim()).toBe('12:00');
    expect(await roomText()).toContain('Vad fungerar bra och inte så bra?');
    await page.getByRole('button', { name: '← Föregående fas' }).click();
    await withinASecond(roomPhase, 'Inledning');
    await page.getByRole('button', { name: 'Nästa fas →' }).click();
    await withinASecond(roomPhase, 'Aktuell situation');
    await page.clock.resume();
    await expectNoAxeViolations(room, 'room view, Aktuell situation');
    await shoot(room, 'room-01-aktuell-situation');
  });

  it('shows "Vad är viktigt för dig?" only when the chair turns it on', async () => {
    await at(4);
    expect(await roomText()).not.toContain(WHAT_MATTERS);
    await roomControls();
    await page.getByRole('checkbox', { name: 'Visa ”Vad är viktigt för dig?”' }).check();
    await withinASecond(async () => (await roomText()).includes(WHAT_MATTERS), true);
    await page.getByRole('checkbox', { name: 'Visa ”Vad är viktigt för dig?”' }).uncheck();
    await withinASecond(async () => (await roomText()).includes(WHAT_MATTERS), false);
    await expectNothingPrivate(room);
    await page.clock.resume();
    await expectNoAxeViolations(page, 'meeting screen with "Visa för rummet" open');
    await page.locator('details.room-controls').screenshot({ path: `${SHOTS}/room-00-controls.png` });
  });

  it('shows what has been agreed in Sammanfattning, goal by goal with who does what', async () => {
    await at(10);
    await page.getByRole('button', { name: 'Nästa fas →' }).click();
    await expect.poll(() => heading(page, 'Behov').count()).toBe(1);
    await page.getByRole('button', { name: /Lägg till långsiktigt mål/ }).click();
    await page.getByRole('textbox', { name: 'Långsiktigt mål' }).fill('Lisa Andersson går i skolan varje dag');
    await page.getByRole('button', { name: /Lägg till insats för målet/ }).first().click();
    const intervention = page.getByRole('group', { name: /^Insats 1/ });
    await intervention.getByRole('textbox', { name: 'Vad' }).fill('Samtalsstöd');
    await intervention.getByRole('radio', { name: 'Anna Berg – Socialtjänsten' }).check();
    await intervention.getByRole('textbox', { name: 'När' }).fill('tisdagar kl. 10');
    await page.getByRole('checkbox', { name: 'Visa det ni är överens om (i sammanfattningen)' }).check();
    await page.clock.runFor(1000);
    // Not before the summary.
    expect(await roomText()).not.toContain('Det här har vi kommit överens om');
    await at(40);
    await page.getByRole('button', { name: 'Nästa fas →' }).click();
    await expect.poll(() => heading(page, 'Sammanfattning').count()).toBe(1);
    await withinASecond(async () => (await roomText()).includes('Det här har vi kommit överens om'), true);
    const text = await roomText();
    expect(text).toContain('Lisa går i skolan varje dag');
    expect(text).toContain('Anna Berg, Socialtjänsten: Samtalsstöd (tisdagar kl. 10)');
    expect(text).toContain('Låter det rätt?');
    expect(await heading(room, 'Sammanfattning').count()).toBe(1);
    const box = await countdown(room).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(0.15 * 768);
    await expectNothingPrivate(room);
    await page.clock.resume();
    await expectNoAxeViolations(room, 'room view, Sammanfattning');
    await shoot(room, 'room-02-sammanfattning');
  });

  it('goes blank when the chair’s app locks, and follows again after unlocking', async () => {
    await page.getByRole('button', { name: 'Lås', exact: true }).click();
    await withinASecond(async () => heading(room, 'Låst').count(), 1);
    const text = await roomText();
    for (const name of PHASES) expect(text).not.toContain(name);
    expect(text).not.toContain('Lisa');
    await expectNoAxeViolations(room, 'room view, locked');
    await unlockApp(page);
    await expect.poll(() => heading(page, 'Sammanfattning').count()).toBe(1);
    await withinASecond(roomPhase, 'Sammanfattning');
  });

  it('opens in a new window that follows the meeting', async () => {
    await roomControls();
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Öppna i nytt fönster' }).click()]);
    const popupErrors = failOnPageErrors(popup);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toBe('/rum');
    await expect.poll(async () => ((await popup.locator('#room-phase').textContent()) ?? '').trim()).toBe('Sammanfattning');
    await expectNothingPrivate(popup);
    await popup.close();
    expect(popupErrors).toEqual([]);
  });

  it('shows the same view here in full screen, with a way back, and it goes with the lock', async () => {
    await roomControls();
    await page.getByRole('button', { name: 'Visa här i helskärm' }).click();
    const overlay = page.getByRole('dialog', { name: 'Mötet i rummet' });
    await expect.poll(() => overlay.count()).toBe(1);
    expect(await overlay.locator('#room-phase').textContent()).toBe('Sammanfattning');
    const text = (await overlay.textContent()) ?? '';
    for (const name of ['Inledning', 'Aktuell situation', 'Behov', 'Avslutning']) expect(text).toContain(name);
    for (const absent of [SECRET, 'Andersson', PERSONNUMMER]) expect(text).not.toContain(absent);
    const box = await countdown(page).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(0.15 * 768);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tillbaka till mötet');
    await page.screenshot({ path: `${SHOTS}/room-03-full-screen-1024x768.png` });
    await expectNoAxeViolations(page, 'room view in full screen');
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay.count()).toBe(0);
    // Esc closed the view only; the meeting screen is as it was.
    expect(await heading(page, 'Sammanfattning').count()).toBe(1);

    await page.getByRole('button', { name: 'Visa här i helskärm' }).click();
    await expect.poll(() => overlay.count()).toBe(1);
    await page.getByRole('button', { name: 'Tillbaka till mötet' }).click();
    await expect.poll(() => overlay.count()).toBe(0);

    await page.getByRole('button', { name: 'Visa här i helskärm' }).click();
    await expect.poll(() => overlay.count()).toBe(1);
    // The lock button is under the full-screen view; locking (here by a script's click) removes it.
    await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Lås')?.click());
    await expect.poll(() => page.getByRole('heading', { name: 'Låst' }).count()).toBeGreaterThan(0);
    expect(await overlay.count()).toBe(0);
    expect(await countdown(page).count()).toBe(0);
    await withinASecond(async () => heading(room, 'Låst').count(), 1);
  });

  it('works offline and makes no request to another origin', async () => {
    await unlockApp(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    const offline = await context.newPage();
    await offline.goto(`${baseURL}/rum`);
    await expect.poll(async () => ((await offline.locator('#room-phase').textContent().catch(() => '')) ?? '').trim()).toBe('Sammanfattning');
    await offline.close();
    await context.setOffline(false);
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(roomErrors).toEqual([]);
  });
});
