import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StateIndex } from '@/components/state-index';
import { aToZ } from '@/lib/states/a-to-z';
import { joinableCodes } from '@/lib/states/names';
import { stateRecords } from '@/lib/states/record';
import { stateStatus } from './state-examples';

const records = stateRecords(stateStatus);

describe('StateIndex', () => {
  it('leads from each letter to its own section, headed by the letter', () => {
    const { container } = render(<StateIndex groups={aToZ(records, 'en')} lang="en" />);
    const letters = within(screen.getByRole('navigation', { name: 'Jump to a letter' })).getAllByRole('link');
    expect(letters.map((link) => link.textContent)).toEqual(aToZ(records, 'en').map(({ letter }) => letter));
    for (const link of letters) {
      const target = container.querySelector(link.getAttribute('href')!)!;
      expect(target.tagName).toBe('H2');
      expect(target).toHaveTextContent(link.textContent!);
      expect(target.closest('section')).toHaveAttribute('aria-labelledby', target.id);
    }
  });

  it('lists every State and the EU once, each linking to its page with its standing in words', () => {
    render(<StateIndex groups={aToZ(records, 'en')} lang="en" />);
    const pages = screen
      .getAllByRole('link')
      .map((link) => link.getAttribute('href')!)
      .filter((href) => href.startsWith('/en/status/'));
    expect(pages).toHaveLength(196);
    expect([...pages].sort()).toEqual(joinableCodes.map((code) => `/en/status/${code.toLowerCase()}/`).sort());
    expect(screen.getByRole('link', { name: 'Sweden' }).closest('li')).toHaveTextContent('SwedenParty');
    expect(screen.getByRole('link', { name: 'Mauritius' }).closest('li')).toHaveTextContent('MauritiusSigned');
    expect(screen.getByRole('link', { name: 'Germany' }).closest('li')).toHaveTextContent('GermanyNot signed');
  });

  it('speaks Vietnamese, with its own letters and ids that work as anchors', () => {
    const { container } = render(<StateIndex groups={aToZ(records, 'vi')} lang="vi" />);
    const nav = screen.getByRole('navigation', { name: 'Đến chữ cái' });
    const toD = within(nav).getByRole('link', { name: 'Đ' });
    expect(container.querySelector(toD.getAttribute('href')!)).toHaveTextContent('Đ');
    const section = screen.getByRole('region', { name: 'Đ' });
    expect(within(section).getByRole('link', { name: 'Đức' })).toHaveAttribute('href', '/vi/status/de/');
    expect(within(section).getByRole('link', { name: 'Đức' }).closest('li')).toHaveTextContent('ĐứcChưa ký');
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
