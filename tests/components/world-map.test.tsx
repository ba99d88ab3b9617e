import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorldMap } from '@/components/world-map';
import { worldMap } from '@/lib/status/world-map';
import { signaturesOnly, someInstruments } from './status-examples';

const signaturesMap = worldMap(signaturesOnly.participants);

describe('WorldMap', () => {
  it('is a named group of links, one per State, each named with its standing', () => {
    render(<WorldMap map={signaturesMap} lang="en" tableId="status-table" knownTo="2025-11-19" />);
    const map = screen.getByRole('group', { name: 'World map of the signatories (hatched) and the Parties (solid)' });
    expect(map.tagName).toBe('svg');
    expect(within(map).getByRole('link', { name: 'Viet Nam: Signed' })).toHaveAttribute('href', '/en/status/vn/');
    expect(within(map).getByRole('link', { name: 'Germany: Not signed' })).toHaveAttribute('href', '/en/status/de/');
    // Territories that cannot join have no page, so no link: every link leads to a State's page.
    const links = within(map).getAllByRole('link');
    expect(links.length).toBeGreaterThan(150);
    expect(links.every((link) => /^\/en\/status\/[a-z]{2}\/$/.test(link.getAttribute('href')!))).toBe(true);
  });

  it('lets keyboard users skip its links, and points to the same information as text', () => {
    render(<WorldMap map={signaturesMap} lang="en" tableId="status-table" knownTo="2025-11-19" id="map" />);
    expect(screen.getByRole('link', { name: 'Skip the map’s links' })).toHaveAttribute('href', '#map-after');
    expect(document.getElementById('map-after')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'the table of signatories and Parties' })).toHaveAttribute('href', '#status-table');
  });

  it('hatches signatories and fills Parties, with a legend drawn in the same patterns', () => {
    const { container } = render(<WorldMap map={worldMap(someInstruments.participants)} lang="en" tableId="t" knownTo="2025-11-19" id="map" />);
    const [other, signatories, parties] = container.querySelectorAll('svg[role="group"] > g');
    expect(signatories).toHaveAttribute('fill', 'url(#map-hatch)');
    expect(container.querySelector('pattern#map-hatch')).not.toBeNull();
    expect(parties).toHaveClass('fill-accent');
    expect(other).toHaveClass('fill-line');
    const legend = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(legend.map((li) => li.textContent)).toEqual([
      'Signed (hatched)',
      'Party: ratification, acceptance, approval or accession (solid)',
      'Not a signatory in our sources, which run to 19 November 2025 (plain)',
    ]);
    expect(legend[0].querySelector('rect')).toHaveAttribute('fill', 'url(#map-hatch)');
    expect(legend[1].querySelector('rect')).toHaveClass('fill-accent');
  });

  it('draws no empty layer', () => {
    const { container } = render(<WorldMap map={signaturesMap} lang="en" tableId="t" knownTo="2025-11-19" />);
    const layers = [...container.querySelectorAll('svg[role="group"] > g')];
    expect(layers).toHaveLength(2);
    expect(layers.every((layer) => layer.querySelector('path[d]'))).toBe(true);
  });

  it('names the EU, not drawn as a country, and the States too small to see', () => {
    render(<WorldMap map={signaturesMap} lang="en" tableId="t" knownTo="2025-11-19" />);
    expect(screen.getByText('Not drawn as a country: European Union, a regional economic integration organization.')).toBeInTheDocument();
    expect(screen.getByText('Too small to show at this scale: Mauritius.')).toBeInTheDocument();
  });

  it('speaks Vietnamese, and links to the Vietnamese pages', () => {
    render(<WorldMap map={signaturesMap} lang="vi" tableId="t" knownTo="2025-11-19" />);
    const map = screen.getByRole('group', { name: 'Bản đồ thế giới thể hiện các bên đã ký (gạch chéo) và các thành viên (tô kín)' });
    expect(within(map).getByRole('link', { name: 'Việt Nam: Đã ký' })).toHaveAttribute('href', '/vi/status/vn/');
    expect(screen.getByText('Không thể hiện trên bản đồ như một quốc gia: Liên minh châu Âu, một tổ chức hội nhập kinh tế khu vực.')).toBeInTheDocument();
  });
});
