// A long plan list opens a page at a time, a screenful first; search covers every plan on the device.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, reloadApp } from './harness';
import { useAppSession } from './session';

const app = useAppSession();

/**
 * Writes plans straight into the app's database, in its stored format: as an app from before the
 * summary index would have (none is left), or, `behindIndex`, beside an index that does not hold them (a fault).
 */
async function seed(page: Page, count: number, behindIndex = false): Promise<void> {
  await page.evaluate(
    async ([n, keepIndex]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('sip-motesledare');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['plans', 'planIndex'], 'readwrite');
      if (!keepIndex) tx.objectStore('planIndex').clear();
      for (let i = 1; i <= n; i++) {
        const day = String((i % 28) + 1).padStart(2, '0');
        tx.objectStore('plans').put({
          id: `seed-${i}`,
          status: 'forberedelse',
          updatedAt: `2026-11-${day}T10:00:00.000Z`,
          nextMeetingAt: '',
          format: 1,
          data: {
            createdAt: '2026-11-01T10:00:00.000Z',
            person: { name: `Person nummer ${i}`, birthDate: '', idNumber: '', contact: { phone: '', email: '', address: '' }, representatives: [] },
            preparation: {
              whatMatters: '',
              purpose: '',
              questions: [],
              practical: { interpreterNeeded: false, interpreterLanguage: '', relativePresent: false, relativeName: '', cognitiveSupport: '', notToDiscuss: '' },
            },
            participants: [],
            consents: [],
            booking: { date: '', startTime: '', durationMinutes: 60, place: '', videoLink: '' },
          },
        });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [count, behindIndex] as const,
  );
}

describe('a long plan list', () => {
  it('shows 100 plans at first, more on request, and search reaches all of them', async () => {
    const page = await app.open('/');
    await expect.poll(() => page.getByRole('button', { name: 'Ny plan' }).count()).toBe(1);
    await seed(page, 120);
    // The cards drawn when the list is first shown, and once its whole first page is drawn (PlanList's
    // marks), with how far down the screen the last of them reaches, taken as each mark is made.
    await page.addInitScript(() => {
      const drawn: Record<string, { cards: number; bottom: number; screen: number }> = {};
      (window as unknown as { __drawn: typeof drawn }).__drawn = drawn;
      const mark = performance.mark.bind(performance);
      performance.mark = (name: string, options?: PerformanceMarkOptions) => {
        const cards = document.querySelectorAll('ul.plan-list > li');
        drawn[name] ??= { cards: cards.length, bottom: cards[cards.length - 1]?.getBoundingClientRect().bottom ?? 0, screen: window.innerHeight };
        return mark(name, options);
      };
    });
    await reloadApp(page);
    const list = page.getByRole('list', { name: 'Planer på enheten' });
    await expect.poll(() => page.getByText('120 planer').count()).toBe(1);
    await expect.poll(() => list.getByRole('listitem').count()).toBe(100);
    // A screenful first (the first paint waits for no more), the rest of the page a frame later.
    const drawn = await page.evaluate(() => (window as unknown as { __drawn: Record<string, { cards: number; bottom: number; screen: number }> }).__drawn);
    const ready = drawn['sip:plan-list-ready']!;
    expect(ready.cards).toBeGreaterThan(0);
    expect(ready.cards).toBeLessThan(100);
    expect(ready.bottom).toBeGreaterThanOrEqual(ready.screen);
    expect(drawn['sip:plan-list-complete']?.cards).toBe(100);
    expect(await page.getByText('Visar 100 av 120.').count()).toBe(1);
    await expectNoAxeViolations(page, 'long plan list');

    await page.getByRole('searchbox', { name: 'Sök på namn' }).fill('nummer 117');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Sök på namn' }).fill('');

    await page.getByRole('button', { name: 'Visa 20 till' }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(120);
    expect(await page.getByRole('button', { name: /Visa .* till/ }).count()).toBe(0);

    await list.getByRole('link', { name: /Person nummer 117/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Plan för Person nummer 117' }).count()).toBe(1);
  });

  it('a plan the summary index does not hold (a fault) is listed once the index is checked, after the list is shown', async () => {
    const page = await app.open('/');
    await expect.poll(() => page.getByText('0 planer').count()).toBe(1);
    await seed(page, 2, true);
    await reloadApp(page);
    await expect.poll(() => page.getByText('2 planer').count()).toBe(1);
    const list = page.getByRole('list', { name: 'Planer på enheten' });
    expect(await list.getByRole('link', { name: /Person nummer 2/ }).count()).toBe(1);
  });
});

describe('the skip link', () => {
  it('moves keyboard focus past the header to the screen itself', async () => {
    const page = await app.open('/');
    await expect.poll(() => page.getByRole('button', { name: 'Ny plan' }).count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab is in the screen, not the header's first link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  it('a new screen takes keyboard focus into its content when the button that opened it is gone', async () => {
    const page = await app.open('/');
    const newPlan = page.getByRole('button', { name: 'Ny plan' });
    await newPlan.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/plan\//u);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main')?.id ?? document.activeElement?.tagName)).toBe('main');
  });
});
