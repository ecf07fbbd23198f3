// Sealed at rest and locked, in the built app: nothing a chair types is readable in IndexedDB; the
// app warns half a minute before it locks after the idle time (the longer meeting idle time while a
// meeting's timer runs), locks on "Lås" and after being hidden, and then shows nothing about anyone;
// unlocking continues the meeting with its timers right; a meeting left running for hours is paused
// at projected end + 2 h; wrong passcodes meet a wait that a reload keeps, said and counted alike; the passcode can be changed; a forgotten passcode can
// only erase the device. Time is Playwright's clock, so idle minutes pass at once.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { newParticipant, newPlan, type Plan } from '../../src/domain/plan';
import { heldMeeting, PERSON_NAME } from '../fixtures/heldMeeting';
import { expectNoAxeViolations, reloadApp, TEST_PASSCODE, unlockApp, waitUntilSaved } from './harness';
import { readStoredRows, seedPlans } from './seed';
import { useAppSession } from './session';

const NAME = 'Zlatko Hemligsson';
const PERSONNUMMER = '811218-9876';
const FREE_TEXT = 'Vill gärna bo kvar nära mormor i Ystad';
const GOAL = 'Klarar att handla själv';
const NEW_PASSCODE = 'en lång lösenfras';
const SECRETS = [NAME, 'Hemligsson', '8112189876', '811218-9876', 'mormor i Ystad', GOAL];

const app = useAppSession();

/** Zlatko's plan as a chair left it: personnummer, free text, and Anna Berg as the chair. */
function zlatkosPlan(): Plan {
  const plan = newPlan('plan-zlatko', new Date('2026-11-23T08:30:00+01:00'));
  plan.person.name = NAME;
  plan.person.idNumber = PERSONNUMMER;
  plan.preparation.whatMatters = FREE_TEXT;
  plan.participants = [{ ...newParticipant('p-anna'), name: 'Anna Berg', isChair: true }];
  return plan;
}

/** Opens the app with Zlatko's plan stored (sealed by the unlock), at a path: by default its Deltagare. */
const openZlatkosPlan = (path = '/plan/plan-zlatko/deltagare') => app.openSeeded((p) => seedPlans(p, [zlatkosPlan()]), path);

/** From the plan's screen, starts its meeting and goes on to the phase Behov: the meeting's timer runs. */
async function startMeetingAtBehov(page: Page): Promise<void> {
  await page.getByRole('link', { name: /Möten/ }).first().click();
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inledning' }).waitFor();
  await page.getByRole('button', { name: 'Nästa fas →' }).click();
  await page.getByRole('heading', { level: 1, name: 'Aktuell situation' }).waitFor();
  await page.getByRole('button', { name: 'Nästa fas →' }).click();
  await page.getByRole('heading', { level: 1, name: 'Behov' }).waitFor();
}

const lockHeading = () => app.page.getByRole('heading', { level: 1, name: 'Appen är låst' });
/** The warning before the idle lock: an alert dialog, announced by its name and description. */
const idleWarning = () => app.page.getByRole('alertdialog', { name: 'Appen låses snart' });
/** What has focus, as a chair would name it. */
const focused = () =>
  app.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const label = (el.id ? document.querySelector(`label[for="${el.id}"]`) : el.closest('label'))?.textContent;
    const name = label ?? (el.tagName === 'BUTTON' ? el.textContent : el.id);
    return `${el.tagName.toLowerCase()}:${(name ?? '').trim()}`;
  });
const passcodeField = () => app.page.getByLabel('Lösenkod', { exact: true });

/** The meeting's elapsed time as a screen reader hears it ("m:ss" or "h:mm:ss"), in seconds. */
async function elapsedSeconds(): Promise<number> {
  const text = (await app.page.locator('[data-timer="meeting-elapsed"]').getAttribute('aria-label')) ?? '';
  return text.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
}

