// Files the app hands over, read back: downloads saved into a folder, PDFs as text with poppler.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Clicks a button that downloads a file, saves it into `dir`, and returns its path. */
export async function downloadFrom(page: Page, dir: string, name: string | RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** A PDF's text (poppler's pdftotext, with its options). */
export const pdftotext = (path: string, ...args: string[]) => execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8' });

/** Text with every run of white space as one space, so a test reads across line breaks. */
export const oneLine = (text: string) => text.replace(/\s+/gu, ' ');

/** Presses an export panel's button and waits until it says that `count` PDFs are made. */
export async function makePdfs(page: Page, button: string, count: number): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await expect
    .poll(
      () =>
        page
          .getByRole('status')
          .filter({ hasText: `Klart: ${count} PDF:er.` })
          .count(),
      { timeout: 60_000 },
    )
    .toBe(1);
}
