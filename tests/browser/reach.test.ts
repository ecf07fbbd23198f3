// Getting to the meeting (issue 13, point 4): the overview shows today's meetings with "Starta
// mötet", one tap into the attendance; while a meeting runs, every screen but the meeting shows a
// way back to it, and the way is gone once the meeting is held. Time is Playwright's clock, at
// 00:30 local time, so "today" is the local day and not the UTC one.
import { describe, expect, it } from 'vitest';
import { newPlan, type Plan } from '../../src/domain/plan';
import { expectNoAxeViolations, reloadApp } from './harness';
import { seedPlans } from './seed';
import { useAppSession } from './session';

const app = useAppSession({ timeoutMs: 20_000 });
const PERSON = 'Tove Idag';
const TOMORROW = 'Malte Imorgon';

const heading = (name: string | RegExp) => app.page.getByRole('heading', { level: 1, name });
const banner = () => app.page.getByRole('navigation', { name: 'Pågående möte' });
const today = () => app.page.getByRole('region', { name: 'Dagens möten' });

function booked(id: string, name: string, date: string): Plan {
  const plan = newPlan(id, new Date('2026-11-01T10:00:00Z'));
  plan.person.name = name;
  plan.booking = { ...plan.booking, date, startTime: '09:00' };
  return plan;
}

async function go(link: string, title: string): Promise<void> {
  await app.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: link }).click();
  await heading(title).waitFor();
}

describe('getting to the meeting', () => {
  it("starts today's meeting from the overview, leads back to it from every screen, and lets go once it is held", async () => {
    // 00:30 on Monday 7 December 2026 in Stockholm: still the 6th in UTC.
    await app.page.clock.install({ time: new Date('2026-12-07T00:30:00+01:00') });
    app.page.on('dialog', (dialog) => void dialog.accept());
    const page = await app.open('/');
    await seedPlans(page, [booked('plan-today', PERSON, '2026-12-07'), booked('plan-tomorrow', TOMORROW, '2026-12-08')]);
    await reloadApp(page);
    await heading('Planer').waitFor();

    // Today's meeting only, with one tap into it; no meeting runs, so no banner.
    await today()
      .getByRole('button', { name: `Starta mötet för ${PERSON}` })
      .waitFor();
    expect(await today().getByText(PERSON).count()).toBe(1);
    expect(await today().getByText(TOMORROW).count()).toBe(0);
    expect(await banner().count()).toBe(0);
    await expectNoAxeViolations(page, "the overview with today's meetings");

    await today()
      .getByRole('button', { name: `Starta mötet för ${PERSON}` })
      .click();
    await heading('Närvaro').waitFor();
    const meetingUrl = page.url();
    expect(meetingUrl).toMatch(/\/mote\/[^/]+$/u);
    // The meeting screen itself shows no way back to itself.
    expect(await banner().count()).toBe(0);

    // Elsewhere, the way back: on the overview (where the button now continues the meeting) and in the settings.
    await go('Planer', 'Planer');
    await banner().getByRole('link', { name: 'Tillbaka till mötet' }).waitFor();
    await today()
      .getByRole('button', { name: `Fortsätt mötet för ${PERSON}` })
      .waitFor();
    const box = await banner().getByRole('link', { name: 'Tillbaka till mötet' }).boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await expectNoAxeViolations(page, 'the overview with a running meeting');
    await go('Inställningar', 'Inställningar');
    await banner().getByRole('link', { name: 'Tillbaka till mötet' }).click();
    await heading('Närvaro').waitFor();
    expect(page.url()).toBe(meetingUrl);

    // "Fortsätt mötet" opens the same meeting, not a new one.
    await go('Planer', 'Planer');
    await today()
      .getByRole('button', { name: `Fortsätt mötet för ${PERSON}` })
      .click();
    await heading('Närvaro').waitFor();
    expect(page.url()).toBe(meetingUrl);

    // Held: the banner is gone, and so is the meeting booked today (the SIP meeting is no longer booked).
    await page
      .getByRole('group', { name: new RegExp(`^${PERSON}`) })
      .getByRole('radio', { name: 'Närvarande' })
      .check();
    await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
    await heading('Inledning').waitFor();
    for (const phase of ['Aktuell situation', 'Behov', 'Sammanfattning', 'Avslutning']) {
      await page.getByRole('button', { name: 'Nästa fas →' }).click();
      await heading(phase).waitFor();
    }
    await page.clock.runFor(1000);
    await page.getByRole('button', { name: 'Avsluta mötet' }).click();
    await heading('Mötet är hållet').waitFor();
    await go('Planer', 'Planer');
    await page.getByRole('region', { name: 'Kommande möten' }).getByText(TOMORROW).waitFor();
    expect(await banner().count()).toBe(0);
    expect(await today().count()).toBe(0);
    await go('Inställningar', 'Inställningar');
    expect(await banner().count()).toBe(0);
  });
});
