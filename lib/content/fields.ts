import type { z } from 'zod';
import { fieldPath } from './errors';

/** A problem with one field of a file: the field as editors write it (`events[2].date`), and what is wrong. */
export type FieldProblem = { field?: string; message: string };

/**
 * A field with nothing after its colon (`updated:`) is a field not given, as an editor means it; the
 * form (Decap CMS) also writes `updated: null` for a date left empty. Only fields of groups: an
 * empty item of a list stays, to be reported.
 */
function withoutEmptyFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyFields);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null).map(([key, field]) => [key, withoutEmptyFields(field)]));
}

/**
 * A file's front matter checked against its schema: its data, or every problem with its fields. The
 * loader checks each file this way, and the editor's preview pane each entry; it reads no file.
 */
export function checkFields<S extends z.ZodType>(schema: S, data: unknown): { data: z.output<S>; problems?: undefined } | { data?: undefined; problems: FieldProblem[] } {
  const result = schema.safeParse(withoutEmptyFields(data));
  if (result.success) return { data: result.data };
  return {
    problems: result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), message: 'is not a known field (check the spelling)' }))
        : [{ field: fieldPath(issue.path) || undefined, message: issue.message }],
    ),
  };
}
