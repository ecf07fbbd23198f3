// Issue 11 ("Trust"), parts 6 and 7 in the built app, on Playwright's clock in Europe/Stockholm:
// a meeting held at 00:15 and a deviation registered at 00:30 show that day (winter and summer
// time; the UTC day is the day before); a meeting's length follows its template until the chair
// types one; and after a samverkansmöte that books nothing, the booked follow-up is still the
// next meeting on the held view, the overview and in every PDF (read back with pdftotext).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { oneLine, pdftotext } from './files';
import { expectNoAxeViolations } from './harness';
import { useAppSession } from './session';

const app = useAppSession({ timeoutMs: 20_000 });
const PERSON = 'Tove Sanning';

const heading = (name: string | RegExp) => app.page.getByRole('heading', { level: 1, name });
const group = (name: string | RegExp) => app.page.getByRole('group', { name });
const squash = oneLine;
const length = () => app.page.getByRole('spinbutton', { name: 'Mötets längd i minuter' });

const download = (name: string | RegExp) => app.download(name);

/**
 * On Playwright's clock at 00:05 on Friday 15 January 2027, Swedish winter time (23:05 on the 14th
 * in UTC): a new plan for PERSON with Anna Berg as chair, open on its meetings part. Returns the
 * plan's path ("/plan/<id>").
 */
async function newPlanWithChair(): Promise<string> {
  await app.page.clock.install({ time: new Date('2027-01-15T00:05:00+01:00') });
  app.page.on('dialog', (dialog) => void dialog.accept());
  const page = await app.open('/');
  await page.getByRole('button', { name: 'Ny plan' }).click();
  await page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true }).fill(PERSON);
  const planPath = new URL(page.url()).pathname.replace(/\/person$/u, '');
  await page
    .getByRole('link', { name: /Deltagare/ })
    .first()
    .click();
  await page.getByRole('button', { name: /Lägg till deltagare/ }).click();
  await group(/^Deltagare 1/)
    .getByRole('textbox', { name: 'Namn (obligatoriskt)' })
    .fill('Anna Berg');
  await group(/^Deltagare 1/)
    .getByRole('textbox', { name: 'Verksamhet' })
    .fill('Socialtjänsten');
  await group(/^Deltagare 1/)
    .getByRole('checkbox', { name: 'Mötesledare' })
    .check();
  await page.getByRole('link', { name: /Möten/ }).first().click();
  return planPath;
}

/** The new plan's SIP meeting held at 00:15 on 15 January 2027 (winter time), booking a follow-up on 1 March 2027. */
async function holdWinterSipMeeting(): Promise<void> {
  await holdMeeting(['Aktuell situation', 'Behov', 'Sammanfattning', 'Avslutning'], '2027-01-15T00:15:00+01:00', '2027-03-01');
}

/** A samverkansmöte on 10 February 2027 that books nothing; the held view stays open. */
async function holdSamverkansmote(planPath: string): Promise<void> {
  await app.page.clock.setSystemTime(new Date('2027-02-10T10:00:00+01:00'));
  await app.open(`${planPath}/moten`);
  await app.page.getByRole('radio', { name: 'Samverkansmöte' }).check();
  await holdMeeting(['Samtal och planering', 'Avslutning'], '2027-02-10T10:40:00+01:00');
}

/** The booked follow-up, held at 00:15 on 15 July 2027 (summer time); the held view stays open. */
async function holdSummerFollowUp(planPath: string): Promise<void> {
  await app.page.clock.setSystemTime(new Date('2027-07-15T00:05:00+02:00'));
  await app.open(`${planPath}/moten`);
  expect(await app.page.getByRole('radio', { name: 'Uppföljning av SIP' }).isChecked()).toBe(true);
  await holdMeeting(['Hur har det gått?', 'Behov och ändringar', 'Sammanfattning', 'Avslutning'], '2027-07-15T00:15:00+02:00');
}

/** Takes attendance, runs the circle to its last phase, optionally books a follow-up, and holds the meeting at `heldAt`. */
async function holdMeeting(phases: string[], heldAt: string, followUp?: string): Promise<void> {
  const page = app.page;
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await heading('Närvaro').waitFor();
  await group(new RegExp(`^${PERSON}`))
    .getByRole('radio', { name: 'Närvarande' })
    .check();
  await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
  await heading('Inledning').waitFor();
  for (const phase of phases) {
    await page.getByRole('button', { name: 'Nästa fas →' }).click();
    await heading(phase).waitFor();
  }
  if (followUp) {
    await page.getByLabel('Datum').fill(followUp);
    await page.getByLabel('Starttid').fill('10:00');
    await page.getByRole('textbox', { name: 'Plats' }).fill('Skolan');
  }
  await page.clock.setSystemTime(new Date(heldAt));
  await page.clock.runFor(1000);
  await page.getByRole('button', { name: 'Avsluta mötet' }).click();
  await heading('Mötet är hållet').waitFor();
}

/** Registers a deviation at `at` and returns the list entry's text. */
async function deviationAt(planPath: string, at: string, what: string): Promise<string> {
  const page = app.page;
  await page.clock.setSystemTime(new Date(at));
  await app.open(`${planPath}/avvikelser`);
  expect(await page.getByRole('textbox', { name: 'Datum' }).inputValue()).toBe(at.slice(0, 10));
  await page.getByRole('textbox', { name: /^Berörda parter/u }).fill('Skolan');
  await page.getByRole('textbox', { name: /^Vad hände\?/u }).fill(what);
  await page.getByRole('button', { name: 'Spara avvikelsen' }).click();
  const item = page.getByRole('list', { name: 'Registrerade avvikelser' }).getByRole('listitem').filter({ hasText: what });
  await item.waitFor();
  return squash((await item.textContent()) ?? '');
}

