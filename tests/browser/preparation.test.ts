// A chair prepares a plan through the UI: every part of the preparation, found by role and
// accessible name; after a reload everything is still there. axe-core checks every screen, and no
// request leaves the app's origin. Each part starts from a plan of its own, stored for it.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPlan } from '../../src/domain/plan';
import { expectNoAxeViolations, reloadApp, waitUntilSaved } from './harness';
import { seedPlans } from './seed';
import { useAppSession } from './session';

const app = useAppSession();
const PERSON = 'Łucja Ørsted-Şahin';

/** Stores plans for these people (nothing else prepared yet) and opens the first one's first part. */
async function openPlan(names: string[] = [PERSON], path = '/plan/plan-prep-1/person'): Promise<Page> {
  const plans = names.map((name, i) => {
    const plan = newPlan(`plan-prep-${i + 1}`, new Date());
    plan.person.name = name;
    return plan;
  });
  return app.openSeeded((p) => seedPlans(p, plans), path);
}

const section = (name: RegExp) => app.page.getByRole('navigation', { name: 'Planens delar' }).getByRole('link', { name });
const group = (name: string | RegExp) => app.page.getByRole('group', { name });
const field = (scope: Page | Locator, name: string | RegExp) => scope.getByRole('textbox', { name, exact: typeof name === 'string' });

