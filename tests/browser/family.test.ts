// Everyone in the room (issue 12, part 1), through the UI of the built app: a child's SIP with two
// guardians entered once under "Personen" and an interpreter noted under practical needs. Both
// guardians are invited in words for a family member (read back with pdftotext), the guardians are
// proposed as the ones giving consent, they come right after the person in the attendance, speak in
// the round, are asked about the meeting and each get their own copy of the plan (read back). The
// interpreter is in the attendance and gets no copy.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/domain/dates';
import { oneLine, pdftotext, makePdfs } from './files';
import { addParticipants, expectNoAxeViolations, reloadApp, waitUntilSaved } from './harness';
import { useAppSession } from './session';

const app = useAppSession({ timeoutMs: 30_000 });
const CHILD = 'Lisa Berg';
const GUARDIANS = ['Sara Berg', 'Ali Berg'];

const group = (name: string | RegExp) => app.page.getByRole('group', { name });
const heading = (name: string) => app.page.getByRole('heading', { level: 1, name });
const download = (name: string | RegExp) => app.download(name);

/**
 * Through the UI: a new plan for the child with two guardians under Personen, a purpose and an
 * interpreter under "Vad är viktigt", and two participants (the first the chair). `axe` runs axe-core
 * on the screens on the way. Ends on Deltagare.
 */
async function enterFamilyPlan(axe = false): Promise<Page> {
  const page = await app.open('/');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
  await page.getByRole('button', { name: 'Ny plan' }).click();
  await page.getByRole('textbox', { name: 'Namn (obligatoriskt)', exact: true }).fill(CHILD);
  // Born 24 December 2014: a child.
  await page.getByRole('textbox', { name: /Personnummer/ }).fill('20141224-1232');
  await expect.poll(() => page.getByText('Personen är under 18 år. Lägg till vårdnadshavarna').count()).toBe(1);
  for (const [i, name] of GUARDIANS.entries()) {
    await page.getByRole('button', { name: 'Lägg till vårdnadshavare eller företrädare' }).click();
    const g = group(new RegExp(`^Företrädare ${i + 1}`));
    expect(await g.getByRole('combobox', { name: 'Typ' }).inputValue()).toBe('vardnadshavare');
    await g.getByRole('textbox', { name: 'Namn (obligatoriskt)' }).fill(name);
    await g.getByRole('textbox', { name: 'Telefon' }).fill(`070-000 00 0${i + 1}`);
    // Proposed as invitees.
    expect(await g.getByRole('checkbox', { name: 'Bjuds in till mötet' }).isChecked()).toBe(true);
  }
  await expect.poll(() => page.getByText('Vårdnadshavarna bjuds in till mötet och ger samtycke.', { exact: false }).count()).toBe(1);
  if (axe) await expectNoAxeViolations(page, 'Personen with two guardians');

  await page
    .getByRole('link', { name: /Vad är viktigt/ })
    .first()
    .click();
  await page.getByRole('textbox', { name: 'Syfte med mötet' }).fill('Samordna stödet i skolan och hemma.');
  await page.getByRole('checkbox', { name: 'Tolk behövs' }).check();
  await page.getByRole('textbox', { name: 'Språk för tolk' }).fill('arabiska');
  // No second place to enter a relative.
  expect(await page.getByRole('textbox', { name: 'Närståendes namn' }).count()).toBe(0);
  if (axe) await expectNoAxeViolations(page, 'Vad är viktigt with an interpreter');

  await page
    .getByRole('link', { name: /Deltagare/ })
    .first()
    .click();
  await addParticipants(page, [
    ['Karin Lund', 'Socialtjänsten'],
    ['Olof Ek', 'Skolan'],
  ]);
  return page;
}

