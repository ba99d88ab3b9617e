import type { ReactNode } from 'react';
import type { Lang } from '@/lib/i18n';
import { PAGE_IDS } from '@/lib/web/page-ids';
import type { Section } from '@/lib/web/sections';
import { JsonLd, type JsonLdProps } from './json-ld';
import { SiteHeader } from './site-header';

export type PageShellProps = {
  lang: Lang;
  /** The section the page belongs to, marked `aria-current` in the navigation. */
  section?: Section;
  /** A page inside the section rather than the section's own page (see SiteHeader). */
  withinSection?: boolean;
  /** The same page in the other language (its list page when there is no translation). */
  alternateHref: string;
  /** schema.org data for the page (see lib/outputs/structured-data.ts), written first in `<main>`. */
  jsonLd?: JsonLdProps['data'];
  /** The page's own content. */
  children: ReactNode;
};

/**
 * The frame of every page in one language: the site header, then `<main id={PAGE_IDS.main}>`, which the
 * header's skip link leads to. The footer and `<html lang>` come from the language layout, which
 * cannot know the page's section or its translation.
 */
export function PageShell({ lang, section, withinSection, alternateHref, jsonLd, children }: PageShellProps) {
  return (
    <>
      <SiteHeader lang={lang} current={section} withinSection={withinSection} alternateHref={alternateHref} />
      <main id={PAGE_IDS.main} className="mx-auto w-full max-w-page flex-1 px-4 pt-5 pb-8 sm:pt-8">
        {jsonLd && <JsonLd data={jsonLd} />}
        {children}
      </main>
    </>
  );
}
