import { z } from 'zod';
import { isJoinable, isParticipantCode } from './states/names';
import { languages, type Lang } from './i18n';

/*
 * The content contract: what editors may write in content/. Every TypeScript type for content is
 * derived from these schemas, so the check and the type can never drift apart.
 */

function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** A required string; missing, empty and non-text values each get a message saying what to write. */
export function text(expected: string) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? `is missing (expected ${expected})` : `expected ${expected}, got ${describe(iss.input)}`) })
    .trim()
    .min(1, { error: `is empty (expected ${expected})` });
}

export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

function isIsoMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/**
 * What the editing form (lib/cms/) checks as an editor types: the shape a value must have, and the
 * words the loader uses when it does not, so the form and `npm run check` say the same thing. The
 * loader's message is the value, then `message` (or, for a code in lowercase, one saying which
 * capitals). The loader checks more than the shape (a 31 February has it), so a value the form
 * accepts can still be refused by the check.
 */
export type FormRule = { pattern: RegExp; message: string };

/** The metadata key of a schema's FormRule, read back from its JSON Schema by lib/cms/. */
export const FORM_RULE = 'formRule';

function withRule<S extends z.ZodType>(schema: S, rule: FormRule): S {
  return schema.meta({ [FORM_RULE]: { pattern: rule.pattern.source, message: rule.message } });
}

const refused = (rule: FormRule) => (iss: { input: unknown }) => `${JSON.stringify(iss.input)} ${rule.message}`;

const DAY = /\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/.source;
const DAY_RULE: FormRule = { pattern: new RegExp(`^${DAY}$`), message: 'is not a date (expected YYYY-MM-DD)' };
const DAY_OR_MONTH_RULE: FormRule = { pattern: new RegExp(`^(${DAY}|\\d{4}-(0[1-9]|1[0-2]))$`), message: 'is not a date (expected YYYY-MM-DD, or YYYY-MM if only the month is known)' };

/** A calendar day, `YYYY-MM-DD`. Kept as a string so no time zone can ever move it. */
export const isoDay = withRule(text('a date, YYYY-MM-DD').refine(isIsoDay, { error: refused(DAY_RULE) }), DAY_RULE);

/** A day, or `YYYY-MM` where only the month is known. */
export const isoDayOrMonth = withRule(text('a date, YYYY-MM-DD or YYYY-MM').refine((v) => isIsoDay(v) || isIsoMonth(v), { error: refused(DAY_OR_MONTH_RULE) }), DAY_OR_MONTH_RULE);

const WEB_ADDRESS_RULE: FormRule = { pattern: /^https?:\/\/\S+$/, message: 'is not a full web address (expected https://…)' };

export const webAddress = withRule(
  text('a full web address starting with https://').refine(
    (value) => {
      try {
        return ['http:', 'https:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: refused(WEB_ADDRESS_RULE) },
  ),
  WEB_ADDRESS_RULE,
);

/** Lowercase words joined by hyphens: event ids, fact ids and article file names. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const ID_RULE: FormRule = { pattern: SLUG_PATTERN, message: 'is not a valid id (expected lowercase letters, digits and hyphens, e.g. ga-adoption)' };

const identifier = withRule(text('an id of lowercase letters, digits and hyphens').regex(SLUG_PATTERN, { error: refused(ID_RULE) }), ID_RULE);

const flag = z.boolean({ error: (iss) => `expected true or false, got ${describe(iss.input)}` });

/** Text given in every language of the site. */
const translated = (expected: string) =>
  z.strictObject(Object.fromEntries(languages.map((lang) => [lang, text(expected)])) as Record<(typeof languages)[number], ReturnType<typeof text>>, {
    error: (iss) => (iss.input === undefined ? `is missing (expected ${expected} in ${languages.join(' and ')})` : `expected ${expected} in ${languages.join(' and ')}`),
  });

function endNotBeforeStart(value: { date: string; endDate?: string }, ctx: z.RefinementCtx) {
  if (value.endDate && value.endDate < value.date) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: `${value.endDate} is before date ${value.date}` });
  }
}

