// Whom each made file is for, and who it is about (issue 14, points 5–7), through the UI of the
// built app: a plan whose SIP meeting is held (version 1) and whose follow-up is booked, with a
// guardian and a participant who declined. The follow-up's invitations are read back with
// pdftotext (what they are, the version, its goals, the birth date and no personnummer), then the
// plan's copies; the list of made files names each file's reader, on screen and by accessible name.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { afterMeetingHeld, emptyContact } from '../../src/domain/plan';
import { heldMeeting, PARTICIPANTS, PERSON_NAME, PERSONNUMMER } from '../fixtures/heldMeeting';
import { oneLine, pdftotext, makePdfs } from './files';
import { expectNoAxeViolations } from './harness';
import { readStoredRows, seedPlanAndMeeting } from './seed';
import { useAppSession } from './session';

const app = useAppSession({ timeoutMs: 30_000 });
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const ids = { plan: 'plan-readers', meeting: 'meeting-readers' };
const GUARDIAN = 'Sara Ørsted';
const DECLINED = PARTICIPANTS[4]!; // Maja Lind, Arbetsförmedlingen
const ID_FORMS = [PERSONNUMMER, PERSONNUMMER.slice(2), '1212-1212', '121212'];

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/** A PDF's text on one line, so the renderer's line and page breaks do not matter. */
const readBack = (path: string) => oneLine(pdftotext(path));
const download = (label: string) => app.download(`Spara – ${label}`);

/**
 * Stores the plan whose SIP meeting was held on 23 November 2026 and whose follow-up is booked
 * for 15 February 2027, with a guardian and one participant who declined.
 */
async function seedBookedFollowUp(page: Page): Promise<void> {
  const { plan, meeting } = heldMeeting();
  plan.id = ids.plan;
  meeting.id = ids.meeting;
  meeting.planId = ids.plan;
  plan.person.representatives = [{ id: 'rep-readers', kind: 'vardnadshavare', name: GUARDIAN, contact: emptyContact() }];
  const after = afterMeetingHeld(plan, meeting, 'aktiv', new Date('2026-11-23T10:00:00+01:00'));
  after.participants = after.participants.map((p) => (p.name === DECLINED.name ? { ...p, invitation: 'avbojd' } : p));
  expect(after.booking.date).toBe('2027-02-15');
  await seedPlanAndMeeting(page, after, meeting);
}

/** The made files' first visible lines, in order: each file's reader, as the list shows it. */
async function firstLines(): Promise<string[]> {
  const items = await app.page.getByRole('list', { name: 'Skapade filer' }).getByRole('listitem').all();
  return Promise.all(items.map(async (item) => (await item.innerText()).split('\n')[0]!.trim()));
}

/** The list shows each label first in its item, and each item is named by it (its accessible name). */
async function expectListed(labels: string[]): Promise<void> {
  expect(await firstLines()).toEqual(labels);
  for (const label of labels) expect(await app.page.getByRole('listitem', { name: label, exact: true }).count(), label).toBe(1);
}

function expectNoPersonnummer(text: string, what: string): void {
  for (const form of ID_FORMS) expect(text, `${what}: ${form}`).not.toContain(form);
}

