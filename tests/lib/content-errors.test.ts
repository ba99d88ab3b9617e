import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { ContentError } from '@/lib/content/errors';
import { article, contentDirWith } from './content-dir';

const INVALID = path.join(import.meta.dirname, '..', 'fixtures', 'invalid');

/**
 * Each fixture in tests/fixtures/invalid is one mistake an editor can make. Dropped into a copy of
 * the valid fixture folder, it must stop loading with exactly these problems: file, field, message.
 */
const cases: [fixture: string, field: string | undefined, message: string][] = [
  ['yaml-syntax.md', undefined, 'front matter cannot be read: '],
  ['missing-summary.md', 'summary', 'is missing (expected one or two sentences for lists and search results)'],
  ['empty-title.md', 'title', 'is empty (expected the article title)'],
  ['unknown-field.md', 'tittle', 'is not a known field (check the spelling)'],
  ['bad-date.md', 'events[2].date', '"2025-13-01" is not a date (expected YYYY-MM-DD, or YYYY-MM if only the month is known)'],
  ['updated-before-date.md', 'updated', '2025-02-01 is before date 2025-03-01'],
  ['change-before-date.md', 'changes[0].date', '2024-12-01 is before date 2025-01-01'],
  ['end-before-start.md', 'events[0].endDate', '2025-02-01 is before date 2025-02-10'],
  ['repeated-event-id.md', 'events[0].id', '"adoption" is also the id of an event in articles/en/later-news.md (each event id must be unique)'],
  ['relative-source.md', 'sources[0].url', '"../notes/source.html" is not a full web address (expected https://…)'],
  ['ftp-source.md', 'events[0].source', '"ftp://example.org/file" is not a full web address (expected https://…)'],
  ['broken-link.md', 'body', 'links to /en/articles/no-such-article/, but there is no article "no-such-article" in en (check the slug or id)'],
  ['broken-event-link.md', 'body', 'links to /en/timeline/#no-such-event, but there is no event "no-such-event" in en (check the slug or id)'],
  ['link-to-draft.md', 'body', 'links to /en/articles/work-in-progress/, which is not published yet (draft): the link would be broken'],
  ['no-front-matter.md', undefined, 'front matter cannot be read: the file must start with a line of three dashes (---), then the settings, then another --- line'],
  ['empty.md', undefined, 'is empty (expected front matter between --- lines, then the text)'],
  ['latin1.md', undefined, 'is not UTF-8 text (save it as UTF-8)'],
  ['notes.txt', undefined, 'is not a markdown file (content folders hold only .md files)'],
  ['js-front-matter.md', undefined, 'front matter cannot be read: front matter must be YAML between --- lines; other languages are never run'],
  ['First-Steps.md', undefined, 'has the same slug as first-steps.md (each slug names one article)'],
  ['todo-left-in.md', 'summary', 'still has a TODO placeholder (write the text, or keep draft: true until it is ready)'],
  ['heading-main.md', 'body', 'a heading gets the id "main", which the page itself uses: reword the heading'],
  ['page-event-id.md', 'events[0].id', '"cite-heading" is an id the page itself uses: choose another event id'],
  ['Bad_Name.md', undefined, 'file name is not a valid slug (use lowercase letters, digits and hyphens, e.g. article-64.md)'],
  ['event-participant-territory.md', 'events[0].participants[1]', '"GL" is not a State or organization that can join the Convention (a UN Member State, VA, PS or EU)'],
  ['event-participant-lowercase.md', 'events[0].participants[0]', '"vn" must be written in capitals ("VN")'],
];

