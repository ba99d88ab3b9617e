import { isMap, isScalar, isSeq, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import type { StatusComparison } from './compare';
import type { UntcInstrument } from './status-xml';

/*
 * Applies a comparison to the text of content/status.md. The file is edited through the yaml
 * package's Document, which keeps every comment and every value it is not told to change as it was
 * written, so the editors' own sources, notes and comments survive an import untouched.
 */

export type StatusFileUpdate = {
  comparison: StatusComparison;
  /** The new asOf: the day of the UNTC status imported. */
  asOf: string;
  /** The source written on every row whose dates come from UNTC. */
  untcSource: string;
};

export type UpdatedStatusFile = {
  text: string;
  /** Fields removed because the new asOf made them untrue, with why, for the editor. */
  removed: string[];
};

/** Splits `---` front matter from what follows it (status.md has no body, but one would be kept). */
function splitFrontMatter(text: string): { yaml: string; after: string } {
  const lines = text.split('\n');
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (lines[0].trimEnd() !== '---' || end === -1) throw new Error('content/status.md does not start with front matter between --- lines');
  return { yaml: `${lines.slice(1, end).join('\n')}\n`, after: lines.slice(end).join('\n') };
}

/** status.md's front matter as a yaml Document, which writes back every comment it read. */
function readDocument(text: string): { doc: Document; after: string } {
  const { yaml, after } = splitFrontMatter(text);
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) throw new Error(`content/status.md cannot be read: ${doc.errors[0].message}`);
  return { doc, after };
}

const writeDocument = (doc: Document, after: string) => `---\n${doc.toString({ lineWidth: 0 })}${after}`;

function setInstrument(doc: Document, row: YAMLMap, instrument: UntcInstrument, source: string) {
  const existing = row.get('instrument', true);
  if (isMap(existing)) {
    existing.set('type', instrument.type);
    existing.set('date', instrument.date);
    existing.set('source', source);
  } else {
    row.set('instrument', doc.createNode({ ...instrument, source }));
  }
}

/** The new text of status.md; throws if the file is not the YAML the loader reads. */
export function updateStatusFile(text: string, { comparison, asOf, untcSource }: StatusFileUpdate): UpdatedStatusFile {
  const { doc, after } = readDocument(text);
  const participants = doc.get('participants', true);
  if (!isSeq(participants)) throw new Error('content/status.md has no list of participants');
  const rowOf = (code: string) => participants.items.find((item): item is YAMLMap => isMap(item) && item.get('code') === code);

  // Setting the value of the existing scalar keeps its quotes and the comments around it.
  doc.set('asOf', asOf);
  const removed: string[] = [];
  const knownTo = doc.get('signaturesKnownTo');
  if (knownTo !== undefined && String(knownTo) <= asOf) {
    doc.delete('signaturesKnownTo');
    removed.push(`signaturesKnownTo (${String(knownTo)}): the UNTC status of ${asOf} covers that day`);
  }
  // A comparison that found no change cannot predate the status it confirmed; it is set only by recordComparison.
  const compared = doc.get('lastCompared');
  if (compared !== undefined && String(compared) < asOf) {
    doc.delete('lastCompared');
    removed.push(`lastCompared (${String(compared)}): it is before the new asOf; the next comparison that finds no change sets it again`);
  }

  for (const added of comparison.added) {
    const row = doc.createNode({
      code: added.code,
      ...(added.signed && { signed: added.signed, source: untcSource }),
      ...(added.instrument && { instrument: { ...added.instrument, source: untcSource } }),
    });
    // The house style names the country beside its code: `- code: MU # Mauritius`.
    const code = row.items[0].value;
    if (isScalar(code)) code.comment = ` ${added.name}`;
    participants.items.push(row);
  }
  for (const { code, to, newRow } of comparison.signatures) {
    const row = rowOf(code);
    if (newRow || !row) continue;
    row.set('signed', to);
    row.set('source', untcSource);
  }
  for (const { code, to, newRow } of comparison.instruments) {
    const row = rowOf(code);
    if (newRow || !row) continue;
    setInstrument(doc, row, to, untcSource);
  }

  return { text: writeDocument(doc, after), removed };
}

/**
 * The text of status.md once its rows have been compared with UNTC on `day` and found unchanged:
 * `lastCompared` becomes that day, and nothing else moves. A new `lastCompared` goes after the
 * other dates of the evidence, where the file's header comment describes it.
 */
export function recordComparison(text: string, day: string): string {
  const { doc, after } = readDocument(text);
  if (!isMap(doc.contents)) throw new Error('content/status.md has no settings');
  const map = doc.contents;
  if (map.has('lastCompared')) {
    map.set('lastCompared', day);
  } else {
    // Quoted like asOf above it, so YAML reads it as the text of a day.
    const value = doc.createNode(day);
    value.type = 'QUOTE_DOUBLE';
    const pair = doc.createPair('lastCompared', value) as Pair;
    const evidence = ['signaturesKnownTo', 'asOf'].map((key) => map.items.findIndex((item) => isScalar(item.key) && item.key.value === key)).find((index) => index !== -1);
    map.items.splice(evidence === undefined ? map.items.length : evidence + 1, 0, pair);
  }
  return writeDocument(doc, after);
}
