import { stateFields, stateRows, toCsv } from '@/lib/outputs/data-export';
import { getStateRecords, getStatus } from '@/lib/site';
import { perLanguageFile } from '@/lib/web/routes';

export { languageParams as generateStaticParams } from '@/lib/web/routes';
export const dynamic = 'force-static';

export const GET = perLanguageFile('text/csv; charset=utf-8', (lang) => toCsv(stateFields, stateRows([...getStateRecords().values()], getStatus(), lang)));
