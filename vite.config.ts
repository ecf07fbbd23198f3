import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

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
  },
});

// Bench only (`npm run bench` sets SIP_BENCH=1): builds bench/seed.html, which seeds plans through
// src/storage, into dist-bench/bench/ on top of a normal build that the bench has already put in
// dist-bench. It is a build of its own because a second input in the app's build would split the
// app's chunks differently from production. No PWA plugin, so the production sw.js stays as built.
const benchSeedConfig = defineConfig({
  define: appConfig.define,
  plugins: [solid()],
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist-bench',
    emptyOutDir: false,
    assetsDir: 'bench/assets',
    rolldownOptions: { input: { seed: fileURLToPath(new URL('./bench/seed.html', import.meta.url)) } },
  },
});

export default process.env.SIP_BENCH === '1' ? benchSeedConfig : appConfig;
