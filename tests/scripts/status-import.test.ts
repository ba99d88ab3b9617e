import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { UNTC_STATUS_URL } from '@/lib/web/sources';
import { contentDirWith } from '../lib/content-dir';
import { ROOT, runScript } from './run';

const UNTC = path.join(ROOT, 'tests', 'fixtures', 'untc');
const xml = (name: string) => path.join(UNTC, name);
/** A copy of content/status.md frozen for these tests (see its first lines). */
const STATUS = fs.readFileSync(xml('status.md'), 'utf8');

/** A copy of the valid fixture content folder with the test status.md, and the path of that file. */
function contentWith(status = STATUS) {
  const dir = contentDirWith({ 'status.md': status });
  return { dir, file: path.join(dir, 'status.md') };
}

const importStatus = (dir: string, ...args: string[]) => runScript('status-import.ts', args, { env: { CONTENT_DIR: dir } });

/** A UNTC file made from the fixture of 72 + 1 signatories with one row changed, in a temporary folder. */
function untcWith(find: string, replace: string): string {
  const text = fs.readFileSync(xml('XVIII-16.en.xml'), 'latin1');
  if (!text.includes(find)) throw new Error(`the fixture has no ${find}`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'untc-')), 'XVIII-16.en.xml');
  fs.writeFileSync(file, text.replace(find, replace), 'latin1');
  return file;
}

const rowOf = (dir: string, code: string) => loadContent(dir).status.participants.find((p) => p.code === code);

describe('npm run status:import (comparing)', () => {
  it('prints every difference and the counts, and writes nothing', () => {
    const { dir, file } = contentWith();
    const { code, stdout } = importStatus(dir, xml('XVIII-16.en.xml'));
    expect(code).toBe(0);
    expect(stdout).toContain('UNTC file: XVIII-16, United Nations Convention against Cybercrime;');
    expect(stdout).toContain('Status as at: 2025-11-20; 73 participants');
    expect(stdout).toContain('Changed dates (37):\n  ~ Kazakhstan (KZ): signed 2025-10-25/2025-10-26 -> 2025-10-25\n');
    expect(stdout).toContain('~ Zimbabwe (ZW): signed 2025-10-25/2025-10-26 -> 2025-10-25 (the row has a note: check it still holds)');
    expect(stdout).not.toContain('New signatures');
    expect(stdout).toContain('UNTC header: Signatories 73, rows with a signature: 73 (they agree)');
    expect(stdout).toContain('UNTC header: Parties 0, rows with an instrument: 0 (they agree)');
    expect(stdout).toContain('hanoiSignatories.count 72, UNTC rows signed on 25 or 26 Oct 2025: 72 (they agree)');
    expect(stdout).toContain('Unchanged: 36 rows UNTC confirms as they are.');
    expect(stdout).toContain('Run again with --write');
    expect(fs.readFileSync(file, 'utf8')).toBe(STATUS);
  });

  it('prints new signatures, new instruments with their kind, and the participants missing on either side', () => {
    const { dir } = contentWith();
    const { code, stdout } = importStatus(dir, xml('XVIII-16.new-actions.en.xml'));
    expect(code).toBe(0);
    expect(stdout).toContain('New signatures (1):\n  + Mongolia (MN): signed 2026-01-10 (new row)\n');
    expect(stdout).toContain(
      'New instruments (4):\n  + Austria (AT): ratification, 2026-01-12\n  + France (FR): approval, 2026-01-14\n  + Ghana (GH): acceptance, 2026-01-13\n  + Iceland (IS): accession, 2026-01-15 (new row)\n',
    );
    expect(stdout).toMatch(/In the UNTC file, not in .*status\.md \(--write adds them\) \(2\):\n {2}Iceland \(IS\), row 29\n {2}Mongolia \(MN\), row 40\n/);
    expect(stdout).toMatch(/In .*status\.md, not in the UNTC file \(kept, never deleted: check them on the UNTC page\) \(1\):\n {2}Mauritius \(MU\)\n/);
    expect(stdout).toContain('UNTC header: Parties 4, rows with an instrument: 4 (they agree)');
  });

  it('says when the header and the rows disagree', () => {
    const { dir } = contentWith();
    const { stdout } = importStatus(dir, untcWith('<Signatories>73</Signatories>', '<Signatories>74</Signatories>'));
    expect(stdout).toContain('UNTC header: Signatories 74, rows with a signature: 73 (THEY DIFFER: check the UNTC page)');
  });
});

