import type { Metadata } from 'next';
import { t, type Lang } from '../i18n';
import { absoluteUrl, inEveryLang, paths, SITE_URL } from './paths';
import { sections, type Section } from './sections';

export type PageMetadataInput = {
  title: string;
  description: string;
  lang: Lang;
  /** This page's path in each language it exists in, this page's own language included. */
  pathByLang: Partial<Record<Lang, string>>;
  /** For articles: OpenGraph article type with its dates, and its social image. */
  article?: { published: string; modified?: string; image?: string };
  /** A feed of this page's own, offered before the site's (a State's Atom feed), with its title. */
  ownFeed?: { url: string; title: string };
};

/**
 * The size of the articles' social cards (drawn by scripts/build-social-images.ts): the 1.91:1 of
 * OpenGraph cards above the platforms' minimum (600 × 315), about the weight of the page they belong to.
 */
export const SOCIAL_IMAGE = { width: 800, height: 420 };

/** The feeds of a language, for `<link rel="alternate">` auto-discovery on every page. */
export function feedLinks(lang: Lang) {
  const title = t(lang).siteName;
  return {
    'application/rss+xml': [{ url: absoluteUrl(paths.feed(lang, 'rss')), title: `${title} (RSS)` }],
    'application/atom+xml': [{ url: absoluteUrl(paths.feed(lang, 'atom')), title: `${title} (Atom)` }],
    'application/feed+json': [{ url: absoluteUrl(paths.feed(lang, 'json')), title: `${title} (JSON Feed)` }],
  };
}

/** The site's feeds, with a page's own Atom feed first when it has one. */
function withOwnFeed(feeds: ReturnType<typeof feedLinks>, own?: PageMetadataInput['ownFeed']) {
  if (!own) return feeds;
  return { ...feeds, 'application/atom+xml': [{ url: absoluteUrl(own.url), title: own.title }, ...feeds['application/atom+xml']] };
}

/** A section page's metadata, in every language: its title and introduction from lib/web/sections.ts unless it has its own. */
export function sectionMetadata(section: Section, lang: Lang, own?: { title: string; description: string }): Metadata {
  const text = t(lang);
  const { path, nav, title, intro } = sections[section];
  return pageMetadata({
    title: own?.title ?? text[title ?? nav],
    description: own?.description ?? (intro ? text[intro] : text.siteTagline),
    lang,
    pathByLang: inEveryLang(path),
  });
}

/** Title, description, canonical URL, `hreflang` alternates, feeds, OpenGraph and Twitter cards for one page. */
export function pageMetadata({ title, description, lang, pathByLang, article, ownFeed }: PageMetadataInput): Metadata {
  const url = absoluteUrl(pathByLang[lang] ?? paths.home(lang));
  const languages = Object.fromEntries(Object.entries(pathByLang).map(([l, path]) => [l, absoluteUrl(path)]));
  const images = article?.image ? [{ url: absoluteUrl(article.image), ...SOCIAL_IMAGE }] : undefined;
  return {
    title,
    description,
    metadataBase: new URL(`${SITE_URL}/`),
    alternates: { canonical: url, languages: { ...languages, 'x-default': absoluteUrl(paths.root()) }, types: withOwnFeed(feedLinks(lang), ownFeed) },
    openGraph: {
      title,
      description,
      url,
      siteName: t(lang).siteName,
      locale: lang === 'vi' ? 'vi_VN' : 'en_GB',
      ...(article ? { type: 'article', publishedTime: article.published, modifiedTime: article.modified } : { type: 'website' }),
      images,
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description, images: images?.map((image) => image.url) },
  };
}
