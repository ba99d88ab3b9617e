import type { LocatorMapData } from '@/lib/status/world-map';

export type LocatorMapProps = {
  /** What to mark (see `locatorMap`). */
  map: LocatorMapData;
  /** The base map's address and the id of its path (see `worldBaseMap`): every country, drawn plain. */
  baseMap: string;
  /** What the picture shows, for screen readers: "Germany on the world map". */
  label: string;
};

/**
 * Where a State is: the world, plain, from one cached file shared by every page (drawn with `<use>`,
 * so it takes the site's colours in light and dark), with the State's own outline on top in the
 * accent colour and a ring around a country too small to see. A static picture, no script.
 */
export function LocatorMap({ map, baseMap, label }: LocatorMapProps) {
  return (
    <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={label} className="h-auto w-full">
      <use href={baseMap} className="fill-line stroke-page" strokeWidth="0.5" />
      {map.d && <path d={map.d} className="fill-accent stroke-accent" strokeWidth="0.5" />}
      {map.rings.map(({ x, y }) => (
        <circle key={`${x},${y}`} cx={x} cy={y} r="10" fill="none" className="stroke-accent" strokeWidth="2" />
      ))}
    </svg>
  );
}
