import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StandingTag } from '@/components/standing-tag';

describe('StandingTag', () => {
  it.each([
    ['party', 'Party', 'Thành viên'],
    ['signatory', 'Signed', 'Đã ký'],
    ['not-signed', 'Not signed', 'Chưa ký'],
  ] as const)('says %s in words in each language, not by colour alone', (standing, en, vi) => {
    expect(render(<StandingTag standing={standing} lang="en" />).container).toHaveTextContent(en);
    expect(render(<StandingTag standing={standing} lang="vi" />).container).toHaveTextContent(vi);
  });

  it('gives each standing its own look as well', () => {
    const classes = (['party', 'signatory', 'not-signed'] as const).map((standing) => render(<StandingTag standing={standing} lang="en" />).container.querySelector('span')!.className);
    expect(new Set(classes).size).toBe(3);
  });
});
