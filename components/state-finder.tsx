import { t, type Lang } from '@/lib/i18n';
import { paths } from '@/lib/web/paths';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';

export type StateFinderProps = HeadingSectionOptions & {
  lang: Lang;
  /** The States download the finder reads names from (paths.dataFile(lang, 'states.json')). */
  dataHref: string;
};

/**
 * "Has your country signed?": a field that, with the finder module (enhancements/state-finder.ts),
 * lists the matching States as one types, in the page's language, and a link to the A–Z index.
 * Without JavaScript the field is a search of the site (the search page reads `?q=`), so it never
 * does nothing. Its heading is "Has your country signed?" unless given.
 */
export function StateFinder({ lang, dataHref, heading, headingLevel = 2, id = 'finder-heading' }: StateFinderProps) {
  const text = t(lang);
  return (
    <HeadingSection heading={heading ?? text.finderHeading} headingLevel={headingLevel} id={id} className="surface-box" pagefindIgnore>
      <form
        role="search"
        aria-labelledby={id}
        action={paths.search(lang)}
        method="get"
        className="mt-1"
        data-state-finder={dataHref}
        data-party={text.standingParty}
        data-signatory={text.standingSignatory}
        data-not-signed={text.standingNotSigned}
        data-one={text.finderOneMatch}
        data-many={text.finderMatches}
        data-none={text.finderNoMatch}
      >
        <label htmlFor={`${id}-input`} className="block text-sm">
          {text.finderLabel}
        </label>
        <div className="mt-0.5 flex max-w-md gap-2">
          <input id={`${id}-input`} name="q" type="search" autoComplete="off" placeholder={text.finderExample} className="min-w-0 flex-1 rounded border border-ink bg-page px-2 py-1.5" />
          <button type="submit" className="rounded border border-accent bg-accent px-3 py-1.5 font-medium text-page">
            {text.finderButton}
          </button>
        </div>
        <p role="status" className="mt-2 text-sm" />
        <ul className="mt-1 space-y-1" />
      </form>
      <p className="mt-1.5">
        <a href={paths.states(lang)}>{text.finderAllLink}</a>
      </p>
    </HeadingSection>
  );
}
