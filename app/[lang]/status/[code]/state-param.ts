import { notFound } from 'next/navigation';
import { isLang, languages, type Lang } from '@/lib/i18n';
import { joinableCodes } from '@/lib/states/names';

/*
 * What a State's page and its feed share: one of each per State (and the EU) in every language,
 * at the State's code in lower case (`/en/status/vn/`).
 */

/** Every State's code, in the language of the parent `[lang]` segment when Next gives it, else in every language. */
export function stateParams({ params }: { params?: { lang?: string } } = {}) {
  const langs = params?.lang ? languages.filter((lang) => lang === params.lang) : languages;
  return langs.flatMap((lang) => joinableCodes.map((code) => ({ lang, code: code.toLowerCase() })));
}

/** The language and the State's code (in capitals, as content/status.md writes it) a route's parameters name; any other value is a 404. */
export async function stateParam(params: Promise<{ lang: string; code: string }>): Promise<{ lang: Lang; code: string }> {
  const { lang, code } = await params;
  const upper = code.toUpperCase();
  if (!isLang(lang) || code !== code.toLowerCase() || !joinableCodes.includes(upper)) notFound();
  return { lang, code: upper };
}
