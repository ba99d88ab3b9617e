import { timelineCalendar } from '@/lib/outputs/data-export';
import { getTimeline } from '@/lib/site';
import { perLanguageFile } from '@/lib/web/routes';

export { languageParams as generateStaticParams } from '@/lib/web/routes';
export const dynamic = 'force-static';

export const GET = perLanguageFile('text/calendar; charset=utf-8', (lang) => timelineCalendar(getTimeline(lang), lang));
