import { t, type Lang } from '@/lib/i18n';
import type { KeyFact } from '@/lib/key-facts';
import { PAGE_ID_PREFIXES, PAGE_IDS } from '@/lib/web/page-ids';
import { FormattedDate } from './formatted-date';
import { Heading } from './heading';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';
import { SourceLink } from './source-link';

export type KeyFactsProps = HeadingSectionOptions & {
  /** The facts in the page's language (see `localizeKeyFacts`). */
  facts: KeyFact[];
  lang: Lang;
  /**
   * Beside an article, where the article comes first: each fact without its explanation, and on a
   * phone (below the lg breakpoint, where the facts come after the article) folded under its heading
   * (`<details>`, no JavaScript), a tap away.
   */
  compact?: boolean;
};

/**
 * The Convention's key facts as a description list: each fact with its value or date, an
 * explanation (not in the compact form), its source, and an "as of" date where the value can change.
 * Its heading is "Key facts" in the page's language unless given.
 */
export function KeyFacts({ facts, lang, compact = false, heading, headingLevel = 2, id = PAGE_IDS.keyFacts }: KeyFactsProps) {
  const text = t(lang);
  const list = (
    <dl className="mt-3 divide-y divide-line">
      {facts.map((fact) => (
        <div key={fact.id} id={`${PAGE_ID_PREFIXES.fact}${fact.id}`} className={`${compact ? 'py-1.5' : 'py-3'} first:pt-0 last:pb-0`}>
          <dt className="text-sm font-medium text-muted">{fact.label}</dt>
          <dd className="mt-0.5">
            <span className="font-semibold">
              {fact.value}
              {fact.value && fact.date ? ', ' : ''}
              {fact.date && <FormattedDate date={fact.date} endDate={fact.endDate} lang={lang} />}
            </span>
            {fact.detail && !compact && <span className="block text-sm">{fact.detail}</span>}
            <span className="block text-sm text-muted">
              {fact.asOf && (
                <>
                  {text.asOf} <FormattedDate date={fact.asOf} lang={lang} />
                  {' · '}
                </>
              )}
              <SourceLink url={fact.source} lang={lang} />
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
  if (compact) {
    return (
      <details className="fold-below-lg surface-box">
        <summary className="cursor-pointer">
          <Heading level={headingLevel} id={id} className="inline text-lg font-semibold">
            {heading ?? text.keyFacts}
          </Heading>
        </summary>
        {list}
      </details>
    );
  }
  return (
    <HeadingSection heading={heading ?? text.keyFacts} headingLevel={headingLevel} id={id} className="surface-box">
      {list}
    </HeadingSection>
  );
}
