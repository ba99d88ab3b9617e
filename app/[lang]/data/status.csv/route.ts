import { statusFields, statusRows, toCsv } from '@/lib/data-export';
import { getStatus } from '@/lib/site';
import { perLanguageFile } from '@/lib/routes';

export { languageParams as generateStaticParams } from '@/lib/routes';
export const dynamic = 'force-static';

export const GET = perLanguageFile('text/csv; charset=utf-8', (lang) => toCsv(statusFields, statusRows(getStatus(), lang)));
