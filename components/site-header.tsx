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

/** The sections as links, the current one marked. */
function SectionLinks({ lang, current, withinSection, className }: Omit<SiteHeaderProps, 'alternateHref'> & { className: string }) {
  const text = t(lang);
  return (
    <ul className={className}>
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
  );
}

/**
 * Skip link, site name, the search page and the language switch on one line, and the main
 * navigation. On a phone the sections fold into a "Menu" (`<details>`: no JavaScript) so the header
 * leaves the screen to the page; from the `sm` breakpoint they are a row of links (in a browser that
 * cannot style a closed `<details>`, the Menu stays), and the tagline shows under the name. Plain
 * links: no JavaScript needed.
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
      <div className="mx-auto flex max-w-page items-center justify-between gap-x-3 px-4 pt-2 pb-1 sm:gap-x-6 sm:pt-3 sm:pb-2">
        <a href={paths.home(lang)} className="min-w-0 flex-1 text-ink no-underline">
          <span className="block text-[0.95rem] leading-tight font-bold sm:text-xl">{text.siteName}</span>
          <span className="hidden text-sm text-muted sm:block">{text.siteTagline}</span>
        </a>
        <div className="flex shrink-0 gap-1.5 sm:gap-2">
          <a
            href={paths.search(lang)}
            aria-current={current === 'search' ? 'page' : undefined}
            className="rounded border border-line px-2 py-1.5 text-sm font-medium aria-[current]:border-ink sm:px-3"
          >
            {text.navSearch}
          </a>
          <a href={alternateHref} hrefLang={other} lang={other} className="rounded border border-line px-2 py-1.5 text-sm font-medium sm:px-3">
            {text.switchLanguage}
          </a>
        </div>
      </div>
      {/* One navigation: a Menu on a phone; from the sm breakpoint the menu stays open and its summary
          hides (globals.css, .site-menu), where the browser can style a closed <details>. */}
      <details className="site-menu mx-auto max-w-page px-4 pb-1">
        <summary className="cursor-pointer py-1 text-sm font-medium text-accent">{text.navMenu}</summary>
        <nav aria-label={text.navLabel}>
          <SectionLinks lang={lang} current={current} withinSection={withinSection} className="grid grid-cols-2 gap-x-4 pt-1 sm:flex sm:flex-wrap sm:gap-x-5 sm:gap-y-1 sm:pt-0 sm:pb-1" />
        </nav>
      </details>
    </header>
  );
}
