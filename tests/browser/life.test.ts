// A plan through its whole life in the built app (issue 6): prepared, the SIP meeting, a follow-up
// with statuses and a changed goal, a second follow-up, an overdue follow-up flagged on the
// overview, closed with a notice for everyone; the versions and what changed between them; the
// follow-up section of the PDF and the closing notice read back with pdftotext; a deviation and
// its CSV; the statistics. Time is Playwright's clock, so months pass between the meetings. Each
// test stands alone: it first walks a plan of its own through the meetings before its step.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { newPlan } from '../../src/domain/plan';
import { makePdfs, oneLine, pdftotext } from './files';
import { addParticipants, expectNoAxeViolations, openApp, reloadApp, waitUntilSaved } from './harness';
import { seedPlans } from './seed';
import { useAppSession } from './session';

const PERSON = 'Vera Livslång';
const LONG_GOAL = 'Vera bor kvar hemma';
const SHORT_GOAL = 'Vera handlar mat själv en gång i veckan';
const CHANGED_GOAL = 'Vera handlar mat själv två gånger i veckan';
const INTERVENTION = 'Hemtjänst på morgonen';

/** Each step of the life walks the plan there again through the app; that takes a while. */
const LONG = { timeout: 180_000 };

const app = useAppSession({ timeoutMs: 20_000 });
/** This test's page (the session's), and its plan's URL once made. */
let page: Page;
let planUrl = '';

beforeEach(async () => {
  page = app.page;
  planUrl = '';
  await page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') });
  page.on('dialog', (dialog) => void dialog.accept());
});

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const group = (name: string | RegExp) => page.getByRole('group', { name });
const squash = oneLine;

const download = (name: string | RegExp) => app.download(name);

/** The plan list, with the overview (opening "/" would resume the last screen instead). */
async function home(): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Planer' }).waitFor();
}

/** Months later: the device's clock moves on, and the app is opened again at the plan's meetings. */
async function later(date: string): Promise<void> {
  await page.clock.setSystemTime(new Date(date));
  await openApp(page, `${planUrl}/moten`);
}

/** Starts a meeting of the kind shown first (the plan's own), takes attendance, opens the circle. */
async function startMeeting(): Promise<void> {
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await heading('Närvaro').waitFor();
  await group(new RegExp(`^${PERSON}`))
    .getByRole('radio', { name: 'Närvarande' })
    .check();
  await group(/^Omar Said/)
    .getByRole('radio', { name: 'Närvarande' })
    .check();
  await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
  await heading('Inledning').waitFor();
}

async function nextPhase(name: string): Promise<void> {
  await page.getByRole('button', { name: 'Nästa fas →' }).click();
  await heading(name).waitFor();
}

/** In Avslutning: books the follow-up and holds the meeting. */
async function bookAndHold(followUp: string): Promise<void> {
  await heading('Avslutning').waitFor();
  await group(`Hur upplevde ${PERSON} mötet?`)
    .getByRole('radio', { name: /^\W*Bra$/u })
    .check();
  await page.getByLabel('Datum').fill(followUp);
  await page.getByLabel('Starttid').fill('10:00');
  await page.getByRole('textbox', { name: 'Plats' }).fill('Hemma hos Vera');
  await page.clock.runFor(1000);
  await page.getByRole('button', { name: 'Avsluta mötet' }).click();
  await heading('Mötet är hållet').waitFor();
}

/** A new plan for Vera, with Anna Berg (the chair) and Omar Said; ends at the plan's meetings. */
async function prepare(): Promise<void> {
  await app.open('/');
  await page.getByRole('button', { name: 'Ny plan' }).click();
  await page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true }).fill(PERSON);
  planUrl = page.url().replace(/\/person$/u, '');
  await page
    .getByRole('link', { name: /Deltagare/ })
    .first()
    .click();
  await addParticipants(page, [
    ['Anna Berg', 'Socialtjänsten'],
    ['Omar Said', 'Vårdcentralen'],
  ]);
  await page.getByRole('link', { name: /Möten/ }).first().click();
}