/** Adds a consent under Samtycke, as proposed (given by the guardians). */
async function addProposedConsent(page: Page): Promise<void> {
  await page
    .getByRole('link', { name: /Samtycke/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Lägg till samtycke' }).click();
}

/** The family plan with its consent, its meeting started: everyone but Karin Lund present, the circle at Inledning. */
async function startedMeeting(): Promise<Page> {
  const page = await enterFamilyPlan();
  await addProposedConsent(page);
  await openAttendance(page);
  await markPresentAndStartCircle(page);
  return page;
}

async function openAttendance(page: Page): Promise<void> {
  await page.getByRole('link', { name: /Möten/ }).first().click();
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await expect.poll(() => heading('Närvaro').count()).toBe(1);
}

async function markPresentAndStartCircle(page: Page, axe = false): Promise<void> {
  for (const name of [CHILD, ...GUARDIANS, 'Olof Ek', 'Tolk'])
    await group(new RegExp(`^${name}`))
      .getByRole('radio', { name: 'Närvarande' })
      .check();
  if (axe) await expectNoAxeViolations(page, 'attendance with family and interpreter');
  await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
  await expect.poll(() => heading('Inledning').count()).toBe(1);
}

/** From Inledning to Aktuell situation, with the speaker queue made; Sara Berg speaks. */
async function speakInTheRound(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Nästa fas →' }).click();
  await expect.poll(() => heading('Aktuell situation').count()).toBe(1);
  // The queue is made when the circle opens; a button makes it if not.
  if ((await page.getByRole('button', { name: 'Skapa talarordning' }).count()) > 0) await page.getByRole('button', { name: 'Skapa talarordning' }).click();
  await group(/^1\. Lisa Berg/).waitFor();
}

/** From Aktuell situation: the family's own action under Behov, then on to Avslutning. */
async function familyActionToAvslutning(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Nästa fas →' }).click();
  await expect.poll(() => heading('Behov').count()).toBe(1);
  await page.getByRole('button', { name: /Lägg till eget åtagande/ }).click();
  const own = page.getByRole('textbox', { name: 'Eget åtagande 1' });
  await own.fill('Vi följer med Lisa till första träffen på fritids, och sedan varje tisdag tills hon känner sig trygg där.');
  // Read whole, not cut at the field's edge: the field grows with its text.
  expect(await own.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await own.fill('Vi följer med Lisa till första träffen på fritids.');
  await page.getByRole('combobox', { name: 'Vem, eget åtagande 1' }).selectOption({ label: 'Familjen' });
  await page.getByRole('button', { name: 'Nästa fas →' }).click();
  await expect.poll(() => heading('Sammanfattning').count()).toBe(1);
  await page.getByRole('button', { name: 'Nästa fas →' }).click();
  await expect.poll(() => heading('Avslutning').count()).toBe(1);
  for (const name of [CHILD, ...GUARDIANS]) {
    await group(`Hur upplevde ${name} mötet?`)
      .getByRole('radio', { name: /^\W*Bra$/u })
      .check();
  }
}

describe("a child's SIP with two guardians", () => {
  it('enters the guardians once, under Personen, and proposes them for a child', async () => {
    await enterFamilyPlan(true);
  });

  it('proposes the guardians as the ones giving consent', async () => {
    const page = await enterFamilyPlan();
    await addProposedConsent(page);
    const consent = group(/^Samtycke 1/);
    expect(await consent.getByRole('combobox', { name: 'Lämnat av' }).inputValue()).toBe('vardnadshavare');
    expect(await consent.getByRole('textbox', { name: /Namn på den som lämnat samtycket/ }).inputValue()).toBe('Sara Berg och Ali Berg');
    await expectNoAxeViolations(page, 'Samtycke for a child');
  });

  it('invites both guardians in words for a family member, not for a professional', async () => {
    const page = await enterFamilyPlan();
    await addProposedConsent(page);
    await page
      .getByRole('link', { name: /^\W*\d*\W*Kallelse/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Kallelser' }).waitFor();
    // The person, two guardians, two participants; the interpreter is booked, not invited.
    await makePdfs(app.page, 'Skapa kallelser (PDF)', 5);
    await expectNoAxeViolations(page, 'Kallelse with the invitations');
    for (const name of GUARDIANS) {
      const text = oneLine(pdftotext(await download(`Spara – Kallelse – ${name}, vårdnadshavare`)));
      expect(text).toContain(`Kallelse — ${name}, vårdnadshavare`);
      expect(text).toContain(`Du är inbjuden som vårdnadshavare till ett möte om ${CHILD}.`);
      expect(text).toContain(`${name}, vårdnadshavare (du)`);
      expect(text).toContain('Vad fungerar bra för Lisa Berg?');
      // Her reply is recorded, so she is asked for it.
      expect(text).toContain('Berätta om du kommer Ring eller skriv till Karin Lund');
      expect(text).toContain('Det kommer en tolk på arabiska till mötet.');
      expect(text).not.toMatch(/yrkesroll|mandat|Vidarebefordra|Handläggare/iu);
    }
    // The professionals' invitation lists the guardians among the invited.
    const karin = oneLine(pdftotext(await download('Spara – Kallelse – Karin Lund, Socialtjänsten')));
    for (const name of GUARDIANS) expect(karin).toContain(name);
    expect(karin).toContain('i din yrkesroll');
    // The interpreter is booked, not invited: the invitations say so.
    expect(karin).toContain('En tolk på arabiska är bokad till mötet.');
  });

  it('keeps each guardian’s reply: one who declined is named so in the invitations and starts the meeting absent', async () => {
    const page = await enterFamilyPlan();
    await addProposedConsent(page);
    // A meeting booked ahead and its invitations made: the overview counts everyone invited who has
    // not answered, the guardians too (not Karin, the chair: the replies come to her).
    await page
      .getByRole('link', { name: /^\W*\d*\W*Kallelse/ })
      .first()
      .click();
    // A month from now (the child is under 18 then, as today: the guardians are invited).
    await page.getByRole('textbox', { name: 'Datum' }).fill(localIsoDate(new Date(Date.now() + 30 * 86_400_000)));
    await makePdfs(app.page, 'Skapa kallelser (PDF)', 5);
    const awaiting = async (count: number) => {
      await waitUntilSaved(page);
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
      const words = count === 1 ? '1 inbjuden har inte svarat' : `${count} inbjudna har inte svarat`;
      await expect.poll(() => page.getByRole('region', { name: 'Väntar på svar' }).getByText(`${CHILD}: ${words}`).count()).toBe(1);
      await page.getByRole('link', { name: CHILD }).first().click();
    };
    await awaiting(3);
    await page
      .getByRole('link', { name: /Personen/ })
      .first()
      .click();
    const reply = (i: number) => group(new RegExp(`^Företrädare ${i}`)).getByRole('combobox', { name: 'Svar på kallelsen' });
    expect(await reply(1).inputValue()).toBe('inbjuden');
    await reply(1).selectOption({ label: 'Bekräftad' });
    await reply(2).selectOption({ label: 'Avböjd' });
    await expectNoAxeViolations(page, 'Personen with the guardians’ replies');
    // Not invited: nothing to answer.
    await group(/^Företrädare 1/)
      .getByRole('checkbox', { name: 'Bjuds in till mötet' })
      .uncheck();
    expect(await reply(1).count()).toBe(0);
    await group(/^Företrädare 1/)
      .getByRole('checkbox', { name: 'Bjuds in till mötet' })
      .check();
    await waitUntilSaved(page);
    await reloadApp(page);
    expect(await reply(1).inputValue()).toBe('bekraftad');
    expect(await reply(2).inputValue()).toBe('avbojd');
    // Both guardians have answered: only Olof is still waited for.
    await awaiting(1);
    await page
      .getByRole('link', { name: /Personen/ })
      .first()
      .click();
    expect(await reply(1).inputValue()).toBe('bekraftad');
    expect(await reply(2).inputValue()).toBe('avbojd');

    await page
      .getByRole('link', { name: /^\W*\d*\W*Kallelse/ })
      .first()
      .click();
    await makePdfs(app.page, 'Skapa kallelser (PDF)', 5);
    const karin = oneLine(pdftotext(await download('Spara – Kallelse – Karin Lund, Socialtjänsten')));
    expect(karin).toContain('Har lämnat återbud: Ali Berg, vårdnadshavare.');
    const sara = oneLine(pdftotext(await download('Spara – Kallelse – Sara Berg, vårdnadshavare')));
    expect(sara).not.toContain('Ali Berg');

    await openAttendance(page);
    expect(
      await group(/^Ali Berg/)
        .getByRole('radio', { name: 'Frånvarande' })
        .isChecked(),
    ).toBe(true);
    expect(
      await group(/^Sara Berg/)
        .getByRole('radio', { name: 'Frånvarande' })
        .isChecked(),
    ).toBe(false);
  });

  it('takes attendance: the person, then the guardians, then the professionals, then the interpreter', async () => {
    const page = await enterFamilyPlan();
    await addProposedConsent(page);
    await openAttendance(page);
    const legends = await page.getByRole('list', { name: 'Närvaro' }).locator('legend').allTextContents();
    expect(legends.map((l) => l.trim())).toEqual([
      `${CHILD} (personen)`,
      'Sara Berg (vårdnadshavare)',
      'Ali Berg (vårdnadshavare)',
      'Karin Lund, Socialtjänsten',
      'Olof Ek, Skolan',
      'Tolk, arabiska',
    ]);
    await markPresentAndStartCircle(page, true);
  });

  it('lets the guardians speak in the round, right after the person; the interpreter is not a speaker', async () => {
    const page = await startedMeeting();
    await speakInTheRound(page);
    expect(await group(/^2\. Sara Berg/).count()).toBe(1);
    expect(await group(/^3\. Ali Berg/).count()).toBe(1);
    expect(await group(/Tolk/).count()).toBe(0);
    await group(/^2\. Sara Berg/)
      .getByRole('button', { name: /Tala nu/ })
      .click();
    await expect.poll(() => page.getByText('Talar nu: Sara Berg').count()).toBe(1);
  });

  it('lets the family own an action, and asks each guardian how the meeting was', async () => {
    const page = await startedMeeting();
    await speakInTheRound(page);
    await group(/^2\. Sara Berg/)
      .getByRole('button', { name: /Tala nu/ })
      .click();
    await familyActionToAvslutning(page);
    expect(await group(/Hur upplevde Tolk/).count()).toBe(0);
    await expectNoAxeViolations(page, 'Avslutning with the family');
    await page.getByRole('button', { name: 'Avsluta mötet' }).click();
    await expect.poll(() => heading('Mötet är hållet').count()).toBe(1);
  });

  it('gives each guardian their own copy of the plan, the family’s part first, and the interpreter none', async () => {
    // The meeting held as in the test before.
    const page = await startedMeeting();
    await speakInTheRound(page);
    await group(/^2\. Sara Berg/)
      .getByRole('button', { name: /Tala nu/ })
      .click();
    await familyActionToAvslutning(page);
    await page.getByRole('button', { name: 'Avsluta mötet' }).click();
    await expect.poll(() => heading('Mötet är hållet').count()).toBe(1);

    // The person, two guardians, two participants.
    await makePdfs(app.page, 'Skapa PDF för alla deltagare', 5);
    await expectNoAxeViolations(page, 'held meeting with the family copies');
    for (const name of GUARDIANS) {
      const text = oneLine(pdftotext(await download(`Spara – Ditt exemplar – ${name}, vårdnadshavare`)));
      expect(text).toContain(`Ditt exemplar — ${name}, vårdnadshavare`);
      const family = text.indexOf('Det här gör ni i familjen');
      expect(family).toBeGreaterThan(-1);
      expect(text.indexOf('Vi följer med Lisa till första träffen på fritids.')).toBeGreaterThan(family);
      expect(family).toBeLessThan(text.indexOf(`Det här är viktigt för ${CHILD}`));
      // Plain words, not the professionals' document.
      expect(text).not.toContain('Dina åtaganden');
      expect(text).not.toMatch(/Verksamhet|Huvudman|Närvaro/u);
    }
    expect(await page.getByRole('button', { name: /^Spara – Tolk/u }).count()).toBe(0);
  });
});
