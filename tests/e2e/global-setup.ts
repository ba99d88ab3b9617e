import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { OUT_DIR, serveSite } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One static server over the built site for every browser test file. */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(OUT_DIR, 'index.html'))) {
    throw new Error('out/ has no built site: run `npm run build` before the browser tests.');
  }
  const server = await serveSite();
  project.provide('baseUrl', server.url);
  return server.close;
}
