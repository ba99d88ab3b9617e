import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_FETCH_OPTIONS } from '@/lib/status/untc/fetch';
import { ROOT } from './run';

/*
 * The daily workflow cannot run here: these tests read it. They check what it promises: daily, with
 * no more rights than committing and proposing, the watch's report as the pull request's
 * description, and nothing ever merged or pushed to main except a comparison that found no change.
 */

type Step = { name?: string; id?: string; if?: string; run?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> };
type Job = { needs?: string | string[]; if?: string; permissions?: Record<string, string>; steps: Step[] };
type Workflow = { on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown }; permissions: Record<string, string>; env: Record<string, string>; jobs: Record<string, Job> };

const read = (name: string) => parse(fs.readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;
const workflow = read('status-watch.yml');
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const stepWith = (text: string) => {
  const found = steps.filter((step) => step.run?.includes(text));
  expect(found, `one step runs ${text}`).toHaveLength(1);
  return found[0];
};

/** Minutes after midnight UTC of a daily cron ("35 16 * * *"). */
function dailyAt(cron: string): number {
  const [minute, hour, ...rest] = cron.split(' ');
  expect(rest, `${cron} runs every day`).toEqual(['*', '*', '*']);
  return Number(hour) * 60 + Number(minute);
}

describe('the daily status watch workflow', () => {
  it('runs every day, shortly before the daily build publishes the site, and by hand', () => {
    expect(workflow.on.schedule).toHaveLength(1);
    const watch = dailyAt(workflow.on.schedule![0].cron);
    const build = dailyAt(read('site.yml').on.schedule![0].cron);
    expect(build - watch).toBeGreaterThan(0);
    expect(build - watch).toBeLessThanOrEqual(60);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('asks for no rights but writing contents and pull requests, and no job for more', () => {
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        expect(workflow.permissions, `job ${name} asks for ${scope}: ${level}`).toHaveProperty(scope);
        expect(['read', 'write', 'none'], `job ${name}`).toContain(level);
      }
    }
  });

  it('fails the run on any exit code but 0 (no change) and 10 (changes)', () => {
    const watch = stepWith('npm run status:watch');
    expect(watch.run).toMatch(/^\s*0\) echo 'changes=false'/m);
    expect(watch.run).toMatch(/^\s*10\) echo 'changes=true'/m);
    expect(watch.run).toMatch(/^\s*\*\) .*exit 1 ;;$/m);
  });

  it('gives the pull request the report the watch wrote, as its description, and its heading as its title', () => {
    const report = /--report "([^"]+)"/.exec(stepWith('npm run status:watch').run!)?.[1];
    expect(report).toBe('$RUNNER_TEMP/$REPORT');
    const propose = stepWith('gh pr create');
    expect(propose.if).toBe("steps.watch.outputs.changes == 'true'");
    const bodies = [...propose.run!.matchAll(/--body-file "([^"]+)"/g)].map((match) => match[1]);
    expect(bodies).toEqual([report, report]);
    expect(propose.run).toContain(`title=$(head -n 1 "${report}" | sed 's/^# //')`);
    expect(propose.run).toMatch(/gh pr edit "\$number" --title "\$title"/);
  });

  it('pushes to main only the day of a comparison without change, and never merges', () => {
    const pushes = steps.filter((step) => /git push origin HEAD:main/.test(step.run ?? ''));
    expect(pushes).toHaveLength(1);
    expect(pushes[0].if).toBe("steps.watch.outputs.changes == 'false'");
    expect(pushes[0].run).toContain('git add content/status.md\n');
    expect(stepWith('gh pr create').run).toContain('git push --force origin "$BRANCH"');
    expect(steps.some((step) => /gh pr merge|--auto|git merge/.test(step.run ?? ''))).toBe(false);
  });

  it('runs the full tests on the commit the pull request proposes, and says the result on it', () => {
    const { test, tell } = workflow.jobs;
    expect(test.needs).toBe('watch');
    expect(test.steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.ref).toBe('${{ needs.watch.outputs.commit }}');
    expect(test.steps.some((step) => step.run === 'npm test')).toBe(true);
    expect(tell.if).toMatch(/^always\(\)/);
    expect(tell.steps[0].run).toContain('gh pr comment "$BRANCH"');
  });

  it('is described in docs/deploying.md as it is: the hour in Hanoi, the exit codes, the fetch’s limits', () => {
    const docs = fs.readFileSync(path.join(ROOT, 'docs', 'deploying.md'), 'utf8');
    const hanoi = (dailyAt(workflow.on.schedule![0].cron) + 7 * 60) % (24 * 60);
    expect(docs.replace(/\s+/g, ' ')).toContain(`every day at ${String(Math.floor(hanoi / 60)).padStart(2, '0')}:${String(hanoi % 60).padStart(2, '0')} in Hanoi`);
    expect(docs).toMatch(/\| 0 \| Compared, no change \|[^\n]*\n\| 10 \| Changes found \|[^\n]*\n\| anything else \|/);
    const { timeoutMs, maxBytes, retries, backoffMs } = DEFAULT_FETCH_OPTIONS;
    const waits = Array.from({ length: retries }, (_, i) => (backoffMs * 2 ** i) / 1000);
    expect(docs.replace(/\s+/g, ' ')).toContain(`a ${timeoutMs / 1000}-second timeout per attempt, a ${maxBytes / 1024 / 1024} MB limit and three retries (${waits.slice(0, -1).join(', ')} and ${waits.at(-1)} seconds apart)`);
    expect(retries).toBe(3);
  });
});
