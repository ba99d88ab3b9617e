import { timelineCalendar } from '@/lib/data-export';
import { getTimeline } from '@/lib/site';
import { perLanguageFile } from '@/lib/routes';

export { languageParams as generateStaticParams } from '@/lib/routes';
export const dynamic = 'force-static';

export const GET = perLanguageFile('text/calendar; charset=utf-8', (lang) => timelineCalendar(getTimeline(lang), lang));
