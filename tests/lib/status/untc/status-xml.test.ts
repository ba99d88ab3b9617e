import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUntcStatus, UntcFileError } from '@/lib/status/untc/status-xml';

const UNTC = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'untc');
const fixture = (name: string) => fs.readFileSync(path.join(UNTC, name));
const read = (file: Uint8Array | string) => readUntcStatus(file);

/** The problems a file is refused for (and fails the test if it is accepted). */
function problemsOf(file: Uint8Array | string): string[] {
  try {
    read(file);
  } catch (error) {
    if (error instanceof UntcFileError) return error.problems;
    throw error;
  }
  throw new Error('the file was accepted');
}

const INSTRUMENTS = 'Ratification, Acceptance(A), Approval(AA), Accession(a)';

/** A small file in the fixtures' layout; each row is its cells' inner XML. */
function file({ rows, titles = ['Participant', 'Signature', INSTRUMENTS], header = '<Status><Signatories>1</Signatories><Parties>0</Parties></Status>', stamp = '', chapter = 'CHAPTER XVIII', table = true }: { rows: string[][]; titles?: string[]; header?: string; stamp?: string; chapter?: string; table?: boolean }): string {
  const cells = (row: string[]) => row.map((cell) => `<Entry>${cell}</Entry>`).join('');
  const participants = `<Participants><Table><TGroup cols="${titles.length}"><Thead><Row>${cells(titles)}</Row></Thead>
<Tbody><Rows>${rows.map((row) => `<Row>${cells(row)}</Row>`).join('\n')}</Rows></Tbody></TGroup></Table></Participants>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document><Chapter><Header>${chapter}</Header></Chapter><Treaty><Header><ExternalData>
<Titlesect>16. United Nations Convention against Cybercrime</Titlesect>${header}</ExternalData>${stamp}</Header>
${table ? participants : ''}</Treaty></Document>`;
}

describe('reading the UNTC status of XVIII-16', () => {
  const status = read(fixture('XVIII-16.en.xml'));
  const row = (code: string) => status.participants.find((p) => p.code === code);

  it('reads the treaty, the "Status as at" day and the header counts', () => {
    expect(status.treaty.id).toBe('XVIII-16');
    expect(status.treaty.title).toMatch(/^United Nations Convention against Cybercrime; Strengthening/);
    expect(status.asOf).toBe('2025-11-20');
    expect(status.header).toEqual({ signatories: 73, parties: 0 });
  });

  it('reads every row, numbered as in the table, with its code and day of signature', () => {
    expect(status.participants).toHaveLength(73);
    expect(status.participants[0]).toEqual({ row: 1, name: 'Algeria', code: 'DZ', signed: '2025-10-25' });
    expect(row('ML')).toMatchObject({ name: 'Mali', signed: '2025-10-26' });
    expect(row('MU')).toMatchObject({ signed: '2025-11-19' });
    expect(status.participants.filter((p) => p.instrument)).toEqual([]);
  });

  it('reads the Latin-1 bytes the file declares (Côte d’Ivoire, Türkiye)', () => {
    expect(row('CI')?.name).toBe("Côte d'Ivoire");
    expect(row('TR')?.name).toBe('Türkiye');
  });

  it('leaves out footnote marks, written as elements or escaped as text', () => {
    expect(row('EU')?.name).toBe('European Union');
    expect(row('BE')?.name).toBe('Belgium');
    expect(row('GB')?.name).toBe('United Kingdom of Great Britain and Northern Ireland');
  });

  it('reads the same rows from the same file saved as UTF-8, which states no date', () => {
    const saved = read(fixture('XVIII-16.no-date.en.xml'));
    expect(saved.asOf).toBeUndefined();
    expect(saved.participants).toEqual(status.participants);
  });

  it('reads the kind of each instrument from the mark after its date', () => {
    const actions = read(fixture('XVIII-16.new-actions.en.xml'));
    const instrumentOf = (code: string) => actions.participants.find((p) => p.code === code)?.instrument;
    expect(instrumentOf('AT')).toEqual({ type: 'ratification', date: '2026-01-12' });
    expect(instrumentOf('GH')).toEqual({ type: 'acceptance', date: '2026-01-13' });
    expect(instrumentOf('FR')).toEqual({ type: 'approval', date: '2026-01-14' });
    expect(actions.participants.find((p) => p.code === 'IS')).toEqual({ row: 29, name: 'Iceland', code: 'IS', instrument: { type: 'accession', date: '2026-01-15' } });
    expect(actions.header).toEqual({ signatories: 73, parties: 4 });
  });

  it('takes the marks from the column title, whatever their order', () => {
    const swapped = read(file({ titles: ['Participant', 'Signature', 'Acceptance(A), Ratification, Approval(AA)'], rows: [['Chile', '25 Oct 2025', '2 Feb 2026 AA'], ['Peru', '25 Oct 2025', '3 Feb 2026']] }));
    expect(swapped.participants.map((p) => p.instrument?.type)).toEqual(['approval', 'ratification']);
  });

  it('finds the columns by their titles, not their places', () => {
    const reordered = read(file({ titles: ['Signature', 'Participant', INSTRUMENTS], rows: [['25 Oct 2025', 'Chile', '']] }));
    expect(reordered.participants).toEqual([{ row: 1, name: 'Chile', code: 'CL', signed: '2025-10-25' }]);
  });

  it('drops a separator left behind by several footnote marks', () => {
    const marked = read(file({ rows: [['Denmark&lt;superscript&gt;1&lt;/superscript&gt;, &lt;superscript&gt;2&lt;/superscript&gt;', '25 Oct 2025', '']] }));
    expect(marked.participants[0]).toMatchObject({ name: 'Denmark', code: 'DK' });
  });

  it('reads a file without header counts or a date as stating none', () => {
    const bare = read(file({ header: '', rows: [['Chile', '25 Oct 2025', '']] }));
    expect(bare.header).toEqual({ signatories: undefined, parties: undefined });
    expect(bare.asOf).toBeUndefined();
  });

  it('reads the "Status as at" stamp wherever it is outside the table', () => {
    expect(read(file({ stamp: '<Note>Status as at : 5-01-2026 05:00:11 EST</Note>', rows: [['Chile', '25 Oct 2025', '']] })).asOf).toBe('2026-01-05');
    expect(read(file({ stamp: '<Stamp><Label>Status as at:</Label> <Day>5-01-2026</Day></Stamp>', rows: [['Chile', '25 Oct 2025', '']] })).asOf).toBe('2026-01-05');
  });
});

