// Every screen reflows (issue 13, point 3; WCAG 2.1 1.4.10) and every target a finger uses is at
// least 44×44 CSS px (point 4). Each screen at 320 px wide (a phone, or 400 % zoom), 390 (a phone),
// 768 and 1024 (a tablet upright and on its side) and 512×384 (a tablet at 200 % zoom): no
// horizontal scrolling, no text or digits cut off by a box that hides its overflow, every link
// or button outside running text at least 44×44, and every disclosure marked as one (the browser's
// triangle or one drawn in CSS), not looking like a heading. At narrow widths the header's menu
// folds behind "Meny"; "Lås" and "Sparat" stay in sight. The meeting circle under way is measured and reported
// only (its timer bar is issue 13's point 1, tested by its own file).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { newMeeting } from '../../src/domain/meeting';
import { newPlan, type Plan } from '../../src/domain/plan';
import { SIP_CIRCLE } from '../../src/i18n/meetingTemplates';
import { heldMeeting } from '../fixtures/heldMeeting';
import { runningMeeting } from '../fixtures/runningMeeting';
import { expectNoAxeViolations, reloadApp, unlockApp } from './harness';
import { seedPlanAndMeeting, seedPlans } from './seed';
import { useAppSession } from './session';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const NOW = new Date('2026-12-07T08:30:00+01:00');

/** Long words a chair may type: they must break, not push the screen wider. */
const LONG_ORGANISATION = 'Arbetsmarknadsförvaltningensrehabiliteringsenhet';
const LONG_EMAIL = 'nguyen.thi.hang.psykolog@barnochungdomspsykiatrin.regionvasterbotten.se';

/** Width × height: a small phone (or 400 % zoom), a phone, a tablet upright, on its side, and at 200 % zoom. */
const VIEWPORTS: [number, number][] = [
  [320, 700],
  [390, 844],
  [768, 1024],
  [1024, 768],
  [512, 384],
];
/** Screenshots of these only, to keep the run light. */
const SHOT_AT = new Set(['320x700', '390x844', '768x1024', '1024x768', '512x384']);

const app = useAppSession({ timeoutMs: 20_000 });
/** This test's page (the session's). */
let page: Page;

beforeEach(async () => {
  mkdirSync(SHOTS, { recursive: true });
  page = app.page;
  await page.clock.install({ time: NOW });
  page.on('dialog', (dialog) => void dialog.accept());
});

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

function booked(id: string, name: string, date: string): Plan {
  const plan = newPlan(id, new Date('2026-11-01T10:00:00Z'));
  plan.person.name = name;
  plan.booking = { ...plan.booking, date, startTime: '09:00', place: 'Familjecentralen i Västra Frölunda' };
  return plan;
}

/** A plan closed long ago: read only, and offered for gallring. */
function closed(id: string, name: string, date: string): Plan {
  const plan = booked(id, name, '2023-11-01');
  plan.status = 'avslutad';
  plan.closing = { date, reason: 'malen-uppnadda', reasonText: '', whereToTurn: 'Socialtjänstens mottagning, telefon 010-123 45 67' };
  return plan;
}

/** What one screen at one size got wrong; empty when it reflows. */
interface Findings {
  /** The page scrolls sideways: how wide it is against the view. */
  scroll: string[];
  /** Text cut off by a box that hides its overflow, or digits cut off in a timer. */
  clipped: string[];
  /** Links and buttons (outside running text) smaller than 44×44. */
  small: string[];
  /** A disclosure's summary with no mark that it opens (a summary laid out as flex loses its triangle and reads as a heading). */
  unmarked: string[];
}

