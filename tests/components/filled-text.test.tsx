import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FilledText } from '@/components/filled-text';

describe('FilledText', () => {
  it('puts markup in the slots wherever the sentence has them', () => {
    const { container } = render(
      <p>
        <FilledText template="{name} signed on {date}." slots={{ name: 'Viet Nam', date: <time dateTime="2025-10-25">25 October 2025</time> }} />
      </p>,
    );
    expect(container.querySelector('p')).toHaveTextContent('Viet Nam signed on 25 October 2025.');
    expect(container.querySelector('time')).toHaveAttribute('dateTime', '2025-10-25');
  });

  it('follows the language’s order of the slots', () => {
    const { container } = render(
      <p>
        <FilledText template="Theo các nguồn, cập nhật đến ngày {date}: {parties} thành viên." slots={{ parties: 3, date: <b>19 tháng 11 năm 2025</b> }} />
      </p>,
    );
    expect(container.querySelector('p')).toHaveTextContent('Theo các nguồn, cập nhật đến ngày 19 tháng 11 năm 2025: 3 thành viên.');
    expect(container.querySelector('b')).toHaveTextContent('19 tháng 11 năm 2025');
  });

  it('fills a slot used twice both times, and leaves a slot it has no value for as written', () => {
    const { container } = render(
      <p>
        <FilledText template="{name}, {name} and {other}" slots={{ name: 'EU' }} />
      </p>,
    );
    expect(container.querySelector('p')).toHaveTextContent('EU, EU and {other}');
  });

  it('takes text as text, never as markup', () => {
    const { container } = render(
      <p>
        <FilledText template="{name}" slots={{ name: '<img src=x onerror=alert(1)>' }} />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('p')).toHaveTextContent('<img src=x onerror=alert(1)>');
  });
});
