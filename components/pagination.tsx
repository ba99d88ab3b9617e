import { fill, t, type Lang } from '@/lib/i18n';
import { pageLinks } from '@/lib/web/pagination';

export type PaginationProps = {
  /** The page shown, from 1. */
  current: number;
  /** How many pages there are. */
  count: number;
  lang: Lang;
  /** The address of page `number`. */
  href: (number: number) => string;
};

/**
 * Previous, numbered and next links between the pages of a list (GOV.UK's pagination pattern),
 * with `rel="prev"` and `rel="next"`. Renders nothing when there is one page.
 */
export function Pagination({ current, count, lang, href }: PaginationProps) {
  if (count <= 1) return null;
  const text = t(lang);
  return (
    <nav aria-label={text.pagination} className="mt-10 print:hidden">
      <p className="text-sm text-muted">{fill(text.pageOfCount, { page: current, count })}</p>
      <ul className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2">
        {current > 1 && (
          <li>
            <a href={href(current - 1)} rel="prev" className="inline-block min-h-6 min-w-6">
              {text.previousPage}
            </a>
          </li>
        )}
        {pageLinks(current, count).map((number, index) =>
          number === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              <a
                href={href(number)}
                aria-current={number === current ? 'page' : undefined}
                aria-label={fill(text.pageNumber, { page: number })}
                className="inline-block min-h-6 min-w-6 text-center aria-[current=page]:font-bold aria-[current=page]:no-underline"
              >
                {number}
              </a>
            </li>
          ),
        )}
        {current < count && (
          <li>
            <a href={href(current + 1)} rel="next" className="inline-block min-h-6 min-w-6">
              {text.nextPage}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