describe('a booked follow-up', () => {
  it('is stored: the SIP meeting held on 23 November 2026, the follow-up booked for 15 February 2027, one participant declined', async () => {
    const page = await app.open('/');
    await seedBookedFollowUp(page);
    const stored = await readStoredRows(page);
    expect(stored.plans.map((p) => (p as { id: string }).id)).toEqual([ids.plan]);
    expect(stored.meetings.map((m) => (m as { id: string }).id)).toEqual([ids.meeting]);
  });

  it('gets invitations that say they are for a follow-up, name version 1 and its goals, and identify the person by birth date', async () => {
    const page = await app.openSeeded(seedBookedFollowUp, `/plan/${ids.plan}/mote`);
    await page.getByRole('heading', { level: 2, name: 'Kallelser' }).waitFor();
    // The person, the guardian and eight participants (the one who declined still gets hers).
    await makePdfs(app.page, 'Skapa kallelser (PDF)', 10);
    await expectListed([
      'Lättläst kallelse – Łucja',
      `Kallelse – ${GUARDIAN}, vårdnadshavare`,
      ...PARTICIPANTS.map((p) => `Kallelse – ${p.name}, ${p.organisation}`),
    ]);
    await expectNoAxeViolations(page, 'Kallelse with a follow-up’s invitations');
    await page.screenshot({ path: `${SHOTS}/pdf-readers-invitations.png`, fullPage: true });

    const path = await download('Kallelse – Lisa Andersson, Socialtjänsten');
    const lisa = readBack(path);
    expect(lisa).toContain('Kallelse till uppföljning av SIP');
    expect(lisa).toContain('Vi följer upp version 1 av planen, från 23 november 2026.');
    expect(lisa).toContain('Łucja går i skolan varje dag.');
    expect(lisa).toContain('Łucja kommer till skolan tre dagar i veckan före jul.');
    expect(lisa).toContain('Hur får Łucja en fungerande skolgång?');
    expect(lisa).toMatch(/Född 12 december 2012/u);
    expect(lisa).toContain('mån 15 feb. 2027');
    expectNoPersonnummer(lisa, 'Lisa’s invitation');
    // Maja Lind declined: named once, as not coming, and not among those invited.
    expect(lisa).toContain(`Har lämnat återbud: ${DECLINED.name}, ${DECLINED.organisation}.`);
    expect(lisa.split(DECLINED.name)).toHaveLength(2);
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/^Title:\s+Kallelse till uppföljning av SIP – Łucja Ørsted-Şahin$/mu);

    const own = readBack(await download('Lättläst kallelse – Łucja'));
    expect(own).toContain('Du är inbjuden till ett möte där vi följer upp din plan');
    expect(own).toContain('Vi följer upp planen som vi gjorde tillsammans 23 november 2026.');
    expect(own).toContain('Łucja går i skolan varje dag.');
    expect(own).toContain(`${PERSON_NAME} Född 12 december 2012`);
    expect(own).not.toContain(DECLINED.name);
    expectNoPersonnummer(own, 'the person’s invitation');

    const guardian = readBack(await download(`Kallelse – ${GUARDIAN}, vårdnadshavare`));
    expect(guardian).toContain('Välkommen till ett möte där vi följer upp planen');
    expect(guardian).toContain('Född 12 december 2012');
    expect(guardian).not.toContain(DECLINED.name);
    expectNoPersonnummer(guardian, 'the guardian’s invitation');
  });

  it('the held meeting’s copies name their readers in the list, and identify the person by birth date, not personnummer', async () => {
    const page = await app.openSeeded(seedBookedFollowUp, `/mote/${ids.meeting}`);
    await page.getByRole('heading', { level: 1, name: 'Mötet är hållet' }).waitFor();
    await makePdfs(app.page, 'Skapa PDF för alla deltagare', 10);
    await expectListed(['Lättläst – Łucja', `Ditt exemplar – ${GUARDIAN}, vårdnadshavare`, ...PARTICIPANTS.map((p) => `${p.name}, ${p.organisation}`)]);
    await expectNoAxeViolations(page, 'held meeting with the made copies');
    for (const label of ['Lättläst – Łucja', `Ditt exemplar – ${GUARDIAN}, vårdnadshavare`, 'Lisa Andersson, Socialtjänsten']) {
      const text = readBack(await download(label));
      expect(text, label).toContain('Född 12 december 2012');
      expectNoPersonnummer(text, label);
    }
    // The disagreement is in the person's and the guardian's copies too, in plain words.
    for (const label of ['Lättläst – Łucja', `Ditt exemplar – ${GUARDIAN}, vårdnadshavare`]) {
      expect(readBack(await download(label)), label).toContain('Vem som betalar skolskjutsen: Socialtjänsten och Skolan är inte överens.');
    }
    // "Så går mötet till" explains the follow-up the SIP meeting booked, not the meeting just held.
    expect(readBack(await download('Lättläst – Łucja'))).toContain('2. Hur har det gått?');
    // Ticked, the personnummer is in the copies (and the list still names the readers).
    await page.getByRole('checkbox', { name: 'Ta med personnummer' }).check();
    await makePdfs(app.page, 'Skapa PDF för alla deltagare', 10);
    await expect.poll(() => page.getByRole('listitem', { name: 'Lisa Andersson, Socialtjänsten', exact: true }).count()).toBe(1);
    expect(readBack(await download('Lisa Andersson, Socialtjänsten'))).toContain(`Personnummer ${PERSONNUMMER}`);
  });
});
