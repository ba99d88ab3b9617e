import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StateAnswer } from '@/components/state-answer';
import { stateAnswer, type StateRecord } from '@/lib/states/record';
import { records, stateStatus } from './state-examples';

const UNTC_STATUS = 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml';

function renderAnswer(record: StateRecord, lang: 'en' | 'vi') {
  return render(<StateAnswer answer={stateAnswer(record, stateStatus, lang)} evidence={stateStatus} lang={lang} />);
}

describe('StateAnswer', () => {
  it('answers for a Party in one sentence, its day in a <time>', () => {
    const { container } = renderAnswer(records.party, 'en');
    expect(container.querySelector('p')).toHaveTextContent('Sweden is a Party to the Convention: it deposited its instrument of approval with the UN Secretary-General on 2 June 2026.');
    expect(container.querySelector('p time')).toHaveAttribute('dateTime', '2026-06-02');
  });

  it('answers for a signatory at Hanoi with the ceremony’s two days and the day of the UNTC status', () => {
    const { container } = renderAnswer(records.signedAtHanoi, 'en');
    const sentence = container.querySelector('p')!;
    expect(sentence).toHaveTextContent(/^The Lao People's Democratic Republic signed the Convention in Hanoi on 25–26 October 2025\. It is not yet a Party: .* status of 16 November 2025\.$/);
    expect([...sentence.querySelectorAll('time')].map((time) => time.getAttribute('dateTime'))).toEqual(['2025-10-25', '2025-10-26', '2025-11-16']);
  });

  it('answers for a State that has not signed with the day the sources run to', () => {
    const { container } = renderAnswer(records.notSigned, 'en');
    expect(container.querySelector('p')).toHaveTextContent('Germany is not among the signatories in the site’s sources, which run to 19 November 2025, and has deposited no instrument.');
  });

  it('shows the dates of the evidence and links to the live UNTC page', () => {
    const { container } = renderAnswer(records.notSigned, 'en');
    expect(container).toHaveTextContent('Status as recorded by the UN Treaty Collection on 16 November 2025. Signatures made since are known to this site up to 19 November 2025');
    expect(screen.getByRole('link', { name: 'Live treaty status: UN Treaty Collection' })).toHaveAttribute('href', UNTC_STATUS);
  });

  it('speaks Vietnamese', () => {
    const { container } = renderAnswer(records.signedAtHeadquarters, 'vi');
    expect(container.querySelector('p')).toHaveTextContent(
      'Mauritius đã ký Công ước tại trụ sở Liên Hợp Quốc ở New York ngày 19 tháng 11 năm 2025, nhưng chưa là thành viên: các nguồn của trang web này chưa ghi nhận văn kiện phê chuẩn, chấp thuận hay phê duyệt nào.',
    );
    expect(screen.getByRole('link', { name: 'Tình trạng mới nhất của Công ước: Cơ sở dữ liệu Điều ước của Liên Hợp Quốc (UNTC)' })).toHaveAttribute('href', UNTC_STATUS);
  });
});
