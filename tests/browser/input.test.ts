// Awkward input through the UI: a name in right-to-left script with emoji, an empty required
// name, and 100,000 pasted characters. Each is said plainly in Swedish; nothing crashes and
// nothing is lost across a reload.
import { describe, expect, it } from 'vitest';
import { newPlan } from '../../src/domain/plan';
import { expectNoAxeViolations, reloadApp, waitUntilSaved } from './harness';
import { seedPlans } from './seed';
import { useAppSession } from './session';

const NAME = 'مريم Ørsted 🙂👨‍👩‍👧';
const WALL = 'Lång text, inklistrad från ett annat system. '.repeat(2300).slice(0, 100_000);

const app = useAppSession({ timeoutMs: 30_000 });

describe('awkward input', () => {
  it('a right-to-left name with emoji is kept as typed and shown in its own direction; an emptied name is asked for; the list shows it as typed', async () => {
    const page = await app.open('/');
    await page.getByRole('button', { name: 'Ny plan' }).click();
    const name = page.getByRole('textbox', { name: 'Namn (obligatoriskt)' });
    await name.fill(NAME);
    expect(await name.getAttribute('dir')).toBe('auto');
    await name.fill('');
    await name.blur();
    await expect.poll(() => page.getByText('Fyll i fältet.').count()).toBe(1);
    await name.fill(NAME);
    await waitUntilSaved(page);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Plan för ${NAME}` }).count()).toBe(1);

    await page.getByRole('link', { name: 'Planer', exact: true }).click();
    const list = page.getByRole('list', { name: 'Planer på enheten' });
    await expect.poll(() => list.getByRole('listitem').filter({ hasText: NAME }).count()).toBe(1);
  });

  it('100,000 pasted characters are kept whole, said to be too long, and still there after a reload', async () => {
    const plan = newPlan('plan-wall', new Date());
    plan.person.name = NAME;
    const page = await app.openSeeded((p) => seedPlans(p, [plan]), '/plan/plan-wall/person');
    await page
      .getByRole('navigation', { name: 'Planens delar' })
      .getByRole('link', { name: /Vad är viktigt\?/u })
      .click();
    const box = page.getByRole('textbox', { name: 'Vad är viktigt för dig?' });
    await box.fill(WALL);
    await expect.poll(() => page.getByText(/Texten är längre än 20 000 tecken\. Den är sparad/u).count()).toBe(1);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'a field with 100,000 characters');
    await waitUntilSaved(page);
    await reloadApp(page);
    await expect.poll(async () => (await page.getByRole('textbox', { name: 'Vad är viktigt för dig?' }).inputValue()).length).toBe(100_000);
    expect(await page.getByRole('textbox', { name: 'Vad är viktigt för dig?' }).inputValue()).toBe(WALL);
  });
});
