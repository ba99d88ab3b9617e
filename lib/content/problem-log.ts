import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { fieldPath, type ContentProblem } from './errors';
import { parseFrontMatter } from './front-matter';

/** A content file as read, before its front matter is checked. */
export type ParsedContentFile = { data: unknown; body: string; bodyLine: number };

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

/** Collects problems across every file so one run reports them all. */
export class ProblemLog {
  readonly errors: ContentProblem[] = [];
  readonly warnings: ContentProblem[] = [];

  add(file: string, message: string, field?: string) {
    this.errors.push({ file: path.relative(process.cwd(), file) || file, field, message });
  }

  warn(file: string, message: string, field?: string) {
    this.warnings.push({ file: path.relative(process.cwd(), file) || file, field, message });
  }

  /** Reads and parses one file; undefined (with the problem logged) when it is not valid. `bodyLine` is the file's line where the body starts. */
  read<S extends z.ZodType>(file: string, schema: S): { data: z.output<S>; body: string; bodyLine: number } | undefined {
    const parsed = this.parse(file);
    return parsed && this.validate(file, parsed, schema);
  }

  /** Reads one file into its front matter, not yet checked, and its body; undefined (with the problem logged) when it cannot be read. */
  parse(file: string): ParsedContentFile | undefined {
    if (!fs.existsSync(file)) {
      this.add(file, 'is missing');
      return undefined;
    }
    let source: string;
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
    } catch {
      this.add(file, 'is not UTF-8 text (save it as UTF-8)');
      return undefined;
    }
    if (source.trim() === '') {
      this.add(file, 'is empty (expected front matter between --- lines, then the text)');
      return undefined;
    }
    let parsed;
    try {
      parsed = parseFrontMatter(source);
    } catch (error) {
      this.add(file, `front matter cannot be read: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
    const bodyLine = source.slice(0, source.length - parsed.body.length).split('\n').length;
    return { data: parsed.data ?? {}, body: parsed.body, bodyLine };
  }

  /** Checks a parsed file's front matter against its schema; undefined (with every problem logged) when it does not match. */
  validate<S extends z.ZodType>(file: string, parsed: ParsedContentFile, schema: S): { data: z.output<S>; body: string; bodyLine: number } | undefined {
    const result = schema.safeParse(withoutEmptyFields(parsed.data));
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            this.add(file, 'is not a known field (check the spelling)', fieldPath([...issue.path, key]));
          }
        } else {
          this.add(file, issue.message, fieldPath(issue.path) || undefined);
        }
      }
      return undefined;
    }
    return { data: result.data, body: parsed.body, bodyLine: parsed.bodyLine };
  }
}
