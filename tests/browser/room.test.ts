// "Visa för rummet": the room view at /rum in a second page of the same browser context follows the
// chair's meeting screen (phase changes, the countdown), shows every phase's name, a countdown
// readable across the room (its digits at least 15 % of the view's height at 1024×768), never
// anything the room must not see, "Vad är viktigt för dig?" and what has been agreed only when the
// chair turns them on, and goes blank when the chair's app locks. The same view in full screen in
// the chair's own window; the room page offline. axe on the room view. Each test stands alone: it
// opens its own room view and walks its own meeting to where its step begins.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { newParticipant, newPlan } from '../../src/domain/plan';
import { expectNoAxeViolations, failOnPageErrors, pauseAtMinute, unlockApp, waitForServiceWorker } from './harness';
import { seedPlans } from './seed';
import { useAppSession } from './session';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const START = new Date('2026-11-23T09:30:00+01:00');
const SECRET = 'Pappas skulder hos kronofogden';
const WHAT_MATTERS = 'Att få träffa mina kompisar';
const PERSONNUMMER = '20121212-1212';
const PHASES = ['Inledning', 'Aktuell situation', 'Behov', 'Sammanfattning', 'Avslutning'];

const PLAN_ID = 'plan-room';

const app = useAppSession();
/** A test that walks its meeting on to a later phase first takes a while. */
const SLOW = { timeout: 120_000 };
/** The chair's page and the room view beside it, in this test's context. */
let page: Page;
let room: Page;

beforeEach(async () => {
  mkdirSync(SHOTS, { recursive: true });
  page = app.page;
  // The clock is the context's: both pages read the same fake time.
  await page.clock.install({ time: new Date('2026-11-23T09:27:00+01:00') });
  page.on('dialog', (dialog) => void dialog.accept());
  room = await app.newPage();
});

const heading = (p: Page, name: string) => p.getByRole('heading', { level: 1, name, exact: true });
const roomText = async () => (await room.locator('body').textContent()) ?? '';
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
    [1920, 1080],
    [1024, 1366],
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

/** The plan the chair prepared: a secret, what matters, the personnummer of a 13-year-old, and the chair. */
function preparedPlan() {
  const plan = newPlan(PLAN_ID, new Date('2026-11-16T10:00:00+01:00'));
  plan.person.name = 'Lisa Andersson';
  plan.person.idNumber = PERSONNUMMER;
  plan.preparation.whatMatters = WHAT_MATTERS;
  plan.preparation.purpose = 'Samordna stödet kring skola och hälsa.';
  plan.preparation.practical.notToDiscuss = SECRET;
  plan.participants = [{ ...newParticipant('p-anna'), name: 'Anna Berg', organisation: 'Socialtjänsten', isChair: true }];
  return plan;
}

/**
 * The room view is opened first, waiting; then the chair's prepared plan is stored, its SIP meeting
 * started, attendance taken and the circle opened at START, the clock stopped there.
 */
async function startMeeting(): Promise<void> {
  await room.goto(app.url('/rum'));
  await heading(room, 'Mötet visas här').waitFor();
  await app.openSeeded((p) => seedPlans(p, [preparedPlan()]), `/plan/${PLAN_ID}/moten`);
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await page
    .getByRole('group', { name: /^Lisa Andersson/ })
    .getByRole('radio', { name: 'Närvarande' })
    .check();
  await page.clock.pauseAt(START);
  await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
  await heading(page, 'Inledning').waitFor();
}

/** Two minutes in, on to Aktuell situation. */
async function toCurrentSituation(): Promise<void> {
  await at(2);
  await page.getByRole('button', { name: 'Nästa fas →' }).click();
  await heading(page, 'Aktuell situation').waitFor();
}

/**
 * Ten minutes in, on to Behov: a goal and an intervention; unless told otherwise, the room is to show
 * what is agreed (turned on under "Visa för rummet").
 */
