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

/** A State's own page: ~390 pages of one template, proven in the browser through representatives. */
export const STATE_PAGE = /^\/(en|vi)\/status\/[a-z]{2}\/$/;

/**
 * The State pages the browser suites visit, in both languages: a signatory at Hanoi that is the host
 * (vn), one with steps at home (az), a State that has not signed and is an EU member (de), a
 * signatory EU member (fr), the EU (eu), a State too small for the map (nr) and one after Hanoi (mu).
 * A Party exists only in fixture content: tests/builds/state-pages.test.ts builds one.
 */
export const REPRESENTATIVE_STATES = ['vn', 'az', 'de', 'fr', 'eu', 'nr', 'mu'];

/** The pages the browser suites visit: every page but the State pages, which are there through their representatives. */
export function browserPages(): string[] {
  const representatives = new Set(['en', 'vi'].flatMap((lang) => REPRESENTATIVE_STATES.map((code) => `/${lang}/status/${code}/`)));
  return builtPages().filter((page) => !STATE_PAGE.test(page) || representatives.has(page));
}
