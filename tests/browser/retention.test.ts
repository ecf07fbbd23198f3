// Gallring through the UI: off by default; with a period chosen, the list offers the closed plans
// kept longer than it; the review deletes only what is marked, after a confirmation.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan';
import { heldMeeting } from '../fixtures/heldMeeting';
import { expectNoAxeViolations, reloadApp } from './harness';
import { readStoredRows, seedPlans } from './seed';
import { useAppSession } from './session';

const app = useAppSession();

function plan(id: string, name: string, status: Plan['status'], updatedAt: string): Plan {
  const p = heldMeeting().plan;
  return { ...p, id, status, updatedAt, person: { ...p.person, name } };
}

const threeYearsAgo = new Date(Date.now() - 3 * 365 * 86_400_000).toISOString();
const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString();
const banner = (page: Page) => page.getByText(/avslutad plan har sparats längre än den valda tiden/u);

/** Opens the app with an old and a new closed plan and an old active one, and shows the list. */
async function openWithThreePlans(): Promise<Page> {
  const page = await app.open('/');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await seedPlans(page, [
    plan('old-closed', 'Gammal Avslutad', 'avslutad', threeYearsAgo),
    plan('new-closed', 'Ny Avslutad', 'avslutad', lastMonth),
    plan('old-active', 'Gammal Aktiv', 'aktiv', threeYearsAgo),
  ]);
  await reloadApp(page);
  await expect.poll(() => page.getByText('3 planer', { exact: true }).count()).toBe(1);
  return page;
}

/** Chooses "2 år" under Inställningar and goes back to the list of plans. */
async function chooseTwoYears(page: Page, checkAxe = false): Promise<void> {
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('combobox', { name: 'Erbjud radering av avslutade planer efter' }).selectOption({ label: '2 år' });
  if (checkAxe) await expectNoAxeViolations(page, 'settings with gallring');
  await page.getByRole('link', { name: 'Planer', exact: true }).click();
  await expect.poll(() => banner(page).count()).toBe(1);
}

describe('gallring', () => {
  it('is off until a period is chosen; then the list offers the closed plans kept longer', async () => {
    const page = await openWithThreePlans();
    expect(await banner(page).count()).toBe(0);
    // A closed plan's card says when it was closed, not the meeting its last booking named.
    const card = (name: string) => page.getByRole('list', { name: 'Planer på enheten' }).getByRole('listitem').filter({ hasText: name });
    const closed = await card('Ny Avslutad').textContent();
    expect(closed).toMatch(/Avslutades: [a-zåäö]+ \d{1,2} [a-zé]+\.? \d{4}/u);
    expect(closed).not.toContain('Nästa möte');
    expect(await card('Gammal Aktiv').textContent()).toContain('Nästa möte');
    await chooseTwoYears(page, true);
    expect(await banner(page).textContent()).toContain('1 avslutad plan');
  });

  it('the review deletes only the marked plan, after a confirmation', async () => {
    const page = await openWithThreePlans();
    await chooseTwoYears(page);
    await page.getByRole('link', { name: 'Granska och radera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gallring av avslutade planer' }).waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(1);
    await expectNoAxeViolations(page, 'gallring review');

    await page.getByRole('button', { name: 'Radera markerade planer för gott' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Markera minst en plan.' }).count()).toBe(1);

    await page.getByRole('checkbox', { name: /^Gammal Avslutad/u }).check();
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Radera markerade planer för gott' }).click();
    expect((await readStoredRows(page)).plans).toHaveLength(3);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Radera markerade planer för gott' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 plan är raderad.' }).count()).toBe(1);
    const ids = (await readStoredRows(page)).plans.map((p) => (p as { id: string }).id).sort();
    expect(ids).toEqual(['new-closed', 'old-active']);
    await expect.poll(() => page.getByText('Inga avslutade planer har sparats längre än den valda tiden.').count()).toBe(1);
  });
});
