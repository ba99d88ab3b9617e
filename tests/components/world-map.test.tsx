import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorldMap } from '@/components/world-map';
import { worldMap } from '@/lib/status/world-map';
import { signaturesOnly, someInstruments } from './status-examples';

const signaturesMap = worldMap(signaturesOnly.participants);

describe('WorldMap', () => {
  it('is one image with an accessible name, described by a pointer to the table', () => {
    render(<WorldMap map={signaturesMap} lang="en" tableId="status-table" knownTo="2025-11-19" />);
    const image = screen.getByRole('img', { name: 'World map of the signatories (hatched) and the Parties (solid)' });
    expect(image.tagName).toBe('svg');
    expect(image).toHaveAccessibleDescription('The same information as text: the table of signatories and Parties');
    expect(screen.getByRole('link', { name: 'the table of signatories and Parties' })).toHaveAttribute('href', '#status-table');
  });

  it('hatches signatories and fills Parties, with a legend drawn in the same patterns', () => {
    const { container } = render(<WorldMap map={worldMap(someInstruments.participants)} lang="en" tableId="t" knownTo="2025-11-19" id="map" />);
    const [other, signatories, parties] = container.querySelectorAll('svg[role="img"] > path');
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
    const paths = [...container.querySelectorAll('svg[role="img"] > path')];
    expect(paths).toHaveLength(2);
    expect(paths.every((p) => p.getAttribute('d'))).toBe(true);
  });

  it('names the EU, not drawn as a country, and the States too small to see', () => {
    render(<WorldMap map={signaturesMap} lang="en" tableId="t" knownTo="2025-11-19" />);
    expect(screen.getByText('Not drawn as a country: European Union, a regional economic integration organization.')).toBeInTheDocument();
    expect(screen.getByText('Too small to show at this scale: Mauritius.')).toBeInTheDocument();
  });

  it('speaks Vietnamese', () => {
    render(<WorldMap map={signaturesMap} lang="vi" tableId="t" knownTo="2025-11-19" />);
    expect(screen.getByRole('img', { name: 'Bản đồ thế giới thể hiện các bên đã ký (gạch chéo) và các thành viên (tô kín)' })).toBeInTheDocument();
    expect(screen.getByText('Không thể hiện trên bản đồ như một quốc gia: Liên minh châu Âu, một tổ chức hội nhập kinh tế khu vực.')).toBeInTheDocument();
  });
});
