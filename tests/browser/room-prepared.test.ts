// Everyone in the room (issue 12, parts 4–6), through the built app under Playwright's clock:
// what was prepared with the person is one tap away in every phase and its questions sit beside
// the capture in Behov; the round keeps who spoke and for how long when the chair goes to Behov
// and back, with the current speaker's timer in the timer bar; and what the round wrote down
// ("det här fungerar bra" first, then each speaker's note) reaches the participants' copies and
// what works well the person's easy copy.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting';
import { newMeetingClock } from '../../src/domain/timer';
import { heldMeeting, PERSON_NAME } from '../fixtures/heldMeeting';
import { oneLine, pdftotext } from './files';
import { axeWhileRunning, pauseAtMinute, startCircleAt } from './harness';
import { seedPlanAndMeeting } from './seed';
import { useAppSession } from './session';

const app = useAppSession({ timeoutMs: 20_000 });
const START = new Date('2026-11-23T09:30:00+01:00');
const IDS = { plan: 'plan-room-1', meeting: 'meeting-room-1' };
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

const PREPARED = {
  whatMatters: 'Att få gå i skolan varje dag och ha en vän.',
  purpose: 'Samordna stödet i skolan och hemma.',
  question: 'Hur får Łucja en fungerande skolgång?',
  language: 'Polska',
  cognitive: 'Bildstöd och korta pauser.',
  notToDiscuss: 'Pappans sjukdom.',
  scope: 'Journalanteckningar om skolgången',
  notShared: 'Uppgifter om syskonen.',
};

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/** The fixture's plan, prepared in full, and its SIP meeting before the circle starts. */
function preparedMeeting() {
  const { plan, meeting } = heldMeeting();
  plan.id = IDS.plan;
  plan.status = 'forberedelse';
  plan.preparation.practical = {
    ...plan.preparation.practical,
    interpreterNeeded: true,
    interpreterLanguage: PREPARED.language,
    cognitiveSupport: PREPARED.cognitive,
    notToDiscuss: PREPARED.notToDiscuss,
  };
  plan.consents = [
    {
      id: 'c-room',
      givenBy: 'vardnadshavare',
      givenByName: 'Sara Ørsted',
      form: 'skriftligt',
      date: '2026-10-01',
      scopes: [{ id: 's-room', party: 'Skolan', information: PREPARED.scope }],
      notShared: PREPARED.notShared,
      validUntil: '2027-10-01',
      withdrawn: false,
      withdrawnDate: '',
    },
  ];
  const open: Meeting = { ...meeting, id: IDS.meeting, planId: IDS.plan, status: 'pagar', heldAt: '', clock: newMeetingClock(), attendanceDone: false };
  return { plan, meeting: open };
}

async function seed(page: Page): Promise<void> {
  const { plan, meeting } = preparedMeeting();
  await seedPlanAndMeeting(page, plan, meeting);
}

const at = (minutes: number, seconds = 0) => pauseAtMinute(app.page, START, minutes, seconds);

const axe = (screen: string, shot: string) => axeWhileRunning(app.page, screen, `${SHOTS}/${shot}.png`);

const heading = (name: string) => app.page.getByRole('heading', { level: 1, name });
const bar = () => app.page.getByRole('region', { name: 'Tider' });
const toggle = () => app.page.getByRole('button', { name: /det förberedda$/ });
const prepared = () => app.page.getByRole('region', { name: 'Det förberedda' });
const speakerGroup = (name: string) => app.page.getByRole('group', { name: new RegExp(`^\\d+\\. ${name}`) });

/** Under the clock, two minutes before START: the prepared meeting stored, opened, and its circle started at START. */
const startedCircle = () => startCircleAt(app, seed, `/mote/${IDS.meeting}`, START);

/** The round in Aktuell situation from minute 10: the person and then Lisa Andersson speak, each with a note and what works well. */
async function takeTheRound(page: Page): Promise<void> {
  await at(10);
  await page
    .getByRole('navigation', { name: 'Faser' })
    .getByRole('button', { name: /Aktuell situation/ })
    .click();
  await expect.poll(() => heading('Aktuell situation').count()).toBe(1);
  await page
    .getByRole('button', { name: 'Skapa talarordning' })
    .click({ timeout: 1000 })
    .catch(() => undefined);
  const person = speakerGroup(PERSON_NAME);
  await person.getByRole('button', { name: 'Tala nu' }).click();
  await at(11);
  await person.getByRole('textbox', { name: 'Anteckning' }).fill('Trivs i nya klassen.');
  await person.getByRole('textbox', { name: 'Det här fungerar bra' }).fill('Fotbollen på onsdagar.');
  await page.getByRole('button', { name: 'Nästa talare' }).click();
  await at(11, 40);
  const lisa = speakerGroup('Lisa Andersson');
  await lisa.getByRole('textbox', { name: 'Anteckning' }).fill('Familjen har kontakt varje vecka.');
  await lisa.getByRole('textbox', { name: 'Det här fungerar bra' }).fill('Samarbetet med skolan.');
}

