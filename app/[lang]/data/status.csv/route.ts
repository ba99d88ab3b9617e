import { statusFields, statusRows, toCsv } from '@/lib/outputs/data-export';
import { getStatus } from '@/lib/site';
import { perLanguageFile } from '@/lib/web/routes';

export { languageParams as generateStaticParams } from '@/lib/web/routes';
export const dynamic = 'force-static';

export const GET = perLanguageFile('text/csv; charset=utf-8', (lang) => toCsv(statusFields, statusRows(getStatus(), lang)));
