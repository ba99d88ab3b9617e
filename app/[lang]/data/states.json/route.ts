import { stateRows, toJson } from '@/lib/outputs/data-export';
import { getStateRecords, getStatus } from '@/lib/site';
import { perLanguageFile } from '@/lib/web/routes';

export { languageParams as generateStaticParams } from '@/lib/web/routes';
export const dynamic = 'force-static';

export const GET = perLanguageFile('application/json; charset=utf-8', (lang) => toJson('states', lang, stateRows([...getStateRecords().values()], getStatus(), lang)));
