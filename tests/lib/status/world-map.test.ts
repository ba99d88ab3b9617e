import { describe, expect, it } from 'vitest';
import type { Participant } from '@/lib/schema';
import { BASE_MAP_ID, locatorMap, worldBaseMap, worldMap } from '@/lib/status/world-map';

const signed = (code: string): Participant => ({ code, signed: { date: '2025-10-25' }, source: 'https://example.org/s' });

const codesIn = (shapes: { code?: string }[]) => shapes.map((shape) => shape.code).filter(Boolean);

describe('worldMap', () => {
  it('draws signatories that have deposited nothing as signatories only', () => {
    const map = worldMap([signed('VN'), signed('FR')]);
    expect(codesIn(map.layers.signatory).sort()).toEqual(['FR', 'VN']);
    expect(map.layers.party).toEqual([]);
  });

  it('keeps the proportions of the projection, without Antarctica', () => {
    const { width, height } = worldMap([]);
    expect(width).toBe(960);
    expect(height / width).toBeCloseTo(0.44, 1);
  });

  it('writes whole-unit, relative path data', () => {
    expect(worldMap([signed('VN')]).layers.signatory[0].d).toMatch(/^M\d+ \d+l-?\d+ -?\d+( -?\d+ -?\d+)*z/);
  });

  it('moves a country to the Parties once it has deposited an instrument', () => {
    const party: Participant = { ...signed('VN'), instrument: { type: 'ratification', date: '2026-01-01', source: 'https://example.org/r' } };
    const before = worldMap([signed('VN')]);
    const after = worldMap([party]);
    expect(after.layers.party).toEqual(before.layers.signatory);
    expect(after.layers.signatory).toEqual([]);
  });

  it('gives a code, for a link, only to States that have a page: not to territories', () => {
    const { other } = worldMap([]).layers;
    expect(codesIn(other)).toContain('DE');
    // Greenland is drawn, but cannot join a treaty: no page, no link.
    expect(codesIn(other)).not.toContain('GL');
    expect(other.some((shape) => !shape.code)).toBe(true);
  });

  it('names what it cannot draw: organizations, and States too small for the scale', () => {
    const map = worldMap(['EU', 'FR', 'NR', 'PW'].map(signed));
    expect(map.organizations).toEqual(['EU']);
    expect(map.notDrawn).toEqual(['NR', 'PW']);
  });
});

describe('locatorMap', () => {
  it('marks one State by its code, a path of the base map', () => {
    expect(locatorMap(['DE'])).toMatchObject({ marked: ['DE'], rings: [], notDrawn: [] });
  });

  it('rings a State too small to see, and names one the map cannot draw', () => {
    expect(locatorMap(['LU']).rings).toHaveLength(1);
    expect(locatorMap(['NR'])).toMatchObject({ marked: [], rings: [], notDrawn: ['NR'] });
  });

  it('marks every State given, such as the EU’s members', () => {
    expect(locatorMap(['FR', 'DE', 'MT'])).toMatchObject({ marked: expect.arrayContaining(['FR', 'DE']), notDrawn: ['MT'] });
  });
});

describe('worldBaseMap', () => {
  const svg = worldBaseMap();

  it('is one SVG file of the map’s size with every country in one group, and no colour of its own', () => {
    const { width, height, layers } = worldMap([]);
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><g id="${BASE_MAP_ID}">(<path( id="[A-Z]{2}")? d="M[^"]+"/>)+</g></svg>\\n$`));
    expect(svg.match(/<path /g)).toHaveLength(Object.values(layers).flat().length);
    expect(svg).not.toMatch(/fill|stroke|style/);
  });

  it('gives each State that has a page its own path, by its code, as the status map draws it', () => {
    const germany = worldMap([signed('DE')]).layers.signatory[0].d;
    expect(svg).toContain(`<path id="DE" d="${germany}"/>`);
    expect(svg).not.toContain('id="GL"');
    for (const code of locatorMap(['FR', 'VN', 'US']).marked) expect(svg).toContain(`id="${code}"`);
  });
});
