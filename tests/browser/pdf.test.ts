// PDFs through the UI of the built app, offline after the first visit: jsPDF and the fonts asked
// for only when a PDF is made; every participant's copy of a held meeting with eight participants,
// the ZIP, the combined print PDF, the personnummer option, a 10,000-character field, and the
// invitations. Read back with poppler (pdftotext, pdffonts, pdfinfo) as a recipient's reader would
// see them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { heldMeeting, PARTICIPANTS, PERSON_NAME, PERSONNUMMER } from '../fixtures/heldMeeting';
import { oneLine, pdftotext, makePdfs } from './files';
import { expectNoAxeViolations, openApp, reloadApp, waitForServiceWorker } from './harness';
import { seedHeldMeeting, seedPlans } from './seed';
import { useAppSession } from './session';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const LONG_TEXT = Array.from({ length: 1000 }, (_, i) => `ord${String(i).padStart(4, '0')}!`)
  .join(' ')
  .slice(0, 10_000);
/** The held meeting every participant's copy, the sharing and the invitations are made from. */
const HELD = { plan: 'plan-pdf-1', meeting: 'meeting-pdf-1' };

const app = useAppSession({ timeoutMs: 30_000 });

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/**
 * Opens the app and waits until its service worker has installed it, stores rows with `seed` (seed.ts
 * waits for the database, created just after the lock screen shows), goes offline and opens `path`,
 * choosing the passcode there: every file below is made offline, jsPDF and the font from the cache.
 */
