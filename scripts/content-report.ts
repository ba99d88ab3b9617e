import path from 'node:path';
import { CONTENT_DIR, type Content } from '../lib/content';
import { ContentError, formatProblem } from '../lib/content-error';
import { languages } from '../lib/i18n';

/*
 * What `npm run check` and `npm run build` tell editors about the content: the same words from both.
 */

function summary(content: Content): string {
  const published = languages.map((lang) => `${content.articles[lang].filter((a) => a.status === 'published').length} ${lang}`);
  return `${published.join(' + ')} published articles, ${content.keyFacts.length} key facts`;
}

/** Prints the articles not published yet, the translation warnings and a summary of valid content (all articles, from `readContent`). */
export function reportContent(content: Content): void {
  const waiting = languages.flatMap((lang) => content.articles[lang].filter((a) => a.status !== 'published'));
  if (waiting.length > 0) {
    console.log('Not published yet (visible in npm run dev only):');
    for (const article of waiting) {
      const why = article.status === 'draft' ? 'draft: true' : `scheduled for ${article.date}`;
      console.log(`  ${path.relative(process.cwd(), path.join(CONTENT_DIR, article.lang, `${article.slug}.md`))} (${why})`);
    }
  }
  if (content.warnings.length > 0) {
    console.log('Translations to look at (these do not stop the build):');
    for (const warning of content.warnings) console.log(`  ${formatProblem(warning)}`);
  }
  console.log(`✓ Content is valid: ${summary(content)}.`);
}

/** Prints every problem of invalid content with its file and field, and what to do; rethrows anything else. */
export function reportProblems(error: unknown, next: string): void {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  const count = error.problems.length === 1 ? '1 error' : `${error.problems.length} errors`;
  console.error(`✗ ${count} in content: fix ${error.problems.length === 1 ? 'it' : 'them'} and ${next}. Nothing was built.`);
}
