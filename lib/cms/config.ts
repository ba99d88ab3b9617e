import { z } from 'zod';
import { languages, type Lang } from '../i18n';
import { BASE_PATH, paths } from '../web/paths';
import { articleFrontMatterSchema, conventionFileSchema, FORM_RULE, glossaryFileSchema, keyFactsFileSchema, pageFrontMatterSchema, pageNames, SHARED_ARTICLE_FIELDS, statusFileSchema } from '../schema';
import { bilingual, fieldText } from './fields';

/*
 * The editing form's configuration (Decap CMS's config.yml), generated from the content schema so
 * the form and the loader cannot drift apart: every field the schema knows gets a widget, required
 * where the schema requires it and with the loader's own message where it checks a shape. Only the
 * words (lib/cms/fields.ts) and the sign-in (lib/cms/backend.ts) are written by hand.
 */

/** One field of the form, as Decap CMS reads it. */
export type CmsField = {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'markdown' | 'boolean' | 'number' | 'select' | 'list' | 'object';
  required: boolean;
  hint?: string;
  pattern?: [string, string];
  default?: unknown;
  options?: string[];
  value_type?: 'int';
  min?: number;
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  // true: translated; 'duplicate': the same in every language.
  i18n?: true | 'duplicate';
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
};

export type CmsCollection = {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  extension: 'md';
  format: 'frontmatter';
  folder?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  i18n?: boolean;
  /** Where an entry's page is on the site, from its file (Decap's "View Live" link). */
  preview_path?: string;
  files?: { name: string; label: string; file: string; i18n?: boolean; preview_path?: string; fields: CmsField[] }[];
  fields?: CmsField[];
};

/** What the form is told about signing in: a git host (lib/cms/backend.ts), or the local backend of `npm run cms`. */
export type CmsBackend = { name: string; [setting: string]: unknown };

export type CmsConfig = {
  backend: CmsBackend;
  local_backend?: { url: string; allowed_hosts: string[] };
  /** The language of Decap's own interface (Decap ships Vietnamese). */
  locale: Lang;
  /** The site the entries' "View Live" links lead to, and its link in the form's header. */
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  i18n: { structure: 'multiple_folders'; locales: string[]; default_locale: string };
  collections: CmsCollection[];
};

/** A JSON Schema node as zod writes it: the parts the form uses. */
type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  default?: unknown;
  exclusiveMinimum?: number;
  [FORM_RULE]?: { pattern: string; message: string };
};

/** The JSON Schema of what an editor writes (the input side: before defaults and transforms). */
function inputSchema(schema: z.ZodType): JsonSchema {
  // Refinements have no JSON Schema form: the loader checks them, the form checks the FormRule.
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** The article fields that are the same in both languages; the rest (and every page field) are translated. */
const SAME_IN_EVERY_LANGUAGE = new Set<string>(SHARED_ARTICLE_FIELDS);

/** The markdown editor without images or embeds: articles have none, so nothing is uploaded. */
const BODY_EDITOR = { modes: ['rich_text', 'raw'], buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'], editor_components: [] as string[] };

function widgetFor(node: JsonSchema, multiline: boolean): Pick<CmsField, 'widget' | 'options' | 'value_type' | 'min'> {
  if (node.enum) return { widget: 'select', options: node.enum };
  switch (node.type) {
    case 'string':
      return { widget: multiline ? 'text' : 'string' };
    case 'boolean':
      return { widget: 'boolean' };
    case 'integer':
      return { widget: 'number', value_type: 'int', ...(node.exclusiveMinimum === 0 && { min: 1 }) };
    case 'array':
      return { widget: 'list' };
    case 'object':
      return { widget: 'object' };
    default:
      throw new Error(`the form has no widget for a schema node of type ${node.type ?? 'unknown'}`);
  }
}

/** The form field for the schema property `name` at `path`, with its children. */
function fieldFor(collection: string, path: string[], node: JsonSchema, required: boolean): CmsField {
  const name = path.at(-1)!;
  const text = fieldText(collection, path);
  const rule = node[FORM_RULE];
  const field: CmsField = {
    name,
    label: bilingual(text.label),
    ...widgetFor(node, text.multiline ?? false),
    required,
    ...(text.hint && { hint: bilingual(text.hint) }),
    ...(rule && { pattern: [rule.pattern, rule.message] as [string, string] }),
    ...(node.default !== undefined && { default: node.default }),
  };
  // Decap checks the required fields of a group even when the group is left out, so inside an
  // optional group none is required in the form; the check still refuses a group half filled in.
  if (node.type === 'object') field.fields = fieldsOf(collection, path, node, required);
  if (node.type === 'array' && node.items) {
    if (node.items.type === 'object') {
      field.fields = fieldsOf(collection, path, node.items);
      field.collapsed = true;
      if (text.summary) field.summary = text.summary;
    } else {
      // A list of words: Decap keeps a one-field list as plain values.
      field.field = fieldFor(collection, [...path, name], node.items, true);
      field.field.label = field.label;
    }
  }
  return field;
}

function fieldsOf(collection: string, path: string[], node: JsonSchema, present = true): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) => fieldFor(collection, [...path, name], child, present && required.has(name) && child.default === undefined));
}

