import { languages, type Lang } from './i18n';

/** Every URL on the site is built here, so links and the files the build writes always agree. */
export const paths = {
  root: () => '/',
  home: (lang: Lang) => `/${lang}/`,
  articles: (lang: Lang) => `/${lang}/articles/`,
  article: (lang: Lang, slug: string) => `/${lang}/articles/${slug}/`,
  timeline: (lang: Lang) => `/${lang}/timeline/`,
  event: (lang: Lang, id: string) => `/${lang}/timeline/#${id}`,
  about: (lang: Lang) => `/${lang}/about/`,
};

/** The live treaty status at the UN Treaty Collection: the authority on signatures and ratifications. */
export const UNTC_STATUS_URL =
  'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml';

/** UNODC's page on the Convention: the text, and the secretariat's explanations. */
export const UNODC_CONVENTION_URL = 'https://www.unodc.org/unodc/en/cybercrime/convention/home.html';

/** The site's public address, for canonical and alternate links. */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';

/** A source's short name for link text: its host without `www.` ("press.un.org"). */
export function sourceName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A page's path in every language, for pages that exist in all of them. */
export function inEveryLang(path: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(languages.map((lang) => [lang, path(lang)])) as Record<Lang, string>;
}