async function agreeInNeeds(agreedInRoom = true): Promise<void> {
  await at(10);
  await page.getByRole('button', { name: 'Nästa fas →' }).click();
  await expect.poll(() => heading(page, 'Behov').count()).toBe(1);
  await page.getByRole('button', { name: /Lägg till långsiktigt mål/ }).click();
  await page.getByRole('textbox', { name: 'Långsiktigt mål' }).fill('Lisa Andersson går i skolan varje dag');
  await page
    .getByRole('button', { name: /Lägg till insats för målet/ })
    .first()
    .click();
  const intervention = page.getByRole('group', { name: /^Insats 1/ });
  await intervention.getByRole('textbox', { name: 'Vad' }).fill('Samtalsstöd');
  await intervention.getByRole('radio', { name: 'Anna Berg – Socialtjänsten' }).check();
  await intervention.getByRole('textbox', { name: 'När' }).fill('tisdagar kl. 10');
  if (agreedInRoom) {
    await roomControls();
    await page.getByRole('checkbox', { name: 'Visa det ni är överens om (i sammanfattningen)' }).check();
  } else {
    // The chair leaves the text field (the full timer bar is back) before moving on.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  await page.clock.runFor(1000);
}

/** Forty minutes in, on to Sammanfattning. */
async function toSummary(): Promise<void> {
  await at(40);
  await page.getByRole('button', { name: 'Nästa fas →' }).click();
  await expect.poll(() => heading(page, 'Sammanfattning').count()).toBe(1);
}

/**
 * The meeting under way in Sammanfattning, the clock running again. The room shows what has been
 * agreed, or (as after the app has been locked and unlocked, which turns that off) the circle.
 */
async function meetingInSummary({ agreedInRoom }: { agreedInRoom: boolean }): Promise<void> {
  await startMeeting();
  await toCurrentSituation();
  await agreeInNeeds(agreedInRoom);
  await toSummary();
  await withinASecond(async () => (await roomText()).includes('Det här har vi kommit överens om'), agreedInRoom);
  await page.clock.resume();
}

describe('the room view', () => {
  it('opens at /rum without the lock, waiting for the chair', async () => {
    await room.goto(app.url('/rum'));
    await expect.poll(() => heading(room, 'Mötet visas här').count()).toBe(1);
    expect(await room.getByRole('textbox').count()).toBe(0);
    expect(await room.getByText('Välj lösenkod').count()).toBe(0);
    // It opens no storage: nothing else in this context has opened the app, and no database exists.
    expect(await room.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    await page.clock.resume();
    await expectNoAxeViolations(room, 'room view, waiting');
  });

  it('follows the chair’s meeting: every phase name, the countdown at room size, nothing private', async () => {
    await startMeeting();
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

    // Over by more than an hour the figures are longer: they still fit the screen, upright too.
    await at(75);
    await withinASecond(async () => ((await countdown(room).textContent()) ?? '').trim(), '−1:09:00');
    for (const [width, height] of [
      [1024, 768],
      [768, 1024],
      [390, 844],
    ] as const) {
      await room.setViewportSize({ width, height });
      const figures = (await countdown(room).boundingBox())!;
      expect(figures.x + figures.width, `${width}×${height}`).toBeLessThanOrEqual(width);
      expect(figures.height, `${width}×${height}`).toBeGreaterThanOrEqual(0.07 * height);
      await room.screenshot({ path: `${SHOTS}/room-00-long-over-${width}x${height}.png` });
    }
    await room.setViewportSize({ width: 1024, height: 768 });
  });

  it('follows a phase change within a second and marks the phases done', SLOW, async () => {
    await startMeeting();
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
    // On a TV the room is the whole screen, not the app's reading column, and the phase's name is
    // one line, never broken inside a word.
    await room.setViewportSize({ width: 1920, height: 1080 });
    expect((await room.locator('.room').boundingBox())!.width).toBe(1920);
    const phase = room.locator('#room-phase');
    const lineHeight = await phase.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect((await phase.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
    await room.setViewportSize({ width: 1024, height: 768 });
  });

  it('shows "Vad är viktigt för dig?" only when the chair turns it on', SLOW, async () => {
    await startMeeting();
    await toCurrentSituation();
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

  it('shows what has been agreed in Sammanfattning, goal by goal with who does what', SLOW, async () => {
    await startMeeting();
    await toCurrentSituation();
    await agreeInNeeds();
    // Not before the summary.
    expect(await roomText()).not.toContain('Det här har vi kommit överens om');
    await toSummary();
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

  it('goes blank when the chair’s app locks, and follows again after unlocking', SLOW, async () => {
    await meetingInSummary({ agreedInRoom: true });
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

  it('opens in a new window that follows the meeting', SLOW, async () => {
    await meetingInSummary({ agreedInRoom: false });
    await roomControls();
    const [popup] = await Promise.all([app.context.waitForEvent('page'), page.getByRole('button', { name: 'Öppna i nytt fönster' }).click()]);
    const popupErrors = failOnPageErrors(popup);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toBe('/rum');
    await expect.poll(async () => ((await popup.locator('#room-phase').textContent()) ?? '').trim()).toBe('Sammanfattning');
    await expectNothingPrivate(popup);
    await popup.close();
    expect(popupErrors).toEqual([]);
  });

  it('shows the same view here in full screen, with a way back, and it goes with the lock', SLOW, async () => {
    await meetingInSummary({ agreedInRoom: false });
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
    // Esc closed the view only; the meeting screen is as it was, focus on the button that opened it.
    expect(await heading(page, 'Sammanfattning').count()).toBe(1);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await expect.poll(focused).toBe('Visa här i helskärm');

    await page.getByRole('button', { name: 'Visa här i helskärm' }).click();
    await expect.poll(() => overlay.count()).toBe(1);
    await page.getByRole('button', { name: 'Tillbaka till mötet' }).click();
    await expect.poll(() => overlay.count()).toBe(0);
    await expect.poll(focused).toBe('Visa här i helskärm');

    await page.getByRole('button', { name: 'Visa här i helskärm' }).click();
    await expect.poll(() => overlay.count()).toBe(1);
    // The lock button is under the full-screen view; locking (here by a script's click) removes it.
    await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Lås')?.click());
    await expect.poll(() => page.getByRole('heading', { name: 'Låst' }).count()).toBeGreaterThan(0);
    expect(await overlay.count()).toBe(0);
    expect(await countdown(page).count()).toBe(0);
    await withinASecond(async () => heading(room, 'Låst').count(), 1);
  });

  it('works offline and makes no request to another origin', SLOW, async () => {
    await meetingInSummary({ agreedInRoom: false });
    await waitForServiceWorker(page);
    await app.context.setOffline(true);
    const offline = await app.newPage();
    await offline.goto(app.url('/rum'));
    await expect
      .poll(async () =>
        (
          (await offline
            .locator('#room-phase')
            .textContent()
            .catch(() => '')) ?? ''
        ).trim(),
      )
      .toBe('Sammanfattning');
    await offline.close();
    await app.context.setOffline(false);
    // Also checked after every test; the room's errors are among the page errors.
    expect(app.foreign).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
