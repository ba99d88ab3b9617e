import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { ContentProblem } from './errors';
import { checkFields } from './fields';
import { parseFrontMatter } from './front-matter';

/** A content file as read, before its front matter is checked. */
export type ParsedContentFile = { data: unknown; body: string; bodyLine: number };

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
    const checked = checkFields(schema, parsed.data);
    if (checked.problems) {
      for (const { field, message } of checked.problems) this.add(file, message, field);
      return undefined;
    }
    return { data: checked.data, body: parsed.body, bodyLine: parsed.bodyLine };
  }
}
