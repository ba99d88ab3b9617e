/** One thing wrong in one content file: which file, which field, and what was expected. */
export type ContentProblem = { file: string; field?: string; message: string };

/** `content/articles/vi/article-64.md: events[2].date: "2025-13-01" is not a date (expected YYYY-MM-DD)` */
export function formatProblem({ file, field, message }: ContentProblem): string {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

/**
 * Every problem found in the content, thrown together so an editor fixes them all in one pass.
 * The build stops on it: nothing half-valid is ever published.
 */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** A field path as editors write it: `events[2].date`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}
