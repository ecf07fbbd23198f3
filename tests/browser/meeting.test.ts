// A whole meeting, from attendance to Avslutning, driven through the UI with Playwright's clock:
// the timers at chosen moments, the 2-minute warning and the overrun, pause, +1 minute with
// rebalancing, the speaker round, quick capture in Behov, a reload in the middle of Behov, the
// summary, closing and the KVÅ code. Then the 20/20/20 template. axe on every phase; screenshots
// at 768×1024 and 1024×768 go to test-results/screenshots/. Each test stands alone: it first walks
// a meeting of its own to where its step begins.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, pauseAtMinute, reloadApp } from './harness';
import { useAppSession } from './session';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const START = new Date('2026-11-23T09:30:00+01:00');

const app = useAppSession();
/** This test's page (the session's). */
let page: Page;

beforeEach(async () => {
  mkdirSync(SHOTS, { recursive: true });
  page = app.page;
  // A few minutes before the meeting: the preparation then ends within the idle lock's 5 minutes
  // (once the circle's timer runs, the idle lock waits for it).
  await page.clock.install({ time: new Date('2026-11-23T09:27:00+01:00') });
  page.on('dialog', (dialog) => void dialog.accept());
});

const timer = (name: string) => page.locator(`[data-timer="${name}"]`);
/** A timer's figures as a screen reader hears them: its name, which is what its figures show (figureReels.ts). */
const timerText = async (name: string) => (await timer(name).getAttribute('aria-label'))?.trim();
const heading = (name: string) => page.getByRole('heading', { level: 1, name });
const group = (name: string | RegExp) => page.getByRole('group', { name });