const CODE_RULE: FormRule = { pattern: /^[A-Z]{2}$/, message: 'is not an ISO 3166-1 alpha-2 country code in capitals, such as VN (or EU)' };

const participantCode = withRule(
  text('an ISO 3166-1 alpha-2 country code such as VN, or EU').refine(isParticipantCode, {
    error: (iss) => {
      const code = String(iss.input);
      return isParticipantCode(code.toUpperCase()) ? `"${code}" must be written in capitals ("${code.toUpperCase()}")` : refused(CODE_RULE)(iss);
    },
    // One message for one mistake: "vn" needs capitals, and is then a code that can join.
    abort: true,
  }),
  CODE_RULE,
);

/** A State (or the EU) that can sign or accede (lib/states/): the codes an event or a domestic step can concern. */
const joinableCode = participantCode.refine(isJoinable, { error: (iss) => `${JSON.stringify(iss.input)} is not a State or organization that can join the Convention (a UN Member State, VA, PS or EU)` });

export const timelineEventSchema = z
  .strictObject({
    /** Stable permalink anchor, the same in every language. */
    id: identifier,
    date: isoDayOrMonth,
    endDate: isoDay.optional(),
    title: text('a short title of the event'),
    /** Where it took place, for events people attend (search engines list them as events). */
    location: text('the venue and city, e.g. National Convention Centre, Hanoi').optional(),
    /** Where the date is verified. */
    source: webAddress,
    /** A key date: shown in the compact timeline on the home page and every article. */
    key: flag.default(false),
    /** The States (or the EU) the event concerns: it is listed on their pages and in their feeds. */
    participants: z.array(joinableCode, { error: 'expected a list of country codes, e.g. [VN, AZ]' }).optional(),
  })
  .superRefine(endNotBeforeStart);

export const sourceSchema = z.strictObject({
  title: text('the name of the source'),
  url: webAddress,
});

/** A change worth telling readers about (GOV.UK style); a typo fix needs none. */
export const changeSchema = z.strictObject({
  date: isoDay,
  note: text('a sentence saying what changed'),
});

export const articleFrontMatterSchema = z
  .strictObject({
    title: text('the article title'),
    summary: text('one or two sentences for lists and search results'),
    /** First published; a date in the future schedules the article. */
    date: isoDay,
    updated: isoDay.optional(),
    changes: z.array(changeSchema, { error: 'expected a list of changes, each with date and note' }).default([]),
    events: z.array(timelineEventSchema, { error: 'expected a list of events' }).default([]),
    sources: z.array(sourceSchema, { error: 'expected a list of sources' }).default([]),
    draft: flag.default(false),
  })
  .superRefine((value, ctx) => {
    if (value.updated && value.updated < value.date) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `${value.updated} is before date ${value.date}` });
    }
    value.changes.forEach((change, index) => {
      if (change.date < value.date) {
        ctx.addIssue({ code: 'custom', path: ['changes', index, 'date'], message: `${change.date} is before date ${value.date}` });
      }
    });
  });

/** The article settings that are the same in every language (the form fills them in once); the others are translated. */
export const SHARED_ARTICLE_FIELDS = ['date', 'updated', 'draft'] as const;

/**
 * The most words the home page's lede may have, as spaces separate them: it shares the first screen
 * of a phone with the figures. Vietnamese writes every syllable apart, about one and a half "words"
 * for each English one (the home's introduction: 153 words in English, 237 in Vietnamese).
 */
export const LEDE_MAX_WORDS: Record<Lang, number> = { en: 35, vi: 54 };

export const pageFrontMatterSchema = z.strictObject({
  title: text('the page title'),
  summary: text('one or two sentences for the meta description'),
  /** The home page's first lines, under its title: what the Convention is (see LEDE_MAX_WORDS). */
  lede: text('one or two sentences saying what the Convention is').optional(),
});

/**
 * Text that replaces an entry's own from a given day on, such as "Signature closed" once the
 * signature period has ended: an editor writes both once and the build shows the one true on its day.
 */
