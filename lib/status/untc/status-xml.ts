import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isIsoDay, type Instrument } from '../../schema';
import { codeForUntcName } from './names';

/*
 * Reads the file behind a treaty's status page at the UN Treaty Collection (the MTDSG XML, such as
 * XVIII-16.en.xml) into plain data. What the format looks like was learned from public code that
 * reads it for other treaties:
 *
 * - under the root, Treaty/Participants/Table/TGroup holds the table: the column titles in
 *   Thead/Row/Entry, one Tbody/Rows/Row per participant with one Entry per column, an empty Entry
 *   where the participant has done nothing yet;
 * - a Chapter element's Header ("CHAPTER XVIII") and ExternalData/Titlesect ("16. United Nations
 *   Convention against Cybercrime; …") say which treaty it is; ExternalData's Status holds the
 *   header counts (Signatories, Parties);
 * - dates are written "25 Oct 2025", sometimes with tabs inside; the kind of instrument is a mark
 *   after the date that the column title explains ("Acceptance(A), Approval(AA), Accession(a)";
 *   none for ratification);
 * - footnote marks are <superscript> inside names, as an element or escaped as text.
 *
 * The page's "Status as at : 16-11-2025 05:00:09 EST" stamp is looked for by its words anywhere
 * outside the table, since no public reader of the file says which element holds it; a file without
 * it simply states no date. Anything else unexpected stops the import: a wrong row is worse than none.
 */

/** An instrument as UNTC lists it: the kind and the day of deposit (the source is UNTC itself). */
export type UntcInstrument = Omit<Instrument, 'source'>;

export type UntcParticipant = {
  /** The row's number in UNTC's table (1 is the first participant), for messages. */
  row: number;
  /** The name as UNTC writes it, without footnote marks. */
  name: string;
  /** The code content/status.md uses: ISO 3166-1 alpha-2, or EU. */
  code: string;
  /** The day of signature, YYYY-MM-DD. */
  signed?: string;
  instrument?: UntcInstrument;
};

/** One treaty's status as a UNTC file states it. */
export type UntcStatus = {
  /** `id` is chapter and number, "XVIII-16"; `title` the treaty's title as the file gives it. */
  treaty: { id: string; title: string };
  /** The day of the status ("Status as at"), YYYY-MM-DD, when the file states it. */
  asOf?: string;
  /** The counts in the file's header ("Signatories 72", "Parties 0"), when it gives them. */
  header: { signatories?: number; parties?: number };
  participants: UntcParticipant[];
};

/** Why a file cannot be imported: each problem says where (the row, with the participant's name) and what to do. */
export class UntcFileError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'UntcFileError';
    this.problems = problems;
  }
}

const SAVE_AGAIN = 'save the file again from the status page (see docs/editing.md, "Refreshing the status from the UN Treaty Collection")';
const BY_HAND = 'record this status by hand, and ask a developer to update lib/status/untc/status-xml.ts for the new layout';

/*
 * fast-xml-parser's ordered form: an element is { Name: [children], ':@': { attributes } } and a
 * text is { '#text': '…' }. The order is kept so that a name's text and its footnote marks stay apart.
 */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Every value stays text: "72" is read as a count below, and "0" must not vanish.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // UNTC's text may carry HTML entities such as &nbsp;.
  htmlEntities: true,
});

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text');
}

function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  return tag ? (node[tag] as XmlNode[]) : [];
}

function elements(nodes: XmlNode[], name: string): XmlNode[] {
  return nodes.filter((node) => tagOf(node) === name);
}

/** The first element reached by following the names from `nodes`, one level each. */
function child(nodes: XmlNode[], ...names: string[]): XmlNode | undefined {
  let node: XmlNode | undefined;
  for (const name of names) {
    node = elements(nodes, name)[0];
    if (!node) return undefined;
    nodes = childrenOf(node);
  }
  return node;
}

