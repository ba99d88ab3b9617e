import { t, type Lang } from '@/lib/i18n';
import { linkRel, paths } from '@/lib/web/paths';
import { UNODC_CONVENTION_URL, UNTC_STATUS_URL } from '@/lib/web/sources';

export type SiteFooterProps = { lang: Lang };

/** Says what the site is and is not, where its facts come from, and where the live status is. */
export function SiteFooter({ lang }: SiteFooterProps) {
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
          <li>
            <a href={UNTC_STATUS_URL} rel={linkRel(UNTC_STATUS_URL)}>{text.liveStatusLink}</a>
          </li>
          <li>
            <a href={UNODC_CONVENTION_URL} rel={linkRel(UNODC_CONVENTION_URL)}>{text.unodcLink}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
