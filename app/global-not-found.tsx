import type { Metadata } from 'next';
import { languages, t } from '@/lib/i18n';
import { paths } from '@/lib/web/paths';
import './globals.css';

export const metadata: Metadata = {
  title: `404 · ${t('en').notFoundTitle} · ${t('vi').notFoundTitle}`,
  robots: { index: false },
};

/** One 404 for every address, in both languages, since the language of a wrong URL is unknown. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="mx-auto max-w-3xl px-4 py-12">
          {languages.map((lang) => {
            const text = t(lang);
            return (
              <section key={lang} lang={lang} className="mb-10">
                {lang === 'en' ? <h1 className="text-3xl font-bold">{text.notFoundTitle}</h1> : <h2 className="text-3xl font-bold">{text.notFoundTitle}</h2>}
                <p className="mt-3">{text.notFoundBody}</p>
                <p className="mt-3">
                  <a href={paths.home(lang)}>{text.backHome}</a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
