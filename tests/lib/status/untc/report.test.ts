import { describe, expect, it } from 'vitest';
import type { Status } from '@/lib/schema';
import { compareStatus } from '@/lib/status/untc/compare';
import { changeReport, reportTitle } from '@/lib/status/untc/report';
import type { UntcStatus } from '@/lib/status/untc/status-xml';

const status: Status = {
  asOf: '2025-11-16',
  hanoiSignatories: { count: 2, source: 'https://example.org/count' },
  participants: [
    { code: 'DZ', signed: { date: '2025-10-25', endDate: '2025-10-26' }, source: 'https://example.org/dutch', note: { en: 'Day per the Dutch database', vi: 'Ngày theo cơ sở dữ liệu của Hà Lan' } },
    { code: 'VN', signed: { date: '2025-10-25' }, source: 'https://example.org/vn' },
  ],
  domesticSteps: [],
};

const untc = (asOf?: string): UntcStatus => ({
  treaty: { id: 'XVIII-16', title: 'United Nations Convention against Cybercrime' },
  asOf,
  header: { signatories: 3, parties: 1 },
  participants: [
    { row: 1, name: 'Algeria', code: 'DZ', signed: '2025-10-25' },
    { row: 2, name: 'Mongolia', code: 'MN', signed: '2026-01-10' },
    { row: 3, name: 'Viet Nam', code: 'VN', signed: '2025-10-25', instrument: { type: 'ratification', date: '2026-01-12' } },
  ],
});

function report(file: UntcStatus, asOf = file.asOf ?? '2026-12-02') {
  return changeReport({
    comparison: compareStatus(status, file, (code) => code),
    untc: file,
    url: 'https://treaties.un.org/status.xml',
    comparedOn: '2026-12-02',
    asOf: { from: status.asOf, to: asOf },
    removed: ['signaturesKnownTo (2025-11-19): the UNTC status of 2026-01-16 covers that day'],
    noted: ['DZ'],
    statusFile: 'content/status.md',
  });
}

describe('the report of the changes found', () => {
  const text = report(untc('2026-01-16'));

  it('is headed by the pull request’s title and says where the file came from and its date', () => {
    expect(text.split('\n')[0]).toBe(`# ${reportTitle('2026-12-02')}`);
    expect(reportTitle('2026-12-02')).toBe('Status from the UN Treaty Collection, 2026-12-02');
    expect(text).toContain('- File: https://treaties.un.org/status.xml, fetched on 2026-12-02\n- Treaty: XVIII-16, United Nations Convention against Cybercrime\n- "Status as at": 2026-01-16\n');
    expect(text).toContain('- `asOf` in `content/status.md`: 2025-11-16 → 2026-01-16\n- Removed signaturesKnownTo (2025-11-19)');
  });

  it('lists each change row by row, with the rows whose note may no longer hold', () => {
    expect(text).toContain('| Mongolia | MN | 2026-01-10 | new row |');
    expect(text).toContain('## New instruments (1)\n\n| Participant | Code | Instrument | Deposited |  |\n| --- | --- | --- | --- | --- |\n| Viet Nam | VN | ratification | 2026-01-12 |  |\n');
    expect(text).toContain('| Algeria | DZ | signed 2025-10-25/2025-10-26 | signed 2025-10-25 | the row has a note: check it still holds |');
    expect(text).not.toContain('not in the UNTC file');
  });

  it('compares the counts and says what to check before merging', () => {
    expect(text).toContain('- UNTC header: Signatories 3, rows with a signature: 3 (they agree)\n- UNTC header: Parties 1, rows with an instrument: 1 (they agree)\n');
    expect(text).toContain('- content/status.md: hanoiSignatories.count 2, UNTC rows signed on 25 or 26 Oct 2025: 2 (they agree)');
    expect(text).toContain('## Before you merge');
  });

  it('says so when the file states no "Status as at", and the day used instead', () => {
    expect(report(untc())).toContain('- "Status as at": not stated in the file, so asOf is the day it was fetched, 2026-12-02\n');
  });
});
