import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EuOverview } from '@/components/eu-overview';
import { EU_MEMBER_STATES, EU_MEMBERS_SOURCE, sortByName } from '@/lib/states/names';
import { stateRecord } from '@/lib/states/record';
import { stateStatus } from './state-examples';

const members = (lang: 'en' | 'vi') => sortByName(EU_MEMBER_STATES.map((code) => stateRecord(code, stateStatus)), lang);

describe('EuOverview', () => {
  it('explains what a regional economic integration organization is and how Article 65(1) counts its instrument', () => {
    render(<EuOverview members={members('en')} membersSource={EU_MEMBERS_SOURCE} lang="en" />);
    expect(screen.getByRole('heading', { level: 2, name: 'A regional economic integration organization' })).toBeInTheDocument();
    expect(screen.getByText(/^Besides States, Article 64 opens the Convention to regional economic integration organizations/)).toHaveTextContent(
      'does not count in addition to those of its member States.',
    );
  });

  it('names the Council decision on signing, linked to its text, with its source', () => {
    render(<EuOverview members={members('en')} membersSource={EU_MEMBERS_SOURCE} lang="en" />);
    const decision = screen.getByRole('link', { name: 'Council Decision (EU) 2025/2307' });
    expect(decision).toHaveAttribute('href', 'http://data.europa.eu/eli/dec/2025/2307/oj');
    expect(decision).toHaveAttribute('rel', 'noopener noreferrer');
    expect(decision.closest('p')).toHaveTextContent('of 13 October 2025 on the signing of the Convention on behalf of the European Union');
    expect(screen.getByRole('link', { name: 'home-affairs.ec.europa.eu' })).toBeInTheDocument();
  });

  it('lists the 27 member States, each linking to its page with its own standing in words', () => {
    render(<EuOverview members={members('en')} membersSource={EU_MEMBERS_SOURCE} lang="en" />);
    const list = screen.getByRole('list', { name: 'The 27 member States' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(27);
    expect(items[0]).toHaveTextContent('AustriaNot signed');
    expect(within(list).getByRole('link', { name: 'Sweden' })).toHaveAttribute('href', '/en/status/se/');
    expect(within(list).getByRole('link', { name: 'Sweden' }).closest('li')).toHaveTextContent('SwedenParty');
    expect(screen.getByRole('link', { name: 'european-union.europa.eu' })).toHaveAttribute('href', EU_MEMBERS_SOURCE);
  });

  it('speaks Vietnamese, the members in Vietnamese order', () => {
    render(<EuOverview members={members('vi')} membersSource={EU_MEMBERS_SOURCE} lang="vi" />);
    const list = screen.getByRole('list', { name: '27 nước thành viên' });
    const names = within(list).getAllByRole('link').map((link) => link.textContent);
    expect(names.slice(0, 3)).toEqual(['Áo', 'Ba Lan', 'Bỉ']);
    expect(names.indexOf('Đức')).toBe(names.indexOf('Đan Mạch') + 1);
    expect(within(list).getByRole('link', { name: 'Đức' })).toHaveAttribute('href', '/vi/status/de/');
    expect(screen.getByRole('link', { name: 'Quyết định (EU) 2025/2307 của Hội đồng Liên minh châu Âu' })).toBeInTheDocument();
  });
});
