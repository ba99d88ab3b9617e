import { keyFactRows, toJson } from '@/lib/outputs/data-export';
import { getKeyFacts } from '@/lib/site';
import { perLanguageFile } from '@/lib/web/routes';

export { languageParams as generateStaticParams } from '@/lib/web/routes';
export const dynamic = 'force-static';

export const GET = perLanguageFile('application/json; charset=utf-8', (lang) => toJson('key-facts', lang, keyFactRows(getKeyFacts(lang))));
