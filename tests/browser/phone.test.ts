// A whole meeting on a 390×844 phone (issue 13, point 3): from today's meeting on the overview,
// through the attendance and every phase of the circle with a goal, an intervention added in three
// taps and an own action, to the held meeting. On every screen: nothing scrolls sideways, no timer
// is clipped, the timer bar leaves three quarters of the screen to the work, and axe finds nothing.
// Screenshots of every step go to test-results/screenshots/phone-*.png.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runningMeeting } from '../fixtures/runningMeeting';
import { expectNoAxeViolations, reloadApp } from './harness';
import { seedPlans } from './seed';
import { useAppSession } from './session';

const app = useAppSession({ timeoutMs: 20_000, context: { viewport: { width: 390, height: 844 } } });
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const NOW = new Date('2026-12-07T09:55:00+01:00');

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const heading = (name: string) => app.page.getByRole('heading', { level: 1, name });
const bar = () => app.page.getByRole('region', { name: 'Tider' });

/** Nothing sideways, no clipped timer, then axe and a screenshot of the whole screen. */
async function checkScreen(name: string): Promise<void> {
  const page = app.page;
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const timers = [...document.querySelectorAll<HTMLElement>('[data-timer]')]
      .filter((el) => el.scrollWidth > el.clientWidth)
      .map((el) => `${el.dataset.timer}: ${el.textContent} (${el.scrollWidth} > ${el.clientWidth})`);
    return { page: root.scrollWidth - root.clientWidth, timers };
  });
  expect(overflow, name).toEqual({ page: 0, timers: [] });
  await page.clock.resume();
  await expectNoAxeViolations(page, `${name} at 390×844`);
  await page.screenshot({ path: `${SHOTS}/phone-${name}.png`, fullPage: true });
}

/** In the circle the timer bar leaves at least three quarters of the phone's height to the work. */
async function checkBar(): Promise<void> {
  const box = await bar().boundingBox();
  expect(box!.height).toBeLessThanOrEqual(844 / 4);
}

async function nextPhase(title: string): Promise<void> {
  await bar().getByRole('button', { name: 'Nästa fas →' }).click();
  await heading(title).waitFor();
}

describe('a whole meeting on a 390×844 phone', () => {
  it('runs from the overview to the held meeting without sideways scrolling', async () => {
    await app.page.clock.install({ time: NOW });
    app.page.on('dialog', (dialog) => void dialog.accept());
    const page = await app.open('/');
    const { plan } = runningMeeting({ planId: 'plan-phone', meetingId: 'unused', phase: 0, startedAt: NOW.getTime() });
    plan.booking = { ...plan.booking, date: '2026-12-07', startTime: '10:00', durationMinutes: 60, place: 'Familjecentralen' };
    await seedPlans(page, [plan]);
    await reloadApp(page);
    await heading('Planer').waitFor();
    await checkScreen('01-overview');

    await page.getByRole('button', { name: 'Starta mötet för Sam Lindqvist' }).click();
    await heading('Närvaro').waitFor();
    for (const name of ['Sam Lindqvist', 'Lisa Andersson', 'Nguyễn Thị Hằng', 'Ayşe Çelik', 'Jonas Berg']) {
      await page
        .getByRole('group', { name: new RegExp(`^${name}`) })
        .getByRole('radio', { name: 'Närvarande' })
        .check();
    }
    await checkScreen('02-attendance');
    await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();

    await heading('Inledning').waitFor();
    await checkBar();
    await checkScreen('03-inledning');
    await nextPhase('Aktuell situation');
    await page.getByRole('button', { name: 'Nästa talare' }).click();
    await page.keyboard.type('Går till skolan två dagar i veckan.');
    await checkBar();
    await checkScreen('04-aktuell-situation');

    await nextPhase('Behov');
    await page.getByRole('button', { name: '+ Lägg till långsiktigt mål' }).click();
    await page.keyboard.type('Sam går i skolan varje dag.');
    await page.getByRole('button', { name: /Lägg till insats för målet/ }).click();
    await page.keyboard.type('Anpassad studiegång');
    await page.getByRole('radio', { name: 'Ayşe Çelik – Skolan' }).check();
    await page.getByRole('button', { name: /^Klar/ }).click();
    await page.getByRole('button', { name: '+ Lägg till eget åtagande' }).click();
    await page.keyboard.type('Sam packar väskan kvällen före.');
    await checkBar();
    await checkScreen('05-behov');

    await nextPhase('Sammanfattning');
    await page.getByRole('combobox', { name: /Huvudansvarig/ }).selectOption({ label: 'Lisa Andersson – Socialtjänsten' });
    await checkScreen('06-sammanfattning');
    await nextPhase('Avslutning');
    await checkScreen('07-avslutning');
    await page.clock.runFor(1000);
    await page.getByRole('button', { name: 'Avsluta mötet' }).last().click();
    await heading('Mötet är hållet').waitFor();
    await checkScreen('08-held');
  });
});
