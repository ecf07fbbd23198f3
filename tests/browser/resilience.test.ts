// Nothing typed is lost: not when the browser is killed, not on reload, and the app reopens on
// the screen where the chair was. Offline after the first load, the app keeps working.
import { describe, expect, it } from 'vitest';
import { newPlan } from '../../src/domain/plan';
import { expectNoAxeViolations, reloadApp, saveState, unlockApp, waitForServiceWorker, waitUntilSaved } from './harness';
import { seedPlans } from './seed';
import { usePersistentProfile } from './session';

const profile = usePersistentProfile();

const nameField = () => profile.page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true });
const whatMatters = () => profile.page.getByRole('textbox', { name: 'Vad är viktigt för dig?' });

/** A browser on this test's profile, open on the plan of Sara Lind (stored as an earlier session left it). */
async function openSarasPlan() {
  const plan = newPlan('plan-sara', new Date());
  plan.person.name = 'Sara Lind';
  plan.preparation.whatMatters = 'Att kunna bo kvar hemma';
  await profile.launch();
  return profile.openSeeded((page) => seedPlans(page, [plan]), '/plan/plan-sara/person');
}

/**
 * Sara's plan open at "Vad är viktigt för dig?" with the page's clock standing still, so the
 * autosave delay never ends: only the flush when the page is left can write an edit.
 */
async function purposeWithClockStopped() {
  const page = await openSarasPlan();
  await page
    .getByRole('link', { name: /Vad är viktigt/ })
    .first()
    .click();
  await page.clock.install();
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  return page;
}

describe('never lose data', () => {
  it('keeps what was typed when the browser is killed after the debounce', async () => {
    let page = await profile.launch();
    await profile.open('/');
    await page.getByRole('button', { name: 'Ny plan' }).click();
    await nameField().fill('Sara Lind');
    await page
      .getByRole('link', { name: /Vad är viktigt/ })
      .first()
      .click();
    await whatMatters().click();
    await page.keyboard.type('Att kunna bo kvar hemma', { delay: 20 });
    // Past the autosave debounce (300 ms), with no wait for any confirmation on screen.
    await page.waitForTimeout(700);
    await profile.kill();

    page = await profile.launch();
    await profile.open('/');
    // Reopens on the screen where the chair was, with the text there.
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Vad är viktigt för dig?' }).count()).toBe(1);
    expect(await whatMatters().inputValue()).toBe('Att kunna bo kvar hemma');
    await page
      .getByRole('link', { name: /Personen/ })
      .first()
      .click();
    expect(await nameField().inputValue()).toBe('Sara Lind');
  });

  it('writes pending edits when the page is hidden or left, before the debounce', async () => {
    const page = await purposeWithClockStopped();
    await page.getByRole('textbox', { name: 'Syfte med mötet' }).fill('Planera stödet i hemmet');
    expect(await saveState(page)).not.toBe('saved');
    // Sealing starts with the edit; WebCrypto finishes it well before the fastest hand leaves the page.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await page.reload();
    await page.clock.resume();
    await unlockApp(page);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Vad är viktigt för dig?' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Syfte med mötet' }).inputValue()).toBe('Planera stödet i hemmet');
  });

  it('an edit still being sealed when the page is left: the edit before it is written', async () => {
    const page = await purposeWithClockStopped();
    const purpose = page.getByRole('textbox', { name: 'Syfte med mötet' });
    await purpose.fill('Planera stödet');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // From here on, sealing never finishes, as an encryption still running when the page goes.
    await page.evaluate(() => {
      crypto.subtle.encrypt = () => new Promise<ArrayBuffer>(() => {});
    });
    await purpose.fill('Planera stödet i hemmet');
    await page.reload();
    await page.clock.resume();
    await unlockApp(page);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Vad är viktigt för dig?' }).count()).toBe(1);
    // The last edit died with the page; the one before it did not.
    expect(await page.getByRole('textbox', { name: 'Syfte med mötet' }).inputValue()).toBe('Planera stödet');
  });

  it('works offline after the first load: reload, edit, create, and show the offline state', async () => {
    const page = await openSarasPlan();
    await waitForServiceWorker(page);
    await profile.context.setOffline(true);
    await reloadApp(page);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Offline – allt sparas ändå på enheten' }).count()).toBe(1);
    await page
      .getByRole('link', { name: /Personen/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Telefon' }).fill('070-111 22 33');
    await waitUntilSaved(page);
    // Lazy screens come from the precache too.
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await expect.poll(() => page.getByText('Appen är sparad på enheten och fungerar utan nätverk.').count()).toBe(1);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    await page.getByRole('button', { name: 'Ny plan' }).click();
    await nameField().fill('Offline Olsson');
    await page
      .getByRole('link', { name: /Deltagare/ })
      .first()
      .click();
    await page.getByRole('button', { name: /Lägg till deltagare/ }).click();
    await expectNoAxeViolations(page, 'participants offline');
    await waitUntilSaved(page);

    await reloadApp(page);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    const list = page.getByRole('list', { name: 'Planer på enheten' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    expect(await list.textContent()).toContain('Offline Olsson');
    await list.getByRole('link', { name: /Sara Lind/ }).click();
    expect(await page.getByRole('textbox', { name: 'Telefon' }).inputValue()).toBe('070-111 22 33');

    await profile.context.setOffline(false);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Ansluten' }).count()).toBe(1);
  });
});