function problems(dir: string) {
  try {
    loadContent(dir, { today: '2026-01-01' });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected the content to be rejected');
}

describe('every editor mistake stops loading with the file, the field and the fix', () => {
  it('has a test for every fixture', () => {
    expect(fs.readdirSync(INVALID).sort()).toEqual(cases.map(([fixture]) => fixture).sort());
  });

  it.each(cases)('%s', (fixture, field, message) => {
    const dir = contentDirWith({ [`articles/en/${fixture}`]: fs.readFileSync(path.join(INVALID, fixture)) });
    const file = path.relative(process.cwd(), path.join(dir, 'articles', 'en', fixture));
    const found = problems(dir);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe(file);
    expect(found[0].field).toBe(field);
    if (message.endsWith(': ')) expect(found[0].message.startsWith(message)).toBe(true);
    else expect(found[0].message).toBe(message);
  });

  it('formats a problem as "file: field: message"', () => {
    const dir = contentDirWith({ 'articles/vi/bad-date.md': fs.readFileSync(path.join(INVALID, 'bad-date.md')) });
    expect(() => loadContent(dir)).toThrow(
      `${path.relative(process.cwd(), path.join(dir, 'articles', 'vi', 'bad-date.md'))}: events[2].date: "2025-13-01" is not a date`,
    );
  });

  it('never runs JavaScript front matter', () => {
    contentDirWith({});
    problems(contentDirWith({ 'articles/en/js.md': fs.readFileSync(path.join(INVALID, 'js-front-matter.md')) }));
    expect((globalThis as { frontMatterRan?: string }).frontMatterRan).toBeUndefined();
  });

  it('loses nothing: the fixture folder it was dropped into is left as it was', () => {
    const dir = contentDirWith({ 'articles/en/bad-date.md': fs.readFileSync(path.join(INVALID, 'bad-date.md')) });
    const before = fs.readdirSync(dir, { recursive: true }).sort();
    problems(dir);
    expect(fs.readdirSync(dir, { recursive: true }).sort()).toEqual(before);
  });
});

/** The fixture's status file with a domesticSteps list (YAML, indented as under the key). */
const statusWithSteps = (steps: string) =>
  `---\nasOf: "2025-11-16"\nhanoiSignatories:\n  count: 72\n  source: https://example.org/untc\nparticipants:\n  - code: VN\n    signed: 2025-10-25\n    source: https://example.org/untc\ndomesticSteps:\n${steps}---\n`;

const vote = `      - date: 2026-02-10\n        step: { en: "The parliament adopts the law", vi: "Quốc hội thông qua luật" }\n        source: https://example.org/vote\n`;

describe('steps at home in status.md stop loading with the file, the field and the fix', () => {
  it('accepts a State with steps and no signature', () => {
    const { status } = loadContent(contentDirWith({ 'status.md': statusWithSteps(`  - code: DE\n    steps:\n${vote}`) }), { today: '2026-01-01' });
    expect(status.domesticSteps).toEqual([{ code: 'DE', steps: [{ date: '2026-02-10', step: { en: 'The parliament adopts the law', vi: 'Quốc hội thông qua luật' }, source: 'https://example.org/vote' }] }]);
  });

  it.each([
    ['a code that is not a country code', `  - code: XX\n    steps:\n${vote}`, 'domesticSteps[0].code', '"XX" is not an ISO 3166-1 alpha-2 country code in capitals, such as VN (or EU)'],
    ['a territory that cannot join', `  - code: GL\n    steps:\n${vote}`, 'domesticSteps[0].code', '"GL" is not a State or organization that can join the Convention (a UN Member State, VA, PS or EU)'],
    ['a code in small letters', `  - code: az\n    steps:\n${vote}`, 'domesticSteps[0].code', '"az" must be written in capitals ("AZ")'],
    ['no steps', '  - code: AZ\n    steps: []\n', 'domesticSteps[0].steps', 'is empty (expected at least one step)'],
    ['a code listed twice', `  - code: AZ\n    steps:\n${vote}  - code: AZ\n    steps:\n${vote}`, 'domesticSteps[1].code', '"AZ" is also domesticSteps[0] (list each participant once)'],
    [
      'a step without its source',
      '  - code: AZ\n    steps:\n      - date: 2026-02-10\n        step: { en: "The parliament adopts the law", vi: "Quốc hội thông qua luật" }\n',
      'domesticSteps[0].steps[0].source',
      'is missing (expected a full web address starting with https://)',
    ],
    [
      'a step in one language only',
      '  - code: AZ\n    steps:\n      - date: 2026-02-10\n        step: { en: "The parliament adopts the law" }\n        source: https://example.org/vote\n',
      'domesticSteps[0].steps[0].step.vi',
      'is missing (expected what was done, e.g. The parliament adopts the law approving the Convention)',
    ],
  ])('%s', (_case, steps, field, message) => {
    const dir = contentDirWith({ 'status.md': statusWithSteps(steps) });
    expect(problems(dir)).toEqual([{ file: path.relative(process.cwd(), path.join(dir, 'status.md')), field, message }]);
  });
});

describe('an event concerns the same States in every language', () => {
  const withParticipants = (participants: string) => article(`events:\n  - id: reception\n    date: 2025-11-17\n    title: "Reception"\n    source: https://example.org/r\n${participants}`);

  it('stops loading when the two languages name different States, saying which in each', () => {
    const dir = contentDirWith({ 'articles/en/reception.md': withParticipants('    participants: [VN, AT]\n'), 'articles/vi/reception.md': withParticipants('    participants: [VN]\n') });
    const found = problems(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ field: 'events[0].participants', message: '"reception" concerns [VN] here but [AT, VN] in articles/en/reception.md (an event concerns the same States in every language)' });
    expect(found[0].file).toBe(path.relative(process.cwd(), path.join(dir, 'articles', 'vi', 'reception.md')));
  });

  it('stops loading when one language names none', () => {
    const dir = contentDirWith({ 'articles/en/reception.md': withParticipants('    participants: [VN]\n'), 'articles/vi/reception.md': withParticipants('') });
    expect(problems(dir).map((problem) => problem.message)).toEqual(['"reception" concerns none here but [VN] in articles/en/reception.md (an event concerns the same States in every language)']);
  });

  it('accepts the same States in another order', () => {
    const dir = contentDirWith({ 'articles/en/reception.md': withParticipants('    participants: [VN, AT]\n'), 'articles/vi/reception.md': withParticipants('    participants: [AT, VN]\n') });
    expect(() => loadContent(dir, { today: '2026-01-01' })).not.toThrow();
  });
});

