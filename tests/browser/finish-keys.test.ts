// The chair's hands (issue 13, points 5 and 6), through the built app under Playwright's clock:
// before "Avsluta mötet" the chair sees what is missing, each with a way to where it is done, and
// can still finish; "Nästa talare" puts the cursor in the new speaker's note, Esc leaves a text
// field so that space pauses again, and the shortcuts are listed on the meeting screen.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting';
import { newMeetingClock } from '../../src/domain/timer';
import { heldMeeting, PERSON_NAME } from '../fixtures/heldMeeting';
import { axeWhileRunning, pauseAtMinute, startCircleAt } from './harness';
import { seedPlanAndMeeting } from './seed';
import { useAppSession } from './session';

const app = useAppSession({ timeoutMs: 20_000 });
const START = new Date('2026-11-23T09:30:00+01:00');
const IDS = { plan: 'plan-keys-1', meeting: 'meeting-keys-1' };
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/** The fixture's plan with a meeting where nothing is agreed yet and one attendee is not marked. */
async function seed(page: Page): Promise<void> {
  const { plan, meeting } = heldMeeting();
  plan.id = IDS.plan;
  plan.status = 'forberedelse';
  const last = meeting.attendance.length - 1;
  const open: Meeting = {
    ...meeting,
    id: IDS.meeting,
    planId: IDS.plan,
    status: 'pagar',
    heldAt: '',
    clock: newMeetingClock(),
    attendanceDone: false,
    attendance: meeting.attendance.map((a, i) => ({ ...a, status: i === last ? 'ej-angiven' : 'narvarande' })),
    speakers: [],
    goals: [],
    interventions: [],
    ownActions: [],
    leadParticipantId: '',
    agreement: '',
    followUp: { date: '', startTime: '', place: '' },
    review: null,
  };
  await seedPlanAndMeeting(page, plan, open);
}

const at = (minutes: number, seconds = 0) => pauseAtMinute(app.page, START, minutes, seconds);

const axe = (screen: string, shot: string) => axeWhileRunning(app.page, screen, `${SHOTS}/${shot}.png`);

const heading = (name: string) => app.page.getByRole('heading', { level: 1, name });
const toPhase = (name: string) =>
  app.page
    .getByRole('navigation', { name: 'Faser' })
    .getByRole('button', { name: new RegExp(name) })
    .click();
const speakerGroup = (name: string) => app.page.getByRole('group', { name: new RegExp(`^\\d+\\. ${name}`) });
const pauseButton = () => app.page.getByRole('region', { name: 'Tider' }).getByRole('button', { name: /^(Pausa|Fortsätt)$/ });
const missingList = () => app.page.getByRole('region', { name: 'Innan du avslutar' });

/** Under the clock, two minutes before START: the meeting stored, opened, and its circle started at START. */
const startedMeeting = () => startCircleAt(app, seed, `/mote/${IDS.meeting}`, START);
const isFocused = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => el === document.activeElement);

