// The timers' figures change without a repaint (src/ui/meeting/figureReels.ts): their last two
// digits are a reel, a strip of "00" to "59" placed by a paused Web Animation, and the rest is
// text. What the screen shows must be what a screen reader hears (each figure's name), second by
// second: across a minute, paused, after a pause, with a minute added, on a phone, and for the
// current speaker's time in the round. A time too long for figures is words, with no reel. By the
// wall clock, as in the room.
import { describe, expect, it } from 'vitest';
import { resumeMeeting } from '../../src/domain/timer';
import { runningMeeting } from '../fixtures/runningMeeting';
import { seedPlanAndMeeting } from './seed';
import { useAppSession } from './session';

const app = useAppSession({ timeoutMs: 15_000 });
const page = () => app.page;

interface Seen {
  timer: string;
  /** The text, then the number in the reel's window, as laid out now (transforms included). */
  shown: string;
  /** The figure's accessible name. */
  heard: string;
  /** Whether the reel takes room on screen (a figure in words has none). */
  reel: boolean;
  /** Whether the reel's window is one line of its strip tall (it shows one number, whole). */
  oneLine: boolean;
}

/** Every visible figure in the timer bar (the timers', then the speaker's), as shown and as heard. */
function figures(): Promise<Seen[]> {
  return page().evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.timers [data-timer]')]
      .filter((timer) => timer.offsetParent !== null)
      .map((timer) => {
        const face = timer.firstElementChild!;
        let shown = face.firstChild?.textContent ?? '';
        const reel = face.querySelector<HTMLElement>('.figure-reel');
        const reelShown = reel !== null && reel.getBoundingClientRect().width > 0;
        const line = reel ? reel.firstElementChild!.getBoundingClientRect().height / 60 : 0;
        const oneLine = !reelShown || Math.abs(reel!.getBoundingClientRect().height - line) < 0.5;
        if (reel && !timer.hasAttribute('data-plain')) {
          // The strip holds "00" to "59", a line each: the line in the window.
          const strip = reel.firstElementChild!.getBoundingClientRect();
          shown += String(Math.round((reel.getBoundingClientRect().top - strip.top) / (strip.height / 60))).padStart(2, '0');
        }
        return { timer: timer.dataset.timer!, shown, heard: timer.getAttribute('aria-label') ?? '', reel: reelShown, oneLine };
      }),
  );
}

/** The figures, once the screen and the names agree: a tick sets both, so they agree at once or within a fifth of a second. */
async function agreeing(): Promise<Seen[]> {
  let seen: Seen[] = [];
  await expect
    .poll(
      async () => {
        seen = await figures();
        return seen.filter((f) => f.shown !== f.heard);
      },
      { timeout: 200, interval: 25 },
    )
    .toEqual([]);
  return seen;
}

/** "12:05" → 725, "1:00:00" → 3600; over time ("−0:30", a Unicode minus) → −30. */
const seconds = (figure: string) => {
  const over = /^[−-]/u.test(figure);
  const total = figure
    .replace(/^[−-]/u, '')
    .split(':')
    .reduce((sum, part) => sum * 60 + Number(part), 0);
  return over ? -total : total;
};
const heard = (seen: Seen[], timer: string) => seen.find((f) => f.timer === timer)?.heard;

/** Looks every quarter of a second for `ms`; returns what `timer` was heard as, in order, without repeats. */
async function watch(ms: number, timer = 'meeting-elapsed'): Promise<string[]> {
  const elapsed: string[] = [];
  for (const end = Date.now() + ms; Date.now() < end;) {
    const now = heard(await agreeing(), timer)!;
    if (elapsed.at(-1) !== now) elapsed.push(now);
    await page().waitForTimeout(250);
  }
  return elapsed;
}

