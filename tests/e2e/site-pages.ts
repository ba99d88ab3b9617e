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

/** A year of the timeline and its pages of citations: a page of each per year, of one template. */
export const TIMELINE_YEAR_PAGE = /^\/(en|vi)\/timeline\/\d{4}\/(cite\/\d+\/)?$/;

/**
 * The years of the timeline the browser suites visit, with their citation pages, in both languages:
 * the year of the adoption (the most events) and the current one (events still to come).
 */
export const REPRESENTATIVE_YEARS = ['2024', '2026'];

/** The representatives' pages in both languages (a year's citation pages go with their year). */
export const REPRESENTATIVE_PAGES = ['en', 'vi'].flatMap((lang) => [
  ...REPRESENTATIVE_STATES.map((code) => `/${lang}/status/${code}/`),
  ...REPRESENTATIVE_YEARS.map((year) => `/${lang}/timeline/${year}/`),
]);
const representativeYears = new RegExp(`^/(en|vi)/timeline/(${REPRESENTATIVE_YEARS.join('|')})/`);

/**
 * Whether the browser suites visit a page: every page, but of the templates that make many pages (a
 * State's, a year's) only their representatives. The static suites (validity, links, anchors,
 * sizes) read every page.
 */
export function inBrowser(page: string): boolean {
  if (STATE_PAGE.test(page)) return REPRESENTATIVE_PAGES.includes(page);
  if (TIMELINE_YEAR_PAGE.test(page)) return representativeYears.test(page);
  return true;
}

/** The pages the browser suites visit (inBrowser), from the files in out/. */
export function browserPages(): string[] {
  return builtPages().filter(inBrowser);
}
