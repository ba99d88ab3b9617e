import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isIsoDay, type Instrument } from '../../schema';
import { codeForUntcName } from './names';

/*
 * Reads the file behind a treaty's status page at the UN Treaty Collection (the MTDSG XML, such as
 * XVIII-16.en.xml) into plain data. Public code that reads these files for other treaties
 * (openclimatedata's scripts for the Kigali and Doha amendments, among others) shows only this:
 *
 * - under the root, Treaty/Participants/Table/TGroup holds the table: the column titles in
 *   Thead/Row/Entry, one Tbody/Rows/Row per participant with one Entry per column, an empty Entry
 *   where the participant has done nothing yet;
 * - dates are written "25 Oct 2025", sometimes with tabs inside; the kind of instrument is a mark
 *   after the date that the column title explains ("Acceptance(A), Ratification, Approval(AA)", in
 *   any order; none for ratification);
 * - footnote marks are <superscript> inside names, as an element or escaped as text;
 * - when the site is down, it answers with a page saying it is "under urgent maintenance" (see
 *   fetch.ts).
 *
 * Everything else about the header is unknown: the root's name, where the chapter, the title and
 * the "Status as at" stamp stand, what their elements are called. So the treaty is recognised by
 * what the header's texts say (its title, and its number: "XVIII-16", or "CHAPTER XVIII" with a
 * title numbered "16."), and the stamp by its words, wherever they are. The header's counts
 * ("Signatories", "Parties") are read only when elements of those names, which one public reader
 * uses, are there: they are a cross-check, never needed. Anything else unexpected stops the import:
 * a wrong row is worse than none.
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

/** The first element with that name at any depth, in document order, not looking inside `outside`. */
function descendant(nodes: XmlNode[], name: string, outside: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === name) return node;
    if (tagOf(node) === outside) continue;
    const found = descendant(childrenOf(node), name, outside);
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
  return withoutMarks(textOf(childrenOf(node)));
}

