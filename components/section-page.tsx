import type { ReactNode } from 'react';
import { otherLang, t, type Lang } from '@/lib/i18n';
import { sections, type Section } from '@/lib/web/sections';
import { breadcrumbJsonLd } from '@/lib/outputs/structured-data';
import { PageShell } from './page-shell';

export type SectionPageProps = {
  lang: Lang;
  section: Section;
  /** The page's `<h1>`; the section's own title (lib/web/sections.ts) by default. */
  title?: string;
  /** The paragraph under the title; the section's own introduction by default, none if it has none. */
  intro?: ReactNode;
  /** Where the page sits after Home, for the breadcrumb data; the section's page alone by default. */
  trail?: { name: string; path: string }[];
  /** A page inside the section rather than the section's own page (see SiteHeader). */
  withinSection?: boolean;
  /** The same page in the other language; the section's page there by default. */
  alternateHref?: string;
  /**
   * Put the page's title and content in the site search (Pagefind's `data-pagefind-body`). Off by
   * default: lists that repeat other pages (the article list) and citation pages are left out.
   */
  indexed?: boolean;
  children: ReactNode;
};

/** The frame of a section's page: the page shell, its breadcrumb data, the title and the introduction. */
export function SectionPage({ lang, section, title, intro, trail, withinSection, alternateHref, indexed = false, children }: SectionPageProps) {
  const text = t(lang);
  const entry = sections[section];
  const heading = title ?? (entry.title ? text[entry.title] : '');
  const introduction = intro ?? (entry.intro ? text[entry.intro] : undefined);
  return (
    <PageShell
      lang={lang}
      section={section}
      withinSection={withinSection}
      alternateHref={alternateHref ?? entry.path(otherLang(lang))}
      jsonLd={[breadcrumbJsonLd(lang, trail ?? [{ name: heading, path: entry.path(lang) }])]}
    >
      <div data-pagefind-body={indexed ? '' : undefined}>
        <h1 className="text-3xl font-bold">{heading}</h1>
        {introduction && <p className="mt-2 max-w-3xl text-muted">{introduction}</p>}
        {children}
      </div>
    </PageShell>
  );
}
