import { formatDate } from '@/lib/dates';
import { fill, t, type Lang } from '@/lib/i18n';
import { listNames, participantName } from '@/lib/states/names';
import type { Standing, WorldMapData } from '@/lib/status/world-map';
import { paths } from '@/lib/web/paths';
import { HeadingSection, type HeadingSectionOptions } from './heading-section';

export type WorldMapProps = HeadingSectionOptions & {
  /** The map to draw (see `worldMap`). */
  map: WorldMapData;
  lang: Lang;
  /** Id of the table that gives the same information as text; the map points readers to it. */
  tableId: string;
  /** The last day the signatures are known to, `YYYY-MM-DD` (see `evidenceDate`): the plain countries are plain to that day. */
  knownTo: string;
};

/** Fill of each standing: hatched, solid or plain, so that colour is never the only cue. */
function paint(standing: Standing, hatchId: string, stroke: string): { fill?: string; className: string } {
  if (standing === 'signatory') return { fill: `url(#${hatchId})`, className: stroke };
  return { className: `${standing === 'party' ? 'fill-accent' : 'fill-line'} ${stroke}` };
}

// Drawn in this order, so the outlines of signatories and Parties stay on top.
const layers: Standing[] = ['other', 'signatory', 'party'];

/**
 * A static world map, drawn when the site is built (no JavaScript): signatories hatched, Parties
 * solid, with a legend using the same patterns. Every State is a link to its own page, named with
 * its standing for screen readers, and a skip link passes over them; the same information as text
 * is the table it points to. Organizations and States too small to see are named below it.
 * Its heading is "On the world map" in the page's language unless given.
 */
export function WorldMap({ map, lang, tableId, knownTo, heading, headingLevel = 2, id = 'world-map-heading' }: WorldMapProps) {
  const text = t(lang);
  const hatchId = `${id}-hatch`;
  const standingName: Record<Standing, string> = { signatory: text.standingSignatory, party: text.standingParty, other: text.standingNotSigned };
  const legend: [Standing, string][] = [
    ['signatory', text.legendSignatory],
    ['party', text.legendParty],
    ['other', fill(text.legendOther, { date: formatDate(knownTo, lang) })],
  ];
  return (
    <HeadingSection heading={heading ?? text.mapHeading} headingLevel={headingLevel} id={id}>
      <p className="mt-2 text-sm text-muted">
        {text.mapLinkHint}{' '}
        <a href={`#${id}-after`} className="sr-only focus:not-sr-only">
          {text.mapSkipLinks}
        </a>
      </p>
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-label={text.mapLabel} className="world-map mt-3 h-auto w-full">
        <defs>
          <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="fill-page" />
            <rect width="4" height="8" className="fill-accent" />
          </pattern>
        </defs>
        {layers
          .filter((standing) => map.layers[standing].length > 0)
          .map((standing) => {
            const shapes = map.layers[standing];
            const unlinked = shapes.filter((shape) => !shape.code).map((shape) => shape.d).join('');
            return (
              <g key={standing} strokeWidth="0.5" {...paint(standing, hatchId, standing === 'signatory' ? 'stroke-accent' : 'stroke-page')}>
                {unlinked && <path d={unlinked} />}
                {shapes.map(
                  ({ code, d }) =>
                    code && (
                      <a key={code} href={paths.state(lang, code)} aria-label={`${participantName(code, lang)}: ${standingName[standing]}`}>
                        <path d={d} />
                      </a>
                    ),
                )}
              </g>
            );
          })}
      </svg>
      <ul id={`${id}-after`} className="mt-3 space-y-1 text-sm">
        {legend.map(([standing, label]) => (
          <li key={standing} className="flex items-center gap-2">
            <svg aria-hidden="true" width="24" height="16" className="shrink-0">
              <rect x="0.5" y="0.5" width="23" height="15" {...paint(standing, hatchId, 'stroke-ink')} />
            </svg>
            {label}
          </li>
        ))}
      </ul>
      <div className="mt-3 space-y-1 text-sm text-muted">
        {map.organizations.length > 0 && <p>{fill(text.mapOrganizations, { names: listNames(map.organizations, lang) })}</p>}
        {map.notDrawn.length > 0 && <p>{fill(text.mapNotDrawn, { names: listNames(map.notDrawn, lang) })}</p>}
        <p>
          {text.mapTextAlternative} <a href={`#${tableId}`}>{text.mapTableLink}</a>
        </p>
      </div>
    </HeadingSection>
  );
}
