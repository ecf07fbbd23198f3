// When the device's storage fails: nothing typed is lost, and every failure is said in Swedish.
// Writes are made to fail by refusing IndexedDB's read-write transactions in the page (as a full
// or broken disk does), and a stored plan is damaged to make a screen fail.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPlan } from '../../src/domain/plan';
import { expectNoAxeViolations, reloadApp, waitUntilSaved } from './harness';
import { readStoredRows, seedPlans } from './seed';
import { useAppSession } from './session';

const app = useAppSession();

/** Lets the test refuse every read-write IndexedDB transaction of the page, and allow them again. */
async function installWriteSwitch(target: Page): Promise<void> {
  await target.evaluate(() => {
    const w = window as unknown as { failWrites?: boolean };
    // oxlint-disable-next-line typescript/unbound-method -- always called as real.apply(this, …)
    const real = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      if (w.failWrites && args[1] === 'readwrite') throw new DOMException('The disk refused the write (test)', 'UnknownError');
      return real.apply(this, args);
    };
  });
}

/** Damages (or, done again, mends) the first stored plan: its sealed content no longer opens. */
async function flipPlanByte(target: Page): Promise<void> {
  await target.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('sip-motesledare');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const store = db.transaction('plans', 'readwrite').objectStore('plans');
    const request = store.openCursor();
    await new Promise<void>((resolve) => {
      request.onsuccess = () => {
        const row = request.result!.value as { sealed: { data: Uint8Array } };
        row.sealed.data[0] = (row.sealed.data[0] ?? 0) ^ 0xff;
        request.result!.update(row).onsuccess = () => resolve();
      };
    });
    db.close();
  });
}

/** Damages (or, done again, mends) every row of the plans' summary index, which the list reads instead of the plans. */
async function flipIndexBytes(target: Page): Promise<void> {
  await target.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('sip-motesledare');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('planIndex', 'readwrite');
    const request = tx.objectStore('planIndex').openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      const row = cursor.value as { sealed: { data: Uint8Array } };
      row.sealed.data[0] = (row.sealed.data[0] ?? 0) ^ 0xff;
      cursor.update(row);
      cursor.continue();
    };
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

/** Opens the app at a path, with the switch that refuses writes. */
async function openWithWriteSwitch(path: string): Promise<Page> {
  const page = await app.open(path);
  await installWriteSwitch(page);
  return page;
}

/** Saga Lindqvist's plan, stored by an earlier session and sealed by the unlock; opened at a path, with the write switch. */
async function openSagasPlan(path: string): Promise<Page> {
  const plan = newPlan('plan-saga', new Date());
  plan.person.name = 'Saga Lindqvist';
  const page = await app.openSeeded((p) => seedPlans(p, [plan]), path);
  await expect.poll(async () => ((await readStoredRows(page)).plans as { format: number }[]).map((row) => row.format)).toEqual([2]);
  await installWriteSwitch(page);
  return page;
}

const failWrites = (on: boolean) => app.page.evaluate((value) => void ((window as unknown as { failWrites?: boolean }).failWrites = value), on);
const saveState = () =>
  app.page
    .getByRole('status')
    .filter({ hasText: /^(Sparat|Sparar …|Kunde inte spara – försöker igen)$/ })
    .textContent();
const field = (name: string) => app.page.getByRole('textbox', { name, exact: true });
const section = (name: RegExp) => app.page.getByRole('navigation', { name: 'Planens delar' }).getByRole('link', { name });

describe('when storage fails', () => {
  it('a failed "Ny plan" says so and can be pressed again', async () => {
    const page = await openWithWriteSwitch('/');
    await failWrites(true);
    const create = page.getByRole('button', { name: 'Ny plan' });
    await create.click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Det gick inte att spara' }).count()).toBe(1);
    expect(await create.isEnabled()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/');
    await expectNoAxeViolations(page, 'plan list with a failed write');

    await failWrites(false);
    await create.click();
    await expect.poll(() => page.getByRole('heading', { name: 'Personen som planen gäller' }).count()).toBe(1);
    await field('Namn (obligatoriskt)').fill('Saga Lindqvist');
    await waitUntilSaved(page);
  });

  it('keeps text typed while writes fail, when the chair leaves, comes back and edits another field', async () => {
    const page = await openSagasPlan('/plan/plan-saga/person');
    await section(/Vad är viktigt/).click();
    await failWrites(true);
    await field('Vad är viktigt för dig?').fill('Att få bo kvar i lägenheten');
    await expect.poll(saveState).toBe('Kunde inte spara – försöker igen');

    // Leaves the plan for the list, and opens it again.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    await page
      .getByRole('link', { name: /Saga Lindqvist/ })
      .first()
      .click();
    await section(/Vad är viktigt/).click();
    expect(await field('Vad är viktigt för dig?').inputValue()).toBe('Att få bo kvar i lägenheten');
    await field('Syfte med mötet').fill('Samordna stödet i hemmet');

    await failWrites(false);
    await waitUntilSaved(page);
    await reloadApp(page);
    await installWriteSwitch(page);
    await expect.poll(() => field('Vad är viktigt för dig?').inputValue()).toBe('Att få bo kvar i lägenheten');
    expect(await field('Syfte med mötet').inputValue()).toBe('Samordna stödet i hemmet');
  });

  it('a screen that fails says so in Swedish, keeps the data, and comes back when it can', async () => {
    const page = await openSagasPlan('/plan/plan-saga/viktigt');
    await flipPlanByte(page);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    const failed = page.getByRole('heading', { name: 'Något gick fel på den här sidan' });
    await expect.poll(() => failed.count()).toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: 'Det du har skrivit finns kvar på enheten' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'a screen that failed');

    // Another screen still works; the failed one shows again once its data opens.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Inställningar' }).count()).toBe(1);
    expect(await failed.count()).toBe(0);
    await flipPlanByte(page);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    await expect.poll(() => page.getByRole('link', { name: /Saga Lindqvist/ }).count()).toBeGreaterThan(0);
  });

  it('"Försök igen" shows the screen again once it can be read', async () => {
    const page = await openSagasPlan('/');
    // The list reads the summary index; one that cannot be opened is rebuilt from the plans, and
    // the damaged plan makes that fail.
    await flipPlanByte(page);
    await flipIndexBytes(page);
    await reloadApp(page);
    const failed = page.getByRole('heading', { name: 'Något gick fel på den här sidan' });
    await expect.poll(() => failed.count()).toBe(1);
    await flipPlanByte(page);
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await expect.poll(() => page.getByRole('link', { name: /Saga Lindqvist/ }).count()).toBeGreaterThan(0);
    expect(await failed.count()).toBe(0);
  });
});
