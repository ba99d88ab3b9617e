import { statusRows, toJson } from '@/lib/data-export';
import { getStatus } from '@/lib/site';
import { perLanguageFile } from '@/lib/routes';

export { languageParams as generateStaticParams } from '@/lib/routes';
export const dynamic = 'force-static';

export const GET = perLanguageFile('application/json; charset=utf-8', (lang) => toJson('status', lang, statusRows(getStatus(), lang)));
