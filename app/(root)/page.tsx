import type { Metadata } from 'next';
import { languages, t } from '@/lib/i18n';
import { absoluteUrl, paths, SITE_URL } from '@/lib/web/paths';
import { getPage } from '@/lib/site';

export const metadata: Metadata = {
  title: `${t('en').siteName} · ${t('vi').siteName}`,
  description: `${t('en').siteTagline}. ${t('vi').siteTagline}.`,
  metadataBase: new URL(`${SITE_URL}/`),
  alternates: { canonical: absoluteUrl(paths.root()), languages: { en: absoluteUrl(paths.home('en')), vi: absoluteUrl(paths.home('vi')) } },
};

/**
 * The front door: both language choices first, in the first screen of a phone, then what the site
 * is in each language. No redirect.
 */
export default function LanguageChoicePage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <h1 className="text-2xl font-bold sm:text-4xl">
        {t('en').siteName} <span className="text-muted">·</span> <span lang="vi">{t('vi').siteName}</span>
      </h1>
      <ul className="mt-6 flex flex-wrap gap-3">
        {languages.map((lang) => (
          <li key={lang} lang={lang}>
            <a href={paths.home(lang)} className="inline-block rounded bg-accent px-4 py-2 font-semibold text-page no-underline">
              {t(lang).enterSite}
            </a>
          </li>
        ))}
      </ul>
      <div className="mt-8 grid gap-6 sm:grid-cols-2">
        {languages.map((lang) => {
          const text = t(lang);
          return (
            <section key={lang} lang={lang} aria-labelledby={`choose-${lang}`} className="surface-box">
              <h2 id={`choose-${lang}`} className="text-xl font-semibold">
                <a href={paths.home(lang)}>{text.languageName}</a>
              </h2>
              <p className="mt-2 text-sm text-muted">{text.siteTagline}</p>
              <p className="mt-3">{getPage(lang, 'home').summary}</p>
              <p className="mt-4 text-xs text-muted">{text.independenceNotice}</p>
            </section>
          );
        })}
      </div>
    </main>
  );
}
