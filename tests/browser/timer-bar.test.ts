// A timer bar that never hides the work (issue 13, point 2). A SIP meeting stands paused in each
// of its five phases (three goals, five interventions): the sticky timer bar is at most 96 px tall
// at 1024×768 and 120 px at 768×1024, in a round with the current speaker's time too; it is smaller
// while a text field in the meeting has focus (the on-screen keyboard is up); every control reached
// with Tab in the phase and the side columns is wholly between the bar and the bottom of the
// screen; no timer's figures are clipped and the meeting does not overflow sideways at 320, 390,
// 768 and 1024 px; on a short screen (200 % zoom on a 1024×768 tablet) the bar does not stay
// over the work. axe on every phase; screenshots at 390×844, 768×1024 and 1024×768 go to
// test-results/screenshots/timer-bar-<phase>-<w>x<h>.png.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runningMeeting } from '../fixtures/runningMeeting';
import { expectNoAxeViolations } from './harness';
import { seedPlanAndMeeting } from './seed';
import { useAppSession } from './session';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const PHASES = [
  { title: 'Inledning', slug: 'inledning' },
  { title: 'Aktuell situation', slug: 'aktuell-situation' },
  { title: 'Behov', slug: 'behov' },
  { title: 'Sammanfattning', slug: 'sammanfattning' },
  { title: 'Avslutning', slug: 'avslutning' },
] as const;
/** The sizes with a limit on the bar's height, in CSS px. */
const LIMITED = [
  { width: 1024, height: 768, max: 96 },
  { width: 768, height: 1024, max: 120 },
] as const;
const WIDTHS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
] as const;
const SHOT_SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
] as const;
const MAX_TABS = 150;

/** Measured heights, printed at the end: phase → size → px. */
const heights: string[] = [];

const app = useAppSession({ timeoutMs: 15_000 });

afterAll(() => {
  if (heights.length > 0) console.log(`Timer bar heights:\n${heights.join('\n')}`);
});

/** This test's page. */
const page = () => app.page;
const bar = () => page().getByRole('region', { name: 'Tider' });

/**
 * This test's own meeting, stored paused in the given phase (three goals, five interventions), and
 * its meeting screen opened at 1024×768. Started half an hour ago and paused 12 minutes in: the
 * timers stand still.
 */
async function openPhase(phase: number): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const { plan, meeting } = runningMeeting({
    planId: `plan-bar-${phase}`,
    meetingId: `meeting-bar-${phase}`,
    phase,
    goals: 3,
    interventions: 5,
    startedAt: Date.now() - 30 * 60_000,
  });
  page().on('dialog', (dialog) => void dialog.accept());
  await page().setViewportSize({ width: 1024, height: 768 });
  await app.openSeeded((p) => seedPlanAndMeeting(p, plan, meeting), `/mote/${meeting.id}`);
  await page().getByRole('heading', { level: 1, name: PHASES[phase]!.title }).waitFor();
  await bar().waitFor();
}

