// One window of the app edits at a time: a screen keeps the whole record it shows and autosave
// writes all of it, so two windows editing the same plan would overwrite each other. A second
// window says so and may take over; the first then writes what it had, locks and steps aside.
import { describe, expect, it } from 'vitest';
import { newPlan } from '../../src/domain/plan';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, saveState, unlockApp } from './harness';
import { seedPlans } from './seed';
import { useAppSession } from './session';

const app = useAppSession();

const elsewhere = { name: 'SIP-mötet är redan öppet i ett annat fönster', level: 1 } as const;
const moved = { name: 'SIP-mötet används nu i ett annat fönster', level: 1 } as const;
const useHere = { name: 'Använd appen här' } as const;
const purpose = 'Syfte med mötet';

/**
 * The stored plan row's IV, read straight from IndexedDB: a new one with every write. (No timer
 * is involved, so it can be read while the page's clock stands still.)
 */
function storedIv(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('sip-motesledare');
        open.onsuccess = () => {
          const request = open.result.transaction('plans', 'readonly').objectStore('plans').get('plan-sara');
          request.onsuccess = () => (open.result.close(), resolve(Array.from((request.result as { sealed: { iv: Uint8Array } }).sealed.iv).join(',')));
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/** The app open and unlocked on Sara Lind's "Vad är viktigt för dig?" in the test's first page. */
async function openSarasPlan() {
  const plan = newPlan('plan-sara', new Date());
  plan.person.name = 'Sara Lind';
  return app.openSeeded((page) => seedPlans(page, [plan]), '/plan/plan-sara/viktigt');
}

describe('one window at a time', () => {
  it('a second window says the app is open elsewhere and changes nothing', async () => {
    const first = await openSarasPlan();
    const second = await app.newPage();
    await second.goto(app.url('/'));
    // While it finds out (up to 2 s), the page says what it is doing instead of staying blank.
    const checking = second.getByRole('status').filter({ hasText: 'Ser efter om appen redan är öppen i ett annat fönster' });
    await checking.waitFor();
    await second.getByRole('heading', elsewhere).waitFor();
    expect(await checking.count()).toBe(0);
    expect(await second.getByRole('button', useHere).isEnabled()).toBe(true);
    // Neither the lock nor the app is shown there, and the first window goes on as it was.
    expect(await second.getByLabel('Lösenkod', { exact: true }).count()).toBe(0);
    expect(await second.title()).toBe('Öppen i ett annat fönster – SIP-mötet');
    await expectNoAxeViolations(second, 'open in another window');
    await first.getByRole('textbox', { name: purpose }).fill('Planera stödet i hemmet');
    expect(await first.getByRole('heading', moved).count()).toBe(0);
  });

  it('taking over writes what the first window had, locks it, and opens the app here with it', async () => {
    const first = await openSarasPlan();
    const second = await app.newPage();
    await second.goto(app.url('/plan/plan-sara/viktigt'));
    await second.getByRole('heading', elsewhere).waitFor();
    // Typed and not yet written: the clock stands still (in both pages), so the autosave delay never ends.
    await first.clock.install();
    await first.clock.pauseAt(new Date(Date.now() + 60_000));
    const before = await storedIv(first);
    await first.getByRole('textbox', { name: purpose }).fill('Planera stödet i hemmet');
    expect(await saveState(first)).not.toBe('saved');
    await second.getByRole('button', useHere).click();

    // The first window stepped aside: locked, its screen gone, the notice read first.
    await first.getByRole('heading', moved).waitFor();
    expect(await first.getByRole('textbox', { name: purpose }).count()).toBe(0);
    expect(await first.evaluate(() => document.activeElement?.textContent)).toBe(moved.name);
    // Written as it stepped aside, not by the autosave delay, which has not ended.
    expect(await storedIv(first)).not.toBe(before);
    await first.clock.resume();
    await expectNoAxeViolations(first, 'stepped aside');

    // The second starts at the lock and, unlocked, shows what the first had typed.
    await unlockApp(second);
    await second.getByRole('textbox', { name: purpose }).waitFor();
    expect(await second.getByRole('textbox', { name: purpose }).inputValue()).toBe('Planera stödet i hemmet');

    // And back: the first window can take over again.
    await first.getByRole('button', useHere).click();
    await second.getByRole('heading', moved).waitFor();
    await unlockApp(first);
    expect(await first.getByRole('textbox', { name: purpose }).inputValue()).toBe('Planera stödet i hemmet');
  });

  it('a window that does not answer can be overruled, and steps aside when it runs again', async () => {
    const first = await openSarasPlan();
    await first.getByRole('textbox', { name: purpose }).fill('Planera stödet i hemmet');
    const second = await app.newPage();
    await second.goto(app.url('/'));
    await second.getByRole('heading', elsewhere).waitFor();
    // The first window hangs (as a page frozen in the background would) for longer than the wait.
    await first.evaluate(() => {
      setTimeout(() => {
        const end = performance.now() + 9000;
        while (performance.now() < end);
      }, 0);
    });
    await second.getByRole('button', useHere).click();
    const overrule = second.getByRole('button', { name: 'Ta över ändå' });
    await overrule.waitFor({ timeout: 15_000 });
    expect(await second.getByRole('alert').textContent()).toContain('Det andra fönstret svarar inte');
    await expectNoAxeViolations(second, 'the other window does not answer');
    await overrule.click();
    await unlockApp(second);
    expect(await second.getByRole('textbox', { name: purpose }).inputValue()).toBe('Planera stödet i hemmet');
    // Running again, the first finds its lock taken and steps aside.
    await first.getByRole('heading', moved).waitFor({ timeout: 15_000 });
    expect(await first.getByRole('textbox', { name: purpose }).count()).toBe(0);
  });

  it('a reload is still the same window, and the room view is not a window that edits', async () => {
    const first = await openSarasPlan();
    await first.reload();
    await unlockApp(first);
    await first.getByRole('textbox', { name: purpose }).waitFor();
    const room = await app.newPage();
    await room.goto(app.url('/rum'));
    expect(await room.getByRole('heading', elsewhere).count()).toBe(0);
    expect(await first.getByRole('heading', moved).count()).toBe(0);
  });
});
