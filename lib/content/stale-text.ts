import type { Lang } from '../i18n';
import { passedDatesAsFuture } from './prose-dates';
import type { ProblemLog } from './problem-log';

/** Where a text is in its file: the line its first line is on, or the field that holds it. */
export type TextPlace = { firstLine: number } | { field: string };

/**
 * Warns where a published text speaks of a date that has passed as if it were still to come (see
 * lib/content/prose-dates.ts): the build froze it, so nothing but an editor will make it true again.
 */
export function warnPassedDates(log: ProblemLog, file: string, text: string, lang: Lang, today: string, place: TextPlace) {
  for (const { line, date, clause } of passedDatesAsFuture(text, lang, today)) {
    const where = 'field' in place ? place.field : `line ${place.firstLine + line - 1}`;
    const quoted = clause.length > 100 ? `${clause.slice(0, 97)}…` : clause;
    log.warn(file, `"${quoted}" speaks of ${date}, which has passed, as if it were still to come (put it in the past tense, or date it: "as of …")`, where);
  }
}
