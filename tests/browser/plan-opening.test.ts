// Opening a plan (issue 13, point 4): a plan with a meeting today, or with one under way, opens on
// its meetings part ("Möten"), where the chair starts or continues it; any other plan on its first
// part; a part named in the address stays. The booking part is "Kallelse", so that no two parts
// share a first word. Time is Playwright's clock, at 00:30 local time, so "today" is the local day
// (7 December) and not the UTC one (still the 6th).
import { describe, expect, it } from 'vitest';
import { newMeeting } from '../../src/domain/meeting';
import { newPlan, type Plan } from '../../src/domain/plan';
import { SIP_CIRCLE } from '../../src/i18n/meetingTemplates';
import { expectNoAxeViolations, reloadApp } from './harness';
import { seedPlanAndMeeting, seedPlans } from './seed';
import { useAppSession } from './session';

const app = useAppSession({ timeoutMs: 20_000 });
const TODAY = 'Tove Idag';
const TOMORROW = 'Malte Imorgon';
const RUNNING = 'Rut Pågår';
const UNTIMED = 'Ines Ingentid';

const partHeading = (name: string) => app.page.getByRole('heading', { level: 2, name, exact: true });
const parts = () => app.page.getByRole('navigation', { name: 'Planens delar' });
const planList = () => app.page.getByRole('list', { name: 'Planer på enheten' });

function booked(id: string, name: string, date: string): Plan {
  const plan = newPlan(id, new Date('2026-11-01T10:00:00Z'));
  plan.person.name = name;
  plan.booking = { ...plan.booking, date, startTime: '09:00' };
  return plan;
}

/** From the overview, opens a plan by its link in the list of plans (the plan's own address, no part). */
async function openFromList(name: string): Promise<void> {
  const page = app.page;
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Planer' }).waitFor();
  const link = planList().getByRole('link', { name: new RegExp(`^${name}`) });
  expect(await link.getAttribute('href')).toMatch(/^\/plan\/[^/]+$/u);
  await link.click();
  await page.getByRole('heading', { level: 1, name: `Plan för ${name}` }).waitFor();
}

/** The names of the plan's parts as the section nav shows them, without the step numbers. */
async function partNames(): Promise<string[]> {
  const texts = await parts().getByRole('link').allTextContents();
  return texts.map((t) => t.replace(/^\s*\d+\s*/u, '').trim());
}

describe('opening a plan', () => {
  it('opens a plan with a meeting today or under way on Möten, another on Personen, and names the parts apart', async () => {
    // 00:30 on Monday 7 December 2026 in Stockholm: still the 6th in UTC.
    await app.page.clock.install({ time: new Date('2026-12-07T00:30:00+01:00') });
    const page = await app.open('/');
    // A meeting still under way at 00:30, begun on the evening of the 6th (the plan's booked day).
    const running = booked('plan-running', RUNNING, '2026-12-06');
    let n = 0;
    const meeting = newMeeting({
      id: 'meeting-running',
      plan: running,
      template: SIP_CIRCLE,
      kind: 'sip',
      minutes: 60,
      now: new Date('2026-12-06T19:00:00+01:00'),
      newId: () => `id-${++n}`,
    });
    const untimed = booked('plan-untimed', UNTIMED, '2026-12-07');
    untimed.booking.startTime = '';
    await seedPlans(page, [booked('plan-today', TODAY, '2026-12-07'), booked('plan-tomorrow', TOMORROW, '2026-12-08'), untimed]);
    await seedPlanAndMeeting(page, running, meeting);
    await reloadApp(page);
    await page.getByRole('heading', { level: 1, name: 'Planer' }).waitFor();
    // Today's meetings by time; one booked without a time says so, not "–".
    const todays = await page.getByRole('region', { name: 'Dagens möten' }).getByRole('listitem').allTextContents();
    expect(
      todays.some((t) => t.includes(`09:00 · SIP-möte · ${TODAY}`)),
      todays.join(' | '),
    ).toBe(true);
    expect(
      todays.some((t) => t.includes(`tid inte bestämd · SIP-möte · ${UNTIMED}`)),
      todays.join(' | '),
    ).toBe(true);

    // Booked today: the meetings part, where the meeting starts.
    await openFromList(TODAY);
    await partHeading('Möten').waitFor();
    expect(new URL(page.url()).pathname).toBe('/plan/plan-today/moten');
    expect(await page.title()).toBe('Möten – SIP-mötet');
    expect(await parts().getByRole('link', { name: 'Möten' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('button', { name: 'Starta mötet' }).waitFor();
    await expectNoAxeViolations(page, 'Möten, opened for a meeting today');

    // The parts' names: the booking is "Kallelse", the meetings "Möten"; no two share a first word.
    const names = await partNames();
    expect(names).toContain('Kallelse');
    expect(names).toContain('Möten');
    expect(names).not.toContain('Mötet');
    const firstWords = names.map((name) => name.split(/\s+/u)[0]!.toLowerCase());
    expect(new Set(firstWords).size, names.join(' | ')).toBe(names.length);

    // The booking part under its name: its heading and title say so, with the invitations.
    await parts().getByRole('link', { name: 'Kallelse' }).click();
    await partHeading('Kallelse till mötet').waitFor();
    expect(new URL(page.url()).pathname).toBe('/plan/plan-today/mote');
    expect(await page.title()).toBe('Kallelse – SIP-mötet');
    await page.getByRole('heading', { level: 2, name: 'Kallelser', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Nästa: Möten →' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'Kallelse');

    // Booked another day: the first part.
    await openFromList(TOMORROW);
    await partHeading('Personen som planen gäller').waitFor();
    expect(new URL(page.url()).pathname).toBe('/plan/plan-tomorrow/person');

    // A meeting under way (booked yesterday): the meetings part, with the way to continue it.
    await openFromList(RUNNING);
    await partHeading('Möten').waitFor();
    expect(new URL(page.url()).pathname).toBe('/plan/plan-running/moten');
    await page.getByRole('link', { name: 'Fortsätt mötet: SIP-möte (Pågår)' }).waitFor();
    await expectNoAxeViolations(page, 'Möten, opened for a meeting under way');

    // From "Dagens möten", the plan's name opens it the same way.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    await page.getByRole('region', { name: 'Dagens möten' }).getByRole('link', { name: TODAY }).click();
    await partHeading('Möten').waitFor();
    expect(new URL(page.url()).pathname).toBe('/plan/plan-today/moten');

    // A part named in the address stays, meeting today or not.
    await app.open('/plan/plan-today/person');
    await partHeading('Personen som planen gäller').waitFor();
    expect(new URL(page.url()).pathname).toBe('/plan/plan-today/person');
  });
});
