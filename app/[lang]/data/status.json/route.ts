import { statusRows, toJson } from '@/lib/data-export';
import { getStatus } from '@/lib/site';
import { perLanguageFile } from '@/lib/static-route';

export { generateStaticParams } from '@/lib/static-route';
export const dynamic = 'force-static';

export const GET = perLanguageFile('application/json; charset=utf-8', (lang) => toJson('status', lang, statusRows(getStatus(), lang)));