async function shoot(name: string): Promise<void> {
  for (const [width, height] of [
    [768, 1024],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png` });
  }
  await page.setViewportSize({ width: 1024, height: 768 });
}

/** Stops the clock at START + minutes:seconds; every timer on screen is then exactly predictable. */
const at = (minutes: number, seconds = 0) => pauseAtMinute(page, START, minutes, seconds);

/**
 * axe-core and screenshots on a screen. axe waits on setTimeout, which a paused fake clock never
 * fires, so the clock runs meanwhile; the next step stops it again at an exact moment with at().
 */
async function check(screen: string, shot: string): Promise<void> {
  await page.clock.resume();
  await expectNoAxeViolations(page, screen);
  await shoot(shot);
}

/** Lets the clock run, so that timers and the autosave debounce fire. */
async function pass(ms: number): Promise<void> {
  await page.clock.runFor(ms);
}

async function blur(): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function preparePlan(name: string, participants: [string, string][]): Promise<void> {
  await app.open('/');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
  await page.getByRole('button', { name: 'Ny plan' }).click();
  await page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true }).fill(name);
  await page
    .getByRole('link', { name: /Vad är viktigt/ })
    .first()
    .click();
  await page.getByRole('textbox', { name: 'Syfte med mötet' }).fill('Samordna stödet kring skola och hälsa.');
  await page
    .getByRole('link', { name: /Deltagare/ })
    .first()
    .click();
  for (const [i, [person, organisation]] of participants.entries()) {
    await page.getByRole('button', { name: /Lägg till deltagare/ }).click();
    const g = group(new RegExp(`^Deltagare ${i + 1}`));
    await g.getByRole('textbox', { name: 'Namn (obligatoriskt)' }).fill(person);
    await g.getByRole('textbox', { name: 'Verksamhet' }).fill(organisation);
  }
  await group(/^Deltagare 1/)
    .getByRole('checkbox', { name: 'Mötesledare' })
    .check();
  await page.getByRole('link', { name: /Möten/ }).first().click();
}

const PEOPLE: [string, string][] = [
  ['Anna Berg', 'Socialtjänsten'],
  ['Omar Said', 'Vårdcentralen'],
  ['Eva Ek', 'Skolan'],
];

/** Lisa Andersson's plan, prepared, and her meeting started: attendance taken, Omar Said away. */
async function prepareAndTakeAttendance(): Promise<void> {
  await preparePlan('Lisa Andersson', PEOPLE);
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await heading('Närvaro').waitFor();
  await group(/^Lisa Andersson/)
    .getByRole('radio', { name: 'Närvarande' })
    .check();
  await group(/^Omar Said/)
    .getByRole('radio', { name: 'Frånvarande' })
    .check();
  await group(/^Eva Ek/)
    .getByRole('radio', { name: 'Närvarande' })
    .check();
}

/** Opens the circle at START, with the clock stopped there. */
async function openCircle(): Promise<void> {
  await page.clock.pauseAt(START);
  await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
  await heading('Inledning').waitFor();
}

/** The meeting in Inledning, paused from 6:30 to 10:30 and running again, the clock stopped at 10:31. */
async function inIntroductionAfterAPause(): Promise<void> {
  await prepareAndTakeAttendance();
  await openCircle();
  await at(6, 30);
  await blur();
  await page.keyboard.press(' ');
  await page.getByText(/Pausat\./).waitFor();
  await at(10, 30);
  await page.keyboard.press(' ');
  await page.getByRole('button', { name: 'Pausa' }).waitFor();
  await at(10, 31);
}

/** On in Aktuell situation (given a minute more), after the pause. */
async function inCurrentSituation(): Promise<void> {
  await inIntroductionAfterAPause();
  await page.keyboard.press('ArrowRight');
  await heading('Aktuell situation').waitFor();
  await page.getByRole('button', { name: '+1 minut' }).click();
}

/** At 20 minutes, on to Behov: two goals, an intervention by Anna Berg, an own action and a parked issue. */
async function needsCaptured(): Promise<void> {
  await inCurrentSituation();
  await at(20);
  await page.getByRole('button', { name: 'Nästa fas →' }).click();
  await heading('Behov').waitFor();
  await page.getByRole('button', { name: /Lägg till långsiktigt mål/ }).click();
  await page.getByRole('textbox', { name: 'Långsiktigt mål' }).fill('Lisa går i skolan varje dag');
  await page.getByRole('button', { name: /Lägg till kortsiktigt mål/ }).click();
  await page.getByRole('textbox', { name: 'Kortsiktigt mål' }).fill('Lisa kommer upp i tid på morgonen');
  await page
    .getByRole('button', { name: /Lägg till insats för målet/ })
    .first()
    .click();
  const intervention = group(/^Insats 1/);
  await intervention.getByRole('textbox', { name: 'Vad' }).fill('Samtalsstöd');
  await intervention.getByRole('radio', { name: 'Anna Berg – Socialtjänsten' }).check();
  await intervention.getByLabel('Startdatum').fill('2026-12-01');
  await intervention.getByRole('textbox', { name: 'När' }).fill('tisdagar kl. 10');
  await intervention.getByRole('textbox', { name: 'Hur ofta' }).fill('en gång i veckan');
  await intervention.getByRole('textbox', { name: 'Var' }).fill('Skolan');
  await page.getByRole('button', { name: /Lägg till eget åtagande/ }).click();
  await page.getByRole('textbox', { name: 'Eget åtagande 1' }).fill('Lisa ställer väckarklockan');
  await page.getByRole('button', { name: /Parkera en fråga/ }).click();
  await page.getByRole('textbox', { name: 'Parkerad fråga 1' }).fill('Resor till fritids');
  await pass(1000);
}

/** At 30 minutes and a minute on, in Sammanfattning: a disagreement, the lead and the person's answer. */
async function summarised(): Promise<void> {
  await needsCaptured();
  await at(30);
  await pass(60_000);
  // Out of the text field, as after the reload in Behov.
  await blur();
  await page.getByRole('button', { name: 'Nästa fas →' }).click();
  await heading('Sammanfattning').waitFor();
  await page.getByRole('button', { name: /Anteckna oenighet/ }).click();
  const disagreement = group(/^Oenighet 1/);
  await disagreement.getByRole('textbox', { name: 'Vad gäller oenigheten' }).fill('Vem betalar skolskjutsen');
  await disagreement.getByRole('textbox', { name: 'Mellan vilka' }).fill('Skolan och socialtjänsten');
  await page.getByRole('combobox', { name: 'Huvudansvarig' }).selectOption({ label: 'Anna Berg – Socialtjänsten' });
  await page.getByRole('textbox', { name: 'Huvudansvarigs roll' }).fill('Kallar till uppföljning');
  await page.getByRole('radio', { name: 'Delvis' }).check();
  await page.getByRole('textbox', { name: 'Med personens egna ord' }).fill('Jag vill inte byta skola.');
  await pass(1000);
}

describe('running a SIP meeting', () => {
  it('takes attendance, the person first, and says who is missing', async () => {
    await preparePlan('Lisa Andersson', PEOPLE);
    await page.getByRole('button', { name: 'Starta mötet' }).click();
    await expect.poll(() => heading('Närvaro').count()).toBe(1);
    // The person the meeting is about comes first.
    const groups = page.getByRole('list', { name: 'Närvaro' }).getByRole('group');
    expect((await groups.first().textContent()) ?? '').toContain('Lisa Andersson (personen)');
    await group(/^Lisa Andersson/)
      .getByRole('radio', { name: 'Närvarande' })
      .check();
    // The chair runs the meeting and is present from the start.
    expect(
      await group(/^Anna Berg/)
        .getByRole('radio', { name: 'Närvarande' })
        .isChecked(),
    ).toBe(true);
    await group(/^Omar Said/)
      .getByRole('radio', { name: 'Frånvarande' })
      .check();
    await group(/^Eva Ek/)
      .getByRole('radio', { name: 'Närvarande' })
      .check();
    await expect.poll(() => page.getByText('Saknas – säg det i inledningen: Omar Said').count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Mötesledare' }).inputValue()).not.toBe('');
    await expectNoAxeViolations(page, 'attendance');
    await shoot('01-attendance');
  });

  it('opens the circle with full budgets and the projected end', async () => {
    await prepareAndTakeAttendance();
    await page.clock.pauseAt(START);
    await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
    await expect.poll(() => heading('Inledning').count()).toBe(1);
    expect(await timerText('phase-remaining')).toBe('6:00');
    expect(await timerText('meeting-remaining')).toBe('1:00:00');
    expect(await timerText('meeting-elapsed')).toBe('0:00');
    expect(await timerText('projected-end')).toBe('10:30');
    expect(await page.getByRole('img', { name: 'Mötescirkeln. Nu: Inledning.' }).count()).toBe(1);
    // Inledning reminds the chair who is missing.
    expect(await page.getByRole('heading', { name: 'Saknas' }).count()).toBe(1);
    await page.getByRole('checkbox', { name: 'Välkomna alla' }).check();
    await check('Inledning', '02-inledning');
  });

  it('counts down, warns calmly at two minutes and shows the overrun in words and numbers', async () => {
    await prepareAndTakeAttendance();
    await openCircle();
    await at(3);
    expect(await timerText('phase-remaining')).toBe('3:00');
    expect(await timerText('phase-elapsed')).toBe('3:00');
    expect(await page.getByText('Gott om tid').count()).toBe(1);

    await at(4);
    expect(await timerText('phase-remaining')).toBe('2:00');
    await expect.poll(() => page.getByText('Två minuter kvar av fasen').count()).toBe(1);

    await at(6, 1);
    expect(await timerText('phase-remaining')).toBe('−0:01');
    await expect.poll(() => page.getByText('Fasen har dragit över tiden').count()).toBe(1);
    expect(await timerText('meeting-elapsed')).toBe('6:01');
    expect(await timerText('projected-end')).toBe('10:30');
    await check('Inledning overrun', '03-inledning-overrun');
  });

  it('pauses and resumes with the space bar: the time stands still, the projected end moves', async () => {
    await prepareAndTakeAttendance();
    await openCircle();
    await at(6, 30);
    expect(await timerText('meeting-elapsed')).toBe('6:30');
    await blur();
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByText(/Pausat\./).count()).toBe(1);
    // Paused for four minutes: a paused meeting does not hold off the idle lock (5 minutes).
    await at(10, 30);
    expect(await timerText('meeting-elapsed')).toBe('6:30');
    // 09:40:30 now, Inledning is over its budget, 54 minutes of later phases: 10:34:30.
    expect(await timerText('projected-end')).toBe('10:34');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByRole('button', { name: 'Pausa' }).count()).toBe(1);
    await at(10, 31);
    expect(await timerText('meeting-elapsed')).toBe('6:31');
  });

  it('moves on with the arrow key; +1 minute takes the time from later phases, so the end stays', async () => {
    await inIntroductionAfterAPause();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading('Aktuell situation').count()).toBe(1);
    expect(await timerText('phase-remaining')).toBe('12:00');
    const remainingBefore = await timerText('meeting-remaining');
    await page.getByRole('button', { name: '+1 minut' }).click();
    expect(await timerText('phase-remaining')).toBe('13:00');
    expect(await timerText('meeting-remaining')).toBe(remainingBefore);
    const phases = page.getByRole('navigation', { name: 'Faser' });
    expect(await phases.getByRole('button', { name: /Aktuell situation/ }).textContent()).toContain('13:00');
    // Behov, Sammanfattning and Avslutning gave the minute in proportion: 27:00 → 26:20 (40 s of 60).
    expect(await phases.getByRole('button', { name: /Behov/ }).textContent()).toContain('26:20');
  });

  it('runs the round: the person first, a timer per speaker, notes and what works well', async () => {
    await inCurrentSituation();
    await page
      .getByRole('button', { name: 'Skapa talarordning' })
      .click()
      .catch(() => undefined);
    const first = group(/^1\. Lisa Andersson/);
    await first.getByRole('button', { name: 'Tala nu' }).click();
    await at(11, 31);
    await expect.poll(() => page.getByText('Talar nu: Lisa Andersson').count()).toBe(1);
    const speakerTime = page.getByRole('timer', { name: /^Talartid: / });
    // Spoken: the figure's name, which is what it shows (its seconds are a reel: figureReels.ts).
    expect(await speakerTime.locator('[data-timer="speaker-elapsed"]').getAttribute('aria-label')).toBe('1:00');
    // Where the notes are typed, the chair reads that every participant's copy will hold them.
    expect(await page.getByText('Anteckningarna och ”Det här fungerar bra” kommer med i planen som deltagarna får.', { exact: false }).count()).toBe(1);
    await first.getByRole('textbox', { name: 'Anteckning' }).fill('Trivs i nya klassen.');
    await first.getByRole('textbox', { name: 'Det här fungerar bra' }).fill('Fotbollen på onsdagar.');
    await page.getByRole('button', { name: 'Nästa talare' }).click();
    await expect.poll(() => page.getByText('Talar nu: Anna Berg').count()).toBe(1);
    await pass(1000);
    await check('Aktuell situation', '04-aktuell-situation');
  });

  it('captures goals, an intervention, own actions and a parked issue in Behov', async () => {
    await needsCaptured();
    await expect.poll(() => heading('Behov').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Långsiktigt mål' }).getAttribute('placeholder')).toBe('Till exempel: ”Lisa kommer igång med arbetsträning”');
    // Choosing Anna Berg as the one who does it filled in her organisation.
    expect(
      await group(/^Insats 1/)
        .getByRole('textbox', { name: 'Verksamhet' })
        .inputValue(),
    ).toBe('Socialtjänsten');
    await check('Behov', '05-behov');
  });

  it('resumes Behov after a reload with the timers and every entry intact', async () => {
    await needsCaptured();
    await at(30);
    const before = {
      phaseElapsed: await timerText('phase-elapsed'),
      meetingElapsed: await timerText('meeting-elapsed'),
      phaseRemaining: await timerText('phase-remaining'),
    };
    await reloadApp(page);
    await expect.poll(() => heading('Behov').count()).toBe(1);
    // The clock stands still in this test, so the timers must read exactly as before.
    expect(await timerText('phase-elapsed')).toBe(before.phaseElapsed);
    expect(await timerText('meeting-elapsed')).toBe(before.meetingElapsed);
    expect(await timerText('phase-remaining')).toBe(before.phaseRemaining);
    expect(await page.getByRole('textbox', { name: 'Långsiktigt mål' }).inputValue()).toBe('Lisa går i skolan varje dag');
    expect(await page.getByRole('textbox', { name: 'Kortsiktigt mål' }).inputValue()).toBe('Lisa kommer upp i tid på morgonen');
    // The intervention is a row again after the reload; opened, every field is as it was.
    await page.getByRole('button', { name: /^Samtalsstöd/ }).click();
    const intervention = group(/^Insats 1/);
    expect(await intervention.getByRole('textbox', { name: 'Vad' }).inputValue()).toBe('Samtalsstöd');
    expect(await intervention.getByRole('textbox', { name: 'Hur ofta' }).inputValue()).toBe('en gång i veckan');
    expect(await page.getByRole('textbox', { name: 'Parkerad fråga 1' }).inputValue()).toBe('Resor till fritids');
    // Time goes on from the stored timestamps.
    await pass(60_000);
    expect(await timerText('phase-elapsed')).not.toBe(before.phaseElapsed);
  });

  it('summarises by goal and organisation, records a disagreement, the lead and the person’s answer', async () => {
    await needsCaptured();
    await at(30);
    await pass(60_000);
    // Out of the text field, as after the reload in Behov.
    await blur();
    await page.getByRole('button', { name: 'Nästa fas →' }).click();
    await expect.poll(() => heading('Sammanfattning').count()).toBe(1);
    const byGoal = page.getByRole('heading', { name: 'Lisa går i skolan varje dag' });
    await expect.poll(() => byGoal.count()).toBe(1);
    expect(await page.getByText(/Samtalsstöd\. Utförs av Anna Berg \(Socialtjänsten\)/).count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Socialtjänsten' }).count()).toBe(1);
    await page.getByRole('button', { name: /Anteckna oenighet/ }).click();
    const disagreement = group(/^Oenighet 1/);
    await disagreement.getByRole('textbox', { name: 'Vad gäller oenigheten' }).fill('Vem betalar skolskjutsen');
    await disagreement.getByRole('textbox', { name: 'Mellan vilka' }).fill('Skolan och socialtjänsten');
    await page.getByRole('combobox', { name: 'Huvudansvarig' }).selectOption({ label: 'Anna Berg – Socialtjänsten' });
    await page.getByRole('textbox', { name: 'Huvudansvarigs roll' }).fill('Kallar till uppföljning');
    await page.getByRole('radio', { name: 'Delvis' }).check();
    await page.getByRole('textbox', { name: 'Med personens egna ord' }).fill('Jag vill inte byta skola.');
    await pass(1000);
    await check('Sammanfattning', '06-sammanfattning');
  });

  it('closes with feedback, the follow-up and how everyone gets the plan; then shows the KVÅ code', async () => {
    await summarised();
    // From the foot of Sammanfattning, by keyboard, on to the last phase: it opens at its start, with
    // focus on its heading rather than lost with the button that is now disabled.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.getByRole('button', { name: 'Nästa fas →' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading('Avslutning').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('phase-heading');
    const bar = (await page.getByRole('region', { name: 'Tider' }).boundingBox())!;
    const top = (await heading('Avslutning').boundingBox())!;
    expect(top.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    expect(top.y + top.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await group('Hur upplevde Lisa Andersson mötet?')
      .getByRole('radio', { name: /^\W*Bra$/u })
      .check();
    // A date that has already been is said to be wrong, in Swedish.
    await page.getByLabel('Datum').fill('2026-11-01');
    await expect.poll(() => page.getByText('Datumet har redan varit. Välj ett datum framåt i tiden.').count()).toBe(1);
    await page.getByLabel('Datum').fill('2027-02-15');
    expect(await page.getByText('Datumet har redan varit.', { exact: false }).count()).toBe(0);
    await page.getByLabel('Starttid').fill('10:00');
    await page.getByRole('textbox', { name: 'Plats' }).fill('Skolan, rum 12');
    await pass(1000);
    await check('Avslutning', '07-avslutning');
    await at(50);

    await page.getByRole('button', { name: 'Avsluta mötet' }).click();
    await expect.poll(() => heading('Mötet är hållet').count()).toBe(1);
    expect(await page.getByText('AU124 – Upprättande av SIP').count()).toBe(1);
    expect(await page.getByText(/Uppföljning: mån 15 feb\. 2027 10:00 Skolan, rum 12/).count()).toBe(1);
    await check('held', '08-hallet');

    await page.getByRole('link', { name: 'Till planen' }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    const card = page.getByRole('list', { name: 'Planer på enheten' }).getByRole('link', { name: /Lisa Andersson/ });
    await expect.poll(async () => (await card.textContent()) ?? '').toContain('Aktiv');
    // The follow-up booked in the meeting is the plan's next meeting, on the overview too.
    await expect.poll(async () => (await card.textContent()) ?? '').toContain('15 feb. 2027');
    expect(
      await page
        .getByRole('region', { name: 'Kommande möten' })
        .getByText(/Uppföljning/)
        .count(),
    ).toBe(1);
  });
});

describe('the 20/20/20 template', () => {
  it('runs lyssna, problematisera and planera in three equal parts with the same engine', async () => {
    await preparePlan('Nguyễn Thị Hằng', [['Per Holm', 'BUP']]);
    await page.getByRole('radio', { name: '20/20/20: lyssna, problematisera, planera' }).check();
    await page.getByRole('checkbox', { name: 'SIP efter utskrivning från slutenvård' }).check();
    await page.getByRole('button', { name: 'Starta mötet' }).click();
    // Before the circle opens, the chair gives Lyssna five more minutes and lets the meeting run longer.
    await page.getByText('Tid för varje fas').click();
    await page.getByRole('radio', { name: 'Förläng eller korta mötet' }).check();
    // A number the budget cannot take is said beside the field, and the phase keeps its time.
    await page.getByRole('spinbutton', { name: 'Lyssna, minuter' }).fill('0');
    await expect.poll(() => page.getByText('Ange mellan 1 och 480 minuter. Fasen behåller sin tid tills dess.').count()).toBe(1);
    await page.getByRole('spinbutton', { name: 'Lyssna, minuter' }).fill('25');
    await expect.poll(() => page.getByText('Ange mellan 1 och 480 minuter.', { exact: false }).count()).toBe(0);
    await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
    await expect.poll(() => heading('Lyssna').count()).toBe(1);
    expect(await timerText('meeting-remaining')).toMatch(/^1:0[45]:00$|^1:04:5\d$/);
    const phases = page.getByRole('navigation', { name: 'Faser' });
    expect((await phases.getByRole('button').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())).toEqual([
      '1. Lyssna25:00',
      '2. Problematisera20:00',
      '3. Planera20:00',
    ]);
    await expectNoAxeViolations(page, '20/20/20 Lyssna');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading('Problematisera').count()).toBe(1);
    await page.getByRole('textbox', { name: 'Anteckningar' }).fill('Svårt att komma i tid.');
    await page.keyboard.press('Escape');
    await blur();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading('Planera').count()).toBe(1);
    // Planera gathers goals, the summary and the closing in one phase.
    expect(await page.getByRole('heading', { name: 'Mål', exact: true }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Huvudansvarig' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Uppföljning' }).count()).toBe(1);
    await expectNoAxeViolations(page, '20/20/20 Planera');
    await shoot('09-planera-20-20-20');
    // A SIP drawn up after discharge from in-patient care is registered as AU125.
    await page.getByRole('button', { name: 'Avsluta mötet' }).click();
    await expect.poll(() => page.getByText('AU125 – Upprättande av SIP efter utskrivning från slutenvård').count()).toBe(1);
  });
});
