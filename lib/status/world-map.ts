import { geoEqualEarth, geoPath, type GeoContext } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { codeFromNumeric, isOrganization } from '../states/names';
import type { Participant } from '../schema';

/** Width of the map in SVG units; the height follows from the projection. */
const WIDTH = 960;

/** No State's territory, and a fifth of the map's height at the bottom: left out. */
const ANTARCTICA = '010';

/** How a country appears on the map. */
export type Standing = 'party' | 'signatory' | 'other';

/** The world map, ready to draw: the countries of each standing as one SVG path. */
export type WorldMapData = {
  width: number;
  height: number;
  paths: Record<Standing, string>;
  /** Participating States too small to show at this scale (Nauru, Palau…). */
  notDrawn: string[];
  /** Participating organizations (the EU), which the map does not draw as a country. */
  organizations: string[];
};

/**
 * Writes SVG path data with whole-unit coordinates, dropping points that round onto the previous one
 * and giving each line relative to the last point: a third of the size of d3's own output, at no
 * visible cost at this width.
 */
function compactPath(): GeoContext & { take(): string } {
  let data = '';
  let x0 = 0;
  let y0 = 0;
  let lines = 0;
  return {
    moveTo(x, y) {
      x0 = Math.round(x);
      y0 = Math.round(y);
      data += `M${x0} ${y0}`;
      lines = 0;
    },
    lineTo(x, y) {
      const [x1, y1] = [Math.round(x), Math.round(y)];
      if (x1 === x0 && y1 === y0) return;
      // After the first "l", further coordinate pairs continue the same command.
      data += `${lines++ === 0 ? 'l' : ' '}${x1 - x0} ${y1 - y0}`;
      [x0, y0] = [x1, y1];
    },
    closePath() {
      data += 'z';
    },
    // The rest of the canvas interface d3 expects: arcs draw points only, and countries are polygons.
    arc() {},
    beginPath() {},
    take() {
      const taken = data;
      data = '';
      return taken;
    },
  };
}

type Shape = { code?: string; d: string };

/** Every country projected once per process: the shapes do not change with the data. */
let projected: { height: number; shapes: Shape[] } | undefined;

function projectCountries(): { height: number; shapes: Shape[] } {
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries);
  const countries: FeatureCollection = { type: 'FeatureCollection', features: all.features.filter((country) => country.id !== ANTARCTICA) };
  const projection = geoEqualEarth().fitWidth(WIDTH, countries);
  const context = compactPath();
  const path = geoPath(projection, context);
  const shapes = countries.features.map((country) => {
    path(country);
    // A few disputed areas have no ISO code: they are drawn, as "other".
    return { code: country.id === undefined ? undefined : codeFromNumeric(String(country.id)), d: context.take() };
  });
  return { height: Math.ceil(geoPath(projection).bounds(countries)[1][1]), shapes };
}

/** The world map of who has signed (hatched on the page) and who is a Party (solid). */
export function worldMap(participants: Participant[]): WorldMapData {
  projected ??= projectCountries();
  const standing = new Map<string, Standing>(participants.map((p) => [p.code, p.instrument ? 'party' : 'signatory']));
  const paths: Record<Standing, string> = { party: '', signatory: '', other: '' };
  for (const shape of projected.shapes) {
    paths[(shape.code && standing.get(shape.code)) || 'other'] += shape.d;
  }
  const drawn = new Set(projected.shapes.map((shape) => shape.code));
  const codes = participants.map((p) => p.code);
  return {
    width: WIDTH,
    height: projected.height,
    paths,
    notDrawn: codes.filter((code) => !isOrganization(code) && !drawn.has(code)),
    organizations: codes.filter(isOrganization),
  };
}
