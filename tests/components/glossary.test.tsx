import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Glossary } from '@/components/glossary';
import type { GlossaryTerm } from '@/lib/schema';

const terms: GlossaryTerm[] = [
  { id: 'signature', term: { en: 'Signature', vi: 'Ký' }, definition: { en: 'Signing alone…', vi: 'Việc ký…' }, source: 'https://treaties.un.org/x' },
  { id: 'accession', term: { en: 'Accession', vi: 'Gia nhập' }, definition: { en: 'Joining without signing.', vi: 'Tham gia mà không ký.' }, source: 'https://treaties.un.org/y' },
];

describe('Glossary', () => {
  it('lists terms alphabetically in the page language, each an anchor with its source', () => {
    const { container } = render(<Glossary terms={terms} lang="en" />);
    expect([...container.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Accession', 'Signature']);
    expect(container.querySelector('#accession dd')).toHaveTextContent('Joining without signing.');
    expect(screen.getAllByRole('link', { name: 'treaties.un.org' })).toHaveLength(2);
  });

  it('uses Vietnamese terms and order on Vietnamese pages', () => {
    const { container } = render(<Glossary terms={terms} lang="vi" />);
    expect([...container.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Gia nhập', 'Ký']);
  });
});