/** The markdown text after the front matter, which the loader reads as the body of articles and pages. */
function bodyField(collection: string): CmsField {
  const text = fieldText(collection, ['body']);
  // Not required: the loader accepts an article or page with no text, and so does the form.
  return { name: 'body', label: bilingual(text.label), widget: 'markdown', required: false, i18n: true, ...BODY_EDITOR };
}

/** Fields of a file in every language: each translated, or the same in both. */
function translatedFields(collection: string, schema: z.ZodType): CmsField[] {
  return [...fieldsOf(collection, [], inputSchema(schema)), bodyField(collection)].map((field) => ({ ...field, i18n: SAME_IN_EVERY_LANGUAGE.has(field.name) ? 'duplicate' : true }));
}

/** A page's path on the site as Decap joins it to site_url, which holds the base path: `en/glossary/`. */
const onSite = (href: string) => href.slice(BASE_PATH.length + 1);

/** The form's collections: articles, key facts, status, glossary, the Convention's structure and page texts. */
export function cmsCollections(): CmsCollection[] {
  const file = { extension: 'md' as const, format: 'frontmatter' as const };
  return [
    {
      name: 'articles',
      label: 'Articles · Bài viết',
      label_singular: 'Article · Bài viết',
      description: bilingual({ en: 'One file per language in content/articles/en/ and content/articles/vi/, paired by their file name', vi: 'Mỗi ngôn ngữ một tệp trong content/articles/en/ và content/articles/vi/, ghép cặp theo tên tệp' }),
      ...file,
      folder: 'content/articles',
      create: true,
      // The file name comes from the English title, made ASCII; it never changes afterwards.
      slug: '{{title}}',
      identifier_field: 'title',
      summary: '{{date}} · {{title}}',
      sortable_fields: ['date', 'title'],
      i18n: true,
      // {{dirname}} is the language folder of the entry's file (en), {{filename}} its slug: paths.article.
      preview_path: '{{dirname}}/articles/{{filename}}/',
      fields: translatedFields('articles', articleFrontMatterSchema),
    },
    {
      // A folder collection: Decap keeps one file per language only for folders. The site has a fixed set of pages (pageNames).
      name: 'pages',
      label: 'Page texts · Nội dung trang',
      description: bilingual({ en: `The texts of the fixed pages: ${pageNames.join(', ')}`, vi: `Nội dung các trang cố định: ${pageNames.join(', ')}` }),
      ...file,
      folder: 'content/pages',
      create: false,
      delete: false,
      identifier_field: 'title',
      i18n: true,
      fields: translatedFields('pages', pageFrontMatterSchema),
    },
    {
      name: 'data',
      label: 'Key facts, glossary, status, structure · Thông tin chính, thuật ngữ, tình trạng, cấu trúc',
      ...file,
      files: [
        { name: 'keyFacts', label: 'Key facts · Thông tin chính', file: 'content/key-facts.md', preview_path: onSite(paths.home('en')), fields: fieldsOf('keyFacts', [], inputSchema(keyFactsFileSchema)) },
        { name: 'glossary', label: 'Glossary · Thuật ngữ', file: 'content/glossary.md', preview_path: onSite(paths.glossary('en')), fields: fieldsOf('glossary', [], inputSchema(glossaryFileSchema)) },
        { name: 'status', label: 'Signatures and Parties · Ký và thành viên', file: 'content/status.md', preview_path: onSite(paths.status('en')), fields: fieldsOf('status', [], inputSchema(statusFileSchema)) },
        { name: 'convention', label: 'Inside the Convention · Cấu trúc Công ước', file: 'content/convention.md', preview_path: onSite(paths.convention('en')), fields: fieldsOf('convention', [], inputSchema(conventionFileSchema)) },
      ],
    },
  ];
}

/**
 * The whole configuration for a backend, with Decap's interface in `locale`. `localBackend` is the
 * address of `npm run cms`'s file server, never set in a build; `siteUrl` is where the entries'
 * pages are (the site, or the preview of `npm run cms`).
 */
export function cmsConfig(backend: CmsBackend, { localBackend, locale = 'en', siteUrl }: { localBackend?: string; locale?: Lang; siteUrl: string }): CmsConfig {
  return {
    backend,
    ...(localBackend && { local_backend: { url: localBackend, allowed_hosts: [new URL(localBackend).hostname] } }),
    locale,
    site_url: siteUrl,
    display_url: siteUrl,
    // Required by Decap; no field uploads anything.
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...languages], default_locale: 'en' },
    collections: cmsCollections(),
  };
}
