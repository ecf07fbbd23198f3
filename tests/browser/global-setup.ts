// One preview server of the built app (dist/, built by `npm test` before this runs) for all browser tests.
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
  if (!existsSync(resolve(import.meta.dirname, '../../dist/index.html'))) {
    throw new Error('No build found: run `npm run build` first (npm test does).');
  }
  const server = await startPreview();
  project.provide('baseURL', server.url);
  return () => server.stop();
}