/** The first element with that name at any depth, in document order. */
function descendant(nodes: XmlNode[], name: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === name) return node;
    const found = descendant(childrenOf(node), name);
    if (found) return found;
  }
  return undefined;
}

/** All the text inside, footnote marks (<superscript>) left out, spaces and tabs made single spaces. */
function textOf(nodes: XmlNode[]): string {
  const parts: string[] = [];
  const collect = (list: XmlNode[]) => {
    for (const node of list) {
      if ('#text' in node) parts.push(String(node['#text']));
      else if (tagOf(node) !== 'superscript') collect(childrenOf(node));
    }
  };
  collect(nodes);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * A cell's text. UNTC often writes footnote marks escaped ("Belgium&lt;superscript&gt;2…"), so
 * they arrive as text: that text is read again as XML to drop them. Undefined if it is not XML.
 */
function cellText(node: XmlNode): string | undefined {
  const text = textOf(childrenOf(node));
  if (!text.includes('<')) return text;
  const fragment = `<cell>${text.replaceAll('&', '&amp;')}</cell>`;
  if (XMLValidator.validate(fragment) !== true) return undefined;
  // A mark after the name may leave its separator behind ("Denmark,").
  return textOf(parser.parse(fragment) as XmlNode[]).replace(/[\s,]+$/, '');
}

/**
 * A saved page is the bytes UNTC sent. Its XML declaration has said ISO-8859-1, yet a browser may
 * save it as UTF-8: bytes that are valid UTF-8 are read as UTF-8 (Latin-1 text with accents almost
 * never is), the rest as Windows-1252, the superset of ISO-8859-1 that browsers apply.
 */
function decode(file: Uint8Array | string): string {
  if (typeof file === 'string') return file;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return new TextDecoder('windows-1252').decode(file);
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "25 Oct 2025 AA" → { day: "2025-10-25", mark: "AA" }; undefined if it is not written that way. */
function readDay(text: string): { day: string; mark: string } | undefined {
  const [day, month, year, mark = '', ...rest] = text.split(' ');
  const monthNumber = MONTHS.indexOf(month) + 1;
  if (rest.length > 0 || !/^\d{1,2}$/.test(day ?? '') || monthNumber === 0 || !/^\d{4}$/.test(year ?? '')) return undefined;
  const iso = `${year}-${String(monthNumber).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDay(iso) ? { day: iso, mark } : undefined;
}

type Column = 'participant' | 'signature' | 'instrument';

const INSTRUMENT_TITLE = 'Ratification, Acceptance(A), Approval(AA), Accession(a)';
const KNOWN_COLUMNS = `Participant, Signature and ${INSTRUMENT_TITLE}`;
const instrumentTypes: readonly string[] = ['ratification', 'acceptance', 'approval', 'accession'] satisfies Instrument['type'][];

/**
 * The marks an instrument column's title explains: "Ratification, Acceptance(A)" → { "": ratification,
 * A: acceptance }. Undefined if the title lists anything else (a succession, say).
 */
function instrumentMarks(title: string): Map<string, Instrument['type']> | undefined {
  const marks = new Map<string, Instrument['type']>();
  for (const item of title.split(',')) {
    const open = item.indexOf('(');
    const kind = (open === -1 ? item : item.slice(0, open)).trim().toLowerCase();
    const mark = open === -1 ? '' : item.slice(open + 1, item.lastIndexOf(')')).trim();
    if (!instrumentTypes.includes(kind) || marks.has(mark) || (open !== -1 && !item.trim().endsWith(')'))) return undefined;
    marks.set(mark, kind as Instrument['type']);
  }
  return marks;
}

function columnOf(title: string): Column | undefined {
  if (title === 'Participant') return 'participant';
  if (title === 'Signature') return 'signature';
  return instrumentMarks(title) ? 'instrument' : undefined;
}

/** "CHAPTER XVIII" and "16. United Nations Convention…" → { id: "XVIII-16", title: "United Nations Convention…" }. */
function readTreaty(document: XmlNode[]): UntcStatus['treaty'] | undefined {
  const chapter = child(childrenOf(descendant(document, 'Chapter') ?? {}), 'Header');
  const titlesect = child(childrenOf(descendant(document, 'ExternalData') ?? {}), 'Titlesect');
  if (!chapter || !titlesect) return undefined;
  const roman = textOf(childrenOf(chapter)).split(' ').pop() ?? '';
  const heading = cellText(titlesect) ?? '';
  const dot = heading.indexOf('.');
  const number = heading.slice(0, dot);
  if (!/^[IVXLC]+$/.test(roman) || !/^\d+$/.test(number)) return undefined;
  return { id: `${roman}-${number}`, title: heading.slice(dot + 1).trim() };
}

/** Every text in the document outside the participants' table, where the "Status as at" stamp may be. */
function textsOutsideTable(nodes: XmlNode[], out: string[] = []): string[] {
  for (const node of nodes) {
    if ('#text' in node) out.push(String(node['#text']));
    else if (tagOf(node) !== 'Participants') textsOutsideTable(childrenOf(node), out);
  }
  return out;
}

const STAMP = 'status as at';

function readAsOf(document: XmlNode[], problems: string[]): string | undefined {
  const stamp = textsOutsideTable(document)
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .find((text) => text.toLowerCase().includes(STAMP));
  if (!stamp) return undefined;
  // "Status as at : 16-11-2025 05:00:09 EST": day, month, year.
  const [date] = stamp.slice(stamp.toLowerCase().indexOf(STAMP) + STAMP.length).replace(':', ' ').trim().split(' ');
  const [day, month, year] = (date ?? '').split('-');
  const iso = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso) && isIsoDay(iso)) return iso;
  problems.push(`the file says "${stamp}", but that date cannot be read (expected Status as at : DD-MM-YYYY): ${SAVE_AGAIN}; if UNTC now writes it so, ${BY_HAND}`);
  return undefined;
}

function readCount(status: XmlNode | undefined, name: 'Signatories' | 'Parties', problems: string[]): number | undefined {
  const element = child(childrenOf(status ?? {}), name);
  if (!element) return undefined;
  const text = textOf(childrenOf(element));
  if (/^\d+$/.test(text)) return Number(text);
  problems.push(`the header's ${name} is "${text}", not a number: ${SAVE_AGAIN}`);
  return undefined;
}

/**
 * Reads a UNTC status file for the treaty `treaty` ("XVIII-16"). Throws a UntcFileError listing every
 * problem (a file for another treaty, columns it does not know, a name the table of UN names does
 * not know, a date it cannot read), so nothing is imported from a file it does not fully understand.
 */
export function readUntcStatus(file: Uint8Array | string, { treaty }: { treaty: string }): UntcStatus {
  const xml = decode(file).replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new UntcFileError([`the file is not readable XML (line ${valid.err.line}: ${valid.err.msg}): ${SAVE_AGAIN}; a web page saved as HTML is not the XML file`]);
  }
  const document = parser.parse(xml) as XmlNode[];
  const root = document.find((node) => tagOf(node) && !tagOf(node)!.startsWith('?'));

  const found = readTreaty(document);
  if (!found) throw new UntcFileError([`the file does not say which treaty it is for (no Chapter/Header and ExternalData/Titlesect): ${SAVE_AGAIN}`]);
  if (found.id !== treaty) {
    throw new UntcFileError([`the file is the status of ${found.id} (${found.title}), not of ${treaty}, the Hanoi Convention: save the status page of ${treaty} instead`]);
  }

  const table = child(childrenOf(root ?? {}), 'Treaty', 'Participants', 'Table', 'TGroup');
  const titles = elements(childrenOf(child(childrenOf(table ?? {}), 'Thead', 'Row') ?? {}), 'Entry').map((entry) => cellText(entry) ?? '');
  const rows = elements(childrenOf(child(childrenOf(table ?? {}), 'Tbody', 'Rows') ?? {}), 'Row');
  if (!table || titles.length === 0) throw new UntcFileError([`the file has no participants' table (Treaty/Participants/Table/TGroup with its column titles): ${SAVE_AGAIN}`]);

  const problems: string[] = [];
  const columns = titles.map(columnOf);
  titles.forEach((title, index) => {
    if (!columns[index]) problems.push(`column ${index + 1} is titled "${title}", which the import does not know (it reads ${KNOWN_COLUMNS}): ${BY_HAND}`);
    else if (columns.indexOf(columns[index]) !== index) problems.push(`column ${index + 1} ("${title}") repeats column ${columns.indexOf(columns[index]) + 1}: ${BY_HAND}`);
  });
  const at = (column: Column) => columns.indexOf(column);
  for (const column of ['participant', 'signature', 'instrument'] as const) {
    if (at(column) === -1) problems.push(`the table has no ${column === 'instrument' ? `"${INSTRUMENT_TITLE}"` : `"${column[0].toUpperCase()}${column.slice(1)}"`} column (it has ${titles.map((t) => `"${t}"`).join(', ')}): ${BY_HAND}`);
  }
  if (problems.length > 0) throw new UntcFileError(problems);
  const marks = instrumentMarks(titles[at('instrument')])!;

  const header = child(childrenOf(descendant(document, 'ExternalData') ?? {}), 'Status');
  const status: UntcStatus = {
    treaty: found,
    asOf: readAsOf(document, problems),
    header: { signatories: readCount(header, 'Signatories', problems), parties: readCount(header, 'Parties', problems) },
    participants: [],
  };

  const rowOf = new Map<string, number>();
  rows.forEach((rowNode, index) => {
    const row = index + 1;
    const cells = elements(childrenOf(rowNode), 'Entry');
    const name = cells[at('participant')] ? cellText(cells[at('participant')]) : undefined;
    const where = `row ${row} (${name || 'no name'})`;
    if (cells.length !== titles.length) {
      problems.push(`${where} has ${cells.length} cells where the table has ${titles.length} columns: ${SAVE_AGAIN}`);
      return;
    }
    if (!name) {
      problems.push(`${where}: the participant's name cannot be read: ${SAVE_AGAIN}`);
      return;
    }
    const code = codeForUntcName(name);
    if (!code) {
      problems.push(`${where}: "${name}" is not a name the import knows: if it is a UN name, add it with its ISO 3166-1 code, as a row of lib/states/list.ts for a State that can join and is missing, or to lib/status/untc/names.ts for another spelling of one there (and run their tests); if the file is damaged, ${SAVE_AGAIN}`);
      return;
    }
    if (rowOf.has(code)) {
      problems.push(`${where}: "${name}" is listed again (also row ${rowOf.get(code)}, the same code ${code}): check the two rows on the UNTC page and record them by hand`);
      return;
    }
    rowOf.set(code, row);

    const dateProblem = (what: string, text: string) =>
      problems.push(`${where}: the ${what} "${text}" is not a date the import can read (expected a day such as 25 Oct 2025${what === 'instrument date' ? `, then a mark the column title explains: ${titles[at('instrument')]}` : ''}): check the row on the UNTC page and record it by hand`);
    const participant: UntcParticipant = { row, name, code };
    const signature = cellText(cells[at('signature')]) ?? '<unreadable>';
    if (signature) {
      const read = readDay(signature);
      if (read && read.mark === '') participant.signed = read.day;
      else dateProblem('signature', signature);
    }
    const instrument = cellText(cells[at('instrument')]) ?? '<unreadable>';
    if (instrument) {
      const read = readDay(instrument);
      const type = read && marks.get(read.mark);
      if (read && type) participant.instrument = { type, date: read.day };
      else dateProblem('instrument date', instrument);
    }
    if (!signature && !instrument) problems.push(`${where} has neither a signature nor an instrument: check the row on the UNTC page`);
    status.participants.push(participant);
  });

  if (problems.length > 0) throw new UntcFileError(problems);
  return status;
}
