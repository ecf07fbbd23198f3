// One preview server of the built app (dist/, built by `npm test` before this runs) for all browser
// tests. SIP_DIST names another build folder, so that two builds can be tested side by side.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPreview } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = process.env.SIP_DIST || 'dist';
  if (!existsSync(resolve(import.meta.dirname, '../..', outDir, 'index.html'))) {
    throw new Error(`No build found in ${outDir}: run \`npm run build\` first (npm test does).`);
  }
  const server = await startPreview(outDir);
  project.provide('baseURL', server.url);
  return () => server.stop();
}