describe('the home page’s lede stops loading when it is missing or too long for a phone’s first screen', () => {
  const home = (lede?: string) => `---\ntitle: "home"\nsummary: "Summary of home."\n${lede === undefined ? '' : `lede: "${lede}"\n`}---\nBody.\n`;
  const words = (count: number, word: string) => Array.from({ length: count }, () => word).join(' ');

  it('accepts 35 words in English and 54 in Vietnamese, which writes every syllable apart', () => {
    const { pages } = loadContent(contentDirWith({ 'pages/en/home.md': home(words(35, 'word')), 'pages/vi/home.md': home(words(54, 'từ')) }));
    expect(pages.en.home.lede).toBe(words(35, 'word'));
  });

  it.each([
    ['none', 'pages/en/home.md', undefined, 'is missing (expected what the Convention is, in at most 35 words: the first lines of the home page)'],
    ['36 words in English', 'pages/en/home.md', words(36, 'word'), 'has 36 words (expected at most 35: it shares a phone\'s first screen with the figures)'],
    ['55 in Vietnamese', 'pages/vi/home.md', words(55, 'từ'), 'has 55 words (expected at most 54: it shares a phone\'s first screen with the figures)'],
  ])('%s', (_case, file, lede, message) => {
    const dir = contentDirWith({ [file]: home(lede) });
    expect(problems(dir)).toEqual([{ file: path.relative(process.cwd(), path.join(dir, file)), field: 'lede', message }]);
  });
});
