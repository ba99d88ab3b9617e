import { listNames } from '@/lib/states/names';
import { formatDate } from '@/lib/dates';
import { fill, t, type Lang } from '@/lib/i18n';
import type { Standing, WorldMapData } from '@/lib/status/world-map';
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
 * solid, with a legend using the same patterns. A picture for sighted readers; its text alternative
 * is the table it points to. Organizations and States too small to see are named below it.
 * Its heading is "On the world map" in the page's language unless given.
 */
export function WorldMap({ map, lang, tableId, knownTo, heading, headingLevel = 2, id = 'world-map-heading' }: WorldMapProps) {
  const text = t(lang);
  const hatchId = `${id}-hatch`;
  const legend: [Standing, string][] = [
    ['signatory', text.legendSignatory],
    ['party', text.legendParty],
    ['other', fill(text.legendOther, { date: formatDate(knownTo, lang) })],
  ];
  return (
    <HeadingSection heading={heading ?? text.mapHeading} headingLevel={headingLevel} id={id}>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-label={text.mapLabel}
        aria-describedby={`${id}-alternative`}
        className="mt-3 h-auto w-full"
      >
        <defs>
          <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="fill-page" />
            <rect width="4" height="8" className="fill-accent" />
          </pattern>
        </defs>
        {layers
          .filter((standing) => map.paths[standing])
          .map((standing) => (
            <path key={standing} d={map.paths[standing]} strokeWidth="0.5" {...paint(standing, hatchId, standing === 'signatory' ? 'stroke-accent' : 'stroke-page')} />
          ))}
      </svg>
      <ul className="mt-3 space-y-1 text-sm">
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
        <p id={`${id}-alternative`}>
          {text.mapTextAlternative} <a href={`#${tableId}`}>{text.mapTableLink}</a>
        </p>
      </div>
    </HeadingSection>
  );
}
