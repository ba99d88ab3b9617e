import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StateNextSteps } from '@/components/state-next-steps';
import type { NextStep } from '@/lib/states/record';
import { stateOverviews } from './state-examples';

const paragraphs = (container: HTMLElement) => [...container.querySelectorAll('p')].map((p) => p.textContent);

describe('StateNextSteps', () => {
  it.each([
    ['ratify', 'MU', 'Mauritius becomes a Party by depositing an instrument of ratification, acceptance or approval with the UN Secretary-General, the depositary.'],
    [
      'sign-or-accede',
      'DE',
      'Germany can still sign, at UN Headquarters in New York until 31 December 2026 (Article 64), and then ratify, accept or approve. A State that has not signed by then can join only by accession.',
    ],
    ['accede', 'DE', 'Signature closed on 31 December 2026. Germany can now join only by accession: depositing an instrument of accession with the UN Secretary-General.'],
    ['party', 'SE', 'Nothing is left to do under Article 64: its instrument is deposited.'],
  ] as [NextStep, string, string][])('says what comes next for %s (%s), in English', (next, code, sentence) => {
    const { container } = render(<StateNextSteps code={code} next={next} overview={stateOverviews.beforeForty} lang="en" />);
    expect(screen.getByRole('heading', { level: 2, name: 'What happens next' })).toHaveAttribute('id', 'next-heading');
    expect(paragraphs(container)[0]).toBe(sentence);
  });

  it.each([
    ['ratify', 'MU', 'Mauritius trở thành thành viên khi nộp lưu chiểu văn kiện phê chuẩn, chấp thuận hoặc phê duyệt cho Tổng Thư ký Liên Hợp Quốc, cơ quan lưu chiểu Công ước.'],
    [
      'sign-or-accede',
      'DE',
      'Đức vẫn có thể ký Công ước tại trụ sở Liên Hợp Quốc ở New York đến hết ngày 31 tháng 12 năm 2026 (Điều 64), rồi phê chuẩn, chấp thuận hoặc phê duyệt. Sau thời hạn đó, quốc gia chưa ký chỉ có thể trở thành thành viên theo thủ tục gia nhập.',
    ],
    ['accede', 'DE', 'Thời hạn ký đã kết thúc ngày 31 tháng 12 năm 2026. Nay Đức chỉ có thể trở thành thành viên theo thủ tục gia nhập, bằng cách nộp lưu chiểu văn kiện gia nhập cho Tổng Thư ký Liên Hợp Quốc.'],
    ['party', 'SE', 'Không còn bước nào theo Điều 64: văn kiện đã được nộp lưu chiểu.'],
  ] as [NextStep, string, string][])('says what comes next for %s (%s), in Vietnamese', (next, code, sentence) => {
    const { container } = render(<StateNextSteps code={code} next={next} overview={stateOverviews.beforeForty} lang="vi" />);
    expect(screen.getByRole('heading', { name: 'Bước tiếp theo' })).toBeInTheDocument();
    expect(paragraphs(container)[0]).toBe(sentence);
  });

  it('puts the last day of signature in a <time>', () => {
    const { container } = render(<StateNextSteps code="DE" next="sign-or-accede" overview={stateOverviews.beforeForty} lang="en" />);
    expect(container.querySelector('p time')).toHaveAttribute('dateTime', '2026-12-31');
  });

  it('starts a sentence with a capital where a name that takes “the” begins it', () => {
    const { container } = render(<StateNextSteps code="US" next="accede" overview={stateOverviews.beforeForty} lang="en" />);
    expect(paragraphs(container)[0]).toBe(
      'Signature closed on 31 December 2026. The United States of America can now join only by accession: depositing an instrument of accession with the UN Secretary-General.',
    );
    const { container: signing } = render(<StateNextSteps code="US" next="sign-or-accede" overview={stateOverviews.beforeForty} lang="en" />);
    expect(paragraphs(signing)[0]).toMatch(/^The United States of America can still sign/);
  });

  it('before the 40th instrument: the Convention’s rule and the count so far, the EU’s instrument not among them', () => {
    const { container } = render(<StateNextSteps code="DE" next="sign-or-accede" overview={stateOverviews.beforeForty} lang="en" />);
    expect(paragraphs(container)[1]).toBe(
      'The Convention enters into force on the 90th day after the 40th instrument of ratification, acceptance, approval or accession is deposited (Article 65(1)); 2 of the 40 are recorded so far. An instrument of the European Union does not count in addition to those of its member States.',
    );
    const { container: vi } = render(<StateNextSteps code="DE" next="sign-or-accede" overview={stateOverviews.beforeForty} lang="vi" />);
    expect(paragraphs(vi)[1]).toContain('đến nay ghi nhận được 2 trong số 40 văn kiện');
  });

  it('after the 40th instrument: the day the Convention entered into force, 90 days after it', () => {
    const { container } = render(<StateNextSteps code="DE" next="accede" overview={stateOverviews.afterForty} lang="en" />);
    expect(paragraphs(container)[1]).toBe('The Convention entered into force on 29 September 2027.');
    expect(container.querySelectorAll('p')[1].querySelector('time')).toHaveAttribute('dateTime', '2027-09-29');
    const { container: vi } = render(<StateNextSteps code="DE" next="accede" overview={stateOverviews.afterForty} lang="vi" />);
    expect(paragraphs(vi)[1]).toBe('Công ước đã có hiệu lực từ ngày 29 tháng 9 năm 2027.');
  });
});