/** Two frames: the focus handler (which runs in the next frame) has scrolled and the layout settled. */
async function settle(): Promise<void> {
  await page().evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

async function setSize(width: number, height: number): Promise<void> {
  await page().setViewportSize({ width, height });
  await settle();
}

async function barHeight(): Promise<number> {
  const box = await bar().boundingBox();
  expect(box).not.toBeNull();
  return box!.height;
}

/** Leaves any text field and goes to the top of the page(). */
async function resetFocus(): Promise<void> {
  await page().evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await settle();
}

/** Focuses the first text field of the phase panel (a textarea where there is one) and returns how tall the bar is then. */
async function heightWhileTyping(): Promise<number | null> {
  const field = page().locator('.phase-panel').locator('textarea, input:not([type="checkbox"]):not([type="radio"]), select').first();
  if ((await field.count()) === 0) return null;
  await field.focus();
  await settle();
  const height = await barHeight();
  // The browser's own scrolling (Tab, find in page) leaves the bar's height free at the top.
  const padding = await page().evaluate(() => ({
    sticky: getComputedStyle(document.querySelector('.meeting-bar')!).position === 'sticky',
    px: parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
  }));
  if (padding.sticky) expect(padding.px, 'scroll-padding-top while typing').toBeCloseTo(height, 0);
  await resetFocus();
  return height;
}

interface Seen {
  what: string;
  top: number;
  bottom: number;
  barBottom: number;
  viewport: number;
  inBody: boolean;
}

/** Where the focused element is, against the bar's bottom edge and the bottom of the viewport. */
async function focused(): Promise<Seen> {
  return page().evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const barEl = document.querySelector('.meeting-bar')!;
    const sticky = getComputedStyle(barEl).position === 'sticky';
    const rect = el?.getBoundingClientRect();
    const label = el ? `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
    return {
      what: label,
      top: rect?.top ?? 0,
      bottom: rect?.bottom ?? 0,
      barBottom: sticky ? barEl.getBoundingClientRect().bottom : 0,
      viewport: window.innerHeight,
      inBody: Boolean(el && document.querySelector('.meeting-body')?.contains(el)),
    };
  });
}

/** Tabs from the first phase button through the side column, the phase and the settings, checking each stop. */
async function tabThrough(label: string): Promise<number> {
  await resetFocus();
  await page().locator('.meeting-side .phase-button').first().focus();
  await settle();
  let stops = 0;
  for (let i = 0; i < MAX_TABS; i++) {
    const seen = await focused();
    if (!seen.inBody) break;
    stops++;
    const where = `${label}: ${seen.what} at ${Math.round(seen.top)}–${Math.round(seen.bottom)}, bar to ${Math.round(seen.barBottom)}, viewport ${seen.viewport}`;
    expect(seen.top, where).toBeGreaterThanOrEqual(seen.barBottom - 0.5);
    if (seen.bottom - seen.top <= seen.viewport - seen.barBottom) expect(seen.bottom, where).toBeLessThanOrEqual(seen.viewport + 0.5);
    else expect(seen.top, where).toBeLessThan(seen.viewport);
    await page().keyboard.press('Tab');
    await settle();
  }
  expect(stops, `${label}: controls reached with Tab`).toBeGreaterThan(5);
  return stops;
}

/** No timer's figures are clipped and the meeting does not run off the side, at each width. */
async function checkWidths(label: string): Promise<void> {
  for (const { width, height } of WIDTHS) {
    await setSize(width, height);
    const overflow = await page().evaluate(() => ({
      timers: [...document.querySelectorAll<HTMLElement>('[data-timer]')]
        .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth)
        .map((el) => `${el.dataset.timer} "${el.textContent}" ${el.scrollWidth} > ${el.clientWidth}`),
      // The longest figures each timer shows at full size, and a longer one set smaller: tried on a copy beside it.
      worst: [...document.querySelectorAll<HTMLElement>('.timer [data-timer]')]
        .filter((el) => el.offsetParent !== null)
        .flatMap((el) =>
          (el.dataset.timer === 'projected-end'
            ? [['23:59', false]]
            : [
                ['1:18:00', false],
                ['−12:00', false],
                ['−1:05:00', true],
              ]
          ).map(([text, long]) => {
            const copy = el.cloneNode() as HTMLElement;
            copy.removeAttribute('data-words');
            copy.toggleAttribute('data-long', long as boolean);
            copy.textContent = text as string;
            el.after(copy);
            const clipped = copy.scrollWidth > copy.clientWidth ? `${el.dataset.timer} "${text}" ${copy.scrollWidth} > ${copy.clientWidth}` : '';
            copy.remove();
            return clipped;
          }),
        )
        .filter(Boolean),
      timerCount: document.querySelectorAll('[data-timer]').length,
      meeting: (() => {
        const m = document.querySelector<HTMLElement>('.meeting')!;
        const box = m.getBoundingClientRect();
        const sticksOut = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > box.right || r.left < box.left);
        };
        // What sticks out, innermost first, to say in a failure.
        const out = [...m.querySelectorAll<HTMLElement>('*')]
          .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
          .slice(0, 5)
          .map((el) => {
            const r = el.getBoundingClientRect();
            return `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" at ${r.left.toFixed(1)}–${r.right.toFixed(1)} in ${box.left.toFixed(1)}–${box.right.toFixed(1)}`;
          });
        return { scroll: m.scrollWidth, client: m.clientWidth, out };
      })(),
    }));
    expect(overflow.timerCount, `${label} at ${width}px: timers`).toBeGreaterThanOrEqual(5);
    expect.soft(overflow.timers, `${label} at ${width}px: clipped timers`).toEqual([]);
    expect.soft(overflow.worst, `${label} at ${width}px: clipped figures`).toEqual([]);
    expect
      .soft(overflow.meeting.scroll, `${label} at ${width}px: the meeting overflows sideways: ${overflow.meeting.out.join('; ')}`)
      .toBeLessThanOrEqual(overflow.meeting.client);
  }
}

async function shoot(slug: string): Promise<void> {
  for (const { width, height } of SHOT_SIZES) {
    await setSize(width, height);
    await resetFocus();
    await page().screenshot({ path: `${SHOTS}/timer-bar-${slug}-${width}x${height}.png` });
  }
}

