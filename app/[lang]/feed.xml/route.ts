import { siteFeed } from '@/lib/site';
import { perLanguageFile } from '@/lib/static-route';

export { generateStaticParams } from '@/lib/static-route';
export const dynamic = 'force-static';

export const GET = perLanguageFile('application/rss+xml; charset=utf-8', (lang) => siteFeed(lang).rss2());
