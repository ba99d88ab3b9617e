import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { fieldPath, type ContentProblem } from './errors';
import { parseFrontMatter } from './front-matter';

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
    const result = schema.safeParse(parsed.data ?? {});
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
    const bodyLine = source.slice(0, source.length - parsed.body.length).split('\n').length;
    return { data: result.data, body: parsed.body, bodyLine };
  }
}
