import { notFound } from 'next/navigation';
import { isLang, type Lang } from './i18n';

/** The `[lang]` segment of a route as a Lang; any other value is a 404. */
export async function langParam(params: Promise<{ lang: string }>): Promise<Lang> {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return lang;
}
