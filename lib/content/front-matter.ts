import matter from 'gray-matter';
import yaml from 'js-yaml';

export type ParsedFile = { data: unknown; body: string };

function refuse(): never {
  throw new Error('front matter must be YAML between --- lines; other languages are never run');
}

/**
 * Splits a content file into its YAML front matter and markdown body.
 * YAML is read with the core schema, so `date: 2024-12-24` stays the string "2024-12-24" instead of
 * becoming a UTC Date that shows as the 23rd west of Greenwich. gray-matter would evaluate `---js`
 * front matter as JavaScript: every engine but YAML is replaced by a refusal.
 */
export function parseFrontMatter(source: string): ParsedFile {
  if (!source.startsWith('---')) {
    throw new Error('the file must start with a line of three dashes (---), then the settings, then another --- line');
  }
  const language = matter.language(source).name;
  if (language && !['yaml', 'yml'].includes(language.toLowerCase())) {
    refuse();
  }
  const file = matter(source, {
    engines: {
      yaml: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object,
      javascript: refuse,
      js: refuse,
      json: refuse,
      coffee: refuse,
    },
  });
  return { data: file.data, body: file.content };
}
