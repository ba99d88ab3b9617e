import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EuMembership } from '@/components/eu-membership';
import { records } from './state-examples';

const euSignature = records.eu.signature;

describe('EuMembership', () => {
  it('says in one line that the EU signed, on its days, how Article 65(1) counts its instrument, and links to its page', () => {
    const { container } = render(<EuMembership code="DE" euSignature={euSignature} lang="en" />);
    expect(container).toHaveTextContent(
      'Germany is a member State of the European Union, which signed the Convention on 25–26 October 2025. Under Article 65(1) the EU’s instrument, once deposited, does not count in addition to those of its member States. The European Union and the Convention',
    );
    expect(container.querySelector('time')).toHaveAttribute('dateTime', '2025-10-25');
    expect(screen.getByRole('link', { name: 'The European Union and the Convention' })).toHaveAttribute('href', '/en/status/eu/');
  });

  it('without an EU signature in the sources, says only how its instrument would count', () => {
    const { container } = render(<EuMembership code="FR" lang="en" />);
    expect(container).toHaveTextContent(/^France is a member State of the European Union\. Under Article 65\(1\) an instrument of the EU does not count/);
    expect(container.querySelector('time')).toBeNull();
  });

  it('speaks Vietnamese and links to the Vietnamese page', () => {
    const { container } = render(<EuMembership code="DE" euSignature={euSignature} lang="vi" />);
    expect(container).toHaveTextContent('Đức là nước thành viên Liên minh châu Âu; EU đã ký Công ước ngày 25–26 tháng 10 năm 2025.');
    expect(screen.getByRole('link', { name: 'Liên minh châu Âu và Công ước' })).toHaveAttribute('href', '/vi/status/eu/');
  });
});