describe('figures, dates and the next meeting that are true', () => {
  it('a meeting’s length follows its template until the chair types one', async () => {
    await newPlanWithChair();
    const page = app.page;
    expect(await length().inputValue()).toBe('60');
    await page.getByRole('radio', { name: 'Avstämningsmöte' }).check();
    await expect.poll(() => length().inputValue()).toBe('30');
    await page.getByRole('radio', { name: 'Avslutningsmöte' }).check();
    await expect.poll(() => length().inputValue()).toBe('45');
    await page.getByRole('radio', { name: 'Samverkansmöte' }).check();
    await expect.poll(() => length().inputValue()).toBe('60');
    await expectNoAxeViolations(page, 'choosing a meeting');
    // Typed by the chair: kept whatever kind is chosen.
    await length().fill('50');
    await page.getByRole('radio', { name: 'Avstämningsmöte' }).check();
    expect(await length().inputValue()).toBe('50');
    await page.getByRole('radio', { name: 'SIP-möte', exact: true }).check();
    expect(await length().inputValue()).toBe('50');
  });

  it('a SIP meeting held at 00:15 in winter time shows that day, not the UTC day before', async () => {
    const planPath = await newPlanWithChair();
    await holdWinterSipMeeting();
    const page = await app.open(`${planPath}/versioner`);
    const first = page.getByRole('list', { name: 'Planens versioner' }).getByRole('listitem').first();
    await first.waitFor();
    expect(squash((await first.textContent()) ?? '')).toMatch(/^Version 1 – SIP-möte, fre 15 jan\. 2027/u);
  });

  it('a deviation registered at 00:30 in winter time is dated and recorded that day', async () => {
    const planPath = await newPlanWithChair();
    expect(await deviationAt(planPath, '2027-01-15T00:30:00+01:00', 'Vintermöte uteblev')).toContain('fre 15 jan. 2027');
  });

  it('after a samverkansmöte that books nothing, the booked follow-up is still the next meeting everywhere', async () => {
    const planPath = await newPlanWithChair();
    await holdWinterSipMeeting();
    await holdSamverkansmote(planPath);
    const page = app.page;
    expect(await page.getByText('Uppföljning: mån 1 mars 2027 10:00 Skolan').count()).toBe(1);
    expect(await page.getByText('Ingen uppföljning är bokad.').count()).toBe(0);

    await page.getByRole('button', { name: 'Skapa PDF för alla deltagare' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Klart: 2 PDF:er.' }).count(), { timeout: 60_000 }).toBe(1);
    const anna = squash(pdftotext(await download('Spara – Anna Berg, Socialtjänsten')));
    expect(anna).toContain('Nästa uppföljning När mån 1 mars 2027 10:00 Plats Skolan');
    expect(anna).not.toContain('inte bestämd');
    const own = squash(pdftotext(await download('Spara – Lättläst – Tove')));
    expect(own).toContain('Nästa möte är måndag 1 mars 2027 klockan 10:00. Mötet är på Skolan.');
    expect(own).not.toContain('inte bestämd');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    const upcoming = page.getByRole('region', { name: 'Kommande möten' });
    await expect.poll(async () => squash((await upcoming.textContent()) ?? '')).toContain(`1 mars 2027 10:00 · Uppföljning · ${PERSON}`);
  });

  it('a follow-up held at 00:15 and a deviation at 00:30 in summer time show that day', async () => {
    // The plan's year so far: the SIP meeting and a deviation in winter, a samverkansmöte in February.
    const planPath = await newPlanWithChair();
    await holdWinterSipMeeting();
    await deviationAt(planPath, '2027-01-15T00:30:00+01:00', 'Vintermöte uteblev');
    await holdSamverkansmote(planPath);

    await holdSummerFollowUp(planPath);
    const page = app.page;
    // The follow-up was the booked meeting and booked none: now nothing is booked.
    expect(await page.getByText('Ingen uppföljning är bokad.').count()).toBe(1);
    await app.open(`${planPath}/versioner`);
    const third = page.getByRole('list', { name: 'Planens versioner' }).getByRole('listitem').nth(2);
    await third.waitFor();
    expect(squash((await third.textContent()) ?? '')).toMatch(/^Version 3 – Uppföljning av SIP, tors 15 juli 2027/u);
    expect(await deviationAt(planPath, '2027-07-15T00:30:00+02:00', 'Sommarmöte uteblev')).toContain('tors 15 juli 2027');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avvikelser' }).click();
    await page.getByRole('list', { name: 'Registrerade avvikelser' }).waitFor();
    const csv = readFileSync(await download('Exportera som CSV'), 'utf8');
    expect(csv).toContain(';Sommarmöte uteblev;');
    expect(csv).toMatch(/^2027-07-15;[^\r]*Sommarmöte uteblev;[^;]+;2027-07-15\r$/mu);
    expect(csv).toMatch(/^2027-01-15;[^\r]*Vintermöte uteblev;[^;]+;2027-01-15\r$/mu);
  });

  it('counts the follow-up as late: another kind of meeting before its date does not count', async () => {
    // Three meetings held: the SIP meeting, a samverkansmöte before the follow-up's date, the follow-up after it.
    const planPath = await newPlanWithChair();
    await holdWinterSipMeeting();
    await holdSamverkansmote(planPath);
    await holdSummerFollowUp(planPath);

    const page = app.page;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Statistik' }).click();
    await heading('Statistik').waitFor();
    const figures = squash((await page.locator('dl.figures').textContent()) ?? '');
    expect(figures).toContain('Hållna möten3');
    expect(figures).toContain('Uppföljningar i tid0 av 1');
    await expectNoAxeViolations(page, 'statistics');
  });
});
