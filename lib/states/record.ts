import { fill, t, type Lang } from '../i18n';
import type { DomesticStep, Participant, Status } from '../schema';
import type { TimelineEntry } from '../timeline/entries';
import { duringHanoiCeremony, evidenceDate, INSTRUMENTS_NEEDED, instrumentsInOrder, openForSignature, type DepositedInstrument, type EvidenceDates } from '../status/rules';
import { formatDate, formatDateRange } from '../dates';
import { joinableCodes, nameFor } from './names';

/*
 * One State (or the EU) against the Convention: what it has done, from content/status.md, and
 * what it can do next under Articles 64 and 65, on the site's "today". The State pages, their
 * feeds, the index and the downloads all read it from here.
 */

/** Where a State stands in the site's sources: a Party, a signatory, or neither. */
export type StateStanding = 'party' | 'signatory' | 'not-signed';

/** Where a signature was made: at the Hanoi ceremony, or afterwards at UN Headquarters (Article 64). */
export type SignaturePlace = 'hanoi' | 'headquarters';

export type Signature = NonNullable<Participant['signed']> & { source: string; place: SignaturePlace };

/** A step at home with its own anchor on the State's page, which its feed entry links to: `step-2026-02-10`. */
export type RecordStep = DomesticStep & { anchor: string };

/** Everything the site records for one State or organization. */
export type StateRecord = {
  code: string;
  standing: StateStanding;
  signature?: Signature;
  /** Its instrument, numbered as Article 65(1) counts it (none for the EU's). */
  instrument?: DepositedInstrument;
  /** Steps at home toward joining, oldest first: never a deposit, never counted. */
  steps: RecordStep[];
  note?: Participant['note'];
};

/** The record of one code; a code content/status.md does not list has done nothing the sources record. */
export function stateRecord(code: string, status: Status): StateRecord {
  const participant = status.participants.find((p) => p.code === code);
  const instrument = instrumentsInOrder(status.participants).find((i) => i.code === code);
  const steps = withAnchors([...(status.domesticSteps.find((d) => d.code === code)?.steps ?? [])].sort((a, b) => a.date.localeCompare(b.date)));
  const signed = participant?.signed;
  const signature: Signature | undefined =
    signed && participant.source ? { ...signed, source: participant.source, place: duringHanoiCeremony(signed.date, signed.endDate) ? 'hanoi' : 'headquarters' } : undefined;
  return {
    code,
    standing: instrument ? 'party' : signature ? 'signatory' : 'not-signed',
    signature,
    instrument,
    steps,
    note: participant?.note,
  };
}

/** Each step's anchor, by its day: the second step of a day gets `-2`, so an anchor stays when a later step is added. */
function withAnchors(steps: DomesticStep[]): RecordStep[] {
  const onDay = new Map<string, number>();
  return steps.map((step) => {
    const n = (onDay.get(step.date) ?? 0) + 1;
    onDay.set(step.date, n);
    return { ...step, anchor: n === 1 ? `step-${step.date}` : `step-${step.date}-${n}` };
  });
}

/** The record of every State and organization that can join, by code. */
export function stateRecords(status: Status): StateRecord[] {
  return joinableCodes.map((code) => stateRecord(code, status));
}

/**
 * What comes next for a State on a day (`YYYY-MM-DD`, the site's today):
 * - `ratify`: a signatory becomes a Party by depositing ratification, acceptance or approval;
 * - `sign-or-accede`: a State that has not signed can sign at UN Headquarters until 31 December 2026;
 * - `accede`: from 1 January 2027 it can join only by accession;
 * - `party`: it has deposited its instrument; nothing is left to do under Article 64.
 */
export type NextStep = 'ratify' | 'sign-or-accede' | 'accede' | 'party';

export function nextStep(record: StateRecord, today: string): NextStep {
  if (record.instrument) return 'party';
  if (record.signature) return 'ratify';
  return openForSignature(today) ? 'sign-or-accede' : 'accede';
}

