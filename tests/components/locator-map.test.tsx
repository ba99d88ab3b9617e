import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocatorMap } from '@/components/locator-map';
import { EU_MEMBER_STATES } from '@/lib/states/names';
import { BASE_MAP_ID, locatorMap } from '@/lib/status/world-map';
import { paths } from '@/lib/web/paths';

const baseMap = paths.worldBaseMap();

/** Where each `<use>` of the picture points. */
const uses = (container: HTMLElement) => [...container.querySelectorAll('use')].map((use) => use.getAttribute('href'));

describe('LocatorMap', () => {
  it('is one named picture: the shared base map and the State’s outline, both by <use>, no path data, no script or link', () => {
    const map = locatorMap(['DE']);
    const { container } = render(<LocatorMap map={map} baseMap={baseMap} groupId={BASE_MAP_ID} label="Germany on the world map" />);
    const svg = screen.getByRole('img', { name: 'Germany on the world map' });
    expect(svg).toHaveAttribute('viewBox', `0 0 ${map.width} ${map.height}`);
    expect(uses(container)).toEqual(['/world-map.svg#land', '/world-map.svg#DE']);
    // The State's outline is drawn in the accent colour, over the plain world.
    expect(container.querySelectorAll('use')[1].closest('g')).toHaveClass('fill-accent');
    expect(container.querySelectorAll('path, script, a')).toHaveLength(0);
    expect(svg.querySelector('circle')).toBeNull();
  });

  it('rings a State too small to see', () => {
    const map = locatorMap(['LU']);
    const { container } = render(<LocatorMap map={map} baseMap={baseMap} groupId={BASE_MAP_ID} label="Luxembourg on the world map" />);
    const rings = container.querySelectorAll('circle');
    expect(rings).toHaveLength(1);
    expect(rings[0]).toHaveAttribute('cx', String(map.rings[0].x));
    expect(rings[0]).toHaveAttribute('fill', 'none');
  });

  it('marks each of the EU’s members, and only the base map when nothing can be drawn', () => {
    const { container, unmount } = render(<LocatorMap map={locatorMap(EU_MEMBER_STATES)} baseMap={baseMap} groupId={BASE_MAP_ID} label="The EU’s 27 member States on the world map" />);
    expect(uses(container).slice(1).sort()).toEqual(locatorMap(EU_MEMBER_STATES).marked.map((code) => `/world-map.svg#${code}`).sort());
    expect(uses(container)).toContain('/world-map.svg#FR');
    unmount();
    const nauru = render(<LocatorMap map={locatorMap(['NR'])} baseMap={baseMap} groupId={BASE_MAP_ID} label="Nauru" />);
    expect(uses(nauru.container)).toEqual(['/world-map.svg#land']);
  });
});
