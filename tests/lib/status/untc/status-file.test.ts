import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '@/lib/content/front-matter';
import { statusFileSchema } from '@/lib/schema';
import { compareStatus } from '@/lib/status/untc/compare';
import { recordComparison, updateStatusFile } from '@/lib/status/untc/status-file';
import type { UntcParticipant, UntcStatus } from '@/lib/status/untc/status-xml';

const UNTC = 'https://treaties.un.org/untc';

const FILE = `---
# The status. Editors' comment at the top.
asOf: "2025-11-16"
signaturesKnownTo: "2025-11-19"
hanoiSignatories:
  count: 2
  source: https://example.org/count
participants:
  - code: DZ # Algeria
    signed: 2025-10-25/2025-10-26
    source: https://example.org/dutch
    note:
      en: "Day per the Dutch treaty database"
      vi: "Ngày theo cơ sở dữ liệu của Hà Lan"
  - code: VN # Viet Nam
    signed: 2025-10-25
    source: https://example.org/vn # the editors' own source
  # Signed after the Hanoi ceremony
  - code: MU # Mauritius
    signed: 2025-11-19
    source: https://example.org/dutch
---
`;

const read = (text: string) => statusFileSchema.parse(parseFrontMatter(text).data);

function untc(participants: Omit<UntcParticipant, 'row'>[], asOf = '2026-01-16'): UntcStatus {
  return { treaty: { id: 'XVIII-16', title: 'T' }, asOf, header: {}, participants: participants.map((p, i) => ({ row: i + 1, ...p })) };
}

function update(text: string, file: UntcStatus, asOf = file.asOf!) {
  return updateStatusFile(text, { comparison: compareStatus(read(text), file, (code) => code), asOf, untcSource: UNTC });
}

const ROWS = untc([
  { name: 'Algeria', code: 'DZ', signed: '2025-10-25' },
  { name: 'Ghana', code: 'GH', signed: '2025-10-25', instrument: { type: 'acceptance', date: '2026-01-13' } },
  { name: 'Viet Nam', code: 'VN', signed: '2025-10-25', instrument: { type: 'ratification', date: '2026-01-12' } },
  { name: 'Iceland', code: 'IS', instrument: { type: 'accession', date: '2026-01-15' } },
]);

