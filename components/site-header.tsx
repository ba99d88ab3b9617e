import { otherLang, t, type Lang } from '@/lib/i18n';
import { PAGE_IDS } from '@/lib/web/page-ids';
import { paths } from '@/lib/web/paths';
import { navigationSections, sections, type Section } from '@/lib/web/sections';

export type SiteHeaderProps = {
  lang: Lang;
  /** The section the page belongs to, marked `aria-current` in the navigation. */
  current?: Section;
  /** True on a page inside the section (an article), not the section's own page: marked `aria-current="true"`. */
  withinSection?: boolean;
  /** The same page in the other language (its list page when there is no translation). */
  alternateHref: string;
};

/**
 * Skip link, site name, the search page and the language switch, and the main navigation. Plain
 * links: no JavaScript needed (the search page says where to go without it).
 */
export function SiteHeader({ lang, current, withinSection = false, alternateHref }: SiteHeaderProps) {
  const text = t(lang);
  const other = otherLang(lang);
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <a
        href={`#${PAGE_IDS.main}`}
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:bg-focus focus:px-3 focus:py-2 focus:text-black"
      >
        {text.skipLink}
      </a>
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 pt-3">
        <a href={paths.home(lang)} className="text-ink no-underline">
          <span className="block text-xl font-bold">{text.siteName}</span>
          <span className="block text-sm text-muted">{text.siteTagline}</span>
        </a>
        <div className="flex flex-wrap gap-2">
          <a
            href={paths.search(lang)}
            aria-current={current === 'search' ? 'page' : undefined}
            className="rounded border border-line px-3 py-1.5 text-sm font-medium aria-[current]:border-ink"
          >
            {text.navSearch}
          </a>
          <a href={alternateHref} hrefLang={other} lang={other} className="rounded border border-line px-3 py-1.5 text-sm font-medium">
            {text.switchLanguage}
          </a>
        </div>
      </div>
      <nav aria-label={text.navLabel} className="mx-auto max-w-page px-4">
        <ul className="flex flex-wrap gap-x-5 gap-y-1 py-2">
          {navigationSections.map((section) => (
            <li key={section}>
              <a
                href={sections[section].path(lang)}
                aria-current={section === current ? (withinSection ? 'true' : 'page') : undefined}
                className="inline-block py-1.5 font-medium no-underline hover:underline aria-[current]:underline aria-[current]:decoration-2 aria-[current]:underline-offset-8"
              >
                {text[sections[section].nav]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
