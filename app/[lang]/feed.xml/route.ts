import { siteFeed } from '@/lib/site';
import { perLanguageFile } from '@/lib/web/routes';

export { languageParams as generateStaticParams } from '@/lib/web/routes';
export const dynamic = 'force-static';

export const GET = perLanguageFile('application/rss+xml; charset=utf-8', (lang) => siteFeed(lang).rss2());