/** The SIP meeting: a long and a short goal, an intervention by Anna Berg; the follow-up booked for 15 January. */
async function holdSipMeeting(): Promise<void> {
  await startMeeting();
  await nextPhase('Aktuell situation');
  await nextPhase('Behov');
  await page.getByRole('button', { name: /Lägg till långsiktigt mål/ }).click();
  await page.getByRole('textbox', { name: 'Långsiktigt mål' }).fill(LONG_GOAL);
  await page.getByRole('button', { name: /Lägg till kortsiktigt mål/ }).click();
  await page.getByRole('textbox', { name: 'Kortsiktigt mål' }).fill(SHORT_GOAL);
  await page
    .getByRole('button', { name: /Lägg till insats för målet/ })
    .first()
    .click();
  const intervention = group(/^Insats 1/);
  await intervention.getByRole('textbox', { name: 'Vad' }).fill(INTERVENTION);
  await intervention.getByRole('radio', { name: 'Anna Berg – Socialtjänsten' }).check();
  await nextPhase('Sammanfattning');
  await nextPhase('Avslutning');
  await bookAndHold('2027-01-15');
}

/** The first follow-up on 15 January (version 2): a status for each goal and the intervention, the short-term goal changed. */
async function holdFirstFollowUp(): Promise<void> {
  await later('2027-01-15T10:00:00+01:00');
  await startMeeting();
  await nextPhase('Hur har det gått?');
  await group(`Hur har det gått med målet: ${LONG_GOAL}`).getByRole('radio', { name: 'Pågår' }).check();
  await group(`Hur har det gått med målet: ${SHORT_GOAL}`).getByRole('radio', { name: 'Ändrat' }).check();
  const review = group(/^Hemtjänst på morgonen – Anna Berg/);
  await review.getByRole('group', { name: 'Har insatsen genomförts?' }).getByRole('radio', { name: 'Delvis' }).check();
  await review.getByRole('group', { name: 'Har den hjälpt?' }).getByRole('radio', { name: 'Ja' }).check();
  await review.getByRole('textbox', { name: 'Kommentar' }).fill('Inte på helger');
  await page.getByRole('textbox', { name: 'Ny information eller ändrade omständigheter' }).fill('Vera har flyttat till Storgatan 5');
  await page.clock.runFor(1000);
  await nextPhase('Behov och ändringar');
  await page.getByRole('textbox', { name: 'Kortsiktigt mål' }).fill(CHANGED_GOAL);
  await nextPhase('Sammanfattning');
  await nextPhase('Avslutning');
  await bookAndHold('2027-03-01');
}

/** The second follow-up on 1 March (version 3): the long-term goal reached; the next one booked for 15 April. */
async function holdSecondFollowUp(): Promise<void> {
  await later('2027-03-01T10:00:00+01:00');
  await startMeeting();
  await nextPhase('Hur har det gått?');
  await group(`Hur har det gått med målet: ${LONG_GOAL}`).getByRole('radio', { name: 'Uppnått', exact: true }).check();
  await nextPhase('Behov och ändringar');
  await nextPhase('Sammanfattning');
  await nextPhase('Avslutning');
  await bookAndHold('2027-04-15');
}

/** Vera's plan through its three meetings, and then 20 April 2027, after the follow-up that was not held. */
async function threeMeetingsHeld(): Promise<void> {
  await prepare();
  await holdSipMeeting();
  await holdFirstFollowUp();
  await holdSecondFollowUp();
  await page.clock.setSystemTime(new Date('2027-04-20T09:00:00+02:00'));
  await reloadApp(page);
}

/** Closes the SIP: the goals reached, where Vera can turn. */
async function closePlan(): Promise<void> {
  await openApp(page, `${planUrl}/avsluta`);
  await page.getByRole('radio', { name: 'Målen är uppnådda' }).check();
  await page.getByRole('textbox', { name: /^Vart vänder sig personen/u }).fill('Ring kommunens kontaktcenter, 0771-00 00 00');
  await page.getByRole('button', { name: 'Avsluta SIP:en' }).click();
  await page.getByText('SIP:en avslutades tis 20 apr. 2027. Skäl: Målen är uppnådda.').waitFor();
}