async function expectPreparedShown(phase: string): Promise<void> {
  expect(await toggle().getAttribute('aria-expanded'), phase).toBe('true');
  const panel = prepared();
  expect(await panel.isVisible(), phase).toBe(true);
  const text = oneLine((await panel.textContent()) ?? '');
  for (const h of ['Vad är viktigt för dig?', 'Syfte', 'Frågeställningar', 'Praktiska behov', 'Samtycke', 'Ska inte tas upp på mötet']) {
    expect(await panel.getByRole('heading', { name: h, exact: true }).count(), `${phase}: ${h}`).toBe(1);
  }
  for (const value of [
    PREPARED.whatMatters,
    PREPARED.purpose,
    PREPARED.question,
    `Ja, ${PREPARED.language}`,
    PREPARED.cognitive,
    PREPARED.notToDiscuss,
    PREPARED.scope,
    PREPARED.notShared,
  ]) {
    expect(text, `${phase}: ${value}`).toContain(value);
  }
}

describe('what was prepared, in every phase', () => {
  it('opens with one tap beside the phase heading and stays at hand through all five phases', async () => {
    const page = await startedCircle();

    // Closed at first: the button says what it opens, and nothing of it is shown.
    expect(await toggle().getAttribute('aria-expanded')).toBe('false');
    expect(await prepared().isVisible()).toBe(false);
    await toggle().click();
    await expectPreparedShown('Inledning');
    // It never covers the timers: the timer bar is still wholly in view.
    expect(await bar().getByText('Kvar av fasen').first().isVisible()).toBe(true);
    await axe('Inledning with the prepared panel', 'room-prepared-panel');

    const phases = ['Aktuell situation', 'Behov', 'Sammanfattning', 'Avslutning'];
    for (const [i, phase] of phases.entries()) {
      await at(i + 1);
      await page.getByRole('button', { name: 'Nästa fas →' }).click();
      await expect.poll(() => heading(phase).count()).toBe(1);
      await expectPreparedShown(phase);
    }
    // Closed again with the same button.
    await toggle().click();
    expect(await toggle().getAttribute('aria-expanded')).toBe('false');
    expect(await prepared().isVisible()).toBe(false);
  });

  it('shows the questions beside the capture in Behov, even with the panel closed', async () => {
    const page = await startedCircle();
    await page.getByRole('navigation', { name: 'Faser' }).getByRole('button', { name: /Behov/ }).click();
    await expect.poll(() => heading('Behov').count()).toBe(1);
    expect(await prepared().isVisible()).toBe(false);
    const questions = page.getByRole('region', { name: 'Frågeställningarna' });
    expect(await questions.getByRole('listitem').allTextContents()).toEqual([PREPARED.question]);
    expect(oneLine((await questions.textContent()) ?? '')).toContain(PREPARED.notToDiscuss);
    // Above the goals, the first capture.
    const q = await questions.boundingBox();
    const goals = await page.getByRole('heading', { name: 'Mål', exact: true }).boundingBox();
    expect(q!.y).toBeLessThan(goals!.y);
    await axe('Behov with the questions', 'room-behov-questions');
    // Not in a phase that does not work from the questions.
    await page
      .getByRole('navigation', { name: 'Faser' })
      .getByRole('button', { name: /Inledning/ })
      .click();
    await expect.poll(() => heading('Inledning').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Frågeställningarna' }).count()).toBe(0);
  });
});

describe('the round remembers', () => {
  it('keeps who has spoken and for how long after Behov and back; the speaker’s timer is in the timer bar', async () => {
    const page = await startedCircle();
    await at(10);
    await page
      .getByRole('navigation', { name: 'Faser' })
      .getByRole('button', { name: /Aktuell situation/ })
      .click();
    await expect.poll(() => heading('Aktuell situation').count()).toBe(1);
    // The queue is made when the circle starts (or here, by the chair).
    await page
      .getByRole('button', { name: 'Skapa talarordning' })
      .click({ timeout: 1000 })
      .catch(() => undefined);
    const person = speakerGroup(PERSON_NAME);
    await person.getByRole('button', { name: 'Tala nu' }).click();
    await at(11);
    // The speaker's own timer is in the timer bar.
    const speakerTimer = bar().getByRole('timer', { name: `Talartid: ${PERSON_NAME}` });
    await expect.poll(() => speakerTimer.count()).toBe(1);
    expect(await speakerTimer.locator('[data-timer="speaker-elapsed"]').getAttribute('aria-label')).toBe('1:00');
    await person.getByRole('textbox', { name: 'Anteckning' }).fill('Trivs i nya klassen.');
    await person.getByRole('textbox', { name: 'Det här fungerar bra' }).fill('Fotbollen på onsdagar.');
    await page.getByRole('button', { name: 'Nästa talare' }).click();
    await at(11, 40);
    const lisa = speakerGroup('Lisa Andersson');
    await lisa.getByRole('textbox', { name: 'Anteckning' }).fill('Familjen har kontakt varje vecka.');
    await lisa.getByRole('textbox', { name: 'Det här fungerar bra' }).fill('Samarbetet med skolan.');
    // Scrolled down to the last speaker's fields, the bar and the speaker's timer stay in view.
    await speakerGroup('Olof Ek').getByRole('textbox', { name: 'Det här fungerar bra' }).scrollIntoViewIfNeeded();
    const timerBox = await bar().getByRole('timer', { name: 'Talartid: Lisa Andersson' }).boundingBox();
    expect(timerBox).not.toBeNull();
    expect(timerBox!.y).toBeGreaterThanOrEqual(0);
    expect(timerBox!.y + timerBox!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await axe('Aktuell situation with the speaker timer in the bar', 'room-speaker-timer-in-bar');

    // To Behov at 12:00 (Lisa has spoken 1:00, from 11:00), and back at 15:00.
    await at(12);
    await page.getByRole('button', { name: 'Nästa fas →' }).click();
    await expect.poll(() => heading('Behov').count()).toBe(1);
    expect(
      await bar()
        .getByRole('timer', { name: /^Talartid: / })
        .count(),
    ).toBe(0);
    await at(15);
    await page.getByRole('button', { name: '← Föregående fas' }).click();
    await expect.poll(() => heading('Aktuell situation').count()).toBe(1);

    // Lisa still has the word, with her minute; Behov's minutes were nobody's turn.
    await expect.poll(() => page.getByText('Talar nu: Lisa Andersson').count()).toBe(1);
    const back = bar().getByRole('timer', { name: 'Talartid: Lisa Andersson' });
    expect(await back.locator('[data-timer="speaker-elapsed"]').getAttribute('aria-label')).toBe('1:00');
    expect(oneLine((await person.textContent()) ?? '')).toContain('Har talat 1:00');
    expect(await person.getByRole('textbox', { name: 'Det här fungerar bra' }).inputValue()).toBe('Fotbollen på onsdagar.');
    // Her time runs on from there.
    await at(15, 10);
    expect(await back.locator('[data-timer="speaker-elapsed"]').getAttribute('aria-label')).toBe('1:10');
    // "Nästa talare" goes on to whoever was next after Lisa, not back to the start.
    const upNext = /^Därefter: (.+)$/u.exec((await page.getByText(/^Därefter: /u).textContent()) ?? '')?.[1];
    expect(upNext).toBeTruthy();
    expect([PERSON_NAME, 'Lisa Andersson']).not.toContain(upNext);
    await page.getByRole('button', { name: 'Nästa talare' }).click();
    await expect.poll(() => page.getByText(`Talar nu: ${upNext}`).count()).toBe(1);
    expect(oneLine((await lisa.textContent()) ?? '')).toContain('Har talat 1:10');
  });
});

describe('Aktuell situation reaches the plan', () => {
  it('puts what works well, then each note, in a participant’s copy, and what works well in the person’s easy copy', async () => {
    const page = await startedCircle();
    await takeTheRound(page);
    await at(20);
    await page
      .getByRole('navigation', { name: 'Faser' })
      .getByRole('button', { name: /Avslutning/ })
      .click();
    await expect.poll(() => heading('Avslutning').count()).toBe(1);
    await page.getByRole('button', { name: 'Avsluta mötet' }).last().click();
    await expect.poll(() => heading('Mötet är hållet').count()).toBe(1);
    await page.clock.resume();
    await page.getByRole('button', { name: 'Skapa PDF för alla deltagare' }).click();
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: /Klart: \d+ PDF:er\./ })
            .count(),
        { timeout: 60_000 },
      )
      .toBe(1);

    const copy = oneLine(pdftotext(await app.download('Spara – Ayşe Çelik, Skolan')));
    const part = copy.indexOf('Aktuell situation');
    expect(part).toBeGreaterThan(copy.indexOf('Samtycke'));
    expect(part).toBeLessThan(copy.indexOf('Mål och insatser'));
    const works = copy.indexOf('Det här fungerar bra', part);
    const notes = copy.indexOf('Vad var och en berättade', part);
    expect(works).toBeGreaterThan(part);
    expect(notes).toBeGreaterThan(works);
    for (const text of ['Fotbollen på onsdagar.', 'Samarbetet med skolan.']) {
      expect(copy.indexOf(text)).toBeGreaterThan(works);
      expect(copy.indexOf(text)).toBeLessThan(notes);
    }
    for (const text of ['Trivs i nya klassen.', 'Familjen har kontakt varje vecka.']) expect(copy.indexOf(text)).toBeGreaterThan(notes);
    expect(copy).toContain('Lisa Andersson, Socialtjänsten');

    const easy = oneLine(pdftotext(await app.download('Spara – Lättläst – Łucja')));
    expect(easy).toContain('Det här fungerar bra');
    expect(easy).toContain('Du sa: Fotbollen på onsdagar.');
    expect(easy).toContain('Lisa Andersson sa: Samarbetet med skolan.');
    // The notes are for the professionals' copies only.
    expect(easy).not.toContain('Trivs i nya klassen.');
  });
});