/** Measures the page as it stands (runs in the page). */
function measure(): Findings {
  const root = document.documentElement;
  const scroll = root.scrollWidth > root.clientWidth ? [`page is ${root.scrollWidth} px wide in a ${root.clientWidth} px view`] : [];
  const label = (el: Element) => {
    const text = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${text.slice(0, 50)}"`;
  };
  const visible = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  /** Text for screen readers only (.visually-hidden), clipped on purpose. */
  const hiddenOnPurpose = (el: Element) =>
    Boolean(el.closest('.visually-hidden')) || (getComputedStyle(el).position === 'absolute' && (el as HTMLElement).clientWidth <= 1);
  const clipped: string[] = [];
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
    if (!visible(el)) continue;
    const style = getComputedStyle(el);
    // Visually hidden text (for screen readers) is clipped on purpose.
    if (hiddenOnPurpose(el)) continue;
    const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const timer = el.matches('[data-timer], [data-room-countdown]');
    if (!(clips || timer)) continue;
    if (!(el.innerText ?? '').trim()) continue;
    if (el.scrollWidth > el.clientWidth + 1) clipped.push(`${label(el)}: ${el.scrollWidth} px of text in ${el.clientWidth} px`);
  }
  // Text that runs out of the view (a box that clips may be an ancestor).
  const viewWidth = root.clientWidth;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || !visible(parent)) continue;
    if (hiddenOnPurpose(parent)) continue;
    // The skip link waits off screen until it has focus.
    if (parent.closest('.skip-link')) continue;
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width > 0 && (box.right > viewWidth + 1 || box.left < -1)) {
      // Inside a region that scrolls on its own (a wide table), reaching it is the region's job.
      if (parent.closest('[data-scroll-region]')) continue;
      clipped.push(`${label(parent)}: text from ${Math.round(box.left)} to ${Math.round(box.right)} px in a ${viewWidth} px view`);
    }
  }
  const small: string[] = [];
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('a[href], button, summary'))) {
    if (!visible(el) || el.closest('.skip-link') || el.matches('.skip-link')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    // A link inside a sentence (WCAG 2.5.5's inline exception): its paragraph says more than the link.
    const paragraph = el.closest('p');
    if (el.tagName === 'A' && paragraph && !paragraph.closest('li, nav') && (paragraph.innerText ?? '').trim().length > (el.innerText ?? '').trim().length + 1)
      continue;
    if (box.width < 44 - 0.5 || box.height < 44 - 0.5) small.push(`${label(el)}: ${Math.round(box.width)}×${Math.round(box.height)}`);
  }
  const unmarked: string[] = [];
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('details > summary'))) {
    if (!visible(el) || getComputedStyle(el).display === 'list-item') continue;
    const mark = getComputedStyle(el, '::before');
    // Its box with its borders (a mark may be drawn with borders alone).
    const px = (...values: string[]) => values.reduce((sum, v) => sum + (parseFloat(v) || 0), 0);
    const wide = px(mark.width, mark.borderLeftWidth, mark.borderRightWidth);
    const high = px(mark.height, mark.borderTopWidth, mark.borderBottomWidth);
    if (mark.content === 'none' || mark.content === 'normal' || wide < 4 || high < 4) unmarked.push(label(el));
  }
  return { scroll, clipped, small, unmarked };
}