describe('timer figures', () => {
  it('shows what a screen reader hears, each second, across a minute, paused, resumed, a minute added, and on a phone', async () => {
    const { plan, meeting } = runningMeeting({ planId: 'plan-figures', meetingId: 'meeting-figures', phase: 2, startedAt: Date.now() - 30 * 60_000 });
    // Paused at 12:00 of the meeting; running again since 52 s ago: the minute turns a few seconds after it opens.
    meeting.clock = resumeMeeting(meeting.clock, Date.now() - 52_000);
    await page().setViewportSize({ width: 1024, height: 768 });
    await app.openSeeded((p) => seedPlanAndMeeting(p, plan, meeting), `/mote/${meeting.id}`);
    await page().getByRole('heading', { level: 1, name: 'Behov' }).waitFor();
    const seen = await agreeing();
    expect(seen.map((f) => f.timer)).toEqual(['phase-remaining', 'phase-elapsed', 'meeting-elapsed', 'meeting-remaining', 'projected-end']);
    expect(heard(seen, 'meeting-elapsed')).toMatch(/^12:5\d$/);
    expect(seen.filter((f) => !f.reel || !f.oneLine)).toEqual([]);
    // The reel is hidden from a screen reader: it hears the name alone.
    const elapsedTimer = page().locator('[data-timer="meeting-elapsed"]');
    expect(await elapsedTimer.ariaSnapshot()).toBe(`- timer "${await elapsedTimer.getAttribute('aria-label')}"`);

    // Running: each second, and over the minute (the text changes as well as the reel).
    const running = await watch(9_000);
    expect(running.length).toBeGreaterThanOrEqual(8);
    expect(running).toContain('12:59');
    expect(running).toContain('13:00');

    // Paused: nothing moves.
    await page().getByRole('button', { name: 'Pausa' }).click();
    await page().getByRole('button', { name: 'Fortsätt' }).waitFor();
    const paused = await watch(2_200);
    expect(paused).toHaveLength(1);

    // Running again from where it stood.
    await page().getByRole('button', { name: 'Fortsätt' }).click();
    await page().getByRole('button', { name: 'Pausa' }).waitFor();
    const resumed = await watch(2_200);
    expect(seconds(resumed[0]!) - seconds(paused[0]!)).toBeLessThanOrEqual(1);
    expect(resumed.length).toBeGreaterThanOrEqual(2);

    // A minute added to the phase: its remaining time jumps a minute, shown as heard.
    const before = heard(await agreeing(), 'phase-remaining')!;
    await page().getByRole('button', { name: '+1 minut' }).click();
    await expect.poll(async () => seconds(heard(await agreeing(), 'phase-remaining')!) - seconds(before)).toBeGreaterThanOrEqual(57);
    expect(seconds(heard(await agreeing(), 'phase-remaining')!) - seconds(before)).toBeLessThanOrEqual(60);

    // On a phone the figures are laid out again: still as heard, and still moving.
    await page().setViewportSize({ width: 390, height: 844 });
    expect((await watch(2_200)).length).toBeGreaterThanOrEqual(2);
  });

  it('shows a time too long for figures in words, with no reel beside them', async () => {
    // Paused with five days spent in Behov (a device clock that jumped, say): every duration is
    // past 99:59:59, and the projected end is a clock time. A meeting left running is paused at
    // its cut-off instead (timer.ts, abandonedAt), so it never gets this far.
    const { plan, meeting } = runningMeeting({ planId: 'plan-words', meetingId: 'meeting-words', phase: 2, startedAt: Date.now() - 60 * 60_000 });
    meeting.clock.phase.spent[meeting.clock.phase.current!] = 120 * 3_600_000;
    await page().setViewportSize({ width: 1024, height: 768 });
    await app.openSeeded((p) => seedPlanAndMeeting(p, plan, meeting), `/mote/${meeting.id}`);
    await page().getByRole('heading', { level: 1, name: 'Behov' }).waitFor();
    const seen = await agreeing();
    expect(seen.map(({ timer, heard, reel }) => ({ timer, heard, reel }))).toEqual([
      { timer: 'phase-remaining', heard: 'mer än 99 tim över', reel: false },
      { timer: 'phase-elapsed', heard: 'mer än 99 tim', reel: false },
      { timer: 'meeting-elapsed', heard: 'mer än 99 tim', reel: false },
      { timer: 'meeting-remaining', heard: 'mer än 99 tim över', reel: false },
      { timer: 'projected-end', heard: expect.stringMatching(/^\d\d:\d\d$/) as string, reel: true },
    ]);
    // The words are all there is: no digits of a hidden reel beside them, in the drawing or the accessibility tree.
    const elapsed = page().locator('[data-timer="meeting-elapsed"]');
    expect((await elapsed.innerText()).trim()).toBe('mer än 99 tim');
    expect(await elapsed.ariaSnapshot()).toBe('- timer "mer än 99 tim"');
  });

  it("shows the speaker's time as heard, each second", async () => {
    const { plan, meeting } = runningMeeting({ planId: 'plan-speaker', meetingId: 'meeting-speaker', phase: 1, startedAt: Date.now() - 30 * 60_000 });
    meeting.clock = resumeMeeting(meeting.clock, Date.now());
    await page().setViewportSize({ width: 1024, height: 768 });
    await app.openSeeded((p) => seedPlanAndMeeting(p, plan, meeting), `/mote/${meeting.id}`);
    await page().getByRole('heading', { level: 1, name: 'Aktuell situation' }).waitFor();
    const create = page().getByRole('button', { name: 'Skapa talarordning' });
    if (await create.isVisible()) await create.click();
    await page().getByRole('button', { name: 'Nästa talare' }).click();
    await page()
      .getByRole('timer', { name: /^Talartid: / })
      .waitFor();
    // Spoken counts up and remaining down, each second, in the bar (compact: the cursor is in the speaker's note).
    const spoken = await watch(3_200, 'speaker-elapsed');
    expect(spoken.length).toBeGreaterThanOrEqual(3);
    const counted = spoken.map(seconds);
    expect(counted.filter((n, k) => k > 0 && n <= counted[k - 1]!)).toEqual([]);
    const seen = await agreeing();
    // Spoken and remaining make up the fair share (text: it changes only with the round), to the second.
    const share = seconds(
      (
        await page()
          .getByRole('timer', { name: /^Talartid: / })
          .locator('dd')
          .nth(1)
          .innerText()
      ).trim(),
    );
    expect(share).toBeGreaterThan(60);
    expect(Math.abs(seconds(heard(seen, 'speaker-elapsed')!) + seconds(heard(seen, 'speaker-remaining')!) - share)).toBeLessThanOrEqual(1);
    expect(seen.filter((f) => f.timer.startsWith('speaker-') && (!f.reel || !f.oneLine))).toEqual([]);
    // The speaker's figures are heard by their names; the reels are hidden.
    const spokenTimer = page().locator('[data-timer="speaker-elapsed"]');
    expect(await spokenTimer.ariaSnapshot()).toBe(`- timer "${await spokenTimer.getAttribute('aria-label')}"`);
    await page().setViewportSize({ width: 390, height: 844 });
    expect((await watch(2_200, 'speaker-elapsed')).length).toBeGreaterThanOrEqual(2);
  });
});