describe('preparing a plan', () => {
  it('starts with an empty list that passes axe', async () => {
    const page = await app.open('/');
    await expect.poll(() => page.getByText('Det finns inga planer ännu').count()).toBe(1);
    await expectNoAxeViolations(page, 'empty plan list');
  });

  it('creates a plan and fills in the person, with personnummer validation', async () => {
    const page = await app.open('/');
    await page.getByRole('button', { name: 'Ny plan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Personen som planen gäller' }).count()).toBe(1);
    expect(new URL(page.url()).pathname).toMatch(/^\/plan\/[0-9a-f-]+\/person$/);

    await field(page, 'Namn (obligatoriskt)').fill('Łucja Ørsted-Şahin');
    const idNumber = page.getByRole('textbox', { name: 'Personnummer eller samordningsnummer' });
    await idNumber.fill('811218-9875');
    await idNumber.blur();
    await expect.poll(() => page.getByText('Kontrollsiffran stämmer inte').count()).toBe(1);
    expect(await idNumber.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'person with an error');

    await idNumber.fill('19811318-9876');
    await expect.poll(() => page.getByText('Datumet i numret finns inte').count()).toBe(1);
    await idNumber.fill('811218-9876');
    // A birth date, without a weekday.
    await expect.poll(() => page.getByText('Giltigt personnummer, född 18 december 1981.').count()).toBe(1);
    expect(await idNumber.getAttribute('aria-invalid')).toBeNull();

    await field(page, 'Telefon').fill('070-123 45 67');
    await field(page, 'E-post').fill('lucja@example.se');
    await field(page, 'Adress').fill('Storgatan 1, 411 01 Göteborg');

    await page.getByRole('button', { name: /Lägg till vårdnadshavare eller företrädare/ }).click();
    const rep = group(/^Företrädare 1/);
    await rep.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'God man' });
    await field(rep, 'Namn (obligatoriskt)').fill('Per Holm');
    await field(rep, 'Telefon').fill('08-555 123');
    await field(rep, 'E-post').fill('per.holm@');
    await field(rep, 'E-post').blur();
    await expect.poll(() => rep.getByText('E-postadressen ser inte rätt ut').count()).toBe(1);
    await field(rep, 'E-post').fill('per.holm@example.se');
    await expect.poll(() => rep.getByText('E-postadressen ser inte rätt ut').count()).toBe(0);
    // A relative who will be there is entered here as well, once.
    await page.getByRole('button', { name: /Lägg till vårdnadshavare eller företrädare/ }).click();
    const relative = group(/^Företrädare 2/);
    await relative.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Närstående' });
    await field(relative, 'Namn (obligatoriskt)').fill('Marta (syster)');
    await waitUntilSaved(page);
    await expectNoAxeViolations(page, 'person');

    // After a reload, everything is still there.
    await reloadApp(page);
    await section(/Personen/).click();
    expect(await field(page, 'Namn (obligatoriskt)').first().inputValue()).toBe('Łucja Ørsted-Şahin');
    expect(await page.getByRole('textbox', { name: 'Personnummer eller samordningsnummer' }).inputValue()).toBe('811218-9876');
    expect(await field(page, 'Adress').first().inputValue()).toBe('Storgatan 1, 411 01 Göteborg');
    const storedRep = group(/^Företrädare 1: Per Holm/);
    expect(await storedRep.getByRole('combobox', { name: 'Typ' }).inputValue()).toBe('god-man');
    expect(await field(storedRep, 'E-post').inputValue()).toBe('per.holm@example.se');
    expect(
      await group(/^Företrädare 2: Marta \(syster\)/)
        .getByRole('combobox', { name: 'Typ' })
        .inputValue(),
    ).toBe('narstaende');
  });

  it('moves on with "Nästa: …" by keyboard: focus goes to the next part’s heading, in view', async () => {
    const page = await openPlan();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Nästa: Vad är viktigt? →' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Vad är viktigt för dig?');
    const box = (await page.getByRole('heading', { level: 2, name: 'Vad är viktigt för dig?' }).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    // Tab goes on into the part, not past it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.section-body') !== null)).toBe(true);
  });

  it('fills in what matters, purpose, questions and practical needs', async () => {
    const page = await openPlan();
    await section(/Vad är viktigt/).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Vad är viktigt för dig?' }).count()).toBe(1);
    await field(page, 'Vad är viktigt för dig?').fill('Att få ett arbete och att må bra.');
    await field(page, 'Syfte med mötet').fill('Samordna stödet kring arbete och boende.');
    await page.getByRole('button', { name: /Lägg till frågeställning/ }).click();
    // The new question's field takes focus, so the chair can type at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('Hur kan Łucja komma igång med arbetsträning?');
    await page.getByRole('button', { name: /Lägg till frågeställning/ }).click();
    await field(group('Frågeställning 2'), 'Frågeställning 2').fill('Vem hjälper till med boendet?');
    await page.getByRole('checkbox', { name: 'Tolk behövs' }).check();
    await field(page, 'Språk för tolk').fill('Polska');
    await field(page, 'Kognitivt stöd').fill('Bildstöd och en paus efter halva tiden.');
    await field(page, 'Detta ska inte tas upp på mötet').fill('Tidigare placering.');
    await waitUntilSaved(page);
    await expectNoAxeViolations(page, 'what matters');

    // After a reload, everything is still there.
    await reloadApp(page);
    await section(/Vad är viktigt/).click();
    expect(await field(page, 'Vad är viktigt för dig?').inputValue()).toBe('Att få ett arbete och att må bra.');
    expect(await field(page, 'Frågeställning 1').inputValue()).toBe('Hur kan Łucja komma igång med arbetsträning?');
    expect(await field(page, 'Frågeställning 2').inputValue()).toBe('Vem hjälper till med boendet?');
    expect(await page.getByRole('checkbox', { name: 'Tolk behövs' }).isChecked()).toBe(true);
    expect(await field(page, 'Språk för tolk').inputValue()).toBe('Polska');
    expect(await field(page, 'Detta ska inte tas upp på mötet').inputValue()).toBe('Tidigare placering.');
  });

  it('adds participants with principal, invitation status, chair and note-taker', async () => {
    const page = await openPlan();
    await section(/Deltagare/).click();
    const add = page.getByRole('button', { name: /Lägg till deltagare/ });

    await add.click();
    let p = group(/^Deltagare 1/);
    await field(p, 'Namn (obligatoriskt)').fill('Anna Berg');
    await field(p, 'Verksamhet').fill('Socialtjänsten');
    await field(p, 'Roll i ärendet').fill('Handläggare');
    await field(p, 'E-post').fill('anna.berg@kommun.se');
    await p.getByRole('combobox', { name: 'Kallelse' }).selectOption({ label: 'Bekräftad' });
    await p.getByRole('checkbox', { name: 'Mötesledare' }).check();

    await add.click();
    p = group(/^Deltagare 2/);
    await field(p, 'Namn (obligatoriskt)').fill('Nguyễn Thị Hằng');
    await field(p, 'Verksamhet').fill('Vårdcentralen Centrum');
    await p.getByRole('combobox', { name: 'Huvudman', exact: true }).selectOption({ label: 'Region' });
    await field(p, 'Roll i ärendet').fill('Distriktssköterska');
    await p.getByRole('checkbox', { name: 'Antecknar (sekreterare)' }).check();

    await add.click();
    p = group(/^Deltagare 3/);
    await field(p, 'Namn (obligatoriskt)').fill('Ayşe Çelik');
    await field(p, 'Verksamhet').fill('Arbetsförmedlingen Göteborg');
    await p.getByRole('combobox', { name: 'Huvudman', exact: true }).selectOption({ label: 'Annan' });
    await p.getByRole('combobox', { name: 'Vilken huvudman' }).fill('Arbetsförmedlingen');
    await p.getByRole('combobox', { name: 'Kallelse' }).selectOption({ label: 'Ersättare kommer' });
    await field(p, 'Ersättarens namn (obligatoriskt)').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => p.getByText('Fyll i fältet.').count()).toBe(1);
    await field(p, 'Ersättarens namn (obligatoriskt)').fill('Johan Ek');
    // Marking a second chair moves the mark: only one chair at a time.
    await p.getByRole('checkbox', { name: 'Mötesledare' }).check();
    expect(
      await group(/^Deltagare 1/)
        .getByRole('checkbox', { name: 'Mötesledare' })
        .isChecked(),
    ).toBe(false);
    await p.getByRole('checkbox', { name: 'Mötesledare' }).uncheck();
    await group(/^Deltagare 1/)
      .getByRole('checkbox', { name: 'Mötesledare' })
      .check();

    await add.click();
    p = group(/^Deltagare 4/);
    await field(p, 'Namn (obligatoriskt)').fill('Ska bort');
    page.once('dialog', (dialog) => void dialog.accept());
    await p.getByRole('button', { name: /Ta bort/ }).click();
    await expect.poll(() => group(/^Deltagare 4/).count()).toBe(0);
    // The last item gone with its button, focus is on the add button, not lost to the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('+ Lägg till deltagare');

    await expect.poll(() => page.getByText('3 inbjudna, 2 har bekräftat.').count()).toBe(1);
    await waitUntilSaved(page);
    await expectNoAxeViolations(page, 'participants');

    // After a reload, everything is still there.
    await reloadApp(page);
    await section(/Deltagare/).click();
    const third = group('Deltagare 3: Ayşe Çelik');
    expect(await third.getByRole('combobox', { name: 'Huvudman', exact: true }).inputValue()).toBe('annan');
    expect(await third.getByRole('combobox', { name: 'Vilken huvudman' }).inputValue()).toBe('Arbetsförmedlingen');
    expect(await field(third, 'Ersättarens namn (obligatoriskt)').inputValue()).toBe('Johan Ek');
    expect(await group('Deltagare 1: Anna Berg').getByRole('checkbox', { name: 'Mötesledare' }).isChecked()).toBe(true);
    expect(await group('Deltagare 2: Nguyễn Thị Hằng').getByRole('checkbox', { name: 'Antecknar (sekreterare)' }).isChecked()).toBe(true);
    expect(await group('Deltagare 2: Nguyễn Thị Hằng').getByRole('combobox', { name: 'Huvudman', exact: true }).inputValue()).toBe('region');
  });

  it('records consent with scope, form, dates and withdrawal', async () => {
    const page = await openPlan();
    await section(/Samtycke/).click();
    await page.getByRole('button', { name: /Lägg till samtycke/ }).click();
    const c = group(/^Samtycke 1/);
    await c.getByRole('combobox', { name: 'Lämnat av' }).selectOption({ label: 'Företrädare (god man, förvaltare, fullmakt)' });
    await field(c, 'Namn på den som lämnat samtycket (obligatoriskt)').fill('Per Holm');
    await c.getByRole('radio', { name: 'Muntligt' }).check();
    await expect.poll(() => c.getByText('Muntligt samtycke antecknas i journalen.').count()).toBe(1);
    await c.getByLabel('Datum för samtycket').fill('2026-11-20');
    await c.getByLabel('Giltigt till och med').fill('2026-11-01');
    await expect.poll(() => c.getByText('Giltighetstiden slutar före datumet för samtycket.').count()).toBe(1);
    await c.getByLabel('Giltigt till och med').fill('2027-11-20');
    await c.getByRole('button', { name: /Lägg till verksamhet/ }).click();
    const scope = group(/^Delning 1/);
    await scope.getByRole('combobox', { name: 'Verksamhet' }).fill('Vårdcentralen Centrum');
    await field(scope, 'Uppgifter som får delas').fill('Aktuell medicinering');
    await field(c, 'Detta får inte delas').fill('Uppgifter om tidigare placering');
    // The add button keeps its distance from the label under it.
    const addBottom = await c.getByRole('button', { name: /Lägg till verksamhet/ }).evaluate((el) => el.getBoundingClientRect().bottom);
    const labelTop = await c.getByText('Detta får inte delas', { exact: true }).evaluate((el) => el.getBoundingClientRect().top);
    expect(labelTop - addBottom).toBeGreaterThanOrEqual(8);
    await waitUntilSaved(page);
    await expectNoAxeViolations(page, 'consent');

    await c.getByRole('checkbox', { name: 'Samtycket har återkallats' }).check();
    await c.getByLabel('Datum för återkallelse').fill('2026-11-22');
    await expect.poll(() => page.getByRole('note').filter({ hasText: 'Samtycket är återkallat' }).count()).toBe(1);
    await c.getByRole('checkbox', { name: 'Samtycket har återkallats' }).uncheck();
    await expect.poll(() => page.getByRole('note').count()).toBe(0);
    await waitUntilSaved(page);

    // After a reload, everything is still there.
    await reloadApp(page);
    await section(/Samtycke/).click();
    const stored = group(/^Samtycke 1/);
    expect(await stored.getByRole('radio', { name: 'Muntligt' }).isChecked()).toBe(true);
    expect(await stored.getByLabel('Giltigt till och med').inputValue()).toBe('2027-11-20');
    expect(await field(group(/^Delning 1/), 'Uppgifter som får delas').inputValue()).toBe('Aktuell medicinering');
    expect(await stored.getByRole('checkbox', { name: 'Samtycket har återkallats' }).isChecked()).toBe(false);
  });

  it('books the meeting with a 60-minute default and validates the length and the dates', async () => {
    const page = await openPlan();
    await page.clock.setSystemTime(new Date('2026-11-20T09:00:00+01:00'));
    await section(/Kallelse/).click();
    const duration = page.getByRole('spinbutton', { name: 'Längd i minuter' });
    expect(await duration.inputValue()).toBe('60');
    // A day that has already been is said at once (a slip of the date picker).
    const past = () => page.getByText('Datumet har redan varit. Välj ett datum framåt i tiden.').count();
    await page.getByLabel('Datum').fill('2026-11-19');
    await expect.poll(past).toBe(1);
    // The field itself says so too: the error's border and background, not the plain field's.
    const look = () => page.getByLabel('Datum').evaluate((el) => `${getComputedStyle(el).borderTopColor} ${getComputedStyle(el).backgroundColor}`);
    expect(await look()).toBe('rgb(164, 22, 26) rgb(253, 236, 236)');
    await page.getByLabel('Datum').fill('2026-12-01');
    await expect.poll(past).toBe(0);
    expect(await look()).not.toContain('rgb(164, 22, 26)');
    await page.getByLabel('Starttid').fill('09:30');
    await expect.poll(() => page.getByText('Mötet slutar 10:30.').count()).toBe(1);
    await duration.fill('600');
    await expect.poll(() => page.getByText('Längden ska vara mellan 5 och 480 minuter').count()).toBe(1);
    await duration.fill('90');
    await expect.poll(() => page.getByText('Mötet slutar 11:00.').count()).toBe(1);
    await field(page, 'Plats').fill('Stadsdelskontoret, rum 3');
    await field(page, 'Länk för videomöte').fill('meet.example');
    await field(page, 'Länk för videomöte').blur();
    await expect.poll(() => page.getByText('Länken ska börja med https://').count()).toBe(1);
    await field(page, 'Länk för videomöte').fill('https://video.example.se/sip-123');
    // Invitees are asked to reply before the meeting, never after it.
    await page.getByLabel('Svara senast').fill('2026-12-05');
    await expect.poll(() => page.getByText('Svarsdatumet ligger efter mötet. Välj ett datum före mötet.').count()).toBe(1);
    await page.getByLabel('Svara senast').fill('2026-11-19');
    await expect.poll(past).toBe(1);
    await page.getByLabel('Svara senast').fill('2026-11-24');
    await expect.poll(() => page.getByText('Svarsdatumet ligger efter mötet.', { exact: false }).count()).toBe(0);
    expect(await past()).toBe(0);
    await waitUntilSaved(page);
    await expectNoAxeViolations(page, 'booking');

    // After a reload, everything is still there; the app reopens on the screen where the chair was.
    await reloadApp(page);
    // The app reopens on the screen where the chair was.
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Kallelse till mötet' }).count()).toBe(1);
    expect(await page.getByLabel('Datum').inputValue()).toBe('2026-12-01');
    expect(await page.getByLabel('Starttid').inputValue()).toBe('09:30');
    expect(await page.getByRole('spinbutton', { name: 'Längd i minuter' }).inputValue()).toBe('90');
    expect(await field(page, 'Plats').inputValue()).toBe('Stadsdelskontoret, rum 3');
    expect(await field(page, 'Länk för videomöte').inputValue()).toBe('https://video.example.se/sip-123');
    expect(await page.getByLabel('Svara senast').inputValue()).toBe('2026-11-24');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    const card = page.getByRole('list', { name: 'Planer på enheten' }).getByRole('link', { name: /Łucja Ørsted-Şahin/ });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toMatch(/Förberedelse/);
    expect(await card.textContent()).toMatch(/Nästa möte: tis 1 dec\. 2026 09:30/);
    await expectNoAxeViolations(page, 'plan list');
  });

  it('searches the list by name, ignoring case and accents', async () => {
    const page = await openPlan([PERSON], '/');
    await page.getByRole('button', { name: 'Ny plan' }).click();
    await field(page, 'Namn (obligatoriskt)').fill('Lisa Andersson');
    await waitUntilSaved(page);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    const list = page.getByRole('list', { name: 'Planer på enheten' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    await page.getByRole('searchbox', { name: 'Sök på namn' }).fill('orsted');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    expect(await list.textContent()).toContain('Łucja Ørsted-Şahin');
    await page.getByRole('searchbox', { name: 'Sök på namn' }).fill('LISA');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    expect(await list.textContent()).toContain('Lisa Andersson');
    await page.getByRole('searchbox', { name: 'Sök på namn' }).fill('Zlatan');
    await expect.poll(() => page.getByText('Ingen plan matchar ”Zlatan”.').count()).toBe(1);
  });

  it('shows storage persistence and usage under Inställningar', async () => {
    const page = await openPlan([PERSON, 'Lisa Andersson'], '/');
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Lagring på enheten' }).count()).toBe(1);
    await expect.poll(() => page.getByText(/Lagringen är (inte )?beständig/).count()).toBe(1);
    await expect.poll(() => page.getByText(/^Använt .* av .*\.$/).count()).toBe(1);
    await expect.poll(() => page.getByText('2 planer sparade på enheten.').count()).toBe(1);
    await expectNoAxeViolations(page, 'settings');
    await app.open('/finns-inte');
    await expect.poll(() => page.getByRole('heading', { name: 'Sidan finns inte.' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'not found');
    await app.open('/plan/finns-inte/person');
    await expect.poll(() => page.getByRole('heading', { name: 'Planen finns inte på den här enheten.' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'plan not found');
  });
});
