import fs from 'node:fs';
import path from 'node:path';
import { OUT_DIR } from './static-server';

/** Every page of the built site as the URL a reader visits (`/en/timeline/`), from the files in out/. */
export function builtPages(): string[] {
  return fs
    .readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && !file.startsWith('_') && !file.startsWith('404'))
    .map((file) => `/${path.dirname(file)}/`.replace(/^\/\.\/$/, '/'))
    .sort();
}

export function builtHtmlFiles(): string[] {
  return fs
    .readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(OUT_DIR, file));
}
