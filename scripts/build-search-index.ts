/*
 * The last step of `npm run build`: the site search's index, written by Pagefind from the finished
 * pages in out/ to out/pagefind/ (paths.searchBundle()). Pagefind indexes only the parts marked
 * `data-pagefind-body`, and once any page has one, only pages that have one: the articles and the
 * section pages that ask for it (SectionPage's `indexed`), not the language choice, the 404, the
 * article list, the citation pages or the search page. It splits the index by `<html lang>`, one
 * per language, and folds diacritics itself except đ (see lib/search-query.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { languages, type Lang } from '../lib/i18n';

/** Where the index goes in out/: the path of paths.searchBundle(), without the base path. */
export const SEARCH_DIR = 'pagefind';

// Pagefind's own ready-made interfaces, which the site does not use (it has enhancements/search/).
const UNUSED_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export type SearchIndexReport = { pagesByLang: Record<Lang, number> };

/** Indexes the site in `outDir` into `<outDir>/pagefind/`. Throws if Pagefind reports an error or leaves a language without pages. */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexReport> {
  const bundle = path.join(outDir, SEARCH_DIR);
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: outDir });
    const written = added.errors.length === 0 ? await index.writeFiles({ outputPath: bundle }) : added;
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  for (const file of fs.readdirSync(bundle)) if (UNUSED_UI.test(file)) fs.rmSync(path.join(bundle, file));

  const entry: { languages: Record<string, { page_count: number }> } = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
  const pagesByLang = Object.fromEntries(languages.map((lang) => [lang, entry.languages[lang]?.page_count ?? 0])) as Record<Lang, number>;
  const unexpected = Object.keys(entry.languages).filter((lang) => !(languages as readonly string[]).includes(lang));
  const empty = languages.filter((lang) => pagesByLang[lang] === 0);
  if (unexpected.length > 0 || empty.length > 0) {
    throw new Error(`The search index should have one index per language, each with pages: ${JSON.stringify(entry.languages)}`);
  }
  return { pagesByLang };
}
