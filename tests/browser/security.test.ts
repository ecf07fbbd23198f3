// The Content-Security-Policy: sent by the server that `npm start` runs, set in the built page,
// and enforced: an injected inline script is refused and reported. Every other browser test
// records CSP reports as page errors (harness.ts), so each screen they visit is checked too.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './session';

// The last test provokes a CSP report on purpose, and checks for it itself.
const app = useAppSession({ allowPageErrors: true });

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/u))
      .map(([name, ...values]) => [name, values.join(' ')]),
  );

describe('Content-Security-Policy', () => {
  it('the preview server sends it with every directive the issue asks for', async () => {
    const response = await app.page.goto(app.url('/'));
    const policy = directives(response?.headers()['content-security-policy'] ?? '');
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await app.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(app.pageErrors).toEqual([]);
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
    const page = app.page;
    await page.goto(app.url('/'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(app.pageErrors).toEqual([]);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 100));
      return (window as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => app.pageErrors.some((e) => /Content Security Policy/u.test(e))).toBe(true);
  });
});
