// A follow-up's PDFs through the UI of the built app: a plan with a held SIP meeting (version 1)
// and a held follow-up (version 2) that rewords a goal, removes an intervention and changes how
// often another is given. Read back with pdftotext: a professional's copy keeps the history
// ("Förut: …", "Borttaget: …"), and the person's copy stays easy (no version, no table).
import { expect, it } from 'vitest';
import { CHANGED, heldFollowUp, LONG_GOAL_COMMENT, NEW_SHORT_GOAL, OLD_SHORT_GOAL, REMOVED } from '../fixtures/heldFollowUp';
import { newIntervention } from '../../src/domain/meeting';
import { PERSON_NAME } from '../fixtures/heldMeeting';
import { oneLine, pdftotext } from './files';
import { seedPlanAndMeeting } from './seed';
import { useAppSession } from './session';

const app = useAppSession({ timeoutMs: 30_000 });
const ids = { plan: 'plan-follow-up-pdf', first: 'meeting-follow-up-pdf-1', followUp: 'meeting-follow-up-pdf-2' };

/** A PDF's text on one line: the renderer's line breaks (and the pages') do not matter. */
const readBack = (path: string) => oneLine(pdftotext(path));

it("a follow-up's copies keep the history, and the person's copy stays easy", async () => {
  // The app makes its database on first start; the plan and both held meetings go in as stored.
  const { plan, first, followUp } = heldFollowUp();
  // One intervention added at the follow-up (the fixture's version 2 as stored: not in version 1).
  followUp.interventions.push({ ...newIntervention('i-added', followUp.goals[0]!.id), what: 'Läxhjälp' });
  plan.id = ids.plan;
  first.id = ids.first;
  first.planId = ids.plan;
  followUp.id = ids.followUp;
  followUp.planId = ids.plan;
  const page = await app.openSeeded(async (p) => {
    await seedPlanAndMeeting(p, plan, first);
    await seedPlanAndMeeting(p, plan, followUp);
  }, `/mote/${ids.followUp}`);
  await page.getByRole('heading', { level: 1, name: 'Mötet är hållet' }).waitFor();
  await expect.poll(() => page.getByText('AW010').count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Skapa PDF för alla deltagare' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Klart: 9 PDF:er.' }).count(), { timeout: 60_000 }).toBe(1);

  // A professional's copy: the reworded goal with its old text, the removed intervention by name
  // and who gave it, the changed frequency with the old one.
  const lisaPath = await app.download('Spara – Lisa Andersson, Socialtjänsten');
  expect(lisaPath.endsWith('SIP-2027-02-15-Lisa-Andersson-Socialtjansten.pdf')).toBe(true);
  const lisa = readBack(lisaPath);
  expect(lisa).toContain('Uppföljning');
  expect(lisa).toContain(`Förut: ${OLD_SHORT_GOAL}`);
  // The goal's cell: its new text, then the old one (the status column's "Ändrat" may sit between
  // the cell's lines in pdftotext's reading order).
  const cell = lisa.slice(lisa.indexOf('Kortsiktigt mål 1:'), lisa.indexOf(`Förut: ${OLD_SHORT_GOAL}`));
  expect(oneLine(cell).replace(' Ändrat ', ' ')).toBe(`Kortsiktigt mål 1: ${NEW_SHORT_GOAL} `);
  expect(lisa).toContain(`Borttaget: ${REMOVED.what}, ${REMOVED.who}`);
  expect(lisa).toContain(`Förut: ${CHANGED.oldFrequency}`);
  expect(lisa).toContain('Nya insatser • Nytt: Läxhjälp');

  // The person's copy: no version, no table header, the goals in plain sentences, then the rest.
  // Chromium here drops a download that starts within about a second of the previous one (see pdf.test.ts).
  await page.waitForTimeout(1500);
  // The made files list the person's easy copy by name or as "Lättläst – <first name>".
  const ownPath = await app.download(/^Spara – (?:Lättläst – )?Łucja/u);
  const own = readBack(ownPath);
  expect(own).toContain(`Ditt exemplar — ${PERSON_NAME}`);
  expect(own).not.toMatch(/version/iu);
  for (const word of ['Status', 'Kommentar', 'Genomförd', 'Hjälpt', 'Uppföljning av']) expect(own).not.toContain(word);
  expect(own).toContain('Så har det gått med dina mål');
  expect(own).toContain('Du är på väg mot målet. Ni fortsätter att arbeta med det.');
  expect(own).toContain(`På mötet sa ni: ${LONG_GOAL_COMMENT}`);
  expect(own).toContain(NEW_SHORT_GOAL);
  expect(own).toContain('Ni har ändrat målet. Nu gäller det nya målet.');
  expect(own).toMatch(new RegExp(`Det här har slutat • Ayşe Çelik på Skolan: ${REMOVED.what}\\.`, 'u'));
  expect(own).toContain('Nästa möte är måndag 10 maj 2027 klockan 10:00.');
  expect(own).toContain('Lisa Andersson på Socialtjänsten håller ihop din plan.');
});