describe('updating the text of content/status.md', () => {
  const { text, removed } = update(FILE, ROWS);
  const status = read(text);
  const row = (code: string) => status.participants.find((p) => p.code === code);

  it('writes a file the content schema accepts, with the new asOf and without a signaturesKnownTo it covers', () => {
    expect(status.asOf).toBe('2026-01-16');
    expect(status.signaturesKnownTo).toBeUndefined();
    expect(status.lastCompared).toBeUndefined();
    expect(removed).toEqual([expect.stringMatching(/^signaturesKnownTo \(2025-11-19\)/)]);
    expect(text).toContain('asOf: "2026-01-16"\nhanoiSignatories:');
  });

  it('gives a row UNTC dates the UNTC day and source, and keeps its note', () => {
    expect(row('DZ')).toEqual({ code: 'DZ', signed: { date: '2025-10-25' }, source: UNTC, note: { en: 'Day per the Dutch treaty database', vi: 'Ngày theo cơ sở dữ liệu của Hà Lan' } });
    expect(text).toContain('  - code: DZ # Algeria\n    signed: 2025-10-25\n    source: https://treaties.un.org/untc\n    note:');
  });

  it('adds an instrument to a row UNTC confirms the signature of, keeping the signature’s own source', () => {
    expect(row('VN')).toEqual({ code: 'VN', signed: { date: '2025-10-25' }, source: 'https://example.org/vn', instrument: { type: 'ratification', date: '2026-01-12', source: UNTC } });
    expect(text).toContain("    source: https://example.org/vn # the editors' own source\n");
  });

  it('adds new rows at the end in the house style, the UN name beside the code', () => {
    expect(status.participants.map((p) => p.code)).toEqual(['DZ', 'VN', 'MU', 'GH', 'IS']);
    expect(text).toContain(
      [
        '  - code: GH # Ghana',
        '    signed: 2025-10-25',
        `    source: ${UNTC}`,
        '    instrument:',
        '      type: acceptance',
        '      date: 2026-01-13',
        `      source: ${UNTC}`,
        '  - code: IS # Iceland',
        '    instrument:',
        '      type: accession',
        '      date: 2026-01-15',
        `      source: ${UNTC}`,
        '---',
      ].join('\n'),
    );
  });

  it('leaves every row and comment it was not told to change as it was written, a row UNTC does not list included', () => {
    expect(text).toContain("---\n# The status. Editors' comment at the top.\n");
    expect(text).toContain('  # Signed after the Hanoi ceremony\n  - code: MU # Mauritius\n    signed: 2025-11-19\n    source: https://example.org/dutch\n');
  });

  it('changes an instrument in place', () => {
    const once = update(FILE, ROWS).text;
    const again = update(once, untc([{ name: 'Viet Nam', code: 'VN', signed: '2025-10-25', instrument: { type: 'approval', date: '2026-01-20' } }], '2026-01-21')).text;
    expect(read(again).participants.find((p) => p.code === 'VN')?.instrument).toEqual({ type: 'approval', date: '2026-01-20', source: UNTC });
    expect(again.match(/instrument:/g)).toHaveLength(3);
  });

  it('keeps signaturesKnownTo when it is still later than asOf, and never writes lastCompared', () => {
    const kept = update(FILE, untc([{ name: 'Algeria', code: 'DZ', signed: '2025-10-25' }]), '2025-11-18');
    expect(read(kept.text)).toMatchObject({ asOf: '2025-11-18', signaturesKnownTo: '2025-11-19' });
    expect(kept.removed).toEqual([]);
    expect(kept.text).not.toContain('lastCompared');
  });

  it('removes a lastCompared the new asOf makes impossible, and keeps one that is not', () => {
    const compared = FILE.replace('signaturesKnownTo: "2025-11-19"', 'lastCompared: "2025-12-01"');
    expect(read(update(compared, ROWS).text).lastCompared).toBeUndefined();
    expect(update(compared, ROWS).removed).toEqual([expect.stringMatching(/^lastCompared \(2025-12-01\)/)]);
    expect(read(update(compared, ROWS, '2025-11-30').text).lastCompared).toBe('2025-12-01');
  });

  it('refuses a file that is not front matter', () => {
    const comparison = compareStatus(read(FILE), ROWS, (code) => code);
    expect(() => updateStatusFile('asOf: "2025-11-16"\n', { comparison, asOf: '2026-01-16', untcSource: UNTC })).toThrow(/does not start with front matter/);
  });
});

describe('recording a comparison that found no change', () => {
  it('sets lastCompared after the other evidence dates, quoted like them, and changes nothing else', () => {
    expect(recordComparison(FILE, '2026-12-02')).toBe(FILE.replace('signaturesKnownTo: "2025-11-19"\n', 'signaturesKnownTo: "2025-11-19"\nlastCompared: "2026-12-02"\n'));
    const withoutKnownTo = FILE.replace('signaturesKnownTo: "2025-11-19"\n', '');
    expect(recordComparison(withoutKnownTo, '2026-12-02')).toBe(withoutKnownTo.replace('asOf: "2025-11-16"\n', 'asOf: "2025-11-16"\nlastCompared: "2026-12-02"\n'));
  });

  it('moves an existing lastCompared to the new day, where it stands', () => {
    const compared = FILE.replace('asOf: "2025-11-16"\n', 'asOf: "2025-11-16"\nlastCompared: "2026-11-30" # the last day without change\n');
    expect(recordComparison(compared, '2026-12-02')).toBe(compared.replace('"2026-11-30"', '"2026-12-02"'));
    expect(read(recordComparison(compared, '2026-12-02')).lastCompared).toBe('2026-12-02');
  });
});
