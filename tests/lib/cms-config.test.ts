import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { gitBackend } from '@/lib/cms/backend';
import { cmsCollections, cmsConfig, type CmsField } from '@/lib/cms/config';
import { fieldText } from '@/lib/cms/fields';
import { paths } from '@/lib/web/paths';
import { articleFrontMatterSchema, conventionFileSchema, FORM_RULE, glossaryFileSchema, isoDay, keyFactsFileSchema, LEDE_MAX_WORDS, pageFrontMatterSchema, statusFileSchema } from '@/lib/schema';

const SITE = 'https://example.org';

/*
 * The form and the loader must never drift apart. These tests walk the schema independently of
 * lib/cms/config.ts, straight from zod's JSON Schema, and compare it with the generated form field by
 * field: every schema field has a widget, every widget a schema field, required agrees, and where
 * the loader checks a shape the form checks the same one with the loader's words.
 */

type Node = { type?: string; properties?: Record<string, Node>; required?: string[]; items?: Node; default?: unknown; [FORM_RULE]?: { pattern: string; message: string } };

type Expected = { path: string; required: boolean; type: string; rule?: { pattern: string; message: string } };

/**
 * Every field of a schema, by its path, as the loader sees it. A field is required when the schema
 * requires it without a default, in a group that is itself there: Decap would otherwise ask for the
 * fields of an optional group left out (the loader still refuses a group half filled in).
 */
function schemaFields(node: Node, prefix = '', present = true): Expected[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const own: Expected = { path, required: present && required.has(name) && child.default === undefined, type: child.type ?? 'enum', rule: child[FORM_RULE] };
    if (child.type === 'object') return [own, ...schemaFields(child, path, own.required)];
    if (child.type === 'array' && child.items?.type === 'object') return [own, ...schemaFields(child.items, path)];
    return [own];
  });
}

const WIDGET_TYPES: Record<CmsField['widget'], string[]> = {
  string: ['string'],
  text: ['string'],
  markdown: ['string'],
  select: ['enum', 'string'],
  boolean: ['boolean'],
  number: ['integer'],
  list: ['array'],
  object: ['object'],
};

/** Every field of the form, by the same paths. */
function formFields(fields: CmsField[], prefix = ''): { path: string; field: CmsField }[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    return [{ path, field }, ...formFields(field.fields ?? [], path)];
  });
}

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node;

const collections = cmsCollections();
const fieldsOf = (collection: string, file?: string) => {
  const found = collections.find((c) => c.name === collection)!;
  return file ? found.files!.find((f) => f.name === file)!.fields : found.fields!;
};

// Articles and page texts also have their markdown body, which the loader reads after the front matter.
const forms = [
  { name: 'articles', schema: articleFrontMatterSchema, fields: fieldsOf('articles'), body: true },
  { name: 'pages', schema: pageFrontMatterSchema, fields: fieldsOf('pages'), body: true },
  { name: 'keyFacts', schema: keyFactsFileSchema, fields: fieldsOf('data', 'keyFacts'), body: false },
  { name: 'glossary', schema: glossaryFileSchema, fields: fieldsOf('data', 'glossary'), body: false },
  { name: 'status', schema: statusFileSchema, fields: fieldsOf('data', 'status'), body: false },
  { name: 'convention', schema: conventionFileSchema, fields: fieldsOf('data', 'convention'), body: false },
];

describe.each(forms)('the $name form', ({ schema, fields, body }) => {
  const expected = schemaFields(jsonSchema(schema));
  const actual = formFields(fields);

  it('has a widget for every schema field, and no widget without one', () => {
    expect(actual.map((f) => f.path).sort()).toEqual([...expected.map((f) => f.path), ...(body ? ['body'] : [])].sort());
  });

  it('keeps the markdown body optional, as the loader does, and lists of words as lists of text', () => {
    if (body) expect(actual.find((f) => f.path === 'body')!.field).toMatchObject({ widget: 'markdown', required: false });
    for (const { field } of actual.filter(({ field }) => field.field)) expect(field.field, field.name).toMatchObject({ widget: 'string', required: true });
  });

  it('requires what the schema requires, and only that', () => {
    for (const { path, required } of expected) expect(actual.find((f) => f.path === path)!.field.required, path).toBe(required);
  });

  it('gives each field a widget for its kind of value', () => {
    for (const { path, type } of expected) expect(WIDGET_TYPES[actual.find((f) => f.path === path)!.field.widget], path).toContain(type);
  });

  it('checks the shapes the loader checks, in the loader’s words', () => {
    for (const { path, rule } of expected) expect(actual.find((f) => f.path === path)!.field.pattern, path).toEqual(rule ? [rule.pattern, rule.message] : undefined);
  });

  it('labels every field in both languages', () => {
    for (const { field } of actual) expect(field.label, field.name).toMatch(/^[^·]+ · [^·]+$/);
  });
});

