import { fill, t, type Lang } from '@/lib/i18n';
import { articlesLabel, chaptersLabel, type ArticleRange } from '@/lib/convention/structure';
import { SourceLinks } from './source-links';

export type ConventionChapterTableProps = {
  /** The chapters, numbered and grouped by the articles the sources give them (see `articleRanges`). */
  ranges: ArticleRange[];
  lang: Lang;
};

/** The sources of a range's chapters, each once, in their order. */
const sourcesOf = (range: ArticleRange) => [...new Set(range.chapters.flatMap((chapter) => chapter.sources))];

/**
 * The preamble, then each chapter, named by its number and title, with the articles it holds and their
 * sources. Chapters whose boundary is not verified share one cell: "Chapters I and II, Articles 1–21".
 * Two columns, so it fits a 320-px screen; each chapter's row is an anchor (`#chapter-iv`).
 */
export function ConventionChapterTable({ ranges, lang }: ConventionChapterTableProps) {
  const text = t(lang);
  return (
    <div className="scroll-box mt-4" tabIndex={0}>
      <table className="w-full border-collapse text-start text-sm">
        <caption className="mb-2 text-start font-medium">{text.conventionTableCaption}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="w-1/2 py-2 pe-4 text-start">
              {text.conventionColumnChapter}
            </th>
            <th scope="col" className="py-2 text-start">
              {text.conventionColumnArticles}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-line align-top">
            <th scope="row" className="py-2 pe-4 text-start">
              {text.conventionPreamble}
            </th>
            <td className="py-2">{text.conventionPreambleArticles}</td>
          </tr>
          {ranges.flatMap((range) =>
            range.chapters.map((chapter, index) => (
              <tr key={chapter.numeral} id={`chapter-${chapter.numeral.toLowerCase()}`} className="scroll-mt-4 border-b border-line align-top target:bg-highlight">
                <th scope="row" className="py-2 pe-4 text-start font-normal">
                  <span className="font-bold">{chapter.numeral}</span> {chapter.title[lang]}
                </th>
                {index === 0 && (
                  <td rowSpan={range.chapters.length} className="py-2">
                    {range.chapters.length > 1 && `${chaptersLabel(range, lang)}, `}
                    <span className="whitespace-nowrap">{articlesLabel(range, lang)}</span>
                    {range.chapters.length > 1 && <span className="mt-1 block text-muted">{fill(text.conventionBoundaryNotVerified, { numeral: range.chapters[1].numeral })}</span>}
                    <span className="mt-1 block text-muted" data-pagefind-ignore>
                      <SourceLinks urls={sourcesOf(range)} lang={lang} />
                    </span>
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
