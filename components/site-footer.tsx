import { t, type Lang } from '@/lib/i18n';
import { PAGE_IDS } from '@/lib/web/page-ids';
import { linkRel, paths, type FeedFormat } from '@/lib/web/paths';
import type { Publisher } from '@/lib/web/publisher';
import { UNODC_CONVENTION_URL, UNTC_STATUS_URL } from '@/lib/web/sources';

export type SiteFooterProps = {
  lang: Lang;
  /** Who publishes the site (`PUBLISHER`): "Report a mistake" is offered only when it gives a contact, which the About page shows. */
  publisher: Publisher;
};

const feedFormats: [FeedFormat, string][] = [
  ['rss', 'RSS'],
  ['atom', 'Atom'],
  ['json', 'JSON Feed'],
];

/**
 * On every page: what the site is and is not, where its facts come from, who publishes it and how to
 * report a mistake (the About page, when the build names a contact), the feeds and the calendar to
 * follow it, and where the live status is.
 */
export function SiteFooter({ lang, publisher }: SiteFooterProps) {
  const text = t(lang);
  return (
    <footer className="mt-16 border-t border-line bg-surface print:hidden">
      <div className="mx-auto max-w-page space-y-2 px-4 py-8 text-sm text-muted">
        <p className="font-medium text-ink">{text.independenceNotice}</p>
        <p>{text.sourcesNotice}</p>
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          <li>
            <a href={paths.about(lang)}>{text.navAbout}</a>
          </li>
          {publisher.contact && (
            <li>
              <a href={`${paths.about(lang)}#${PAGE_IDS.reportMistake}`}>{text.footerReportMistake}</a>
            </li>
          )}
          <li>
            <a href={UNTC_STATUS_URL} rel={linkRel(UNTC_STATUS_URL)}>{text.liveStatusLink}</a>
          </li>
          <li>
            <a href={UNODC_CONVENTION_URL} rel={linkRel(UNODC_CONVENTION_URL)}>{text.unodcLink}</a>
          </li>
        </ul>
        <p>
          {text.footerFollow}:{' '}
          {feedFormats.map(([format, name]) => (
            <span key={format}>
              <a href={paths.feed(lang, format)}>{name}</a>
              {' · '}
            </span>
          ))}
          <a href={paths.dataFile(lang, 'timeline.ics')}>{text.footerCalendar}</a>
        </p>
      </div>
    </footer>
  );
}