/** Waits two frames, so that a new size has been laid out and painted. */
async function settle(p: Page): Promise<void> {
  await p.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Measures a screen at every size and saves screenshots; returns what it found, per size. */
async function atEverySize(p: Page, screen: string): Promise<Record<string, Findings>> {
  const found: Record<string, Findings> = {};
  for (const [width, height] of VIEWPORTS) {
    await p.setViewportSize({ width, height });
    await settle(p);
    const size = `${width}x${height}`;
    const f = await p.evaluate(measure);
    if (f.scroll.length || f.clipped.length || f.small.length || f.unmarked.length) found[size] = f;
    if (SHOT_AT.has(size)) await p.screenshot({ path: `${SHOTS}/reflow-${screen}-${size}.png`, fullPage: true });
  }
  await p.setViewportSize({ width: 1024, height: 768 });
  // REFLOW_LOG=1 prints every screen's findings, also those that pass.
  if (process.env.REFLOW_LOG) console.log(`REFLOW ${screen} ${JSON.stringify(found)}`);
  return found;
}

/**
 * The screens' data, stored and set through the app: plans for today and later, a held meeting (a
 * withdrawn consent, long words), a meeting at attendance, one under way, a closed plan offered for
 * gallring, and a deviation.
 */
async function seedScreens(): Promise<void> {
  await app.open('/');
  const held = heldMeeting({ withdrawnConsent: true });
  held.plan.id = 'plan-held';
  held.meeting.id = 'meeting-held';
  held.meeting.planId = 'plan-held';
  const worker = held.plan.participants[4]!;
  worker.organisation = LONG_ORGANISATION;
  worker.principalOther = LONG_ORGANISATION;
  held.plan.participants[1]!.email = LONG_EMAIL;
  for (const i of held.meeting.interventions) if (i.participantId === worker.id) i.organisation = LONG_ORGANISATION;
  await seedPlanAndMeeting(page, held.plan, held.meeting);
  await seedPlans(page, [
    booked('plan-today', 'Maximiliana Wilhelmina Åkerströmsdotter-Lindqvist', '2026-12-07'),
    booked('plan-later', 'Olle Persson', '2027-01-12'),
    closed('plan-closed', 'Astrid Wallenbergsdotter-Ödmark', '2024-01-10'),
  ]);
  const attend = runningMeeting({ planId: 'plan-attend', meetingId: 'unused', phase: 0, startedAt: NOW.getTime() }).plan;
  attend.person.name = 'Kim Attendance';
  let n = 0;
  const attendance = newMeeting({ id: 'meeting-attend', plan: attend, template: SIP_CIRCLE, kind: 'sip', minutes: 90, now: NOW, newId: () => `a-${++n}` });
  await seedPlanAndMeeting(page, attend, attendance);
  const running = runningMeeting({ planId: 'plan-run', meetingId: 'meeting-run', phase: 2, goals: 3, interventions: 5, startedAt: NOW.getTime() - 15 * 60_000 });
  await seedPlanAndMeeting(page, running.plan, running.meeting);
  await reloadApp(page);
  await heading('Planer').waitFor();

  // A deviation, for the plan's Avvikelser and the list of all.
  await page.goto(app.url('/plan/plan-held/avvikelser'));
  await unlockApp(page);
  await page.getByRole('textbox', { name: /Berörda parter/ }).fill(`Vårdcentralen Centrum, ${LONG_ORGANISATION}`);
  await page.getByRole('textbox', { name: /Vad hände/ }).fill('Kallelsen kom fram för sent.');
  await page.getByRole('button', { name: 'Spara avvikelsen' }).click();
  await page.getByRole('status').filter({ hasText: 'Avvikelsen är sparad.' }).waitFor();

  // Gallring after a year, so that the closed plan is offered.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('combobox', { name: /Erbjud radering av avslutade planer/ }).selectOption({ label: '1 år' });
}

/** Opens a URL (a reload locks the app) and waits for the screen. */
async function open(url: string, ready: () => Promise<void>): Promise<void> {
  await page.goto(app.url(url));
  await unlockApp(page);
  await ready();
}

describe('every screen reflows', () => {
  it('the first screen, "Välj lösenkod", reflows', async () => {
    await page.goto(app.url('/'));
    await heading('Välj lösenkod').waitFor();
    expect(await atEverySize(page, 'valj-losenkod')).toEqual({});
  });

  const SCREENS: [screen: string, url: string, ready: () => Promise<void>][] = [
    // Opening the app at / reopens the last screen: the overview is a tap on "Planer" away.
    [
      'planer',
      '/',
      async () => {
        await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
        await page.getByRole('region', { name: 'Dagens möten' }).waitFor();
      },
    ],
    ['plan-personen', '/plan/plan-held/person', () => page.locator('.section-body').waitFor()],
    ['plan-viktigt', '/plan/plan-held/viktigt', () => page.locator('.section-body').waitFor()],
    ['plan-deltagare', '/plan/plan-held/deltagare', () => page.locator('.section-body').waitFor()],
    ['plan-samtycke', '/plan/plan-held/samtycke', () => page.locator('.section-body').waitFor()],
    ['plan-motet', '/plan/plan-held/mote', () => page.locator('.section-body').waitFor()],
    ['plan-moten', '/plan/plan-held/moten', () => page.locator('.section-body').waitFor()],
    ['plan-versioner', '/plan/plan-held/versioner', () => page.locator('.section-body').waitFor()],
    ['plan-avvikelser', '/plan/plan-held/avvikelser', () => page.locator('.section-body').waitFor()],
    ['plan-avsluta', '/plan/plan-held/avsluta', () => page.locator('.section-body').waitFor()],
    ['plan-avslutad', '/plan/plan-closed/person', () => page.locator('.section-body').waitFor()],
    ['narvaro', '/mote/meeting-attend', () => heading('Närvaro').waitFor()],
    ['hallet', '/mote/meeting-held', () => heading('Mötet är hållet').waitFor()],
    ['installningar', '/installningar', () => heading('Inställningar').waitFor()],
    ['gallring', '/gallring', () => page.getByRole('checkbox', { name: /Astrid/ }).waitFor()],
    ['avvikelser', '/avvikelser', () => heading('Avvikelser').waitFor()],
    ['statistik', '/statistik', () => page.locator('.figures').waitFor()],
  ];

  for (const [screen, url, ready] of SCREENS) {
    it(`${screen} (${url}) reflows at every size, with targets of 44×44`, async () => {
      await seedScreens();
      await open(url, ready);
      expect(await atEverySize(page, screen)).toEqual({});
    });
  }

  it('the held meeting with its PDFs made reflows: the list of files and their buttons', async () => {
    await seedScreens();
    await open('/mote/meeting-held', () => heading('Mötet är hållet').waitFor());
    await page.getByRole('button', { name: 'Skapa PDF för alla deltagare' }).click();
    await page.getByRole('button', { name: 'Spara alla som ZIP' }).waitFor({ timeout: 60_000 });
    expect(await atEverySize(page, 'hallet-pdf')).toEqual({});
  });

  it('the lock screen reflows', async () => {
    await seedScreens();
    await page.goto(app.url('/'));
    await heading('Appen är låst').waitFor();
    const found = await atEverySize(page, 'las');
    await unlockApp(page);
    expect(found).toEqual({});
  });

  it('the meeting under way reflows in every phase, an intervention open in Behov, with targets of 44×44', async () => {
    await seedScreens();
    await open('/mote/meeting-run', () => heading('Behov').waitFor());
    const found: Record<string, Record<string, Findings>> = {};
    for (const phase of ['Inledning', 'Aktuell situation', 'Behov', 'Sammanfattning', 'Avslutning']) {
      await page
        .getByRole('navigation', { name: 'Faser' })
        .getByRole('button', { name: new RegExp(phase) })
        .click();
      await heading(phase).waitFor();
      // In Behov, an intervention open for editing too: its performer chips and fields.
      if (phase === 'Behov')
        await page
          .getByRole('button', { name: /Lägg till insats för målet/ })
          .first()
          .click();
      const f = await atEverySize(page, `motescirkel-${phase.toLowerCase().replace(/\s+/gu, '-')}`);
      if (Object.keys(f).length > 0) found[phase] = f;
    }
    expect(found).toEqual({});
  });

  it('the room view (/rum) reflows', async () => {
    // The chair's meeting screen is open, in Avslutning; the room follows it.
    await seedScreens();
    await open('/mote/meeting-run', () => heading('Behov').waitFor());
    await page
      .getByRole('navigation', { name: 'Faser' })
      .getByRole('button', { name: /Avslutning/ })
      .click();
    await heading('Avslutning').waitFor();
    const room = await app.newPage();
    await room.goto(app.url('/rum'));
    await room.locator('#room-phase').waitFor();
    const found = await atEverySize(room, 'rum');
    await room.close();
    expect(found).toEqual({});
  });
});

describe("the header's menu", () => {
  const nav = () => page.getByRole('navigation', { name: 'Huvudmeny' });
  const menu = () => page.getByRole('button', { name: 'Meny' });

  it('at 1024 px the links are in sight and there is no "Meny"', async () => {
    await seedScreens();
    await open('/installningar', () => heading('Inställningar').waitFor());
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const link of ['Planer', 'Avvikelser', 'Statistik', 'Inställningar']) expect(await nav().getByRole('link', { name: link }).isVisible(), link).toBe(true);
    expect(await menu().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Lås', exact: true }).isVisible()).toBe(true);
  });

  it('at 390 px the links fold behind "Meny"; it opens, Escape closes it and focus returns', async () => {
    await seedScreens();
    await open('/installningar', () => heading('Inställningar').waitFor());
    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
    expect(await nav().getByRole('link', { name: 'Statistik' }).isVisible()).toBe(false);
    // Lås and the save state stay in sight.
    expect(await page.getByRole('button', { name: 'Lås', exact: true }).isVisible()).toBe(true);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^Sparat$/ })
        .isVisible(),
    ).toBe(true);
    expect(await menu().getAttribute('aria-expanded')).toBe('false');
    const controls = await menu().getAttribute('aria-controls');
    expect(controls).toBeTruthy();
    expect(await page.locator(`#${controls}`).count()).toBe(1);
    const box = await menu().boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await expectNoAxeViolations(page, 'header, menu closed, 390 px');

    await menu().click();
    expect(await menu().getAttribute('aria-expanded')).toBe('true');
    for (const link of ['Planer', 'Avvikelser', 'Statistik', 'Inställningar']) expect(await nav().getByRole('link', { name: link }).isVisible(), link).toBe(true);
    expect(await page.evaluate(measure)).toEqual({ scroll: [], clipped: [], small: [], unmarked: [] });
    await page.screenshot({ path: `${SHOTS}/reflow-meny-oppen-390x844.png` });
    await expectNoAxeViolations(page, 'header, menu open, 390 px');

    // Escape closes it and puts focus back on "Meny".
    await nav().getByRole('link', { name: 'Planer' }).focus();
    await page.keyboard.press('Escape');
    expect(await menu().getAttribute('aria-expanded')).toBe('false');
    expect(await nav().getByRole('link', { name: 'Planer' }).isVisible()).toBe(false);
    expect(await menu().evaluate((el) => el === document.activeElement)).toBe(true);

    // Moving on past the last link (to "Lås") closes it; so does a tap elsewhere on the page.
    await menu().click();
    await nav().getByRole('link', { name: 'Inställningar' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.getByRole('button', { name: 'Lås', exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await menu().getAttribute('aria-expanded')).toBe('false');
    await menu().click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Sparat$/ })
      .click();
    expect(await menu().getAttribute('aria-expanded')).toBe('false');

    // Choosing a link goes there and closes the menu.
    await menu().click();
    await nav().getByRole('link', { name: 'Statistik' }).click();
    await heading('Statistik').waitFor();
    expect(await menu().getAttribute('aria-expanded')).toBe('false');
    expect(await nav().getByRole('link', { name: 'Statistik' }).isVisible()).toBe(false);
    // Focus is not lost with the link that was chosen: it is back on "Meny".
    expect(await menu().evaluate((el) => el === document.activeElement)).toBe(true);
    // The figures' tables scroll in their own named regions at this width.
    await expectNoAxeViolations(page, 'Statistik at 390 px');

    // At 320 px, open, it still fits.
    await page.setViewportSize({ width: 320, height: 700 });
    await menu().click();
    expect(await page.evaluate(measure)).toEqual({ scroll: [], clipped: [], small: [], unmarked: [] });
    await page.screenshot({ path: `${SHOTS}/reflow-meny-oppen-320x700.png` });
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1024, height: 768 });
  });
});
