import type { Lang, UiStrings } from '../i18n';
import { paths } from './paths';

/*
 * The site's sections, in the order the navigation shows them: the one list the header, the
 * sitemap, the section pages' metadata and their frame are drawn from. A new section is a new
 * entry here (and its route under app/[lang]/).
 */

type SectionEntry = {
  /** The section's own page. */
  path: (lang: Lang) => string;
  /** Its name in the navigation. */
  nav: keyof UiStrings;
  /** Its page's title and introduction, where they are interface text (About's are the editors'). */
  title?: keyof UiStrings;
  intro?: keyof UiStrings;
};

const registry = {
  home: { path: paths.home, nav: 'navHome' },
  convention: { path: paths.convention, nav: 'navConvention', title: 'conventionTitle', intro: 'conventionIntro' },
  articles: { path: paths.articles, nav: 'navArticles', title: 'allArticles', intro: 'articlesIntro' },
  timeline: { path: paths.timeline, nav: 'navTimeline', title: 'timelineTitle', intro: 'timelineIntro' },
  status: { path: paths.status, nav: 'navStatus', title: 'statusTitle', intro: 'statusIntro' },
  states: { path: paths.states, nav: 'navStates', title: 'statesTitle', intro: 'statesIntro' },
  data: { path: paths.data, nav: 'navData', title: 'dataTitle', intro: 'dataIntro' },
  glossary: { path: paths.glossary, nav: 'navGlossary', title: 'glossaryTitle', intro: 'glossaryIntro' },
  about: { path: paths.about, nav: 'navAbout' },
  search: { path: paths.search, nav: 'navSearch', title: 'searchTitle', intro: 'searchIntro' },
} satisfies Record<string, SectionEntry>;

export type Section = keyof typeof registry;

export const sections: Record<Section, SectionEntry> = registry;

/** Every section, in navigation order. */
export const sectionNames = Object.keys(sections) as Section[];

/** The sections of the main navigation: search has its own place in the header, beside the language switch. */
export const navigationSections = sectionNames.filter((section) => section !== 'search');