/** The timeline events that concern a State (their `participants` list it), oldest first. */
export function eventsConcerning(timeline: TimelineEntry[], code: string): TimelineEntry[] {
  return timeline.filter((event) => event.participants?.includes(code));
}

/** The articles that tell those events, each once, newest first. */
export function articlesConcerning(events: TimelineEntry[]): TimelineEntry['article'][] {
  const bySlug = new Map(events.map((event) => [event.article.slug, event.article]));
  return [...bySlug.values()].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

/**
 * The last day anything on a State's page rests on: the status's evidence (a signature known later
 * than the UNTC status moves it), the last comparison with UNTC, and the State's own steps. Never the
 * day of the build.
 */
export function recordDate(record: StateRecord, status: Status): string {
  return [evidenceDate(status), status.lastCompared ?? '', ...record.steps.map((step) => step.date)].sort().at(-1)!;
}

/** One action of the record: its anchor, what it was, its day, its source and what else to know. */
export type RecordEntry = {
  /** Anchor on the State's page: `signature`, `instrument`. */
  anchor: string;
  action: string;
  date: string;
  endDate?: string;
  source: string;
  detail?: string;
};

/** The record's entries in order: the signature, then the instrument. */
export function recordEntries(record: StateRecord, lang: Lang): RecordEntry[] {
  const text = t(lang);
  const entries: RecordEntry[] = [];
  const { signature, instrument } = record;
  if (signature) {
    entries.push({
      anchor: 'signature',
      action: signature.place === 'hanoi' ? text.stateRecordSignatureHanoi : text.stateRecordSignatureHeadquarters,
      date: signature.date,
      endDate: signature.endDate,
      source: signature.source,
      detail: record.note?.[lang],
    });
  }
  if (instrument) {
    entries.push({
      anchor: 'instrument',
      action: fill(text.stateRecordInstrument, { type: text[instrument.type].toLowerCase() }),
      date: instrument.date,
      source: instrument.source,
      detail: instrument.number ? fill(text.stateRecordCounted, { n: instrument.number, needed: INSTRUMENTS_NEEDED }) : text.stateRecordNotCounted,
    });
  }
  return entries;
}


/** The answer in one sentence, as an interface text and what goes in its slots (dates as ISO days, formatted at the edge). */
export type StateAnswerText = {
  template: 'stateAnswerParty' | 'stateAnswerSignedHanoi' | 'stateAnswerSignedHeadquarters' | 'stateAnswerNotSigned';
  name: string;
  /** The kind of instrument, in the sentence's words ("ratification"). */
  type?: string;
  /** The day of the instrument or of the signature, or the day the sources run to. */
  date: { date: string; endDate?: string };
  /** The day of the UN Treaty Collection's status, where the sentence names it. */
  asOf: string;
};

/** Which sentence answers "has it signed?" for a State, and with what. */
export function stateAnswer(record: StateRecord, evidence: EvidenceDates, lang: Lang): StateAnswerText {
  const text = t(lang);
  const { instrument, signature } = record;
  const answer = (template: StateAnswerText['template'], rest: Omit<StateAnswerText, 'template' | 'name' | 'asOf'>): StateAnswerText => ({
    template,
    name: nameFor(text[template], record.code, lang),
    asOf: evidence.asOf,
    ...rest,
  });
  if (instrument) return answer('stateAnswerParty', { type: text[instrument.type].toLowerCase(), date: instrument });
  if (signature) return answer(signature.place === 'hanoi' ? 'stateAnswerSignedHanoi' : 'stateAnswerSignedHeadquarters', { date: signature });
  return answer('stateAnswerNotSigned', { date: { date: evidenceDate(evidence) } });
}

/** The answer as plain text, for the page's description and the downloads. */
export function stateAnswerPlain(answer: StateAnswerText, lang: Lang): string {
  const range = formatDateRange(answer.date.date, answer.date.endDate, lang);
  return fill(t(lang)[answer.template], {
    name: answer.name,
    type: answer.type ?? '',
    date: `${range.start}${range.separator}${range.end ?? ''}`,
    asOf: formatDate(answer.asOf, lang),
  });
}
