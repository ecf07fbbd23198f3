import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Content-Security-Policy for an offline PWA: everything from the app's own origin, no inline
// script or style, no plugins, no framing. Sent as a header by the preview server (`npm start`) and
// set in the built index.html for any other static host; a <meta> policy cannot carry
// frame-ancestors, so that one is header-only. Not in dev: Vite's dev server injects inline styles.
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
export const CONTENT_SECURITY_POLICY = [...PAGE_POLICY, "frame-ancestors 'none'"].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'sip-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: PAGE_POLICY.join('; ') }, injectTo: 'head-prepend' }],
  };
}

const unusedJsPdfPlugin = fileURLToPath(new URL('./src/pdf/jspdfUnusedPlugin.ts', import.meta.url));

const appConfig = defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(version),
  },
  resolve: {
    // See src/pdf/jspdfUnusedPlugin.ts.
    alias: { html2canvas: unusedJsPdfPlugin, dompurify: unusedJsPdfPlugin, canvg: unusedJsPdfPlugin },
  },
  plugins: [
    solid(),
    contentSecurityPolicyMeta(),
    VitePWA({
      // The chair decides when to update: a new version never reloads the page by itself.
      registerType: 'prompt',
      injectRegister: false,
      // globPatterns below already holds the icons; listing them twice would precache them twice.
      includeManifestIcons: false,
      manifest: {
        name: 'SIP-mötet – samordnad individuell plan',
        short_name: 'SIP-mötet',
        description: 'Förbered, led och följ upp SIP-möten – allt sparas på enheten.',
        lang: 'sv',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1d4f6e',
        background_color: '#f7f5f0',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every built asset, lazy chunks and fonts included, so the app works offline after the first load.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,ttf,woff2}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: {
    host: 'localhost',
    port: 4173,
    strictPort: true,
    headers: SECURITY_HEADERS,
  },
});

// Bench only (`npm run bench` sets SIP_BENCH=1): builds bench/seed.html, which seeds plans through
// src/storage, and the bare baseline pages (bench/bare-*.html), into dist-bench/bench/ on top of a normal build that the bench has already put in
// dist-bench. It is a build of its own because a second input in the app's build would split the
// app's chunks differently from production. No PWA plugin, so the production sw.js stays as built.
const BENCH_PAGES = ['seed', 'bare-save', 'bare-list', 'bare-tick', 'bare-first', 'bare-pdf'];
const benchSeedConfig = defineConfig({
  define: appConfig.define,
  resolve: appConfig.resolve,
  plugins: [solid()],
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist-bench',
    emptyOutDir: false,
    assetsDir: 'bench/assets',
    rolldownOptions: { input: Object.fromEntries(BENCH_PAGES.map((name) => [name, fileURLToPath(new URL(`./bench/${name}.html`, import.meta.url))])) },
  },
});

export default process.env.SIP_BENCH === '1' ? benchSeedConfig : appConfig;
