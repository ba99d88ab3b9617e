import { stringify } from 'csv-stringify/sync';
import { addDays, format, parseISO } from 'date-fns';
import { createEvents, type DateArray } from 'ics';
import { isOrganization, participantName, searchableNames, sortByName } from '../states/names';
import type { StateRecord } from '../states/record';
import { isMonthOnly } from '../dates';
import { t, type Lang } from '../i18n';
import type { KeyFact } from '../key-facts';
import { absoluteUrl, paths } from '../web/paths';
import type { Status } from '../schema';
import { instrumentsInOrder } from '../status/rules';
import type { TimelineEntry } from '../timeline/entries';
import { eventPath } from '../timeline/pages';

/*
 * The site's data as files journalists can take away. Field names are stable: they are documented
 * on the Data page, and the JSON and CSV of one dataset carry the same fields in the same order.
 */

export const timelineFields = ['id', 'date', 'endDate', 'title', 'key', 'source', 'permalink', 'article'] as const;
export const keyFactFields = ['id', 'label', 'value', 'date', 'endDate', 'detail', 'asOf', 'source'] as const;
export const statusFields = [
  'code',
  'name',
  'organization',
  'signed',
  'signedEnd',
  'signatureSource',
  'instrument',
  'instrumentDate',
  'instrumentNumber',
  'instrumentSource',
  'note',
  'asOf',
  'signaturesKnownTo',
  'lastCompared',
  'url',
] as const;
export const stateFields = [
  'code',
  'name',
  'otherNames',
  'organization',
  'standing',
  'signed',
  'signedEnd',
  'signaturePlace',
  'instrument',
  'instrumentDate',
  'domesticSteps',
  'url',
  'asOf',
  'signaturesKnownTo',
  'lastCompared',
] as const;

type Row<F extends readonly string[]> = Record<F[number], string | boolean | null>;

export function timelineRows(timeline: TimelineEntry[], lang: Lang): Row<typeof timelineFields>[] {
  return timeline.map((event) => ({
    id: event.id,
    date: event.date,
    endDate: event.endDate ?? null,
    title: event.title,
    key: event.key,
    source: event.source,
    permalink: absoluteUrl(eventPath(lang, event)),
    article: absoluteUrl(paths.article(lang, event.article.slug)),
  }));
}

export function keyFactRows(facts: KeyFact[]): Row<typeof keyFactFields>[] {
  return facts.map((fact) => ({
    id: fact.id,
    label: fact.label,
    value: fact.value ?? null,
    date: fact.date ?? null,
    endDate: fact.endDate ?? null,
    detail: fact.detail ?? null,
    asOf: fact.asOf ?? null,
    source: fact.source,
  }));
}

/** One row per participant: its signature and, once deposited, its instrument and place in the count. */
export function statusRows({ participants, asOf, signaturesKnownTo, lastCompared }: Status, lang: Lang): Row<typeof statusFields>[] {
  const numbers = new Map(instrumentsInOrder(participants).map((instrument) => [instrument.code, instrument.number]));
  return sortByName(participants, lang).map((participant) => ({
    code: participant.code,
    name: participantName(participant.code, lang),
    organization: isOrganization(participant.code),
    signed: participant.signed?.date ?? null,
    signedEnd: participant.signed?.endDate ?? null,
    signatureSource: participant.source ?? null,
    instrument: participant.instrument?.type ?? null,
    instrumentDate: participant.instrument?.date ?? null,
    instrumentNumber: numbers.get(participant.code)?.toString() ?? null,
    instrumentSource: participant.instrument?.source ?? null,
    note: participant.note?.[lang] ?? null,
    asOf,
    signaturesKnownTo: signaturesKnownTo ?? null,
    lastCompared: lastCompared ?? null,
    url: absoluteUrl(paths.state(lang, participant.code)),
  }));
}

/** One row per State that can join, and the EU, signed or not: names, standing, days and its page. */
export function stateRows(records: StateRecord[], { asOf, signaturesKnownTo, lastCompared }: Status, lang: Lang): Row<typeof stateFields>[] {
  return sortByName(records, lang).map((record) => ({
    code: record.code,
    name: participantName(record.code, lang),
    otherNames: searchableNames(record.code, lang).join('; '),
    organization: isOrganization(record.code),
    standing: record.standing,
    signed: record.signature?.date ?? null,
    signedEnd: record.signature?.endDate ?? null,
    signaturePlace: record.signature?.place ?? null,
    instrument: record.instrument?.type ?? null,
    instrumentDate: record.instrument?.date ?? null,
    domesticSteps: record.steps.length > 0 ? record.steps.map((step) => `${step.date}: ${step.step[lang]}`).join('; ') : null,
    url: absoluteUrl(paths.state(lang, record.code)),
    asOf,
    signaturesKnownTo: signaturesKnownTo ?? null,
    lastCompared: lastCompared ?? null,
  }));
}

/** A JSON download: what it is, in which language, and its rows. */
export function toJson(dataset: string, lang: Lang, rows: object[]): string {
  return `${JSON.stringify({ dataset, language: lang, publisher: t(lang).siteName, url: absoluteUrl(paths.home(lang)), rows }, null, 2)}\n`;
}

/**
 * A CSV download with a header row of the field names; empty cells for missing values. A spreadsheet
 * runs a cell starting with =, +, -, @, a tab or a CR as a formula: csv-stringify puts a ' before
 * such a cell (escape_formulas), which marks it as text (a program reading the file sees the ').
 * It starts with a UTF-8 byte-order mark (csv-stringify's `bom`): without it Excel on Windows reads
 * the file in the system's code page and shows "Türkiye" as "TÃ¼rkiye".
 */
export function toCsv<F extends readonly string[]>(fields: F, rows: Row<F>[]): string {
  return stringify(rows, { bom: true, header: true, columns: [...fields], cast: { boolean: (value) => String(value) }, escape_formulas: true });
}

const dayArray = (day: Date): DateArray => format(day, 'yyyy-M-d').split('-').map(Number) as DateArray;

/**
 * Text as an iCalendar property can hold it. ics escapes backslashes, commas, semicolons and LF as
 * RFC 5545 says, but leaves a lone CR, which some readers take as the end of the line (what follows
 * would be read as properties of its own) and others as a line they cannot read; so do JavaScript
 * readers with the line and paragraph separators U+2028 and U+2029. All become LF, a line break in
 * the text; RFC 5545 allows no other control character in text.
 */
const calendarText = (text: string) => text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/[\0-\x08\x0b-\x1f\x7f]/g, '');

/**
 * The timeline as an iCalendar file of all-day events. UIDs are the event ids, so importing the
 * file again updates events instead of duplicating them. Month-only dates have no day to put in
 * a calendar and are left out.
 */
export function timelineCalendar(timeline: TimelineEntry[], lang: Lang): string {
  const events = timeline
    .filter((event) => !isMonthOnly(event.date))
    .map((event) => ({
      uid: `${event.id}.${lang}@hanoi-convention`,
      title: calendarText(event.title),
      start: dayArray(parseISO(event.date)),
      // iCalendar all-day events end on the day after the last one.
      end: dayArray(addDays(parseISO(event.endDate ?? event.date), 1)),
      description: calendarText(`${t(lang).source}: ${event.source}`),
      url: absoluteUrl(eventPath(lang, event)),
    }));
  const { error, value } = createEvents(events, { productId: 'hanoi-convention/timeline', method: 'PUBLISH', calName: `${t(lang).siteName}: ${t(lang).timelineTitle}` });
  if (error || !value) throw error ?? new Error('the calendar could not be written');
  return value;
}