describe('the generated form', () => {
  it('asks for the fields of an optional group only once the group is there', () => {
    const from = formFields(fieldsOf('data', 'keyFacts')).find((f) => f.path === 'facts.from')!.field;
    expect(from.required).toBe(false);
    expect(from.fields!.map((f) => [f.name, f.required])).toEqual([['date', false], ['label', false], ['value', false], ['detail', false]]);
    expect(formFields(fieldsOf('data', 'status')).find((f) => f.path === 'hanoiSignatories.count')!.field.required).toBe(true);
  });

  it('stops with the field to explain when a schema field has no words', () => {
    expect(() => fieldText('articles', ['subtitle'])).toThrow('lib/cms/fields.ts has no label for the field subtitle of articles: add one in English and Vietnamese');
  });

  it('refuses a date in the wrong form with the loader’s message', () => {
    const date = fieldsOf('articles').find((f) => f.name === 'date')!;
    const [pattern, message] = date.pattern!;
    const loader = isoDay.safeParse('30/11/2026').error!.issues[0].message;
    expect(loader).toBe(`"30/11/2026" ${message}`);
    expect(new RegExp(pattern).test('30/11/2026')).toBe(false);
    expect(new RegExp(pattern).test('2026-11-30')).toBe(true);
  });

  it('gives the home page’s lede the limits the loader applies: words in English, written syllables (chữ) in Vietnamese', () => {
    const { hint } = fieldsOf('pages').find((f) => f.name === 'lede')!;
    const [en, vi] = hint!.split(' · ');
    expect(en).toContain(`at most ${LEDE_MAX_WORDS.en} words`);
    expect(vi).toContain(`tối đa ${LEDE_MAX_WORDS.vi} chữ`);
  });

  it('translates the text of articles and keeps their dates and draft flag the same in both languages', () => {
    const i18n = Object.fromEntries(fieldsOf('articles').map((f) => [f.name, f.i18n]));
    expect(i18n).toEqual({ title: true, summary: true, date: 'duplicate', updated: 'duplicate', changes: true, events: true, sources: true, draft: 'duplicate', body: true });
  });

  it('keeps articles and page texts in one folder per language', () => {
    const config = cmsConfig({ name: 'github' }, { siteUrl: SITE });
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['en', 'vi'], default_locale: 'en' });
    expect(collections.filter((c) => c.i18n).map((c) => c.folder)).toEqual(['content/articles', 'content/pages']);
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  it('has the local backend only when asked for it, as npm run cms does', () => {
    expect(cmsConfig({ name: 'github' }, { siteUrl: SITE })).not.toHaveProperty('local_backend');
    expect(cmsConfig({ name: 'github' }, { localBackend: 'http://127.0.0.1:8080/api/v1', siteUrl: SITE }).local_backend).toEqual({ url: 'http://127.0.0.1:8080/api/v1', allowed_hosts: ['127.0.0.1'] });
  });

  it('speaks English by default and Vietnamese when asked: Decap ships both', () => {
    expect(cmsConfig({ name: 'github' }, { siteUrl: SITE }).locale).toBe('en');
    expect(cmsConfig({ name: 'github' }, { locale: 'vi', siteUrl: SITE }).locale).toBe('vi');
  });

  it('links each article, the key facts, the glossary, the status and the Convention’s structure to their pages on the site', () => {
    const config = cmsConfig({ name: 'github' }, { siteUrl: SITE });
    expect(config).toMatchObject({ site_url: SITE, display_url: SITE });
    // Decap fills {{dirname}} with the language folder of the entry's file, {{filename}} with its slug.
    const articles = config.collections.find((c) => c.name === 'articles')!;
    expect(`/${articles.preview_path!.replace('{{dirname}}', 'en').replace('{{filename}}', 'adoption')}`).toBe(paths.article('en', 'adoption'));
    const files = Object.fromEntries(config.collections.find((c) => c.name === 'data')!.files!.map((file) => [file.name, `/${file.preview_path}`]));
    expect(files).toEqual({ keyFacts: paths.home('en'), glossary: paths.glossary('en'), status: paths.status('en'), convention: paths.convention('en') });
  });
});

describe('gitBackend', () => {
  it('signs in to the repository the build names, through its OAuth service', () => {
    expect(gitBackend({ CMS_REPO: 'team/site', CMS_AUTH_URL: 'https://auth.example.org' })).toEqual({
      backend: { name: 'github', repo: 'team/site', branch: 'main', base_url: 'https://auth.example.org' },
      missing: [],
    });
  });

  it('takes the repository GitHub Actions runs in when none is named', () => {
    expect(gitBackend({ GITHUB_REPOSITORY: 'team/site', CMS_BRANCH: 'live', CMS_AUTH_URL: 'https://auth.example.org' }).backend).toEqual({
      name: 'github',
      repo: 'team/site',
      branch: 'live',
      base_url: 'https://auth.example.org',
    });
  });

  it('says what is missing: the repository, and the OAuth client unless Netlify builds the site', () => {
    expect(gitBackend({}).missing).toEqual(['CMS_REPO', 'CMS_AUTH_URL']);
    expect(gitBackend({ GITHUB_REPOSITORY: 'team/site' }).missing).toEqual(['CMS_AUTH_URL']);
    expect(gitBackend({ GITHUB_REPOSITORY: 'team/site', NETLIFY: 'true' })).toEqual({ backend: { name: 'github', repo: 'team/site', branch: 'main' }, missing: [] });
  });
});
