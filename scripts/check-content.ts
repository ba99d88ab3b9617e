/*
 * `npm run check`: validates everything in content/ in seconds, without building the site.
 * Prints every problem with its file and field, then the translation report; exits 1 on errors.
 *
 * `npm run build` runs it first with `--snapshot FILE`: it then also writes what the site shows to
 * FILE, which Next's workers read instead of the content folder, and the articles' social cards
 * (what each shows) to socialImagesFile(FILE), which the build draws beside Next. Running it as its
 * own process means the memory the content took is given back before Next starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, readContent, selectArticles, type Content } from '../lib/content';
import { articleFile } from '../lib/content/articles';
import { ContentError, formatProblem } from '../lib/content/errors';
import { socialImagesFile } from '../lib/content/snapshot';
import { languages } from '../lib/i18n';
import { socialImages } from '../lib/outputs/social-images';

function summary(content: Content): string {
  const published = languages.map((lang) => `${content.articles[lang].filter((a) => a.publication === 'published').length} ${lang}`);
  return `${published.join(' + ')} published articles, ${content.keyFacts.length} key facts`;
}

function report(content: Content) {
  const waiting = languages.flatMap((lang) => content.articles[lang].filter((a) => a.publication !== 'published'));
  if (waiting.length > 0) {
    console.log('Not published yet (visible in npm run dev only):');
    for (const article of waiting) {
      const why = article.publication === 'draft' ? 'draft: true' : `scheduled for ${article.date}`;
      console.log(`  ${path.relative(process.cwd(), articleFile(CONTENT_DIR, article.lang, article.slug))} (${why})`);
    }
  }
  if (content.warnings.length > 0) {
    console.log('To look at (these do not stop the build):');
    for (const warning of content.warnings) console.log(`  ${formatProblem(warning)}`);
  }
  console.log(`✓ Content is valid: ${summary(content)}.`);
}

const at = process.argv.indexOf('--snapshot');
const snapshot = at === -1 ? undefined : process.argv[at + 1];
try {
  const content = readContent(CONTENT_DIR);
  report(content);
  if (snapshot) {
    const shown = selectArticles(content);
    fs.writeFileSync(snapshot, JSON.stringify(shown));
    fs.writeFileSync(socialImagesFile(snapshot), JSON.stringify(socialImages(shown.articles)));
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  const count = error.problems.length === 1 ? '1 error' : `${error.problems.length} errors`;
  console.error(`✗ ${count} in content: fix ${error.problems.length === 1 ? 'it' : 'them'} and run ${snapshot ? 'npm run build' : 'npm run check'} again. Nothing was built.`);
  process.exitCode = 1;
}