async function openOffline(seed: (page: Page) => Promise<unknown>, path: string): Promise<Page> {
  const page = app.page;
  await page.goto(app.url('/'));
  await page.getByRole('heading', { level: 1, name: 'Välj lösenkod' }).waitFor();
  await seed(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await app.context.setOffline(true);
  await openApp(page, app.url(path));
  return page;
}

const download = (name: string | RegExp) => app.download(name);

/** The held meeting, opened offline on its screen. */
const openHeldMeeting = () => openOffline((page) => seedHeldMeeting(page, {}, HELD), `/mote/${HELD.meeting}`);

/** "Spara en PDF med alla för utskrift": saved at once, or after the one more press it asks for when making took long. */
async function saveCombined(): Promise<string> {
  const page = app.page;
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Spara en PDF med alla för utskrift' }).click();
  const again = page.getByRole('button', { name: 'Spara utskrifts-PDF:en' });
  const file = await Promise.race([
    downloaded,
    again
      .waitFor({ timeout: 60_000 })
      .then(() => again.click())
      .then(() => downloaded),
  ]);
  const path = join(app.downloads, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

const pages = (path: string) => Number(/^Pages:\s+(\d+)/mu.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
const squash = (text: string) => text.replace(/\s+/gu, '');
/** The text without each page's marking and footer, squashed: what runs on across page breaks. */
const body = (text: string) =>
  squash(text)
    .replace(/Innehålleruppgiftersomomfattasavsekretess/gu, '')
    .replace(/Plan[a-z0-9-]+·version\d+·skapad\d{4}-\d{2}-\d{2}Sida\d+av\d+/gu, '')
    .replace(/Skapad\d{1,2}[a-zåäö]+\d{4}Sida\d+av\d+/gu, '');

/** pdffonts' rows: every font embedded, and it is DejaVu. */
function expectEmbeddedFontsOnly(path: string): void {
  const rows = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    // name, type (may hold spaces), encoding, emb, sub, uni, object ID: emb is the 5th field from the end.
    const fields = row.trim().split(/\s+/u);
    expect(fields.at(-5), row).toBe('yes');
  }
  expect(rows.some((row) => /DejaVu/u.test(row))).toBe(true);
}

it('is installed once, then opens offline: every test below makes its files so, jsPDF and the font from the cache', async () => {
  const page = await app.open('/');
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await reloadApp(page);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
});

describe('the plan to every participant', () => {
  const { plan, meeting } = heldMeeting();
  const owners = [PERSON_NAME, ...PARTICIPANTS.map((p) => `${p.name}, ${p.organisation}`)];
  /** How the list of made files names each copy's reader (the person's easy copy by first name). */
  const labels = ['Lättläst – Łucja', ...owners.slice(1)];

  it('makes nine PDFs offline from the held meeting, each its owner’s copy with every goal and intervention, the font embedded, no personnummer', async () => {
    // jsPDF (the make chunk) and the fonts are asked for when the first PDF is made, not before.
    const pdfCode: string[] = [];
    const notePdfCode = (request: { url: () => string }) => {
      if (/\/assets\/(make-[^/]+\.js|[^/]+\.ttf)$/u.test(request.url())) pdfCode.push(new URL(request.url()).pathname);
    };
    app.page.on('request', notePdfCode);
    const page = await openHeldMeeting();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Mötet är hållet' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Skapa PDF för alla deltagare' }).waitFor();
    expect(pdfCode).toEqual([]);
    await makePdfs(app.page, 'Skapa PDF för alla deltagare', 9);
    app.page.off('request', notePdfCode);
    expect(pdfCode.some((path) => /\/make-[^/]+\.js$/u.test(path))).toBe(true);
    expect(pdfCode.filter((path) => path.endsWith('.ttf')).length).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, 'held meeting with the made PDFs');
    await page.screenshot({ path: `${SHOTS}/pdf-held-meeting.png`, fullPage: true });

    for (const [n, owner] of owners.entries()) {
      const path = await download(`Spara – ${labels[n]}`);
      expect(path).not.toMatch(/1212/u);
      const text = pdftotext(path);
      expect(text).toContain(`Ditt exemplar — ${owner}`);
      expect(text).toContain(PERSON_NAME);
      expect(text).not.toContain(PERSONNUMMER);
      expect(text).not.toContain(PERSONNUMMER.slice(2));
      for (const goal of meeting.goals) expect(squash(text)).toContain(squash(goal.text));
      for (const i of meeting.interventions) expect(squash(text)).toContain(squash(i.what));
      expect(text).toContain('Innehåller uppgifter som omfattas av sekretess');
      expect(text).toMatch(/Sida 1 av \d+/u);
      expectEmbeddedFontsOnly(path);
    }
    // A professional's copy starts with their own commitments and lists the exotic names exactly.
    const lisa = pdftotext(join(app.downloads, 'SIP-2026-11-23-Lisa-Andersson-Socialtjansten.pdf'));
    expect(lisa.indexOf('Dina åtaganden')).toBeLessThan(lisa.indexOf('Vad är viktigt för dig?'));
    for (const name of ['Nguyễn Thị Hằng', 'Ayşe Çelik', 'Åsa Öberg']) expect(lisa).toContain(name);
    const info = execFileSync('pdfinfo', [join(app.downloads, 'SIP-2026-11-23-Lisa-Andersson-Socialtjansten.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/^Author:\s+Socialtjänsten$/mu);
    expect(info).toMatch(/^Title:\s+Samordnad individuell plan \(SIP\) – Łucja Ørsted-Şahin$/mu);
    // Made in the app, tagged for a screen reader (the structure itself: tests/unit/pdfTagged.test.ts).
    expect(info).toMatch(/^Tagged:\s+yes$/mu);
    expect(plan.participants).toHaveLength(8);
  });

  it('saves all of them as one ZIP, and one combined PDF for printing', async () => {
    const page = await openHeldMeeting();
    await makePdfs(app.page, 'Skapa PDF för alla deltagare', 9);
    const zip = unzipSync(new Uint8Array(readFileSync(await download('Spara alla som ZIP'))));
    const names = Object.keys(zip).sort();
    expect(names).toHaveLength(9);
    expect(names).toContain('SIP-2026-11-23-Lucja-Orsted-Sahin.pdf');
    let total = 0;
    for (const name of names) {
      const path = join(app.downloads, `zip-${name}`);
      writeFileSync(path, zip[name]!);
      total += pages(path);
      expect(pdftotext(path)).toContain(PERSON_NAME);
    }
    // Chromium here drops a download that starts within about a second of the previous one (seen
    // in this test: the app's link is clicked, no download comes); a chair's second press is later.
    await page.waitForTimeout(1500);
    const combined = await saveCombined();
    expect(pages(combined)).toBe(total);
    const text = pdftotext(combined);
    for (const owner of owners) expect(text).toContain(`Ditt exemplar — ${owner}`);
    expectEmbeddedFontsOnly(combined);
  });

  it('when making the print PDF took longer than a browser lets a press save a file, it asks for one more press', async () => {
    const page = await openHeldMeeting();
    await makePdfs(app.page, 'Skapa PDF för alla deltagare', 9);
    // A browser saves a file only a few seconds after a press; here that time has passed.
    await page.evaluate(() => Object.defineProperty(navigator, 'userActivation', { configurable: true, get: () => ({ isActive: false, hasBeenActive: true }) }));
    let early = false;
    const onEarly = (): void => void (early = true);
    page.once('download', onEarly);
    await page.getByRole('button', { name: 'Spara en PDF med alla för utskrift' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Utskrifts-PDF:en är klar.' }).count()).toBe(1);
    expect(early).toBe(false);
    page.off('download', onEarly);
    const path = await download('Spara utskrifts-PDF:en');
    expect(pdftotext(path)).toContain(`Ditt exemplar — ${owners[0]}`);
    expect(await page.getByRole('button', { name: 'Spara utskrifts-PDF:en' }).count()).toBe(0);
    await page.evaluate(() => delete (navigator as unknown as { userActivation?: unknown }).userActivation);
  });

  it('puts the personnummer in only when the chair ticks it, and never in a file name', async () => {
    const page = await openHeldMeeting();
    await makePdfs(app.page, 'Skapa PDF för alla deltagare', 9);
    await page.getByRole('checkbox', { name: 'Ta med personnummer' }).check();
    // Files made without the number are gone, so none can be saved by mistake as the new ones.
    await expect.poll(() => page.getByRole('button', { name: /^Spara –/u }).count()).toBe(0);
    await makePdfs(app.page, 'Skapa PDF för alla deltagare', 9);
    const path = await download('Spara – Lättläst – Łucja');
    expect(path).not.toMatch(/1212/u);
    expect(pdftotext(path)).toContain(PERSONNUMMER);
  });
});

describe('long text', () => {
  it('a 10,000-character field appears whole across pages; a character the font lacks is named, not dropped', async () => {
    const page = await openOffline(
      (p) => seedHeldMeeting(p, { whatMatters: `${LONG_TEXT} 漢` }, { plan: 'plan-pdf-long', meeting: 'meeting-pdf-long' }),
      '/mote/meeting-pdf-long',
    );
    await makePdfs(app.page, 'Skapa PDF för alla deltagare', 9);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'står som � i filerna: 漢.' }).count()).toBe(1);
    const path = await download('Spara – Lättläst – Łucja');
    expect(pages(path)).toBeGreaterThan(1);
    expect(body(pdftotext(path)).includes(`${squash(LONG_TEXT)}\uFFFD`), 'the whole text in the person’s copy').toBe(true);
    const professional = await download('Spara – Lisa Andersson, Socialtjänsten');
    expect(pages(professional)).toBeGreaterThan(1);
    expect(body(pdftotext(professional)).includes(squash(LONG_TEXT)), 'the whole text in a professional’s copy').toBe(true);
  });
});

describe('withdrawn consent', () => {
  it('every export asks first, and each page of the files says that consent is withdrawn; what must not be shared is never printed', async () => {
    const page = await openOffline(
      (p) => seedHeldMeeting(p, { withdrawnConsent: true, notShared: 'Pappans sjukdom' }, { plan: 'plan-pdf-withdrawn', meeting: 'meeting-pdf-withdrawn' }),
      '/mote/meeting-pdf-withdrawn',
    );
    const asked: string[] = [];
    // Declined: nothing is made.
    page.once('dialog', (dialog) => void (asked.push(dialog.message()), dialog.dismiss()));
    await page.getByRole('button', { name: 'Skapa PDF för alla deltagare' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('Samtycket är återkallat');
    expect(await page.getByRole('button', { name: /^Spara –/u }).count()).toBe(0);
    // Confirmed: made, with the withdrawal on every page.
    page.once('dialog', (dialog) => void dialog.accept());
    await makePdfs(app.page, 'Skapa PDF för alla deltagare', 9);
    const path = await download('Spara – Lisa Andersson, Socialtjänsten');
    const count = pages(path);
    for (let n = 1; n <= count; n++) {
      expect(pdftotext(path, '-f', String(n), '-l', String(n)), `page ${n}`).toContain('Samtycket är återkallat');
    }
    expect(pdftotext(path)).toContain('Samtycket är återkallat (fre 20 nov. 2026).');
    // The professional reads that there is a limit, not what it keeps from them; nor does any other copy name it.
    expect(oneLine(pdftotext(path))).toContain('Får inte delas Det finns uppgifter som inte får delas. De skrivs inte ut i planen.');
    for (const name of ['Spara – Lättläst – Łucja', 'Spara – Nguyễn Thị Hằng, BUP', 'Spara – Lisa Andersson, Socialtjänsten'])
      expect(pdftotext(await download(name))).not.toContain('Pappans');
  });
});

describe('sharing', () => {
  it('where the browser can share files, "Dela" hands that PDF (and "Dela alla" every PDF) to the share sheet', async () => {
    // Debian's headless Chromium has no share sheet: a stand-in records what the app hands over.
    await openOffline((p) => seedHeldMeeting(p, {}, HELD), '/');
    // The stand-in needs a page of its own; the first goes first, as one window edits at a time.
    await app.page.close();
    const shared = await app.newPage();
    await shared.addInitScript(() => {
      const calls: { title: string; files: { name: string; type: string; size: number; head: string }[] }[] = [];
      Object.assign(window, { __shared: calls });
      Object.defineProperty(navigator, 'canShare', { value: (data: { files?: File[] }) => Boolean(data.files?.length) });
      Object.defineProperty(navigator, 'share', {
        value: async (data: { title: string; files: File[] }) => {
          const w = window as unknown as { __failNextShare?: boolean };
          if (w.__failNextShare) {
            w.__failNextShare = false;
            throw new DOMException('no share target', 'NotAllowedError');
          }
          const files = await Promise.all(
            data.files.map(async (f) => ({ name: f.name, type: f.type, size: f.size, head: new TextDecoder().decode((await f.arrayBuffer()).slice(0, 5)) })),
          );
          calls.push({ title: data.title, files });
        },
      });
    });
    // Every question the app asks is recorded, and answered as `answer` says.
    const asked: string[] = [];
    let answer = false;
    shared.on('dialog', (dialog) => void (asked.push(dialog.message()), answer ? dialog.accept() : dialog.dismiss()));
    await openApp(shared, app.url(`/mote/${HELD.meeting}`));
    await shared.getByRole('button', { name: 'Skapa PDF för alla deltagare' }).click();
    await expect.poll(() => shared.getByRole('status').filter({ hasText: 'Klart: 9 PDF:er.' }).count(), { timeout: 60_000 }).toBe(1);
    await shared.getByRole('button', { name: 'Dela – Nguyễn Thị Hằng, BUP' }).click();
    await shared.getByRole('button', { name: 'Dela alla' }).click();
    // A share that fails is said, and the made files stay.
    await shared.evaluate(() => Object.assign(window, { __failNextShare: true }));
    await shared.getByRole('button', { name: 'Dela – Åsa Öberg, Försäkringskassan' }).click();
    await expect.poll(() => shared.getByRole('alert').filter({ hasText: 'Det gick inte att dela. Spara filen i stället.' }).count()).toBe(1);
    expect(await shared.getByRole('button', { name: /^Spara –/u }).count()).toBe(9);
    const calls = await shared.evaluate(
      () => (window as unknown as { __shared: { title: string; files: { name: string; type: string; size: number; head: string }[] }[] }).__shared,
    );
    expect(calls).toHaveLength(2);
    expect(calls[0]!.files).toEqual([{ name: 'SIP-2026-11-23-Nguyen-Thi-Hang-BUP.pdf', type: 'application/pdf', size: expect.any(Number), head: '%PDF-' }]);
    expect(calls[1]!.files.map((f) => f.name)).toHaveLength(9);
    expect(calls[1]!.files.every((f) => f.head === '%PDF-' && f.size > 10_000)).toBe(true);
    // Without the personnummer nothing was asked.
    expect(asked).toEqual([]);

    // With it, sharing (the share sheet offers e-mail) asks first and says why.
    await shared.getByRole('checkbox', { name: 'Ta med personnummer' }).check();
    await shared.getByRole('button', { name: 'Skapa PDF för alla deltagare' }).click();
    await expect.poll(() => shared.getByRole('status').filter({ hasText: 'Klart: 9 PDF:er.' }).count(), { timeout: 60_000 }).toBe(1);
    const sharedSoFar = async () =>
      (await shared.evaluate(() => (window as unknown as { __shared: { files: { name: string }[] }[] }).__shared)).map((c) => c.files.map((f) => f.name));
    // Declined: nothing reaches the share sheet.
    await shared.getByRole('button', { name: 'Dela – Nguyễn Thị Hằng, BUP' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('Personnummer får inte skickas med e-post');
    expect(asked[0]).toContain('Vill du ändå dela dem?');
    await shared.getByRole('button', { name: 'Dela alla' }).click();
    await expect.poll(() => asked.length).toBe(2);
    expect(await sharedSoFar()).toHaveLength(2);
    // Accepted: shared as asked.
    answer = true;
    await shared.getByRole('button', { name: 'Dela – Nguyễn Thị Hằng, BUP' }).click();
    await expect.poll(() => sharedSoFar().then((c) => c.length)).toBe(3);
    expect((await sharedSoFar())[2]).toEqual(['SIP-2026-11-23-Nguyen-Thi-Hang-BUP.pdf']);
    await shared.getByRole('button', { name: 'Dela alla' }).click();
    await expect.poll(() => sharedSoFar().then((c) => c.length)).toBe(4);
    expect(asked).toHaveLength(4);
    // Saving stays as it is: no question.
    await Promise.all([shared.waitForEvent('download'), shared.getByRole('button', { name: 'Spara – Lättläst – Łucja' }).click()]);
    expect(asked).toHaveLength(4);
    await expectNoAxeViolations(shared, 'made PDFs with the personnummer, share sheet available');
    await shared.close();
  });

  it('offers no personnummer option for a plan that has no personnummer', async () => {
    const page = await openOffline(async (p) => {
      await seedHeldMeeting(p, {}, HELD);
      const { plan } = await seedHeldMeeting(p, {}, { plan: 'plan-pdf-no-id', meeting: 'meeting-pdf-no-id' });
      await seedPlans(p, [{ ...plan, person: { ...plan.person, idNumber: '' } }]);
    }, '/mote/meeting-pdf-no-id');
    await page.getByRole('button', { name: 'Skapa PDF för alla deltagare' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Ta med personnummer' }).count()).toBe(0);
    // The plan with one offers it.
    await openApp(page, app.url(`/mote/${HELD.meeting}`));
    await page.getByRole('checkbox', { name: 'Ta med personnummer' }).waitFor();
  });
});

describe('invitations', () => {
  it('makes one invitation per invitee, and the person’s own, from the preparation, offline', async () => {
    const page = await openOffline((p) => seedHeldMeeting(p, {}, HELD), `/plan/${HELD.plan}/mote`);
    await page.getByRole('heading', { level: 2, name: 'Kallelser' }).waitFor();
    await makePdfs(app.page, 'Skapa kallelser (PDF)', 9);
    // The button was disabled while they were made: focus went on to the made files, not the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skapade filer');
    await expectNoAxeViolations(page, 'booking with the made invitations');
    await page.screenshot({ path: `${SHOTS}/pdf-invitations.png`, fullPage: true });
    const path = await download('Spara – Kallelse – Nguyễn Thị Hằng, BUP');
    expect(path.endsWith('Kallelse-2026-11-23-Nguyen-Thi-Hang-BUP.pdf')).toBe(true);
    const text = pdftotext(path);
    expect(text).toContain('Kallelse — Nguyễn Thị Hằng, BUP');
    expect(text).toContain(PERSON_NAME);
    expect(text).not.toContain(PERSONNUMMER.slice(2));
    expect(text).toContain('Familjecentralen');
    expect(text).toContain('Syfte med mötet');
    expect(squash(text)).toContain(squash('Svara till Lisa Andersson, Socialtjänsten, 010-111 11 11, lisa@kommun.se senast mån 16 nov. 2026.'));
    expect(squash(text)).toContain(squash('Ta med mandat att fatta de beslut som kan behövas på mötet.'));
    // The chair's own: the replies come to her.
    expect(squash(pdftotext(await download('Spara – Kallelse – Lisa Andersson, Socialtjänsten')))).toContain(
      squash('Du leder mötet. De inbjudna svarar till dig senast mån 16 nov. 2026.'),
    );
    for (const p of PARTICIPANTS) expect(text).toContain(p.name);
    expectEmbeddedFontsOnly(path);
    // The person's own, in easy Swedish; the plan has held its SIP meeting, so this is a follow-up.
    const own = pdftotext(await download('Spara – Lättläst kallelse – Łucja'));
    expect(oneLine(own)).toContain('Du är inbjuden till ett möte där vi följer upp din plan');
    expect(own).not.toContain(PERSONNUMMER.slice(2));

    // The place changes: the invitations made before are dropped, never offered with the old place.
    await page.getByRole('textbox', { name: 'Plats' }).fill('Skolans konferensrum');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Uppgifterna har ändrats sedan filerna skapades, så de är borttagna. Skapa dem igen.' }).count())
      .toBe(1);
    expect(await page.getByRole('button', { name: /^Spara –/u }).count()).toBe(0);
    await makePdfs(app.page, 'Skapa kallelser (PDF)', 9);
    const again = pdftotext(await download('Spara – Kallelse – Nguyễn Thị Hằng, BUP'));
    expect(again).toContain('Skolans konferensrum');
    expect(again).not.toContain('Familjecentralen');
  });

  it('a meeting held before versions existed fixes version 1, and a follow-up continues from its goals', async () => {
    // plan-pdf-1's held meeting was stored as an older version stored it: without a version.
    const page = await openOffline((p) => seedHeldMeeting(p, {}, HELD), `/plan/${HELD.plan}/versioner`);
    await expect.poll(() => page.getByRole('list', { name: 'Planens versioner' }).getByRole('listitem').count()).toBe(1);
    await page.getByRole('link', { name: /Möten/ }).first().click();
    expect(await page.getByRole('radio', { name: 'Uppföljning av SIP' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Starta mötet' }).click();
    await page.getByRole('button', { name: 'Starta mötescirkeln' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inledning' }).waitFor();
    await page.getByRole('button', { name: 'Nästa fas →' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hur har det gått?' }).waitFor();
    const { meeting } = heldMeeting();
    for (const goal of meeting.goals) expect(await page.getByRole('group', { name: `Hur har det gått med målet: ${goal.text}` }).count()).toBe(1);
    // The issue parked and the disagreement taken elsewhere are still there, to be taken up or removed as settled.
    await page.getByRole('button', { name: 'Nästa fas →' }).click();
    await page.getByRole('heading', { level: 1, name: 'Behov och ändringar' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Parkerad fråga 1' }).inputValue()).toBe('Fritidsaktiviteter');
    await page.getByRole('button', { name: 'Nästa fas →' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sammanfattning' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Vad gäller oenigheten' }).inputValue()).toBe('Vem som betalar skolskjutsen');
  });
});
