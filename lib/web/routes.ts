import { notFound } from 'next/navigation';
import { isLang, languages, type Lang } from '../i18n';

/*
 * What the routes under app/[lang]/ share: reading the `[lang]` segment, building one page or file
 * per language, and serving a file written at build time.
 */

/** The `[lang]` segment of a route as a Lang; any other value is a 404. */
export async function langParam(params: Promise<{ lang: string }>): Promise<Lang> {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return lang;
}

/** One page or file per language: the `generateStaticParams` of every `[lang]` route. */
export function languageParams() {
  return languages.map((lang) => ({ lang }));
}

type LangContext = { params: Promise<{ lang: string }> };

/**
 * A GET handler for a file built once per language (feeds, data downloads), written out at build
 * time. Routes export `generateStaticParams = languageParams` and declare `dynamic = 'force-static'`.
 */
export function perLanguageFile(contentType: string, body: (lang: Lang) => string) {
  return async (_request: Request, { params }: LangContext) =>
    new Response(body(await langParam(params)), { headers: { 'Content-Type': contentType } });
}
