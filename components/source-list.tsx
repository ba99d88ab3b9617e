import { t, type Lang } from '@/lib/i18n';
import { PAGE_IDS } from '@/lib/web/page-ids';
import { linkRel } from '@/lib/web/paths';
import type { Source } from '@/lib/schema';
import { Heading, type HeadingLevel } from './heading';

export type SourceListProps = {
  sources: Source[];
  lang: Lang;
  /** Level of the "Sources" heading; 2 by default. */
  headingLevel?: HeadingLevel;
};

/** The sources an article relies on, each a link a reader can check. Left out of the site search: their titles would answer searches meant for the articles. */
export function SourceList({ sources, lang, headingLevel = 2 }: SourceListProps) {
  return (
    <section aria-labelledby={PAGE_IDS.sources} className="mt-10 border-t border-line pt-6" data-pagefind-ignore>
      <Heading level={headingLevel} id={PAGE_IDS.sources} className="text-lg font-semibold">
        {t(lang).sources}
      </Heading>
      <ul className="mt-3 list-disc space-y-1 ps-5">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel={linkRel(source.url)}>{source.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
