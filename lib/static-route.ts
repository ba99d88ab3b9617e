import { languages, type Lang } from './i18n';
import { langParam } from './route-params';

type LangContext = { params: Promise<{ lang: string }> };

/**
 * A GET handler for a file built once per language (feeds, data downloads), written out at build
 * time. Routes re-export `generateStaticParams` from here and declare `dynamic = 'force-static'`.
 */
export function perLanguageFile(contentType: string, body: (lang: Lang) => string) {
  return async (_request: Request, { params }: LangContext) =>
    new Response(body(await langParam(params)), { headers: { 'Content-Type': contentType } });
}

export function generateStaticParams() {
  return languages.map((lang) => ({ lang }));
}
