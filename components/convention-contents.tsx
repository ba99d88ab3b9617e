import { fill, t, type Lang } from '@/lib/i18n';
import { articleCount, articlesLabel, chaptersLabel, EXPLAINED_ARTICLES, rangeOf, type ArticleRange } from '@/lib/convention/structure';
import type { ConventionStructure } from '@/lib/schema';
import { linkRel } from '@/lib/web/paths';
import { UNODC_CONVENTION_URL } from '@/lib/web/sources';
import { ConventionChapterTable } from './convention-chapter-table';
import { FilledText } from './filled-text';
import { HeadingSection } from './heading-section';
import { SourceLinks } from './source-links';

/** A page of this site to read next, by its title. */
export type PageLink = { title: string; href: string };

export type ConventionContentsProps = {
  /** The chapters, numbered and grouped by the articles the sources give them (see `articleRanges`). */
  ranges: ArticleRange[];
  /** Where the whole layout (a preamble, the number of chapters and of articles) is verified. */
  sources: string[];
  interpretativeNotes: ConventionStructure['interpretativeNotes'];
  /** The site's explainer of the articles it explains (EXPLAINED_ARTICLES). */
  explainer: PageLink;
  /** Other explainers, and glossary terms, to read next. */
  explainers: PageLink[];
  terms: PageLink[];
  lang: Lang;
};

/** Links to pages of this site, one a line. */
function LinkList({ links }: { links: PageLink[] }) {
  return (
    <ul className="mt-2 list-disc space-y-1 ps-5">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>{link.title}</a>
        </li>
      ))}
    </ul>
  );
}

/**
 * What the Convention contains, as the sources give it: how many chapters and articles, the table of
 * chapters with the articles in each, the interpretative notes, where the articles the site explains
 * are, what to read next on the site and where the official text is. Names no article but those.
 */
export function ConventionContents({ ranges, sources, interpretativeNotes, explainer, explainers, terms, lang }: ConventionContentsProps) {
  const text = t(lang);
  const chapters = ranges.reduce((count, range) => count + range.chapters.length, 0);
  const explained = rangeOf(ranges, EXPLAINED_ARTICLES.signature);
  return (
    <div className="mt-6 max-w-3xl space-y-10">
      <HeadingSection heading={text.conventionCountHeading} id="convention-count">
        <p className="mt-2 text-lg">{fill(text.conventionCount, { chapters, articles: articleCount(ranges) })}</p>
        <p className="mt-1 text-sm text-muted" data-pagefind-ignore>
          <SourceLinks urls={sources} lang={lang} />
        </p>
        <ConventionChapterTable ranges={ranges} lang={lang} />
        <p className="mt-2 text-sm text-muted">{text.conventionTitlesNote}</p>
      </HeadingSection>

      <HeadingSection heading={text.conventionNotesHeading} id="convention-notes">
        <p className="mt-2">{interpretativeNotes.text[lang]}</p>
        <p className="mt-1 text-sm text-muted" data-pagefind-ignore>
          <SourceLinks urls={interpretativeNotes.sources} lang={lang} />
        </p>
      </HeadingSection>

      {explained && (
        <HeadingSection heading={fill(text.conventionExplainedHeading, EXPLAINED_ARTICLES)} id="convention-explained">
          <p className="mt-2">{fill(text.conventionExplained, { ...EXPLAINED_ARTICLES, where: chaptersLabel(explained, lang), articles: articlesLabel(explained, lang) })}</p>
          <p className="mt-2">
            {text.conventionExplainedLink} <a href={explainer.href}>{explainer.title}</a>
          </p>
        </HeadingSection>
      )}

      <HeadingSection heading={text.conventionReadingHeading} id="convention-reading">
        <h3 className="mt-4 font-semibold">{text.conventionExplainersHeading}</h3>
        <LinkList links={[explainer, ...explainers]} />
        {terms.length > 0 && (
          <>
            <h3 className="mt-4 font-semibold">{text.conventionTermsHeading}</h3>
            <LinkList links={terms} />
          </>
        )}
      </HeadingSection>

      <HeadingSection heading={text.conventionOfficialHeading} id="convention-official">
        <p className="mt-2">
          <FilledText
            template={text.conventionOfficialText}
            slots={{
              link: (
                <a href={UNODC_CONVENTION_URL} rel={linkRel(UNODC_CONVENTION_URL)}>
                  {text.unodcLink}
                </a>
              ),
            }}
          />
        </p>
      </HeadingSection>
    </div>
  );
}
