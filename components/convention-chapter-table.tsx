import { fill, t, type Lang } from '@/lib/i18n';
import { articlesLabel, chaptersLabel, type ArticleRange } from '@/lib/convention/structure';
import { SourceLinks } from './source-links';

export type ConventionChapterTableProps = {
  /** The chapters, numbered and grouped by the articles the sources give them (see `articleRanges`). */
  ranges: ArticleRange[];
  lang: Lang;
};

/**
 * The preamble, then each chapter with its number, its title, its sources and the articles it holds.
 * Chapters whose boundary is not verified share one cell: "Chapters I and II, Articles 1–21".
 * Each chapter's row is an anchor (`#chapter-iv`).
 */
export function ConventionChapterTable({ ranges, lang }: ConventionChapterTableProps) {
  const text = t(lang);
  return (
    <div className="scroll-box mt-4" tabIndex={0}>
      <table className="w-full border-collapse text-start text-sm">
        <caption className="mb-2 text-start font-medium">{text.conventionTableCaption}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pe-4 text-start">
              {text.conventionColumnChapter}
            </th>
            <th scope="col" className="py-2 pe-4 text-start">
              {text.conventionColumnTitle}
            </th>
            <th scope="col" className="py-2 text-start">
              {text.conventionColumnArticles}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-line align-top">
            <th scope="row" colSpan={2} className="py-2 pe-4 text-start">
              {text.conventionPreamble}
            </th>
            <td className="py-2">{text.conventionPreambleArticles}</td>
          </tr>
          {ranges.flatMap((range) =>
            range.chapters.map((chapter, index) => (
              <tr key={chapter.numeral} id={`chapter-${chapter.numeral.toLowerCase()}`} className="scroll-mt-4 border-b border-line align-top target:bg-highlight">
                <th scope="row" className="py-2 pe-4 text-start">
                  {chapter.numeral}
                </th>
                <td className="py-2 pe-4">
                  {chapter.title[lang]}
                  <span className="mt-1 block text-muted" data-pagefind-ignore>
                    <SourceLinks urls={chapter.sources} lang={lang} />
                  </span>
                </td>
                {index === 0 && (
                  <td rowSpan={range.chapters.length} className="py-2">
                    {range.chapters.length === 1 ? articlesLabel(range, lang) : `${chaptersLabel(range, lang)}, ${articlesLabel(range, lang)}`}
                    {range.chapters.length > 1 && <span className="mt-1 block text-muted">{fill(text.conventionBoundaryNotVerified, { numeral: range.chapters[1].numeral })}</span>}
                  </td>
                )}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