describe('the keyboard', () => {
  it('lists the shortcuts on the meeting screen', async () => {
    const page = await startedMeeting();
    const summary = page.getByText('Kortkommandon', { exact: true });
    expect(await summary.isVisible()).toBe(true);
    for (const line of ['Mellanslag: pausa eller fortsätt', 'Vänsterpil: föregående fas', 'Högerpil: nästa fas', /^Esc: lämna textfältet/]) {
      expect(await page.getByRole('listitem').filter({ hasText: line }).first().isVisible(), String(line)).toBe(true);
    }
    // Collapsible: closed with its summary, opened again.
    await summary.click();
    expect(await page.getByText('Högerpil: nästa fas').isVisible()).toBe(false);
    await summary.click();
    expect(await page.getByText('Högerpil: nästa fas').isVisible()).toBe(true);
  });

  it('puts the cursor in the new speaker’s note after “Nästa talare”; Esc then space pauses', async () => {
    const page = await startedMeeting();
    await at(2);
    await toPhase('Aktuell situation');
    await expect.poll(() => heading('Aktuell situation').count()).toBe(1);
    const next = page.getByRole('button', { name: 'Nästa talare' });
    await next.click();
    const personNote = speakerGroup(PERSON_NAME).getByRole('textbox', { name: 'Anteckning' });
    await expect.poll(() => isFocused(personNote)).toBe(true);
    await at(3);
    await next.click();
    const second = page.getByRole('group', { name: /^2\. / });
    const secondNote = second.getByRole('textbox', { name: 'Anteckning' });
    await expect.poll(() => isFocused(secondNote)).toBe(true);
    // Typing goes into the note, spaces included: no shortcut fires while typing.
    await page.keyboard.type('Har kontakt varje vecka.');
    expect(await secondNote.inputValue()).toBe('Har kontakt varje vecka.');
    expect(await pauseButton().textContent()).toBe('Pausa');
    // Esc leaves the field for its own section, not the page body.
    await page.keyboard.press('Escape');
    expect(await isFocused(secondNote)).toBe(false);
    expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
    expect(await second.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press(' ');
    await expect.poll(() => pauseButton().textContent()).toBe('Fortsätt');
    expect(await secondNote.inputValue()).toBe('Har kontakt varje vecka.');
    await page.keyboard.press(' ');
    await expect.poll(() => pauseButton().textContent()).toBe('Pausa');
    await axe('Aktuell situation after Esc', 'finish-keys-escape');
  });
});

describe('before “Avsluta mötet”', () => {
  it('lists what is missing, each with a way to where it is done, and the list shrinks', async () => {
    const page = await startedMeeting();
    await at(10);
    await toPhase('Avslutning');
    await expect.poll(() => heading('Avslutning').count()).toBe(1);
    const items = () => missingList().getByRole('listitem').allTextContents();
    const texts = (await items()).map((s) => s.replace(/\s+/g, ' '));
    expect(texts.length).toBe(6);
    for (const [i, label] of [
      'Närvaro är inte angiven för alla',
      'Inget mål',
      'Ingen insats',
      'Ingen huvudansvarig',
      'Inget svar från personen',
      'Ingen uppföljning bokad',
    ].entries()) {
      expect(texts[i], label).toContain(label);
    }
    // The list is above the finish button.
    const listBox = await missingList().boundingBox();
    const finishBox = await page.getByRole('button', { name: 'Avsluta mötet' }).last().boundingBox();
    expect(listBox!.y).toBeLessThan(finishBox!.y);
    await axe('Avslutning with what is missing', 'finish-keys-missing');

    await missingList()
      .getByRole('button', { name: /^Gå till Sammanfattning\W+Ingen huvudansvarig$/ })
      .click();
    await expect.poll(() => heading('Sammanfattning').count()).toBe(1);
    // Focus lands on the field that names the lead, not at the top of the phase.
    await expect.poll(() => isFocused(page.getByRole('combobox', { name: 'Huvudansvarig' }))).toBe(true);
    await toPhase('Avslutning');
    await missingList()
      .getByRole('button', { name: /^Gå till Avslutning\W+Ingen uppföljning bokad$/ })
      .click();
    await expect.poll(() => isFocused(page.getByLabel('Datum', { exact: true }))).toBe(true);
    await toPhase('Avslutning');
    await missingList()
      .getByRole('button', { name: /^Gå till Behov\W+Inget mål$/ })
      .click();
    await expect.poll(() => heading('Behov').count()).toBe(1);
    // The keyboard goes on from the phase's heading, not from the page body.
    await expect.poll(() => isFocused(heading('Behov'))).toBe(true);
    await page.getByRole('button', { name: 'Lägg till kortsiktigt mål' }).click();
    await toPhase('Avslutning');
    await expect.poll(() => heading('Avslutning').count()).toBe(1);
    const names = await missingList()
      .getByRole('button')
      .evaluateAll((els) => els.map((e) => e.textContent));
    expect(names.length, names.join('|')).toBe(5);
    const after = (await items()).join('|');
    expect((await items()).length).toBe(5);
    expect(after).not.toContain('Inget mål');
    expect(after).toContain('Ingen insats');

    // Attendance: its own view, and back into the circle.
    await missingList()
      .getByRole('button', { name: /^Gå till Närvaro\W+Närvaro är inte angiven för alla$/ })
      .click();
    await expect.poll(() => heading('Närvaro').count()).toBe(1);
    await expect.poll(() => isFocused(heading('Närvaro'))).toBe(true);
    await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
    await expect.poll(() => heading('Avslutning').count()).toBe(1);
  });

  it('still lets the chair finish', async () => {
    // Nothing added: the meeting still misses everything the list names.
    const page = await startedMeeting();
    await at(10);
    await toPhase('Avslutning');
    await expect.poll(() => heading('Avslutning').count()).toBe(1);
    await at(20);
    await page.getByRole('button', { name: 'Avsluta mötet' }).last().click();
    await expect.poll(() => heading('Mötet är hållet').count()).toBe(1);
  });
});
