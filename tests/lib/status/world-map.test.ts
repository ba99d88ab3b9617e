import { describe, expect, it } from 'vitest';
import type { Participant } from '@/lib/schema';
import { worldMap } from '@/lib/status/world-map';

const signed = (code: string): Participant => ({ code, signed: { date: '2025-10-25' }, source: 'https://example.org/s' });

describe('worldMap', () => {
  it('draws signatories that have deposited nothing as signatories only', () => {
    const map = worldMap([signed('VN'), signed('FR')]);
    expect(map.paths.signatory.length).toBeGreaterThan(0);
    expect(map.paths.party).toBe('');
  });

  it('keeps the proportions of the projection, without Antarctica', () => {
    const { width, height } = worldMap([]);
    expect(width).toBe(960);
    expect(height / width).toBeCloseTo(0.44, 1);
  });

  it('writes whole-unit, relative path data', () => {
    expect(worldMap([signed('VN')]).paths.signatory).toMatch(/^M\d+ \d+l-?\d+ -?\d+( -?\d+ -?\d+)*z/);
  });

  it('moves a country to the Parties once it has deposited an instrument', () => {
    const party: Participant = { ...signed('VN'), instrument: { type: 'ratification', date: '2026-01-01', source: 'https://example.org/r' } };
    const before = worldMap([signed('VN')]);
    const after = worldMap([party]);
    expect(after.paths.party).toBe(before.paths.signatory);
    expect(after.paths.signatory).toBe('');
  });

  it('names what it cannot draw: organizations, and States too small for the scale', () => {
    const map = worldMap(['EU', 'FR', 'NR', 'PW'].map(signed));
    expect(map.organizations).toEqual(['EU']);
    expect(map.notDrawn).toEqual(['NR', 'PW']);
  });
});
