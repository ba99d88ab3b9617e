import { geoEqualEarth, geoPath, type GeoContext } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { codeFromNumeric, isJoinable, isOrganization } from '../states/names';
import type { Participant } from '../schema';

/** Width of the map in SVG units; the height follows from the projection. */
const WIDTH = 960;

/** No State's territory, and a fifth of the map's height at the bottom: left out. */
const ANTARCTICA = '010';

/** How a country appears on the map. */
export type Standing = 'party' | 'signatory' | 'other';

/** One country's outline as SVG path data; `code` only for a State that has a page on the site (lib/states/). */
export type MapShape = { code?: string; d: string };

/** The world map, ready to draw: the countries of each standing, each its own shape so it can be a link. */
export type WorldMapData = {
  width: number;
  height: number;
  layers: Record<Standing, MapShape[]>;
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

/** A projected country: its ISO code when it has one, its path data and its box on the map. */
type Shape = { code?: string; d: string; box: [[number, number], [number, number]] };

/** Every country projected once per process: the shapes do not change with the data. */
let projected: { height: number; shapes: Shape[] } | undefined;

function projectCountries(): { height: number; shapes: Shape[] } {
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries);
  const countries: FeatureCollection = { type: 'FeatureCollection', features: all.features.filter((country) => country.id !== ANTARCTICA) };
  const projection = geoEqualEarth().fitWidth(WIDTH, countries);
  const context = compactPath();
  const path = geoPath(projection, context);
  const measure = geoPath(projection);
  const shapes = countries.features.map((country) => {
    path(country);
    // A few disputed areas have no ISO code: they are drawn, as "other".
    return { code: country.id === undefined ? undefined : codeFromNumeric(String(country.id)), d: context.take(), box: measure.bounds(country) };
  });
  return { height: Math.ceil(measure.bounds(countries)[1][1]), shapes };
}

const countriesOnTheMap = () => (projected ??= projectCountries());

/** The world map of who has signed (hatched on the page) and who is a Party (solid). */
export function worldMap(participants: Participant[]): WorldMapData {
  const { height, shapes } = countriesOnTheMap();
  const standing = new Map<string, Standing>(participants.map((p) => [p.code, p.instrument ? 'party' : 'signatory']));
  const layers: Record<Standing, MapShape[]> = { party: [], signatory: [], other: [] };
  for (const { code, d } of shapes) {
    layers[(code && standing.get(code)) || 'other'].push(code && isJoinable(code) ? { code, d } : { d });
  }
  const drawn = new Set(shapes.map((shape) => shape.code));
  const codes = participants.map((p) => p.code);
  return {
    width: WIDTH,
    height,
    layers,
    notDrawn: codes.filter((code) => !isOrganization(code) && !drawn.has(code)),
    organizations: codes.filter(isOrganization),
  };
}

/** The id of the base map's group of every country (worldBaseMap), which locator maps draw with `<use>`. */
export const BASE_MAP_ID = 'land';

/**
 * Every country in an SVG file of its own, one path each, a State's path with its code as its id,
 * all in one group: the background of every locator map (`<use href="…#land">`) and the outline it
 * marks (`<use href="…#DE">`), loaded once and cached, so that a State's page carries no path data.
 * It has no colour of its own: each `<use>` gives it the site's colours, in light and dark.
 */
export function worldBaseMap(): string {
  const { height, shapes } = countriesOnTheMap();
  const paths = shapes.map(({ code, d }) => (code && isJoinable(code) ? `<path id="${code}" d="${d}"/>` : `<path d="${d}"/>`));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}"><g id="${BASE_MAP_ID}">${paths.join('')}</g></svg>\n`;
}

/** Below this width and height (in map units) a country is hard to see: a locator map rings it. */
const SMALL = 8;

/** A locator map: the given countries marked over the base map, a ring around the small ones. */
export type LocatorMapData = {
  width: number;
  height: number;
  /** The codes of the countries marked: each is a path of the base map with that id. */
  marked: string[];
  /** Centres of the marked countries too small to see, to ring. */
  rings: { x: number; y: number }[];
  /** Codes that have no shape at this scale (Nauru, Monaco…): the page says so in words. */
  notDrawn: string[];
};

/** Where the given States are on the world map (one State, or the EU's members). */
export function locatorMap(codes: readonly string[]): LocatorMapData {
  const { height, shapes } = countriesOnTheMap();
  const marked = shapes.filter((shape) => shape.code && codes.includes(shape.code));
  const rings = marked
    .filter(({ box: [[x0, y0], [x1, y1]] }) => x1 - x0 < SMALL && y1 - y0 < SMALL)
    .map(({ box: [[x0, y0], [x1, y1]] }) => ({ x: Math.round((x0 + x1) / 2), y: Math.round((y0 + y1) / 2) }));
  const drawn = marked.map((shape) => shape.code!);
  return { width: WIDTH, height, marked: drawn, rings, notDrawn: codes.filter((code) => !drawn.includes(code)) };
}
