import { keyFactFields, keyFactRows, toCsv } from '@/lib/data-export';
import { getKeyFacts } from '@/lib/site';
import { perLanguageFile } from '@/lib/routes';

export { languageParams as generateStaticParams } from '@/lib/routes';
export const dynamic = 'force-static';

export const GET = perLanguageFile('text/csv; charset=utf-8', (lang) => toCsv(keyFactFields, keyFactRows(getKeyFacts(lang))));
