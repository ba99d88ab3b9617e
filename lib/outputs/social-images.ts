import { formatDate } from '../dates';
import { languages, t, type Lang } from '../i18n';
import type { Article } from '../schema';
import { BASE_PATH, paths } from '../web/paths';

/** What an article's social card shows, in its language: plain text, drawn by components/social-card.tsx. */
export type SocialCardText = {
  siteName: string;
  title: string;
  /** The publication date as readers of the language write it. */
  date: string;
  /** That the site is independent: a card is seen away from the site's own header and footer. */
  independence: string;
};

/** One article's social card: where it goes in the built site (relative to out/) and what it shows. */
export type SocialImage = { file: string; card: SocialCardText };

/** Every article's social card, at the address its page gives in `og:image` (paths.socialImage). */
export function socialImages(articles: Record<Lang, Article[]>): SocialImage[] {
  return languages.flatMap((lang) =>
    articles[lang].map((article) => ({
      file: paths.socialImage(lang, article.slug).slice(BASE_PATH.length + 1),
      card: { siteName: t(lang).siteName, title: article.title, date: formatDate(article.date, lang), independence: t(lang).independentShort },
    })),
  );
}
