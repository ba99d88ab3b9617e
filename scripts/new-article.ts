/*
 * `npm run new`: starts a new article from a commented template.
 *   npm run new -- --lang en --slug ratification-update --title "Viet Nam ratifies"
 * Asks for whatever is not given (when run in a terminal). Never overwrites a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../lib/content';
import { articleFile } from '../lib/content/articles';
import { siteToday } from '../lib/dates';
import { isLang, languages, otherLang } from '../lib/i18n';
import { SLUG_PATTERN } from '../lib/schema';

/** The starting file: valid as it is, a draft until the editor removes `draft: true`. */
function articleTemplate(lang: string, title: string, today: string): string {
  return `---
# Required. The headline.
title: ${JSON.stringify(title)}
# Required. One or two sentences, shown in lists, feeds and search results.
summary: "TODO: say in one or two sentences what this article tells the reader."
# Required. First published, YYYY-MM-DD. A future date publishes it with the first build on or after that day.
date: ${today}
# Delete this line to publish. Drafts appear only in the preview (npm run dev).
draft: true
# Optional: dates this article puts on the timeline. The id is the same in every language.
# events:
#   - id: a-short-id
#     date: 2025-10-25          # YYYY-MM-DD, or "YYYY-MM" if only the month is known
#     endDate: 2025-10-26       # optional, last day of a range
#     title: "What happened"
#     source: https://…          # where the date is verified
#     key: true                 # optional: also list it under "Key dates"
# Optional: the sources the article relies on.
# sources:
#   - title: "Name of the source"
#     url: https://…
# Optional, later: one entry per update worth telling readers (a typo fix needs none).
# changes:
#   - date: ${today}
#     note: "What changed, in one sentence."
---
Start with one paragraph that gives the news in plain words.

## A section heading

More text. Link to another article with its address, /${lang}/articles/its-slug/, or to the
[timeline](/${lang}/timeline/). See docs/editing.md for help.
`;
}

async function main() {
  const { values } = parseArgs({ options: { lang: { type: 'string' }, slug: { type: 'string' }, title: { type: 'string' } } });
  const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const ask = async (name: keyof typeof values, question: string) => {
    const given = values[name]?.trim();
    if (given) return given;
    if (!prompt) throw new Error(`--${name} is missing. Usage: npm run new -- --lang en --slug my-article --title "My title"`);
    return (await prompt.question(question)).trim();
  };
  try {
    const lang = await ask('lang', `Language (${languages.join(' or ')}): `);
    if (!isLang(lang)) throw new Error(`"${lang}" is not a language of the site (expected ${languages.join(' or ')})`);
    const slug = await ask('slug', 'Slug, the address of the article (e.g. viet-nam-ratifies): ');
    if (!SLUG_PATTERN.test(slug)) throw new Error(`"${slug}" is not a valid slug (use lowercase letters, digits and hyphens)`);
    const title = await ask('title', 'Title: ');
    if (!title) throw new Error('the title is empty');

    const file = articleFile(CONTENT_DIR, lang, slug);
    const shown = path.relative(process.cwd(), file);
    // The 'wx' flag fails if the file exists, so nothing is ever overwritten.
    try {
      fs.writeFileSync(file, articleTemplate(lang, title, siteToday()), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${shown} already exists: nothing was changed (pick another slug or edit that file)`);
      throw error;
    }
    console.log(`✓ Wrote ${shown} (a draft). Preview it with npm run dev at /${lang}/articles/${slug}/`);
    const translation = path.join(CONTENT_DIR, otherLang(lang), `${slug}.md`);
    if (!fs.existsSync(translation)) {
      console.log(`  Its translation goes in ${path.relative(process.cwd(), translation)}: npm run new -- --lang ${otherLang(lang)} --slug ${slug} --title "…"`);
    }
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    prompt?.close();
  }
}

await main();
