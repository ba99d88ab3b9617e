import type { LocatorMapData } from '@/lib/status/world-map';

export type LocatorMapProps = {
  /** What to mark (see `locatorMap`). */
  map: LocatorMapData;
  /** The base map's address (see `worldBaseMap`): every country, each a path with its code as id, in the group `groupId`. */
  baseMap: string;
  groupId: string;
  /** What the picture shows, for screen readers: "Germany on the world map". */
  label: string;
};

/**
 * Where a State is: the world, plain, and the State's own outline in the accent colour, both drawn
 * with `<use>` from one cached file every page shares (so they take the site's colours in light and
 * dark, and the page carries no path data), with a ring around a country too small to see. A static
 * picture, no script.
 */
export function LocatorMap({ map, baseMap, groupId, label }: LocatorMapProps) {
  return (
    <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={label} className="h-auto w-full">
      <use href={`${baseMap}#${groupId}`} className="fill-line stroke-page" strokeWidth="0.5" />
      <g className="fill-accent stroke-accent" strokeWidth="0.5">
        {map.marked.map((code) => (
          <use key={code} href={`${baseMap}#${code}`} />
        ))}
      </g>
      {map.rings.map(({ x, y }) => (
        <circle key={`${x},${y}`} cx={x} cy={y} r="10" fill="none" className="stroke-accent" strokeWidth="2" />
      ))}
    </svg>
  );
}