describe('reading the status whatever the layout around the participants’ table', () => {
  const main = read(fixture('XVIII-16.en.xml'));

  it.each(['XVIII-16.layout-collection.en.xml', 'XVIII-16.layout-number.en.xml'])('reads %s as the same status', (name) => {
    const status = read(fixture(name));
    expect(status.treaty).toEqual(main.treaty);
    expect(status.asOf).toBe('2025-11-20');
    expect(status.participants).toEqual(main.participants);
  });

  it('reads the chapter as <Chapter><Name>, the title under ExternalData, and the counts where one public reader finds them', () => {
    expect(read(fixture('XVIII-16.layout-collection.en.xml')).header).toEqual({ signatories: 73, parties: 0 });
    // A file whose header gives no counts simply states none.
    expect(read(fixture('XVIII-16.layout-number.en.xml')).header).toEqual({ signatories: undefined, parties: undefined });
  });

  it('leaves out a footnote mark after a date, as an element or escaped', () => {
    const status = read(fixture('XVIII-16.layout-collection.en.xml'));
    expect(status.participants.find((p) => p.code === 'AO')?.signed).toBe('2025-10-25');
    expect(status.participants.find((p) => p.code === 'GH')?.signed).toBe('2025-10-25');
  });

  it('still refuses a row it cannot read in another layout, naming the row', () => {
    const text = fixture('XVIII-16.layout-number.en.xml').toString('latin1').replace('<Entry>Jamaica</Entry>', '<Entry>Ruritania</Entry>');
    expect(problemsOf(text)).toEqual([expect.stringMatching(/^row 31 \(Ruritania\): "Ruritania" is not a name the import knows/)]);
  });

  /*
   * The property: however the header's elements are named, nested, ordered and spaced, and however
   * the texts are spaced, the file reads the same. Only the table's path, which public code shows,
   * and the two count elements keep their names.
   */
  it('does not depend on the element names, the order or the whitespace of the header', () => {
    const KEPT = ['Treaty', 'Participants', 'Table', 'TGroup', 'Thead', 'Tbody', 'Rows', 'Row', 'Entry', 'superscript', 'Signatories', 'Parties'];
    // The XML parser refuses (or renames) the names of JavaScript's own properties, against prototype
    // pollution: no UNTC file has them, and a file that did would be refused, not read.
    const RESERVED = ['constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,10}$/).filter((n) => !KEPT.includes(n) && !RESERVED.includes(n) && !/^xml/i.test(n));
    const space = fc.stringMatching(/^[ \t\r\n]{0,4}$/);
    const spaced = (words: string, gaps: string[]) => words.split(' ').map((word, i) => (i === 0 ? word : `${gaps[i % gaps.length] || ' '}${word}`)).join('');
    const gaps = fc.array(fc.stringMatching(/^[ \t\r\n]{1,3}$/), { minLength: 1, maxLength: 5 });
    const header = fc.record({
      root: name,
      wrappers: fc.array(name, { minLength: 3, maxLength: 3 }),
      names: fc.array(name, { minLength: 4, maxLength: 4 }),
      order: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
      underTreaty: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      gaps,
      around: fc.array(space, { minLength: 8, maxLength: 8 }),
    });
    const ROWS = '<Row><Entry>Chile</Entry><Entry>25 Oct 2025</Entry><Entry/></Row><Row><Entry>Peru</Entry><Entry/><Entry>3 Feb 2026 a</Entry></Row>';
    const TABLE = `<Participants><Table><TGroup><Thead><Row><Entry>Participant</Entry><Entry>Signature</Entry><Entry>${INSTRUMENTS}</Entry></Row></Thead><Tbody><Rows>${ROWS}</Rows></Tbody></TGroup></Table></Participants>`;
    const expected = read(file({ stamp: '<S>Status as at : 16-01-2026 05:00:11 EST</S>', header: '<Status><Signatories>1</Signatories><Parties>1</Parties></Status>', rows: [['Chile', '25 Oct 2025', ''], ['Peru', '', '3 Feb 2026 a']] }));

    fc.assert(
      fc.property(header, ({ root, wrappers, names, order, underTreaty, gaps, around }) => {
        const [w1, w2, w3] = wrappers;
        const parts = [
          `<${w1}>${around[0]}<${names[0]}>${spaced('CHAPTER XVIII', gaps)}</${names[0]}>${around[1]}</${w1}>`,
          `<${w2} kind="title">${around[2]}<${names[1]}>${spaced('16. United Nations Convention against Cybercrime', gaps)}</${names[1]}></${w2}>`,
          `<${names[2]}>${spaced('Status as at : 16-01-2026 05:00:11 EST', gaps)}</${names[2]}>`,
          `<${w3}><${names[3]}>${around[3]}<Signatories>1</Signatories>${around[4]}<Parties>1</Parties></${names[3]}></${w3}>`,
        ];
        const outside = order.filter((i) => !underTreaty[i]).map((i) => parts[i]);
        const inside = order.filter((i) => underTreaty[i]).map((i) => parts[i]);
        const xml = `<?xml version="1.0" encoding="UTF-8"?>${around[5]}<${root}>${around[6]}${outside.join(around[7])}<Treaty>${inside.join(around[7])}${around[6]}${TABLE}</Treaty>${around[5]}</${root}>`;
        expect(read(xml)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a file the import refuses', () => {
  it('is for another treaty', () => {
    expect(problemsOf(fixture('XVIII-12.en.xml'))).toEqual([expect.stringMatching(/^the file is the status of XVIII-12 \(United Nations Convention against Transnational Organized Crime\), not of XVIII-16.*save the status page of XVIII-16/)]);
    expect(problemsOf(file({ chapter: 'CHAPTER XXVII', rows: [['Chile', '25 Oct 2025', '']] }))[0]).toMatch(/status of XXVII-16/);
  });

  it('has a column the import does not know', () => {
    expect(problemsOf(fixture('XVIII-16.unknown-column.en.xml'))).toEqual([expect.stringMatching(/^column 4 is titled "Definitive signature\(s\)", which the import does not know.*record this status by hand/)]);
    expect(problemsOf(file({ titles: ['Participant', 'Signature', `${INSTRUMENTS}, Succession(d)`], rows: [] }))[0]).toMatch(/^column 3 is titled .*Succession\(d\)/);
  });

  it('lacks a column it needs', () => {
    expect(problemsOf(file({ titles: ['Participant', INSTRUMENTS], rows: [['Chile', '']] }))).toEqual([expect.stringMatching(/^the table has no "Signature" column/)]);
  });

  it('names a participant the table of UN names does not know, by its row', () => {
    expect(problemsOf(fixture('XVIII-16.unknown-name.en.xml'))).toEqual([expect.stringMatching(/^row 53 \(Ruritania\): "Ruritania" is not a name the import knows: .*lib\/status\/untc\/names\.ts/)]);
  });

  it('has a date it cannot read, named by its row', () => {
    expect(problemsOf(fixture('XVIII-16.bad-date.en.xml'))).toEqual([expect.stringMatching(/^row 31 \(Jamaica\): the signature "25 Okt 2025" is not a date the import can read.*record it by hand/)]);
  });

  it('has any date written otherwise, and lists every such row at once', () => {
    const problems = problemsOf(
      file({
        rows: [
          ['Chile', '2025-10-25', ''],
          ['Peru', '31 Sep 2025', ''],
          ['Spain', '25 Oct 2025 A', ''],
          ['Togo', '25 Oct 2025', '[20 Jan 2026 A]'],
          ['Chad', '', '20 Jan 2026 d'],
        ],
      }),
    );
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['row 1 (Chile)', 'row 2 (Peru)', 'row 3 (Spain)', 'row 4 (Togo)', 'row 5 (Chad)']);
    expect(problems[4]).toMatch(/instrument date "20 Jan 2026 d".*Accession\(a\)/);
  });

  it('lists a participant twice, or a row with no date or the wrong number of cells', () => {
    const problems = problemsOf(file({ rows: [['Czech Republic', '25 Oct 2025', ''], ['Czechia', '25 Oct 2025', ''], ['Chile', '', ''], ['Peru', '25 Oct 2025']] }));
    expect(problems).toEqual([
      expect.stringMatching(/^row 2 \(Czechia\): "Czechia" is listed again \(also row 1, the same code CZ\)/),
      expect.stringMatching(/^row 3 \(Chile\) has neither a signature nor an instrument/),
      expect.stringMatching(/^row 4 \(Peru\) has 2 cells where the table has 3 columns/),
    ]);
  });

  it('has a header count or a "Status as at" date it cannot read', () => {
    const problems = problemsOf(file({ header: '<Status><Signatories>seventy</Signatories></Status>', stamp: '<Stamp>Status as at : 2025/11/20</Stamp>', rows: [['Chile', '25 Oct 2025', '']] }));
    expect(problems).toEqual([expect.stringMatching(/says "Status as at : 2025\/11\/20", but that date cannot be read.*record this status by hand/), expect.stringMatching(/Signatories is "seventy", not a number/)]);
  });

  it('names the Convention under another number, or another treaty under its own', () => {
    const titled = (title: string, chapter = 'CHAPTER XVIII') => file({ chapter, rows: [['Chile', '25 Oct 2025', '']] }).replace('16. United Nations Convention against Cybercrime', title);
    expect(problemsOf(titled('12. United Nations Convention against Cybercrime'))[0]).toMatch(/^the file is the status of XVIII-12 \(United Nations Convention against Cybercrime\), not of XVIII-16/);
    expect(problemsOf(titled('United Nations Convention against Cybercrime', 'CHAPTER XXVII'))[0]).toMatch(/^the file names the United Nations Convention against Cybercrime but numbers it otherwise \(chapter XXVII, where UNTC numbers it XVIII-16\)/);
    expect(problemsOf(titled('Protocol to the United Nations Convention against Cybercrime'))[0]).toMatch(/^the file does not say which treaty it is for: no text in it names the United Nations Convention against Cybercrime/);
    expect(problemsOf(titled('United Nations Convention against Cybercrimes'))[0]).toMatch(/^the file does not say which treaty it is for/);
  });

  it('is cut short, naming it so', () => {
    const whole = fixture('XVIII-16.en.xml').toString('latin1');
    expect(problemsOf(whole.slice(0, whole.indexOf('<Row><Entry>Mali')))[0]).toMatch(/^the file ends before its last element closes: it was cut short \(truncated\)/);
    expect(problemsOf(whole.slice(0, whole.length - 4))[0]).toMatch(/cut short \(truncated\)/);
  });

  it('is not XML, or has no participants’ table or treaty heading', () => {
    expect(problemsOf('<html><body><p>Status as at</body></html>')[0]).toMatch(/^the file is not readable XML \(line 1/);
    expect(problemsOf(fixture('status.md'))[0]).toMatch(/^the file is not readable XML/);
    expect(problemsOf('<Document><Treaty/></Document>')[0]).toMatch(/does not say which treaty it is for/);
    expect(problemsOf(file({ rows: [], table: false }))[0]).toMatch(/has no participants' table/);
  });
});