/** The bar's height at each limited size, within its limit, and smaller while a text field has focus. */
async function checkHeights(label: string): Promise<void> {
  for (const { width, height, max } of LIMITED) {
    await setSize(width, height);
    await resetFocus();
    const full = await barHeight();
    const typing = await heightWhileTyping();
    heights.push(`${label.padEnd(40)} ${width}x${height}: ${full.toFixed(1)} px${typing === null ? '' : `, typing ${typing.toFixed(1)} px`}`);
    expect.soft(full, `${label} at ${width}×${height}`).toBeLessThanOrEqual(max);
    if (typing !== null) expect.soft(typing, `${label} at ${width}×${height} while typing`).toBeLessThan(full);
  }
  // On a phone there is no limit, but it is written down.
  await setSize(390, 844);
  await resetFocus();
  const phone = await barHeight();
  const phoneTyping = await heightWhileTyping();
  heights.push(`${label.padEnd(40)} 390x844: ${phone.toFixed(1)} px${phoneTyping === null ? '' : `, typing ${phoneTyping.toFixed(1)} px`}`);
}

describe('the timer bar never hides the work', () => {
  for (const [phase, { title, slug }] of PHASES.entries()) {
    it(`in ${title}`, { timeout: 240_000 }, async () => {
      await openPhase(phase);
      await checkHeights(title);
      await shoot(slug);
      for (const { width, height } of LIMITED) {
        await setSize(width, height);
        await tabThrough(`${title} at ${width}×${height}`);
      }
      await checkWidths(title);

      await setSize(1024, 768);
      await resetFocus();
      await expectNoAxeViolations(page(), `${title} at 1024×768`);
      if (slug === 'behov') {
        for (const { width, height } of [
          { width: 768, height: 1024 },
          { width: 390, height: 844 },
        ]) {
          await setSize(width, height);
          await expectNoAxeViolations(page(), `${title} at ${width}×${height}`);
        }
      }
    });
  }

  it('in the round, with the current speaker’s time in the bar', { timeout: 240_000 }, async () => {
    await openPhase(1);
    const create = page().getByRole('button', { name: 'Skapa talarordning' });
    if (await create.isVisible()) await create.click();
    await page().getByRole('button', { name: 'Nästa talare' }).click();
    const speakerTimer = bar().getByRole('timer', { name: /^Talartid: / });
    await speakerTimer.waitFor();
    // "Nästa talare" put the cursor in the speaker's note: the keyboard is up, the bar is small, and
    // the speaker's time stays in it.
    expect(await page().evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    for (const { width, height, max } of LIMITED) {
      await setSize(width, height);
      await page().locator('.speaker--current textarea').first().focus();
      await settle();
      const typing = await barHeight();
      expect(await speakerTimer.isVisible()).toBe(true);
      await page().screenshot({ path: `${SHOTS}/timer-bar-aktuell-situation-skriver-${width}x${height}.png` });
      const seen = await focused();
      expect(seen.top, 'the note written in is below the bar').toBeGreaterThanOrEqual(seen.barBottom - 0.5);
      expect(seen.bottom, 'the note written in is above the bottom of the screen').toBeLessThanOrEqual(seen.viewport + 0.5);
      await resetFocus();
      const full = await barHeight();
      heights.push(`${'Aktuell situation, someone speaking'.padEnd(40)} ${width}x${height}: ${full.toFixed(1)} px, typing ${typing.toFixed(1)} px`);
      expect.soft(full, `with a speaker at ${width}×${height}`).toBeLessThanOrEqual(max);
      expect.soft(typing, `with a speaker at ${width}×${height} while typing`).toBeLessThan(full);
      await tabThrough(`Aktuell situation with a speaker at ${width}×${height}`);
    }
    await checkWidths('Aktuell situation with a speaker');
    await shoot('aktuell-situation-talare');
    for (const { width, height } of SHOT_SIZES) {
      await setSize(width, height);
      await resetFocus();
      await expectNoAxeViolations(page(), `Aktuell situation with a speaker at ${width}×${height}`);
    }
  });

  it('does not stay over the work on a short screen (200 % zoom on a 1024×768 tablet)', async () => {
    await openPhase(2);
    await setSize(512, 384);
    await resetFocus();
    const { position, height } = await page().evaluate(() => {
      const el = document.querySelector<HTMLElement>('.meeting-bar')!;
      return { position: getComputedStyle(el).position, height: el.getBoundingClientRect().height };
    });
    heights.push(`${'Behov, short screen'.padEnd(40)} 512x384: ${height.toFixed(1)} px, ${position}`);
    // Either it scrolls away with the page, or it takes at most a third of the screen.
    expect(position === 'static' || height <= 384 / 3, `a ${position} bar of ${height} px on a 384 px screen`).toBe(true);
    await page().screenshot({ path: `${SHOTS}/timer-bar-behov-512x384.png` });
    await tabThrough('Behov at 512×384');
  });
});