describe('npm run status:import --write', () => {
  it('updates status.md from the file: UNTC days and source, asOf from "Status as at", comments, notes and other sources kept', () => {
    const { dir, file } = contentWith();
    const { code, stdout } = importStatus(dir, xml('XVIII-16.en.xml'), '--write');
    expect(code).toBe(0);
    expect(stdout).toMatch(/✓ Wrote .*status\.md: asOf 2025-11-20 \(the file's "Status as at"\), 0 new rows, 37 signatures and 0 instruments from UNTC\./);
    expect(stdout).toContain('Removed signaturesKnownTo (2025-11-19)');

    const { status } = loadContent(dir);
    expect(status.asOf).toBe('2025-11-20');
    expect(status.signaturesKnownTo).toBeUndefined();
    expect(status.lastCompared).toBeUndefined();
    expect(status.participants).toHaveLength(73);
    expect(rowOf(dir, 'KZ')).toEqual({ code: 'KZ', signed: { date: '2025-10-25' }, source: UNTC_STATUS_URL });
    // Rows UNTC confirms keep their own source; a changed row keeps its note.
    expect(rowOf(dir, 'VN')).toEqual({ code: 'VN', signed: { date: '2025-10-25' }, source: 'https://verdragen.nl/nl/Verdrag/Details/013891_p.html' });
    expect(rowOf(dir, 'ZW')?.note?.en).toBe('Named as a Hanoi signatory by news reports only');

    const written = fs.readFileSync(file, 'utf8');
    expect(written.split('\n').slice(0, 28)).toEqual(STATUS.split('\n').slice(0, 28));
    expect(written).toContain('  - code: DZ # Algeria\n');
    expect(written).toContain('  # Signed after the Hanoi ceremony\n  - code: MU # Mauritius\n    signed: 2025-11-19\n    source: https://verdragen.nl/nl/Verdrag/Details/013891_p.html\n');
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('adds new rows in the house style and new instruments, and keeps a row UNTC does not list', () => {
    const { dir, file } = contentWith();
    const { code, stdout } = importStatus(dir, xml('XVIII-16.new-actions.en.xml'), '--write');
    expect(code).toBe(0);
    expect(stdout).toContain('Kept 1 row UNTC does not list (never deleted)');
    const written = fs.readFileSync(file, 'utf8');
    expect(written).toContain(`  - code: IS # Iceland\n    instrument:\n      type: accession\n      date: 2026-01-15\n      source: ${UNTC_STATUS_URL}\n`);
    expect(written).toContain(`  - code: MN # Mongolia\n    signed: 2026-01-10\n    source: ${UNTC_STATUS_URL}\n`);
    expect(rowOf(dir, 'GH')?.instrument).toEqual({ type: 'acceptance', date: '2026-01-13', source: UNTC_STATUS_URL });
    expect(rowOf(dir, 'FR')?.instrument?.type).toBe('approval');
    expect(rowOf(dir, 'AT')?.instrument?.type).toBe('ratification');
    expect(rowOf(dir, 'MU')).toEqual({ code: 'MU', signed: { date: '2025-11-19' }, source: 'https://verdragen.nl/nl/Verdrag/Details/013891_p.html' });
    expect(loadContent(dir).status.asOf).toBe('2026-01-16');
  });

  it('takes asOf from --as-of when the file states no date, and keeps a later signaturesKnownTo', () => {
    const { dir } = contentWith();
    const { code, stdout } = importStatus(dir, xml('XVIII-16.no-date.en.xml'), '--write', '--as-of', '2025-11-18');
    expect(code).toBe(0);
    expect(stdout).toContain('asOf 2025-11-18 (--as-of)');
    expect(loadContent(dir).status).toMatchObject({ asOf: '2025-11-18', signaturesKnownTo: '2025-11-19' });
  });

  it('writes nothing the second time, when status.md already says what the file says', () => {
    const { dir, file } = contentWith();
    importStatus(dir, xml('XVIII-16.en.xml'), '--write');
    const once = fs.readFileSync(file, 'utf8');
    const again = importStatus(dir, xml('XVIII-16.en.xml'), '--write');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to write');
    expect(fs.readFileSync(file, 'utf8')).toBe(once);
  });
});

describe('npm run status:import with a bad input changes nothing', () => {
  const refusals: [string, () => { status?: string; args: string[] }, RegExp][] = [
    ['a file for another treaty', () => ({ args: [xml('XVIII-12.en.xml'), '--write'] }), /✗ the file is the status of XVIII-12 .*not of XVIII-16/],
    ['an unknown column', () => ({ args: [xml('XVIII-16.unknown-column.en.xml'), '--write'] }), /✗ column 4 is titled "Definitive signature\(s\)"/],
    ['a name the table does not know', () => ({ args: [xml('XVIII-16.unknown-name.en.xml'), '--write'] }), /✗ row 53 \(Ruritania\): "Ruritania" is not a name the import knows/],
    ['a date it cannot read', () => ({ args: [xml('XVIII-16.bad-date.en.xml'), '--write'] }), /✗ row 31 \(Jamaica\): the signature "25 Okt 2025"/],
    ['a file that is not XML', () => ({ args: [xml('status.md'), '--write'] }), /✗ the file is not readable XML/],
    ['a file that does not exist', () => ({ args: [xml('XVIII-99.en.xml'), '--write'] }), /✗ .*XVIII-99\.en\.xml does not exist\. Usage: npm run status:import/],
    ['no file', () => ({ args: ['--write'] }), /✗ give one file, the XML saved from the UNTC status page/],
    ['no date and no --as-of', () => ({ args: [xml('XVIII-16.no-date.en.xml'), '--write'] }), /✗ the file states no "Status as at" date: pass the "Status as at" day UNTC shows with the status as --as-of YYYY-MM-DD/],
    ['an --as-of that is not a date', () => ({ args: [xml('XVIII-16.no-date.en.xml'), '--write', '--as-of', '18/11/2025'] }), /✗ --as-of "18\/11\/2025" is not a date/],
    ['an --as-of the file contradicts', () => ({ args: [xml('XVIII-16.en.xml'), '--write', '--as-of', '2025-11-21'] }), /✗ the file states its status as at 2025-11-20, and --as-of says 2025-11-21/],
    [
      'a status older than asOf',
      () => ({ status: STATUS.replace('asOf: "2025-11-16"\nsignaturesKnownTo: "2025-11-19"', 'asOf: "2025-12-01"'), args: [xml('XVIII-16.en.xml'), '--write'] }),
      /✗ the file's status \(2025-11-20\) is older than asOf in .*status\.md \(2025-12-01\)/,
    ],
    [
      'a result the content check refuses (an accession by a signatory)',
      () => ({ args: [untcWith('<Entry>Angola</Entry><Entry>25 Oct 2025</Entry><Entry></Entry>', '<Entry>Angola</Entry><Entry>25 Oct 2025</Entry><Entry>1 Feb 2026 a</Entry>'), '--write'] }),
      /✗ the updated file would not pass the content check, so nothing was written:\n {2}.*status\.md: participants\[1\]\.instrument\.type: accession is for a State that did not sign/,
    ],
    ['a status.md that does not pass the check', () => ({ status: STATUS.replace('count: 72', 'count: seventy'), args: [xml('XVIII-16.en.xml'), '--write'] }), /✗ .*status\.md does not pass the content check: fix it first \(npm run check\)/],
  ];

  it.each(refusals)('%s', (_, input, message) => {
    const { status, args } = input();
    const { dir, file } = contentWith(status);
    const before = fs.readFileSync(file);
    const { code, stdout, stderr } = importStatus(dir, ...args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/✗ .*status\.md was not changed\.$/m);
    expect(stdout).not.toContain('✓ Wrote');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
