import type { Change } from '@/lib/schema';
import { t, type Lang } from '@/lib/i18n';
import { FormattedDate } from './formatted-date';

export type ChangeHistoryProps = {
  /** First published, `YYYY-MM-DD`. */
  published: string;
  /** Date of the latest update, if any. */
  lastUpdated?: string;
  /** Updates worth telling readers, newest first. */
  changes: Change[];
  lang: Lang;
};

/**
 * "Published … · Last updated …", GOV.UK style, with every noted update in an expandable list.
 * Uses <details>, so it opens without JavaScript. The publication date is the `date` the site
 * search shows beside the article's title (Pagefind's `data-pagefind-meta`).
 */
export function ChangeHistory({ published, lastUpdated, changes, lang }: ChangeHistoryProps) {
  const text = t(lang);
  return (
    <div className="mt-3 text-sm text-muted">
      <p>
        {text.published}{' '}
        <span data-pagefind-meta="date">
          <FormattedDate date={published} lang={lang} />
        </span>
        {lastUpdated && (
          <>
            {' · '}
            {text.updated} <FormattedDate date={lastUpdated} lang={lang} />
          </>
        )}
      </p>
      {changes.length > 0 && (
        <details className="mt-1">
          <summary className="cursor-pointer text-accent underline underline-offset-2">
            {text.allUpdates} ({changes.length})
          </summary>
          <ol className="mt-2 space-y-2 border-s-2 border-line ps-3">
            {changes.map((change) => (
              <li key={`${change.date}-${change.note}`}>
                <FormattedDate date={change.date} lang={lang} />
                <span className="block text-ink">{change.note}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