describe('a SIP through its whole life', () => {
  it('is prepared, and the SIP meeting fixes version 1 and books the follow-up as its next meeting', LONG, async () => {
    await prepare();
    // The plan's own meeting comes first; other meetings about the person can be chosen too.
    expect(await page.getByRole('radio', { name: 'SIP-möte', exact: true }).isChecked()).toBe(true);
    for (const other of ['Samverkansmöte', 'Avstämningsmöte', 'Överlämningsmöte', 'Avslutningsmöte'])
      expect(await page.getByRole('radio', { name: other }).count()).toBe(1);
    await expectNoAxeViolations(page, 'starting a meeting');

    await holdSipMeeting();
    expect(await page.getByText('AU124 – Upprättande av SIP').count()).toBe(1);
    expect(await page.getByText('Mötet fastställde version 1 av planen.').count()).toBe(1);

    await home();
    const upcoming = page.getByRole('region', { name: 'Kommande möten' });
    const awaiting = page.getByRole('region', { name: 'Väntar på svar' });
    const notInvited = `15 jan. 2027 10:00 · Uppföljning · ${PERSON} Kallelser behöver skapas`;
    // The follow-up is booked, but no invitation to it has been made: no one is waited on yet.
    await expect.poll(async () => squash((await upcoming.textContent()) ?? '')).toContain(notInvited);
    expect(await awaiting.count()).toBe(0);
    await expectNoAxeViolations(page, 'overview');

    // The chair makes the invitations: Omar's reply is awaited now (Anna, the chair, takes the replies).
    await upcoming.getByRole('link', { name: PERSON }).click();
    await page.getByRole('heading', { level: 2, name: 'Kallelser' }).waitFor();
    await makePdfs(page, 'Skapa kallelser (PDF)', 3);
    // Still offered: recording that they are made does not drop them.
    expect(await page.getByRole('button', { name: /^Spara – Kallelse/u }).count()).toBeGreaterThan(0);
    await page
      .getByRole('status')
      .filter({ hasText: /^Kallelserna skapades \d+ \p{L}+ 2026\.$/u })
      .waitFor();
    await waitUntilSaved(page);
    await home();
    await awaiting.getByText(`${PERSON}: 1 inbjuden har inte svarat`).waitFor();
    expect(squash((await upcoming.textContent()) ?? '')).not.toContain('Kallelser behöver skapas');

    // Omar answers that he comes: no one is waited on.
    await awaiting.getByRole('link', { name: PERSON }).click();
    await group(/^Deltagare \d+: Omar Said$/u)
      .getByRole('combobox', { name: 'Kallelse' })
      .selectOption({ label: 'Bekräftad' });
    await waitUntilSaved(page);
    await home();
    await expect.poll(() => awaiting.count()).toBe(0);

    // The meeting moves half an hour: the invitations made tell another time, so they are to be made again.
    await upcoming.getByRole('link', { name: PERSON }).click();
    await page.getByLabel('Starttid').fill('10:30');
    await page
      .getByRole('status')
      .filter({ hasText: /^Bokningen eller vilka som bjuds in har ändrats sedan kallelserna skapades \d+ \p{L}+ 2026\. Skapa nya kallelser och skicka dem\.$/u })
      .waitFor();
    await waitUntilSaved(page);
    await reloadApp(page);
    await home();
    await expect.poll(async () => squash((await upcoming.textContent()) ?? '')).toContain(notInvited.replace('10:00', '10:30'));
    expect(await awaiting.count()).toBe(0);

    // New invitations for the new time: Omar said yes to the old one, so his answer is cleared, after asking.
    await upcoming.getByRole('link', { name: PERSON }).click();
    const asked = page.waitForEvent('dialog');
    await makePdfs(page, 'Skapa kallelser (PDF)', 3);
    expect((await asked).message()).toContain('Svaren som har kommit in gällde den förra tiden och nollställs');
    await waitUntilSaved(page);
    await home();
    await awaiting.getByText(`${PERSON}: 1 inbjuden har inte svarat`).waitFor();

    // Someone new is invited: she has no invitation yet, so none is waited on until they are made again.
    await awaiting.getByRole('link', { name: PERSON }).click();
    await page.getByRole('button', { name: /Lägg till deltagare/ }).click();
    await group(/^Deltagare 3/u)
      .getByRole('textbox', { name: 'Namn (obligatoriskt)' })
      .fill('Lisa Ek');
    await page.getByText('Kallelser behöver skapas under Kallelse innan någon väntas svara.').waitFor();
    await waitUntilSaved(page);
    await home();
    await expect.poll(async () => squash((await upcoming.textContent()) ?? '')).toContain(notInvited.replace('10:00', '10:30'));
    expect(await awaiting.count()).toBe(0);
  });

  it('is followed up: a status for every goal and intervention, what is new, a changed goal; KVÅ AW010 and version 2', LONG, async () => {
    await prepare();
    await holdSipMeeting();
    await later('2027-01-15T10:00:00+01:00');
    expect(await page.getByRole('radio', { name: 'Uppföljning av SIP' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'SIP-möte', exact: true }).count()).toBe(0);
    await startMeeting();
    await nextPhase('Hur har det gått?');
    expect(await page.getByText('Gå igenom version 1 av planen: varje mål och varje insats.').count()).toBe(1);
    await group(`Hur har det gått med målet: ${LONG_GOAL}`).getByRole('radio', { name: 'Pågår' }).check();
    await group(`Hur har det gått med målet: ${SHORT_GOAL}`).getByRole('radio', { name: 'Ändrat' }).check();
    const review = group(/^Hemtjänst på morgonen – Anna Berg/);
    await review.getByRole('group', { name: 'Har insatsen genomförts?' }).getByRole('radio', { name: 'Delvis' }).check();
    await review.getByRole('group', { name: 'Har den hjälpt?' }).getByRole('radio', { name: 'Ja' }).check();
    await review.getByRole('textbox', { name: 'Kommentar' }).fill('Inte på helger');
    await page.getByRole('textbox', { name: 'Ny information eller ändrade omständigheter' }).fill('Vera har flyttat till Storgatan 5');
    await page.clock.runFor(1000);
    await expectNoAxeViolations(page, 'follow-up review');

    await nextPhase('Behov och ändringar');
    // The goals of version 1 are here to change.
    await page.getByRole('textbox', { name: 'Kortsiktigt mål' }).fill(CHANGED_GOAL);
    await nextPhase('Sammanfattning');
    await nextPhase('Avslutning');
    await bookAndHold('2027-03-01');
    expect(await page.getByText('AW010 – Uppföljning av SIP').count()).toBe(1);
    expect(await page.getByText('Mötet fastställde version 2 av planen.').count()).toBe(1);

    // The PDF has a section "Uppföljning" with the statuses.
    await page.getByRole('button', { name: 'Skapa PDF för alla deltagare' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Klart: 3 PDF:er.' }).count(), { timeout: 60_000 }).toBe(1);
    const text = squash(pdftotext(await download('Spara – Anna Berg, Socialtjänsten')));
    for (const words of [
      'Uppföljning av version 1 av planen.',
      'Pågår',
      'Ändrat',
      'Delvis',
      'Inte på helger',
      'Vera har flyttat till Storgatan 5',
      CHANGED_GOAL,
      '· version 2 ·',
    ]) {
      expect(text).toContain(words);
    }
    expect(text.indexOf('Uppföljning av version 1')).toBeLessThan(text.indexOf('Mål och insatser'));
    // Vera reads in her own copy that the morning visits happened only in part, and what was said.
    const vera = squash(pdftotext(await download('Spara – Lättläst – Vera')));
    expect(vera).toContain(`Det här blev inte som ni bestämde • ${INTERVENTION}, Anna Berg (Socialtjänsten): blev bara delvis av sedan förra mötet.`);
    expect(vera).toContain('På mötet sa ni: Inte på helger');
  });

  it('is followed up again (version 3); the versions show what changed between any two', LONG, async () => {
    await prepare();
    await holdSipMeeting();
    await holdFirstFollowUp();
    await later('2027-03-01T10:00:00+01:00');
    await startMeeting();
    await nextPhase('Hur har det gått?');
    await group(`Hur har det gått med målet: ${LONG_GOAL}`).getByRole('radio', { name: 'Uppnått', exact: true }).check();
    await nextPhase('Behov och ändringar');
    await nextPhase('Sammanfattning');
    await nextPhase('Avslutning');
    await bookAndHold('2027-04-15');
    expect(await page.getByText('Mötet fastställde version 3 av planen.').count()).toBe(1);

    await openApp(page, `${planUrl}/versioner`);
    const list = page.getByRole('list', { name: 'Planens versioner' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    const first = list.getByRole('listitem').first();
    expect(await first.textContent()).toMatch(/^Version 1 – SIP-möte, mån 23 nov\. 2026/u);
    // An earlier version reads as it was fixed: the goal before it was changed.
    await first.getByText(/^Version 1/u).click();
    expect(await first.getByText(SHORT_GOAL).isVisible()).toBe(true);
    expect(await first.getByText(CHANGED_GOAL).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Från version' }).selectOption('1');
    await page.getByRole('combobox', { name: 'Till version' }).selectOption('2');
    const goals = page.getByRole('list', { name: 'Mål' });
    await expect.poll(() => goals.getByRole('listitem').count()).toBe(1);
    expect(squash((await goals.textContent()) ?? '')).toBe(`Ändrat: ${CHANGED_GOAL}Ändrat: textenFörut: ${SHORT_GOAL}`);
    // Version 2 to 3 changed no goal or intervention.
    await page.getByRole('combobox', { name: 'Från version' }).selectOption('2');
    await page.getByRole('combobox', { name: 'Till version' }).selectOption('3');
    await expect.poll(() => page.getByText('Inga mål eller insatser har ändrats mellan versionerna.').count()).toBe(1);
    await expectNoAxeViolations(page, 'versions');
  });

  it('flags a follow-up whose date has passed without a meeting on the overview', LONG, async () => {
    await prepare();
    await holdSipMeeting();
    await holdFirstFollowUp();
    await holdSecondFollowUp();
    await page.clock.setSystemTime(new Date('2027-04-20T09:00:00+02:00'));
    await reloadApp(page);
    await home();
    const overdue = page.getByRole('region', { name: 'Försenad uppföljning' });
    await expect.poll(async () => squash((await overdue.textContent()) ?? '')).toContain(`${PERSON}: Mötet tors 15 apr. 2027 har passerat utan att hållas.`);
    expect(await page.getByRole('list', { name: 'Planer på enheten' }).getByText('Försenad uppföljning').count()).toBe(1);
    // The status filter shows followed-up plans only.
    await page.getByRole('combobox', { name: 'Visa planer' }).selectOption('avslutad');
    await expect.poll(() => page.getByRole('list', { name: 'Planer på enheten' }).getByRole('listitem').count()).toBe(0);
    await page.getByRole('combobox', { name: 'Visa planer' }).selectOption('uppfoljd');
    await expect.poll(() => page.getByRole('list', { name: 'Planer på enheten' }).getByRole('listitem').count()).toBe(1);
  });

  it('records a deviation, lists it across plans, and exports it as CSV without the person’s name', async () => {
    // A plan of Vera's, on 20 April 2027.
    const plan = newPlan('plan-vera', new Date('2026-11-23T09:00:00+01:00'));
    plan.person.name = PERSON;
    await page.clock.setSystemTime(new Date('2027-04-20T09:00:00+02:00'));
    planUrl = app.url('/plan/plan-vera');
    await app.openSeeded((p) => seedPlans(p, [plan]), '/plan/plan-vera/avvikelser');
    await page.getByRole('radio', { name: 'Överenskommen insats har inte utförts' }).check();
    await page.getByRole('button', { name: 'Spara avvikelsen' }).click();
    // Parties and what happened are needed: said beside both fields, nothing saved.
    await expect.poll(() => page.getByText('Fyll i fältet.').count()).toBe(2);
    expect(await page.getByRole('list', { name: 'Registrerade avvikelser' }).count()).toBe(0);
    await page.getByRole('textbox', { name: /^Berörda parter/u }).fill('Hemtjänsten; Vårdcentralen');
    await page.getByRole('textbox', { name: /^Vad hände\?/u }).fill('Morgonbesöken uteblev "tre gånger" i april');
    await page.getByRole('button', { name: 'Spara avvikelsen' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Registrerade avvikelser' }).getByRole('listitem').count()).toBe(1);
    await expectNoAxeViolations(page, 'deviations of a plan');
    // One recorded by mistake can be taken back (after a confirmation).
    await page.getByRole('textbox', { name: /^Berörda parter/u }).fill('Fel plan');
    await page.getByRole('textbox', { name: /^Vad hände\?/u }).fill('Skrevs på fel plan');
    await page.getByRole('button', { name: 'Spara avvikelsen' }).click();
    const recorded = page.getByRole('list', { name: 'Registrerade avvikelser' }).getByRole('listitem');
    await expect.poll(() => recorded.count()).toBe(2);
    await recorded.filter({ hasText: 'Skrevs på fel plan' }).getByRole('button', { name: 'Ta bort' }).click();
    await expect.poll(() => recorded.count()).toBe(1);

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avvikelser' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Registrerade avvikelser' }).getByText(PERSON).count()).toBe(1);
    const csv = readFileSync(await download('Exportera som CSV'), 'utf8');
    const planId = planUrl.split('/').at(-1)!;
    expect(csv.startsWith('\uFEFFDatum;Typ;Berörda parter;Beskrivning;Plan-id;Registrerad\r\n')).toBe(true);
    expect(csv).toContain(
      `2027-04-20;Överenskommen insats har inte utförts;"Hemtjänsten; Vårdcentralen";"Morgonbesöken uteblev ""tre gånger"" i april";${planId};2027-04-20`,
    );
    expect(csv).not.toContain('Vera');
    await page.getByRole('button', { name: 'Exportera som PDF' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Klart: 1 PDF.' }).count(), { timeout: 60_000 }).toBe(1);
    await expectNoAxeViolations(page, 'all deviations');
    const pdf = squash(pdftotext(await download(/^Spara – Avvikelser/u)));
    for (const words of ['Avvikelser i samordnad individuell plan', 'Överenskommen insats har inte utförts', 'Morgonbesöken uteblev', planId])
      expect(pdf).toContain(words);
    expect(pdf).not.toContain('Vera');
  });

  it('is closed: a reason, the date, where to turn; read-only after; a notice for the person, the family and every participant', LONG, async () => {
    await threeMeetingsHeld();
    // Vera's sister joins the plan before it closes: she too must learn that it no longer applies.
    await openApp(page, `${planUrl}/person`);
    await page.getByRole('button', { name: 'Lägg till vårdnadshavare eller företrädare' }).click();
    await group(/^Företrädare 1/)
      .getByRole('combobox', { name: 'Typ' })
      .selectOption('narstaende');
    await group(/^Företrädare 1/)
      .getByRole('textbox', { name: 'Namn (obligatoriskt)' })
      .fill('Eva Lund');
    await waitUntilSaved(page);
    await openApp(page, `${planUrl}/avsluta`);
    await page.getByRole('button', { name: 'Avsluta SIP:en' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Rätta det som är markerat' }).count()).toBe(1);
    await page.getByRole('radio', { name: 'Målen är uppnådda' }).check();
    await page.getByRole('textbox', { name: /^Vart vänder sig personen/u }).fill('Ring kommunens kontaktcenter, 0771-00 00 00');
    await expectNoAxeViolations(page, 'closing');
    await page.getByRole('button', { name: 'Avsluta SIP:en' }).click();
    await expect.poll(() => page.getByText('SIP:en avslutades tis 20 apr. 2027. Skäl: Målen är uppnådda.').count()).toBe(1);

    await page.getByRole('button', { name: 'Skapa meddelanden för alla' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Klart: 4 PDF:er.' }).count(), { timeout: 60_000 }).toBe(1);
    const anna = squash(pdftotext(await download('Spara – Anna Berg, Socialtjänsten')));
    for (const words of [
      'Meddelande: SIP:en är avslutad',
      `Den samordnade individuella planen för ${PERSON} är avslutad från och med tis 20 apr. 2027.`,
      'Målen är uppnådda',
      'Ring kommunens kontaktcenter, 0771-00 00 00',
      '· version 3 ·',
      // The sender: the chair, as no meeting named a lead.
      'Från Anna Berg, Socialtjänsten (mötesledare)',
    ]) {
      expect(anna).toContain(words);
    }
    const vera = squash(pdftotext(await download('Spara – Lättläst – Vera')));
    expect(vera).toContain('Din plan är avslutad');
    expect(vera).toContain('Om du behöver hjälp igen');
    expect(vera).toContain('Anna Berg på Socialtjänsten skickar det här brevet. Anna Berg ledde mötena om din plan.');
    const eva = squash(pdftotext(await download('Spara – Ditt exemplar – Eva Lund, närstående')));
    for (const words of [
      `Planen för ${PERSON} är avslutad`,
      `Planen för ${PERSON} gäller inte längre. Den är avslutad från och med tisdag 20 april 2027.`,
      'Varför? Målen är uppnådda.',
      'Ring kommunens kontaktcenter, 0771-00 00 00',
      'Anna Berg på Socialtjänsten skickar det här brevet. Anna Berg ledde mötena om planen.',
    ]) {
      expect(eva).toContain(words);
    }

    // Read-only: the preparation cannot change, and no meeting can start.
    await reloadApp(page);
    await page
      .getByRole('link', { name: /Personen/ })
      .first()
      .click();
    expect(await page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true }).first().isDisabled()).toBe(true);
    expect(await page.getByText('SIP:en är avslutad. Planen kan läsas men inte ändras.', { exact: false }).count()).toBe(1);
    await page.getByRole('link', { name: /Möten/ }).first().click();
    await expect.poll(() => page.getByText('SIP:en är avslutad. Inga nya möten kan startas i den.', { exact: false }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Starta mötet' }).count()).toBe(0);
    // The only way on is a new SIP for the same person, with the participants.
    await page
      .getByRole('link', { name: /Avsluta/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Starta en ny SIP för samma person' }).click();
    await page.waitForURL(/\/plan\/[^/]+\/person$/u);
    expect(page.url()).not.toContain(planUrl.split('/').at(-1)!);
    expect(await page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true }).first().inputValue()).toBe(PERSON);
    expect(await page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true }).first().isDisabled()).toBe(false);
    await page
      .getByRole('link', { name: /Deltagare/ })
      .first()
      .click();
    expect(
      await group(/^Deltagare 2/)
        .getByRole('textbox', { name: 'Namn (obligatoriskt)' })
        .inputValue(),
    ).toBe('Omar Said');
  });

  it('counts the meetings for the statistics, and exports them without names', LONG, async () => {
    await threeMeetingsHeld();
    await closePlan();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Statistik' }).click();
    await heading('Statistik').waitFor();
    const figures = squash((await page.locator('dl.figures').textContent()) ?? '');
    expect(figures).toContain('Hållna möten3');
    expect(figures).toContain('Möten där personen deltog100 %');
    expect(figures).toContain('Genomsnittlig upplevelse av mötet (1–5)4 (3 svar)');
    expect(figures).toContain('Uppföljningar i tid2 av 3');
    const csv = readFileSync(await download('Exportera som CSV'), 'utf8');
    expect(csv).toContain('Hållna möten;3\r\n');
    expect(csv).toContain('2026-11;1\r\n2027-01;1\r\n2027-03;1\r\n');
    expect(csv).toContain('Uppföljningar i tid;2;3\r\n');
    // Time per phase: Inledning was in all three meetings.
    expect(csv).toContain('Fas;Möten;Budget, minuter;Använd tid, minuter\r\n');
    expect(csv).toMatch(/\r\nInledning;3;6;[\d,]+\r\n/u);
    for (const name of ['Vera', 'Anna Berg', 'Omar']) expect(csv).not.toContain(name);
    await expectNoAxeViolations(page, 'statistics');
  });
});
