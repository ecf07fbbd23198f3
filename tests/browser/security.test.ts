// The Content-Security-Policy: sent by the server that `npm start` runs, set in the built page,
// and enforced: an injected inline script is refused and reported. Every other browser test
// records CSP reports as page errors (harness.ts), so each screen they visit is checked too.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './harness';

const baseURL = inject('baseURL');

let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  ({ browser, page, pageErrors } = await openWatchedPage(baseURL));
});

afterAll(async () => {
  await browser?.close();
});

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/u)).map(([name, ...values]) => [name, values.join(' ')]));

describe('Content-Security-Policy', () => {
  it('the preview server sends it with every directive the issue asks for', async () => {
    const response = await page.goto(`${baseURL}/`);
    const policy = directives(response?.headers()['content-security-policy'] ?? '');
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  });

  it('the built page carries it too (for any static host), without frame-ancestors, which a meta tag cannot set', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../..', process.env.SIP_DIST || 'dist', 'index.html'), 'utf8');
    const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
    const policy = directives(content);
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.has('frame-ancestors')).toBe(false);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/u); // no inline script in the page
  });

  it('is enforced: an injected inline script does not run and is reported', async () => {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(pageErrors).toEqual([]);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 100));
      return (window as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => pageErrors.some((e) => /Content Security Policy/u.test(e))).toBe(true);
  });
});
