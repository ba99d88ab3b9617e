import type { Metadata } from 'next';
import type { Lang } from './i18n';
import { paths, SITE_URL } from './paths';

export type PageMetadataInput = {
  title: string;
  description: string;
  lang: Lang;
  /** This page's path in each language it exists in, this page's own language included. */
  pathByLang: Partial<Record<Lang, string>>;
};

/** Title, description, canonical URL and `hreflang` alternates for one page. */
export function pageMetadata({ title, description, lang, pathByLang }: PageMetadataInput): Metadata {
  return {
    title,
    description,
    metadataBase: new URL(SITE_URL),
    alternates: {
      canonical: pathByLang[lang],
      languages: { ...pathByLang, 'x-default': paths.root() },
    },
    openGraph: { title, description, locale: lang === 'vi' ? 'vi_VN' : 'en_GB', type: 'website' },
  };
}
