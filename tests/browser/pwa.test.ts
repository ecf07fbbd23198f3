// The installable app: a Swedish manifest with the project's own icons, and a service worker
// that precaches every built file, lazy screens included, on the first visit.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForServiceWorker } from './harness';
import { useAppSession } from './session';

const dist = resolve(import.meta.dirname, '../..', process.env.SIP_DIST || 'dist');
const app = useAppSession();
const baseURL = app.baseURL;

interface Manifest {
  name: string;
  short_name: string;
  lang: string;
  display: string;
  start_url: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

function pngSize(bytes: Buffer): string {
  // IHDR: width and height are the first two 4-byte fields after the 16-byte signature + chunk header.
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the installable app', () => {
  it('links a Swedish manifest with 192, 512 and maskable icons of the stated sizes', async () => {
    const page = await app.open('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = (await (await page.request.get(new URL(href!, baseURL).href)).json()) as Manifest;
    expect(manifest.lang).toBe('sv');
    expect(manifest.name).toContain('SIP');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = manifest.icons.map((i) => `${i.sizes}:${i.purpose ?? 'any'}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, baseURL).href);
      expect(response.headers()['content-type']).toContain('image/png');
      expect(pngSize(await response.body())).toBe(icon.sizes);
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
  });

  it('precaches every built file on the first visit, lazy chunks included', async () => {
    const page = await app.open('/');
    await waitForServiceWorker(page);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    const built = readdirSync(join(dist, 'assets')).map((f) => `/assets/${f}`);
    expect(built.length).toBeGreaterThan(5);
    for (const file of [...built, '/index.html', '/manifest.webmanifest', '/favicon.svg', '/icons/icon-192.png']) {
      expect(cached, `${file} precached`).toContain(file);
    }
    // The lazy screens really are separate chunks that only the precache makes available offline.
    const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
    const lazy = built.filter((f) => f.endsWith('.js') && !indexHtml.includes(f));
    expect(lazy.length).toBeGreaterThan(3);
  });
});
