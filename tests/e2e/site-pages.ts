import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_DIR } from '@/lib/web/paths';
import { OUT_DIR } from './static-server';

// The editor's page is Decap's, not a reader's: tests/e2e/cms.test.ts checks it.
const isReaderFile = (file: string) => !file.startsWith(`${ADMIN_DIR}/`);

/** Every page of the built site as the URL a reader visits (`/en/timeline/`), from the files in out/. */
export function builtPages(): string[] {
  return fs
    .readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && !file.startsWith('_') && !file.startsWith('404') && isReaderFile(file))
    .map((file) => `/${path.dirname(file)}/`.replace(/^\/\.\/$/, '/'))
    .sort();
}

export function builtHtmlFiles(): string[] {
  return fs
    .readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && isReaderFile(file))
    .map((file) => path.join(OUT_DIR, file));
}
