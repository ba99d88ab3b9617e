import type { KeyFact } from '@/lib/key-facts';
import { formatDate } from '@/lib/dates';
import { t, type Lang } from '@/lib/i18n';
import { sourceName } from '@/lib/paths';
import { FormattedDate } from './formatted-date';
import { Heading, type HeadingLevel } from './heading';

export type KeyFactsProps = {
  /** The facts in the page's language (see `localizeKeyFacts`). */
  facts: KeyFact[];
  lang: Lang;
  /** Defaults to "Key facts" in the page's language. */
  heading?: string;
  /** Level of the heading in the page outline; 2 by default. */
  headingLevel?: HeadingLevel;
  /** Id of the heading, which labels the section; unique on the page. */
  id?: string;
};

/**
 * The Convention's key facts as a description list: each fact with its value or date, an
 * explanation, its source, and an "as of" date where the value can change.
 */
export function KeyFacts({ facts, lang, heading, headingLevel = 2, id = 'key-facts-heading' }: KeyFactsProps) {
  const text = t(lang);
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-surface p-4 sm:p-5">
      <Heading level={headingLevel} id={id} className="text-lg font-semibold">
        {heading ?? text.keyFacts}
      </Heading>
      <dl className="mt-3 divide-y divide-line">
        {facts.map((fact) => (
          <div key={fact.id} id={`fact-${fact.id}`} className="py-3 first:pt-0 last:pb-0">
            <dt className="text-sm font-medium text-muted">{fact.label}</dt>
            <dd className="mt-0.5">
              <span className="font-semibold">
                {fact.value}
                {fact.value && fact.date ? ', ' : ''}
                {fact.date && <FormattedDate date={fact.date} endDate={fact.endDate} lang={lang} />}
              </span>
              {fact.detail && <span className="block text-sm">{fact.detail}</span>}
              <span className="block text-sm text-muted">
                {fact.asOf && (
                  <>
                    {text.asOf} <time dateTime={fact.asOf}>{formatDate(fact.asOf, lang)}</time>
                    {' · '}
                  </>
                )}
                {text.source}: <a href={fact.source}>{sourceName(fact.source)}</a>
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