/** Everything the page shows and its title, to search for personal data. */
async function visibleText(): Promise<string> {
  const page = app.page;
  return `${await page.title()}\n${await page.evaluate(() => document.body.innerText)}\n${await page.content()}`;
}

/** Every row of every object store of every IndexedDB database of the origin, as stored. */
async function rawIndexedDb(): Promise<string> {
  return app.page.evaluate(async () => {
    const bytes = (value: unknown): unknown =>
      value instanceof Uint8Array || value instanceof ArrayBuffer
        ? // Binary as text in three encodings, so that a string stored as bytes would still be found.
          (() => {
            const view = value instanceof Uint8Array ? value : new Uint8Array(value);
            return [new TextDecoder().decode(view), new TextDecoder('utf-16le').decode(view), String.fromCharCode(...view)].join(' ');
          })()
        : value;
    const dump: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        dump.push(`${info.name}/${store}: ${JSON.stringify(rows, (_key, value) => bytes(value))}`);
      }
      db.close();
    }
    return dump.join('\n');
  });
}

describe('the passcode and the lock', () => {
  // Time is Playwright's clock from a Monday morning, and the app's questions are answered yes.
  beforeEach(async () => {
    await app.page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') });
    app.page.on('dialog', (dialog) => void dialog.accept());
  });

  it('asks for a passcode on first start, explains that it cannot be recovered, and refuses a short or mistyped one', async () => {
    const page = app.page;
    await page.goto(app.url('/'));
    await page.getByRole('heading', { level: 1, name: 'Välj lösenkod' }).waitFor();
    expect(await page.title()).toBe('Välj lösenkod – SIP-mötet');
    expect(await page.getByText('Glömmer du den går uppgifterna inte att återskapa, annat än från en säkerhetskopia.').count()).toBe(1);
    await expectNoAxeViolations(page, 'choose a passcode');
    await passcodeField().fill('12345');
    await page.getByLabel('Skriv lösenkoden igen').fill('12346');
    await page.getByRole('button', { name: 'Spara lösenkoden och börja' }).click();
    await expect.poll(() => page.getByText('Koden behöver minst 6 siffror, eller en lösenfras med minst 8 tecken.').count()).toBe(1);
    expect(await page.getByText('Koderna är inte likadana.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Lås', exact: true }).count()).toBe(0);
    await unlockApp(page);
    await page.getByRole('heading', { level: 1, name: 'Planer' }).waitFor();
  });

  it('stores nothing readable: the name, personnummer and free text are in no IndexedDB row', async () => {
    const page = await app.open('/');
    await page.getByRole('button', { name: 'Ny plan' }).click();
    await page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true }).fill(NAME);
    await page.getByRole('textbox', { name: 'Personnummer eller samordningsnummer' }).fill(PERSONNUMMER);
    await page
      .getByRole('link', { name: /Vad är viktigt/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Vad är viktigt för dig?', exact: true }).fill(FREE_TEXT);
    await page
      .getByRole('link', { name: /Deltagare/ })
      .first()
      .click();
    await page.getByRole('button', { name: /Lägg till deltagare/ }).click();
    const participant = page.getByRole('group', { name: /^Deltagare 1/ });
    await participant.getByRole('textbox', { name: 'Namn (obligatoriskt)' }).fill('Anna Berg');
    await participant.getByRole('checkbox', { name: 'Mötesledare' }).check();
    await page.clock.runFor(1000);
    await waitUntilSaved(page);

    const raw = await rawIndexedDb();
    expect(raw).toContain('sip-motesledare/plans');
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
    expect(raw).not.toContain(TEST_PASSCODE);
    const webStorage = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)) + JSON.stringify(Object.entries(sessionStorage)));
    for (const secret of SECRETS) expect(webStorage).not.toContain(secret);
  });

  it('warns half a minute before the idle lock, with one press to stay that keeps focus where it was', async () => {
    const page = await openZlatkosPlan();
    await page.getByRole('heading', { level: 1 }).first().click();
    const field = page.getByRole('textbox', { name: 'Namn (obligatoriskt)' }).first();
    await field.focus();
    const value = await field.inputValue();
    const where = await focused();
    expect(where).toMatch(/^input:Namn/u);
    await page.clock.runFor(4 * 60_000 + 20_000);
    expect(await idleWarning().count()).toBe(0);
    await page.clock.runFor(15_000);
    await idleWarning().waitFor();
    expect(await lockHeading().count()).toBe(0);
    // Announced: an alert dialog whose description says when, and focus on its one button.
    const description = await idleWarning().evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' '),
    );
    expect(description).toMatch(/^Appen låses om (2\d|30) sekunder\. Den har inte använts på en stund\./u);
    expect(await focused()).toBe('button:Fortsätt arbeta');
    // The countdown is quiet: no live region inside the dialog.
    expect(await idleWarning().locator('[aria-live], [role="status"], [role="alert"]').count()).toBe(0);
    const box = await idleWarning().getByRole('button', { name: 'Fortsätt arbeta' }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await expectNoAxeViolations(page, 'the warning before the idle lock');
    // One press (Enter, as a keyboard user would) keeps the app unlocked; focus goes back, and the key does nothing there.
    await page.keyboard.press('Enter');
    await expect.poll(() => idleWarning().count()).toBe(0);
    expect(await focused()).toBe(where);
    expect(await field.inputValue()).toBe(value);
    await page.clock.runFor(60_000);
    expect(await lockHeading().count()).toBe(0);
    // Again, and a tap on the button: the same.
    await page.clock.runFor(3 * 60_000 + 40_000);
    await idleWarning().waitFor();
    // (A tap: the warning goes at the touch itself, before any click could land.)
    const tap = (await idleWarning().getByRole('button', { name: 'Fortsätt arbeta' }).boundingBox())!;
    await page.mouse.click(tap.x + tap.width / 2, tap.y + tap.height / 2);
    await expect.poll(() => idleWarning().count()).toBe(0);
    expect(await focused()).toBe(where);
    await page.clock.runFor(4 * 60_000);
    expect(await lockHeading().count()).toBe(0);
    expect(await idleWarning().count()).toBe(0);
  });

  it('locks after five idle minutes, shows nothing about the person, and unlocks to the same screen', async () => {
    const page = await openZlatkosPlan();
    const screen = page.url();
    await page.getByRole('heading', { level: 1 }).first().click();
    await page.clock.runFor(4 * 60_000);
    expect(await lockHeading().count()).toBe(0);
    await page.clock.runFor(25_000);
    expect(await idleWarning().count()).toBe(0);
    await page.clock.runFor(10_000);
    await idleWarning().waitFor();
    expect(await lockHeading().count()).toBe(0);
    await page.clock.runFor(30_000);
    await lockHeading().waitFor();
    expect(await idleWarning().count()).toBe(0);
    expect(page.url()).toBe(screen);
    expect(await page.title()).toBe('Låst – SIP-mötet');
    const shown = await visibleText();
    for (const secret of [...SECRETS, 'Anna Berg']) expect(shown).not.toContain(secret);
    await expectNoAxeViolations(page, 'lock screen');

    await unlockApp(page);
    expect(page.url()).toBe(screen);
    await expect
      .poll(() =>
        page
          .getByRole('group', { name: /^Deltagare 1/ })
          .getByRole('textbox', { name: 'Namn (obligatoriskt)' })
          .inputValue(),
      )
      .toBe('Anna Berg');
  });

  it('a running meeting holds off the normal idle lock; "Lås" locks it, and unlocking continues it with the timers right', async () => {
    const page = await openZlatkosPlan();
    await startMeetingAtBehov(page);
    await page.getByRole('button', { name: /Lägg till långsiktigt mål/ }).click();
    await page.getByRole('textbox', { name: 'Långsiktigt mål' }).fill(GOAL);

    const before = await elapsedSeconds();
    await page.clock.runFor(12 * 60_000);
    expect(await lockHeading().count()).toBe(0);
    // (The display may trail the clock by its last second.)
    expect(await elapsedSeconds()).toBeGreaterThanOrEqual(before + 12 * 60 - 1);

    await page.getByRole('button', { name: 'Lås', exact: true }).click();
    await lockHeading().waitFor();
    const shown = await visibleText();
    for (const secret of [...SECRETS, 'Anna Berg']) expect(shown).not.toContain(secret);
    // Locked for ten minutes: the meeting's timers keep counting from their timestamps.
    await page.clock.runFor(10 * 60_000);
    await unlockApp(page);
    await page.getByRole('heading', { level: 1, name: 'Behov' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Långsiktigt mål' }).inputValue()).toBe(GOAL);
    // 22 minutes on, give or take the few real seconds the steps took.
    expect((await elapsedSeconds()) - before).toBeGreaterThanOrEqual(22 * 60 - 1);
    expect((await elapsedSeconds()) - before).toBeLessThan(22 * 60 + 15);

    // The chair may choose to lock during a running meeting too.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('checkbox', { name: 'Lås även när ett mötes tidtagning pågår' }).check();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Behov' }).waitFor();
    await page.clock.runFor(5 * 60_000);
    await lockHeading().waitFor();
    await unlockApp(page);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('checkbox', { name: 'Lås även när ett mötes tidtagning pågår' }).uncheck();
  });

  it('a running meeting left alone warns and locks after the meeting idle time (20 minutes); "Fortsätt arbeta" keeps it open', async () => {
    const page = await openZlatkosPlan();
    await startMeetingAtBehov(page);
    const behov = page.getByRole('heading', { level: 1, name: 'Behov' });
    await behov.waitFor();
    await behov.click();
    const where = await focused();
    // Running: the button pauses it.
    expect(await page.getByRole('button', { name: 'Pausa' }).count()).toBe(1);
    await page.clock.runFor(19 * 60_000 + 20_000);
    expect(await idleWarning().count()).toBe(0);
    expect(await lockHeading().count()).toBe(0);
    await page.clock.runFor(15_000);
    await idleWarning().waitFor();
    expect(
      await idleWarning()
        .getByText(/^Appen låses om (2\d|30) sekunder\.$/u)
        .count(),
    ).toBe(1);
    expect(await focused()).toBe('button:Fortsätt arbeta');
    await expectNoAxeViolations(page, 'the warning during a meeting');
    await page.keyboard.press('Enter');
    await expect.poll(() => idleWarning().count()).toBe(0);
    expect(await focused()).toBe(where);
    await page.clock.runFor(19 * 60_000);
    expect(await idleWarning().count()).toBe(0);
    expect(await lockHeading().count()).toBe(0);
    // Nobody comes back: the warning, then the lock, with the meeting still running behind it.
    await page.clock.runFor(35_000);
    await idleWarning().waitFor();
    await page.clock.runFor(30_000);
    await lockHeading().waitFor();
    expect(await idleWarning().count()).toBe(0);
  });

  it('a running meeting left for hours is paused two hours after its projected end: opening it says so, and it can be continued or finished', async () => {
    const page = await openZlatkosPlan();
    await startMeetingAtBehov(page);
    await page.getByRole('button', { name: 'Lås', exact: true }).click();
    await lockHeading().waitFor();
    const notice = page.getByRole('alert').filter({ hasText: 'Mötet har pausats' });
    /** Every timer's figures as a screen reader hears them (what the screen shows): as a clock shows them, never absurd. */
    const timerTexts = () => page.locator('[data-timer]').evaluateAll((timers) => timers.map((timer) => timer.getAttribute('aria-label') ?? ''));
    // Locked with the meeting running, and nobody back for five hours.
    await page.clock.fastForward(5 * 60 * 60_000);
    await unlockApp(page);
    await page.getByRole('heading', { level: 1, name: 'Behov' }).waitFor();
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/pausades därför \d{1,2} november kl\. \d\d:\d\d\. Tiden efter det räknas inte\./u);
    // Paused AT the cut-off: the meeting (60 minutes) has run two hours past its end, not five hours more.
    const elapsed = await elapsedSeconds();
    expect(elapsed).toBeGreaterThanOrEqual(2 * 3600);
    expect(elapsed).toBeLessThanOrEqual(3 * 3600);
    for (const text of await timerTexts()) expect(text).toMatch(/^(−?\d{1,2}:\d\d(:\d\d)?|\d\d:\d\d)$/u);
    expect(await page.getByRole('button', { name: 'Fortsätt', exact: true }).count()).toBe(1);
    await page.clock.runFor(5_000);
    expect(await elapsedSeconds()).toBe(elapsed);
    await expectNoAxeViolations(page, 'a meeting paused because nobody ended it');
    // Said whenever the meeting is opened until the chair continues or ends it, after a reload too.
    await reloadApp(page);
    await notice.waitFor();
    expect(await elapsedSeconds()).toBe(elapsed);

    // Continue: it runs again, and the notice has done its work.
    await notice.getByRole('button', { name: 'Fortsätt mötet' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Pausa' }).count()).toBe(1);
    await page.clock.runFor(5_000);
    expect(await elapsedSeconds()).toBeGreaterThanOrEqual(elapsed + 4);

    // Left again: paused two hours after it was continued, and finished from the notice.
    await page.getByRole('button', { name: 'Lås', exact: true }).click();
    await lockHeading().waitFor();
    await page.clock.fastForward(3 * 60 * 60_000);
    await unlockApp(page);
    await notice.waitFor();
    const again = await elapsedSeconds();
    expect(again - elapsed).toBeGreaterThanOrEqual(2 * 3600);
    expect(again - elapsed).toBeLessThan(2 * 3600 + 60);
    await notice.getByRole('button', { name: 'Avsluta mötet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mötet är hållet' }).waitFor();
    expect(await page.getByText(/^Mötet pågick \d+ timmar( och \d+ minut(er)?)?\.$/u).count()).toBe(1);
  });

  it('covers the page while it is hidden, and locks when it was hidden for the idle time', async () => {
    const page = await app.open('/');
    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    const cover = page.locator('.privacy-cover');
    await setHidden(true);
    expect(await cover.isVisible()).toBe(true);
    expect(await cover.textContent()).toBe('SIP-mötetAppen är dold');
    await page.clock.runFor(60_000);
    await setHidden(false);
    expect(await cover.count()).toBe(0);
    expect(await lockHeading().count()).toBe(0);

    await setHidden(true);
    // No warning for the hidden-time lock: nobody could see it.
    await page.clock.runFor(4 * 60_000 + 45_000);
    expect(await idleWarning().count()).toBe(0);
    await page.clock.runFor(15_000);
    await setHidden(false);
    await lockHeading().waitFor();
    expect(await idleWarning().count()).toBe(0);
    expect(await cover.count()).toBe(0);
    await unlockApp(page);
  });

  it('wrong passcodes meet a growing wait that a reload does not reset; "Fel lösenkod" stays, and the wait and its countdown agree', async () => {
    const page = await app.open('/');
    const alert = () => page.getByRole('alert');
    const countdown = () => page.getByText(/^Du kan försöka igen om/u);
    await page.getByRole('button', { name: 'Lås', exact: true }).click();
    await lockHeading().waitFor();
    // Time stands still but for the test's own steps, so every figure can be read exactly.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    try {
      for (const wrong of ['111111', '222222']) {
        await passcodeField().fill(wrong);
        await page.getByRole('button', { name: 'Lås upp' }).click();
        await expect.poll(() => alert().textContent()).toBe('Fel lösenkod.');
        // It stays until the next try, not just a second.
        await page.clock.runFor(4_000);
        expect(await alert().textContent()).toBe('Fel lösenkod.');
      }
      await passcodeField().fill('333333');
      await page.getByRole('button', { name: 'Lås upp' }).click();
      await expect.poll(() => alert().textContent()).toBe('Fel lösenkod. Vänta 30 sekunder innan du försöker igen.');
      expect(await countdown().textContent()).toBe('Du kan försöka igen om 30 sekunder.');
      expect(await page.getByRole('button', { name: 'Lås upp' }).isDisabled()).toBe(true);
      // The alert says it once; the countdown beside it is quiet, and counts whole seconds.
      expect(await countdown().evaluate((el) => el.closest('[role="alert"], [role="status"], [aria-live]'))).toBeNull();
      await page.clock.runFor(1_000);
      expect(await countdown().textContent()).toBe('Du kan försöka igen om 29 sekunder.');
      expect(await alert().textContent()).toBe('Fel lösenkod. Vänta 30 sekunder innan du försöker igen.');
      await page.clock.runFor(4_000);
      expect(await countdown().textContent()).toBe('Du kan försöka igen om 25 sekunder.');

      await page.reload();
      await lockHeading().waitFor();
      await expect.poll(() => alert().textContent()).toMatch(/^Vänta \d+ sekunder innan du försöker igen\.$/u);
      // Said and counted from one reading of the clock: the same figure.
      const said = /(\d+) sekunder/u.exec((await alert().textContent())!)![1];
      expect(Number(said)).toBeLessThanOrEqual(25);
      expect(await countdown().textContent()).toBe(`Du kan försöka igen om ${said} sekunder.`);
      expect(await page.getByRole('button', { name: 'Lås upp' }).isDisabled()).toBe(true);
      await page.clock.runFor(Number(said) * 1000);
      await expect.poll(() => page.getByRole('button', { name: 'Lås upp' }).isDisabled()).toBe(false);
      // And the alert, which said to wait, is gone; so is the countdown.
      expect(await alert().count()).toBe(0);
      expect(await countdown().count()).toBe(0);

      // A wrong passcode after the wait: said, and kept after its wait is over.
      await passcodeField().fill('444444');
      await page.getByRole('button', { name: 'Lås upp' }).click();
      await expect.poll(() => alert().textContent()).toBe('Fel lösenkod. Vänta 60 sekunder innan du försöker igen.');
      expect(await countdown().textContent()).toBe('Du kan försöka igen om 60 sekunder.');
      await page.clock.runFor(60_000);
      await expect.poll(() => page.getByRole('button', { name: 'Lås upp' }).isDisabled()).toBe(false);
      expect(await alert().textContent()).toBe('Fel lösenkod.');
      expect(await countdown().count()).toBe(0);
    } finally {
      // Time runs again for the last step, whatever happened here.
      await page.clock.resume();
    }
    await unlockApp(page);
  });

  it('changes the passcode under Inställningar: the old one stops working, every plan stays readable', async () => {
    const page = await openZlatkosPlan('/installningar');
    await page.getByRole('heading', { level: 2, name: 'Lås och lösenkod' }).waitFor();
    await expectNoAxeViolations(page, 'settings with the lock');
    const form = page.getByRole('form', { name: 'Byt lösenkod' });
    await form.getByLabel('Nuvarande lösenkod').fill('000000');
    await form.getByLabel('Ny lösenkod').fill(NEW_PASSCODE);
    await form.getByLabel('Skriv lösenkoden igen').fill(NEW_PASSCODE);
    await form.getByRole('button', { name: 'Byt lösenkod' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Den nuvarande lösenkoden stämmer inte. Inget har ändrats.' }).count()).toBe(1);
    await form.getByLabel('Nuvarande lösenkod').fill(TEST_PASSCODE);
    await form.getByRole('button', { name: 'Byt lösenkod' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Lösenkoden är bytt.' }).count()).toBe(1);

    await page.reload();
    await lockHeading().waitFor();
    await passcodeField().fill(TEST_PASSCODE);
    await page.getByRole('button', { name: 'Lås upp' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Fel lösenkod.' }).count()).toBe(1);
    await unlockApp(page, NEW_PASSCODE);
    await page.getByRole('link', { name: 'Planer', exact: true }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Planer på enheten' }).getByText(NAME).count()).toBe(1);
    await page.getByRole('link', { name: 'Inställningar' }).click();
  });

  it('a shorter idle time chosen under Inställningar applies at once, and is kept after a reload', async () => {
    // A device whose passcode is a passphrase.
    const page = app.page;
    await page.goto(app.url('/installningar'));
    await unlockApp(page, NEW_PASSCODE);
    const meetingIdle = () => page.getByRole('combobox', { name: 'Under ett pågående möte, lås efter' });
    expect(await meetingIdle().inputValue()).toBe('20');
    await meetingIdle().selectOption('45');
    // Ticked, the normal idle time holds during meetings too, and the meeting's own time is not offered.
    await page.getByRole('checkbox', { name: 'Lås även när ett mötes tidtagning pågår' }).check();
    expect(await meetingIdle().count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Lås även när ett mötes tidtagning pågår' }).uncheck();
    await page.getByRole('combobox', { name: 'Lås automatiskt efter' }).selectOption('1');
    await page.clock.runFor(61_000);
    await lockHeading().waitFor();
    await unlockApp(page, NEW_PASSCODE);
    expect(await page.getByRole('combobox', { name: 'Lås automatiskt efter' }).inputValue()).toBe('1');
    await reloadApp(page, NEW_PASSCODE);
    expect(await page.getByRole('combobox', { name: 'Lås automatiskt efter' }).inputValue()).toBe('1');
    expect(await meetingIdle().inputValue()).toBe('45');
  });

  it('a forgotten passcode can only erase the device, after a confirmation; then a new passcode starts it empty', async () => {
    const page = await openZlatkosPlan('/');
    await page.getByRole('button', { name: 'Lås', exact: true }).click();
    await page.getByText('Glömt lösenkoden?').click();
    await page.getByRole('button', { name: 'Radera allt på enheten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Välj lösenkod' }).waitFor();
    expect(await rawIndexedDb()).not.toContain('Zlatko');
    await unlockApp(page);
    await page.getByRole('link', { name: 'Planer', exact: true }).click();
    await expect.poll(() => page.getByText('Det finns inga planer ännu.', { exact: false }).count()).toBe(1);
  });
});

describe('updating from a version that stored plans readable', () => {
  it('says the plans on the device will be encrypted, and seals them when the passcode is chosen', async () => {
    const older = app.page;
    await older.goto(app.url('/'));
    await older.getByRole('heading', { level: 1, name: 'Välj lösenkod' }).waitFor();
    // As the version before sealing stored it: the rows readable.
    await seedPlans(older, [heldMeeting().plan]);
    expect(JSON.stringify((await readStoredRows(older)).plans)).toContain(PERSON_NAME);
    await older.reload();
    await older.getByText('Planer som redan finns på enheten krypteras när du har valt koden.').waitFor();
    await unlockApp(older);
    const rows = (await readStoredRows(older)).plans as { format: number }[];
    expect(rows.map((row) => row.format)).toEqual([2]);
    expect(JSON.stringify(rows)).not.toContain(PERSON_NAME);
    await older.getByRole('link', { name: 'Planer', exact: true }).click();
    await expect.poll(() => older.getByRole('list', { name: 'Planer på enheten' }).getByText(PERSON_NAME).count()).toBe(1);
  });
});
