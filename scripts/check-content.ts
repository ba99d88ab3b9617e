/*
 * `npm run check`: validates everything in content/ in seconds, without building the site.
 * Prints every problem with its file and field, then the translation report; exits 1 on errors.
 */
import { CONTENT_DIR, readContent } from '../lib/content';
import { reportContent, reportProblems } from './content-report';

try {
  reportContent(readContent(CONTENT_DIR));
} catch (error) {
  reportProblems(error, 'run npm run check again');
  process.exitCode = 1;
}