/** Text without the footnote marks written in it escaped; undefined if what looks like markup is not XML. */
function withoutMarks(text: string): string | undefined {
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

/** The treaty a file should be the status of: its number in UNTC and the start of its title. */
export type UntcTreaty = { id: string; title: string };

/** The Hanoi Convention in the UN Treaty Collection: chapter XVIII, number 16. */
export const HANOI_CONVENTION: UntcTreaty = { id: 'XVIII-16', title: 'United Nations Convention against Cybercrime' };

/**
 * What the file says outside the participants' table, as texts in document order, spaces made
 * single: the text of every element that holds text of its own (with the text of what it
 * contains, footnote marks left out), and every attribute's value. Element names play no part.
 */
function headerTexts(nodes: XmlNode[], out: string[] = []): string[] {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (!tag || tag === 'Participants' || tag === 'superscript') continue;
    const children = childrenOf(node);
    if (children.some((item) => '#text' in item && String(item['#text']).trim())) {
      const text = textOf(children);
      out.push(withoutMarks(text) ?? text);
    }
    for (const value of Object.values((node[':@'] as Record<string, unknown> | undefined) ?? {})) out.push(String(value).replace(/\s+/g, ' ').trim());
    headerTexts(children, out);
  }
  return out;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a file says about the treaty it is for; each part undefined when no text says it. */
type TreatyStatement = {
  /** The text that names the treaty sought ("16. United Nations Convention against Cybercrime; …"). */
  titled?: string;
  /** The title the file gives when it names another treaty ("United Nations Convention against Transnational …"). */
  otherTitle?: string;
  /** "XVIII" from "CHAPTER XVIII". */
  chapter?: string;
  /** The title's number: "16" from "16. United Nations …". */
  number?: string;
  /** A UNTC number written whole: "XVIII-16". */
  written?: string;
};

const NUMBERED = /^(\d+)\s*\.\s*(.*)$/;
const titleAfterNumber = (text: string) => text.replace(NUMBERED, '$2').trim();

function readTreatyStatement(texts: string[], treaty: UntcTreaty): TreatyStatement {
  const sought = treaty.title.toLowerCase();
  // The title, after its number if it has one: "…against Cybercrime" or "…against Cybercrime; …", not "…Cybercrimes".
  const namesTreaty = (text: string) => {
    const title = titleAfterNumber(text).toLowerCase();
    return title.startsWith(sought) && !/^[\p{L}\p{N}]/u.test(title.slice(sought.length));
  };
  const titled = texts.find(namesTreaty);
  // Without the title sought, the first numbered title says which treaty the file is for.
  const numbered = titled ? undefined : texts.map((text) => NUMBERED.exec(text)).find((match) => match && /\p{L}/u.test(match[2]));
  return {
    titled,
    otherTitle: numbered?.[2],
    chapter: texts.map((text) => /^chapter\s+([IVXLC]+)\b/i.exec(text)?.[1]).find(Boolean)?.toUpperCase(),
    number: titled ? NUMBERED.exec(titled)?.[1] : numbered?.[1],
    // "XVIII-16", not "XVIII-16-a" (a later instrument under the same number) nor "TREATIES-XVIII.16".
    written: texts.map((text) => /(?<![\w.-])([IVXLC]+-\d+)(?![\w-])/.exec(text)?.[1]).find(Boolean),
  };
}

/**
 * Which treaty the file is for, or why it cannot be read as the status of `treaty`: a text must name
 * it (its title), and nothing the file states may number it otherwise: the chapter, the title's
 * number and, unless those two say it all, a number written whole.
 */
function readTreaty(texts: string[], treaty: UntcTreaty): UntcStatus['treaty'] | string {
  const { titled, otherTitle, chapter, number, written } = readTreatyStatement(texts, treaty);
  const [soughtChapter, soughtNumber] = treaty.id.split('-');
  const stated = chapter && number ? `${chapter}-${number}` : written;
  const agrees = (!chapter || chapter === soughtChapter) && (!number || number === soughtNumber) && (!stated || stated === treaty.id);
  if (titled && agrees) return { id: treaty.id, title: titleAfterNumber(titled) };

  const title = titled ? titleAfterNumber(titled) : otherTitle;
  if (stated && stated !== treaty.id) {
    return `the file is the status of ${stated}${title ? ` (${title})` : ''}, not of ${treaty.id}, the Hanoi Convention: save the status page of ${treaty.id} instead`;
  }
  if (titled) {
    const numbering = [chapter && `chapter ${chapter}`, number && `number ${number}`].filter(Boolean).join(', ');
    return `the file names the ${treaty.title} but numbers it otherwise (${numbering}, where UNTC numbers it ${treaty.id}): ${SAVE_AGAIN}`;
  }
  return `the file does not say which treaty it is for: no text in it names the ${treaty.title}${title ? ` (its title reads "${title}")` : ''}: ${SAVE_AGAIN}`;
}

const STAMP = /status as at\s*:?\s*\S*/i;

/** The "Status as at : 16-11-2025 05:00:09 EST" stamp, in whatever text (or texts, one after another) it stands. */
function readAsOf(texts: string[], problems: string[]): string | undefined {
  const stamp = STAMP.exec(texts.join(' '))?.[0];
  if (!stamp) return undefined;
  const date = stamp.replace(/^status as at\s*:?\s*/i, '');
  const [day, month, year] = date.split('-');
  const iso = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  if (/^\d{1,2}-\d{1,2}-\d{4}$/.test(date) && isIsoDay(iso)) return iso;
  problems.push(`the file says "${stamp}", but that date cannot be read (expected Status as at : DD-MM-YYYY): ${SAVE_AGAIN}; if UNTC now writes it so, ${BY_HAND}`);
  return undefined;
}

/** A count the header gives in an element of that name (outside the table), when it has one. */
function readCount(document: XmlNode[], name: 'Signatories' | 'Parties', problems: string[]): number | undefined {
  const element = descendant(document, name, 'Participants');
  if (!element) return undefined;
  const text = textOf(childrenOf(element));
  if (/^\d+$/.test(text)) return Number(text);
  problems.push(`the header's ${name} is "${text}", not a number: ${SAVE_AGAIN}`);
  return undefined;
}

/** Where a file that is not readable XML went wrong: cut short, or something else than the XML file. */
function notXml(xml: string, error: { line: number; msg: string }): string {
  const withoutProlog = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trim();
  const root = /^<([A-Za-z_][\w.:-]*)/.exec(withoutProlog)?.[1];
  if (root && !new RegExp(`</${escapeRegExp(root)}\\s*>$`).test(withoutProlog) && !withoutProlog.endsWith('/>')) {
    return `the file ends before its last element closes: it was cut short (truncated) at line ${xml.split('\n').length}: ${SAVE_AGAIN}`;
  }
  return `the file is not readable XML (line ${error.line}: ${error.msg}): ${SAVE_AGAIN}; a web page saved as HTML is not the XML file`;
}

/**
 * Reads a UNTC status file for `treaty` (by default the Hanoi Convention). Throws a UntcFileError
 * listing every problem (a file for another treaty, columns it does not know, a name the table of
 * UN names does not know, a date it cannot read), so nothing is imported from a file it does not
 * fully understand.
 */
export function readUntcStatus(file: Uint8Array | string, treaty: UntcTreaty = HANOI_CONVENTION): UntcStatus {
  const xml = decode(file).replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new UntcFileError([notXml(xml, valid.err)]);
  const document = parser.parse(xml) as XmlNode[];
  const root = document.find((node) => tagOf(node) && !tagOf(node)!.startsWith('?'));
  const texts = headerTexts(document);

  const found = readTreaty(texts, treaty);
  if (typeof found === 'string') throw new UntcFileError([found]);

  const table = child(childrenOf(root ?? {}), 'Treaty', 'Participants', 'Table', 'TGroup');
  const titles = elements(childrenOf(child(childrenOf(table ?? {}), 'Thead', 'Row') ?? {}), 'Entry').map((entry) => cellText(entry) ?? '');
  const rows = elements(childrenOf(child(childrenOf(table ?? {}), 'Tbody', 'Rows') ?? {}), 'Row');
  if (!table || titles.length === 0) throw new UntcFileError([`the file has no participants' table (Treaty/Participants/Table/TGroup with its column titles, under the root element): ${SAVE_AGAIN}`]);

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

  const status: UntcStatus = {
    treaty: found,
    asOf: readAsOf(texts, problems),
    header: { signatories: readCount(document, 'Signatories', problems), parties: readCount(document, 'Parties', problems) },
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