function fromDay<Shape extends z.ZodRawShape>(shape: Shape) {
  const fields = Object.keys(shape).join(', ');
  return z
    .strictObject({ date: isoDay, ...shape }, { error: `expected the day (date) and the fields that replace the entry's from that day (${fields})` })
    .refine((value) => Object.keys(shape).some((key) => key in value), { error: `replaces nothing (expected date and at least one of ${fields})` });
}

export const keyFactSchema = z
  .strictObject({
    id: identifier,
    label: translated('a short label'),
    value: translated('the value').optional(),
    date: isoDay.optional(),
    endDate: isoDay.optional(),
    detail: translated('a short explanation').optional(),
    source: webAddress,
    /** When the value was last checked; required for anything that can change, such as counts. */
    asOf: isoDayOrMonth.optional(),
    /** From this day on, these replace the fact's label, value or detail. */
    from: fromDay({ label: translated('a short label').optional(), value: translated('the value').optional(), detail: translated('a short explanation').optional() }).optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.value && !value.date) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'is missing (a key fact needs a value, a date, or both)' });
    }
    if (value.date) endNotBeforeStart({ date: value.date, endDate: value.endDate }, ctx);
  });

export const keyFactsFileSchema = z.strictObject({
  facts: z.array(keyFactSchema, { error: (iss) => (iss.input === undefined ? 'is missing (expected a list of key facts)' : 'expected a list of key facts') }).min(1, { error: 'is empty (expected at least one key fact)' }),
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Change = z.infer<typeof changeSchema>;
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;
export type KeyFactEntry = z.infer<typeof keyFactSchema>;

/** Forms of a term, per language, that link to the glossary when they appear in an article. */
const termForms = z.strictObject(
  Object.fromEntries(languages.map((lang) => [lang, z.array(text('a word or phrase as written in articles'))])) as Record<(typeof languages)[number], z.ZodArray<ReturnType<typeof text>>>,
);

export const glossaryTermSchema = z.strictObject({
  id: identifier,
  term: translated('the term'),
  definition: translated('a definition in plain words'),
  /** Where the definition is grounded. */
  source: webAddress,
  /** Each article links the first of these it contains to the term's definition. */
  forms: termForms.optional(),
  /** From this day on, this replaces the definition. */
  from: fromDay({ definition: translated('a definition in plain words') }).optional(),
});

export const glossaryFileSchema = z.strictObject({
  terms: z.array(glossaryTermSchema, { error: (iss) => (iss.input === undefined ? 'is missing (expected a list of terms)' : 'expected a list of terms') }),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/*
 * content/convention.md: how the Convention is laid out, for the "Inside the Convention" page. Its
 * order and ends are checked across the file by the loader (lib/content/checks.ts).
 */

const articleNumber = z
  .int({ error: (iss) => (iss.input === undefined ? 'is missing (expected the number of an article, e.g. 21)' : `expected the number of an article, e.g. 21, got ${describe(iss.input)}`) })
  .positive({ error: 'expected a number above 0' });

/** The web addresses that verify something: one or more. */
const verifiedAt = (what: string) =>
  z
    .array(webAddress, { error: (iss) => (iss.input === undefined ? `is missing (expected the web addresses that verify ${what})` : `expected a list of web addresses that verify ${what}`) })
    .min(1, { error: `is empty (expected at least one web address that verifies ${what})` });

const conventionChapterSchema = z.strictObject({
  title: translated('the chapter title'),
  /** The chapter's last article; left out where the sources do not say where the chapter ends. */
  lastArticle: articleNumber.optional(),
  sources: verifiedAt('the chapter and its articles'),
});

export const conventionFileSchema = z.strictObject({
  /** Where the whole structure is verified: a preamble, the number of chapters, the number of articles. */
  sources: verifiedAt('the structure (preamble, chapters, number of articles)'),
  /** In the Convention's order: the first is Chapter I. */
  chapters: z
    .array(conventionChapterSchema, { error: (iss) => (iss.input === undefined ? 'is missing (expected the list of chapters)' : 'expected the list of chapters') })
    .min(1, { error: 'is empty (expected the chapters, Chapter I first)' }),
  interpretativeNotes: z.strictObject(
    { text: translated('what the sources say about the interpretative notes'), sources: verifiedAt('that text') },
    { error: (iss) => (iss.input === undefined ? 'is missing (expected text and sources)' : 'expected text and sources') },
  ),
  /** The article file name (slug) of the site's explainer of Articles 64 and 65. */
  explainer64And65: text('the file name of an article, e.g. article-64-signature-and-entry-into-force'),
  /** Further explainers the page links to, by file name. */
  explainers: z.array(text('the file name of an article'), { error: 'expected a list of article file names' }).default([]),
  /** Glossary terms the page links to, by id. */
  terms: z.array(text('the id of a glossary term'), { error: 'expected a list of glossary term ids' }).default([]),
});

export type ConventionStructure = z.infer<typeof conventionFileSchema>;
export type ConventionChapter = ConventionStructure['chapters'][number];

/*
 * content/status.md: the signatures and instruments of each participant.
 */

const instrumentTypes = ['ratification', 'acceptance', 'approval', 'accession'] as const;

/** One day, or an ISO 8601 interval of days (`2025-10-25/2025-10-26`), the later day second. */
function isDayOrDays(value: string): boolean {
  const [start, end, ...rest] = value.split('/');
  return rest.length === 0 && isIsoDay(start) && (end === undefined || (isIsoDay(end) && end > start));
}

/**
 * The day of signature or, where the sources say only "at the Hanoi ceremony", the interval of days
 * it falls in: a day is never made up. Read as `{ date, endDate }`, the shape every date range has.
 */
const SIGNATURE_DATE_RULE: FormRule = { pattern: new RegExp(`^${DAY}(/${DAY})?$`), message: 'is not a date (expected YYYY-MM-DD, or YYYY-MM-DD/YYYY-MM-DD with the later day second)' };

const signatureDate = withRule(
  text('a date, YYYY-MM-DD, or YYYY-MM-DD/YYYY-MM-DD when only the days it falls between are known').refine(isDayOrDays, { error: refused(SIGNATURE_DATE_RULE) }),
  SIGNATURE_DATE_RULE,
).transform((value) => {
  const [date, endDate] = value.split('/');
  return endDate ? { date, endDate } : { date };
});

const instrumentSchema = z.strictObject(
  {
    type: z.enum(instrumentTypes, {
      error: (iss) =>
        iss.input === undefined
          ? 'is missing (expected ratification, acceptance, approval or accession)'
          : `${JSON.stringify(iss.input)} is not a kind of instrument (expected ratification, acceptance, approval or accession)`,
    }),
    /** The day of deposit with the Secretary-General. */
    date: isoDay,
    source: webAddress,
  },
  { error: 'expected the instrument as type, date and source' },
);

const participantSchema = z
  .strictObject({
    code: participantCode,
    signed: signatureDate.optional(),
    /** Where the signature is verified. */
    source: webAddress.optional(),
    instrument: instrumentSchema.optional(),
    /** What a reader should know about the row, such as a day that rests on one source; kept by the UNTC import. */
    note: translated('a short note').optional(),
  })
  .superRefine(({ signed, source, instrument }, ctx) => {
    const problem = (field: string[], message: string) => ctx.addIssue({ code: 'custom', path: field, message });
    if (!signed) {
      // Signature is not a step of accession: a State that did not sign joins by accession only.
      if (instrument?.type !== 'accession') problem(['signed'], 'is missing (expected YYYY-MM-DD; only a State that joins by accession has no signature)');
      if (source) problem(['source'], 'is the source of a signature, but signed is missing (an instrument has a source of its own)');
      return;
    }
    if (!source) problem(['source'], 'is missing (expected the web address where the signature is verified)');
    if (instrument?.type === 'accession') problem(['instrument', 'type'], 'accession is for a State that did not sign (a signatory deposits ratification, acceptance or approval)');
    // Against the first possible day: with only an interval known, nothing earlier is certain.
    if (instrument && instrument.date < signed.date) problem(['instrument', 'date'], `${instrument.date} is before the signature (${signed.date})`);
  });

/** A step at home toward joining, such as a parliament's vote: not a deposit with the UN, so never counted. */
const domesticStepSchema = z.strictObject({
  date: isoDay,
  step: translated('what was done, e.g. The parliament adopts the law approving the Convention'),
  source: webAddress,
});

const domesticStepsSchema = z.strictObject({
  code: joinableCode,
  steps: z.array(domesticStepSchema, { error: 'expected a list of steps, each with date, step and source' }).min(1, { error: 'is empty (expected at least one step)' }),
});

/** Each item of the list `list` has a code of its own. */
const eachCodeOnce = (list: string) => (items: { code: string }[], ctx: z.RefinementCtx) => {
  const seen = new Map<string, number>();
  items.forEach(({ code }, index) => {
    const first = seen.get(code);
    if (first === undefined) seen.set(code, index);
    else ctx.addIssue({ code: 'custom', path: [index, 'code'], message: `"${code}" is also ${list}[${first}] (list each participant once)` });
  });
};

export const statusFileSchema = z
  .strictObject({
    /** The day of the UN Treaty Collection's status these rows reflect ("Status as at"): the date of the evidence. */
    asOf: isoDay,
    /** The last day signatures are known to from other sources, when that is later than asOf. */
    signaturesKnownTo: isoDay.optional(),
    /** The last day the rows were compared with UNTC and found unchanged (npm run status:watch), once they have been. */
    lastCompared: isoDay.optional(),
    hanoiSignatories: z.strictObject(
      {
        count: z
          .int({ error: (iss) => (iss.input === undefined ? 'is missing (expected the number of signatories at Hanoi)' : 'expected a whole number') })
          .positive({ error: 'expected a number above 0' }),
        source: webAddress,
      },
      { error: (iss) => (iss.input === undefined ? 'is missing (expected count and source)' : 'expected count and source') },
    ),
    participants: z
      .array(participantSchema, { error: (iss) => (iss.input === undefined ? 'is missing (expected a list of participants)' : 'expected a list of participants') })
      .superRefine(eachCodeOnce('participants')),
    /** Steps at home toward joining (a parliament's vote, a law), per participant: shown dated and sourced, never counted. */
    domesticSteps: z
      .array(domesticStepsSchema, { error: 'expected a list of participants, each with code and steps' })
      .superRefine(eachCodeOnce('domesticSteps'))
      .default([]),
  })
  .superRefine(({ asOf, signaturesKnownTo, lastCompared }, ctx) => {
    if (signaturesKnownTo && signaturesKnownTo <= asOf) ctx.addIssue({ code: 'custom', path: ['signaturesKnownTo'], message: `${signaturesKnownTo} is not after asOf (${asOf}); remove it, since the UNTC status already covers that day` });
    if (lastCompared && lastCompared < asOf) ctx.addIssue({ code: 'custom', path: ['lastCompared'], message: `${lastCompared} is before asOf (${asOf}); a comparison with UNTC that found no change cannot be older than the status it confirmed` });
  });

/** content/status.md: who has signed and who has joined. */
export type Status = z.output<typeof statusFileSchema>;
export type Participant = Status['participants'][number];
export type Instrument = NonNullable<Participant['instrument']>;
export type DomesticStep = z.infer<typeof domesticStepSchema>;

/*
 * Content as the loader hands it on: the types every module reads, derived from the schemas above.
 */

/**
 * `published` is public; a `draft` (draft: true) and a `scheduled` article (dated after today)
 * are shown only in `npm run dev`, marked, and never built into the site.
 */
export type Publication = 'published' | 'draft' | 'scheduled';

/** An article in one language. `slug` is its file name and its URL; the same slug in both languages pairs translations. */
export type Article = ArticleFrontMatter & {
  slug: string;
  lang: Lang;
  html: string;
  /** Whether readers see it yet: only `published` articles are built into the site. */
  publication: Publication;
  /** The latest of `updated` and the dates of `changes` (which are sorted newest first); undefined if never updated. */
  lastUpdated?: string;
};

/** A fixed page of the site (home introduction, about) whose text editors own. */
export type Page = PageFrontMatter & { html: string };

export const pageNames = ['home', 'about'] as const;
export type PageName = (typeof pageNames)[number];
