import { fill, t, type Lang } from '@/lib/i18n';
import { nameInText, participantName } from '@/lib/states/names';
import { recordEntries, type StateRecord as StateRecordData } from '@/lib/states/record';
import { formatDate, formatDateRange } from '@/lib/dates';
import { sourceName } from '@/lib/web/sources';
import { CopyButton } from './copy-button';
import { FormattedDate } from './formatted-date';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';
import { SourceLink } from './source-link';

export type StateRecordListProps = HeadingSectionOptions & {
  record: StateRecordData;
  lang: Lang;
  /** The State page's absolute address, for the entries' citations. */
  pageUrl: string;
  /** The last day the sources run to, for a record with nothing in it (see `evidenceDate`). */
  knownTo: string;
};

/**
 * The record: one entry per action (signature, instrument) with its day and source. Each has its
 * own anchor, a link to it, and a one-line citation to copy (shown on request, without JavaScript
 * too). A State with nothing recorded says so, with the day the sources run to.
 * Its heading is "The record" in the page's language unless given.
 */
export function StateRecordList({ record, lang, pageUrl, knownTo, heading, headingLevel = 2, id = 'record-heading' }: StateRecordListProps) {
  const text = t(lang);
  const name = participantName(record.code, lang);
  const entries = recordEntries(record, lang);
  return (
    <HeadingSection heading={heading ?? text.stateRecordHeading} headingLevel={headingLevel} id={id}>
      {entries.length === 0 ? (
        <p className="mt-2">
          {fill(text.stateRecordEmpty, { name: nameInText(record.code, lang), date: formatDate(knownTo, lang) })}
        </p>
      ) : (
        <ol className="mt-2 divide-y divide-line">
          {entries.map((entry) => {
            const citationId = `cite-${entry.anchor}`;
            const range = formatDateRange(entry.date, entry.endDate, lang);
            const citation = fill(text.stateRecordCitation, {
              site: text.siteName,
              name,
              action: entry.action,
              date: `${range.start}${range.separator}${range.end ?? ''}`,
              url: `${pageUrl}#${entry.anchor}`,
              source: sourceName(entry.source),
            });
            return (
              <li key={entry.anchor} id={entry.anchor} className="scroll-mt-4 py-3">
                <p className="font-semibold">
                  <a href={`#${entry.anchor}`} className="text-ink no-underline hover:underline" title={text.stateRecordPermalink}>
                    {entry.action}
                  </a>
                </p>
                <p>
                  <FormattedDate date={entry.date} endDate={entry.endDate} lang={lang} />
                </p>
                {entry.detail && <p className="text-sm">{entry.detail}</p>}
                <p className="text-sm text-muted">
                  <SourceLink url={entry.source} lang={lang} />
                </p>
                <details className="mt-1 text-sm">
                  <summary className="cursor-pointer text-accent">{text.stateRecordCite}</summary>
                  <p id={citationId} className="mt-1 break-words">
                    {citation}
                  </p>
                  <CopyButton targetId={citationId} label={text.copy} context={`${text.stateRecordCite}: ${entry.action}`} copiedMessage={text.copied} failedMessage={text.copyFailed} />
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </HeadingSection>
  );
}
