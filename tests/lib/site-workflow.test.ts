import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

/*
 * .github/workflows/site.yml publishes what it tested: one build, for publishing, checked and then
 * uploaded as the artifact the deploy job publishes; and a push that changes only content/ runs what
 * content can break, any other everything (.ci/scope decides, run here on real commits).
 */

const ROOT = path.join(import.meta.dirname, '..', '..');

type Step = { name?: string; if?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { needs?: string | string[]; if?: string; env?: Record<string, string>; steps: Step[] };

const workflow = YAML.parse(fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'site.yml'), 'utf8')) as { jobs: Record<string, Job> };
const { jobs } = workflow;
const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The npm scripts a job runs, in order. */
const npmRuns = (job: Job) => job.steps.flatMap((step) => [...(step.run ?? '').matchAll(/npm run ([\w:]+)(.*)/g)].map(([, script, rest]) => `${script}${rest.trimEnd()}`));

describe('the workflow builds once and publishes what it tested', () => {
  it('builds the site once, in the site job, for publishing: with the public SITE_URL, not as a test build', () => {
    const builds = Object.entries(jobs).flatMap(([name, job]) => npmRuns(job).filter((run) => run.startsWith('build')).map((run) => `${name}: ${run}`));
    expect(builds).toEqual(['site: build']);
    const step = (run: string) => jobs.site.steps.find((one) => one.run === run)!;
    expect(step('npm run build').env?.SITE_URL).toBe('${{ vars.SITE_URL }}');
    // The checks read the same address, to check the build made for it; the tests on fixtures and the content, none.
    for (const run of ['npm run test:site', 'npm run test:behaviour', 'npm run test:lighthouse']) expect(step(run).env?.SITE_URL, run).toBe('${{ vars.SITE_URL }}');
    for (const run of ['npm run check', 'npm run test:content']) expect(step(run).env?.SITE_URL, run).toBeUndefined();
    expect(jobs.site.env).toBeUndefined();
  });

  it('checks that build (browser checks, links, headers, nginx, Lighthouse) after building it, then uploads that out/', () => {
    const steps = jobs.site.steps;
    const index = (find: (step: Step) => boolean) => steps.findIndex(find);
    const build = index((step) => step.run === 'npm run build');
    const checks = index((step) => step.run === 'npm run test:site');
    const behaviour = index((step) => step.run === 'npm run test:behaviour');
    const lighthouse = index((step) => step.run === 'npm run test:lighthouse');
    const upload = index((step) => step.uses?.startsWith('actions/upload-pages-artifact') ?? false);
    expect([build, checks, behaviour, lighthouse, upload].every((at) => at >= 0)).toBe(true);
    expect(build).toBeLessThan(checks);
    expect(checks).toBeLessThan(behaviour);
    expect(behaviour).toBeLessThan(lighthouse);
    expect(lighthouse).toBeLessThan(upload);
    expect(upload).toBe(steps.length - 1);
    expect(steps[upload].with).toEqual({ path: 'out' });
    // The checks run on the built site only: test:site and test:behaviour are projects over out/, which build nothing.
    expect(scripts['test:site']).toMatch(/vitest run --project e2e$/);
    expect(scripts['test:behaviour']).toMatch(/vitest run --project e2e-behaviour$/);
  });

  it('publishes that artifact and nothing else: the deploy job builds nothing, and waits for every check', () => {
    const deploy = jobs.deploy;
    expect(deploy.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
    expect(deploy.needs).toEqual(['site', 'code']);
    expect(deploy.if).toBe("always() && needs.site.result == 'success' && (needs.code.result == 'success' || needs.code.result == 'skipped')");
  });
});

describe('what each push runs', () => {
  it('runs what content can break on every push: the content check, the tests that read the content, the build and the checks of every built page', () => {
    expect(jobs.site.if).toBeUndefined();
    expect(npmRuns(jobs.site)).toEqual(['check', 'test:content', 'build', 'test:site', 'test:behaviour', 'test:lighthouse']);
    const conditional = jobs.site.steps.filter((step) => step.if).map((step) => step.run);
    expect(conditional).toEqual(['npm run test:behaviour']);
  });

  it('runs the pages’ behaviour on a push of code and daily, not on a push of content alone', () => {
    const behaviour = jobs.site.steps.find((step) => step.run === 'npm run test:behaviour')!;
    expect(behaviour.if).toBe("needs.scope.outputs.content-only != 'true' || github.event_name == 'schedule'");
  });

  it('runs the rest, the code’s tests, unless the push changes only content/', () => {
    expect(jobs.code.if).toBe("needs.scope.outputs.content-only != 'true'");
    expect(npmRuns(jobs.code)).toEqual(['typecheck', 'test:unit', 'test:builds', 'test:tools']);
  });

  it('leaves out nothing npm test runs', () => {
    const everything = Object.values(jobs).flatMap(npmRuns).map((run) => run.split(' ')[0]);
    const npmTest = [...scripts.test.matchAll(/npm run ([\w:]+)/g)].map(([, script]) => script);
    // test:e2e is test:site, test:behaviour and test:tools together.
    const expanded = npmTest.flatMap((script) => (script === 'test:e2e' ? ['test:site', 'test:behaviour', 'test:tools'] : [script]));
    expect(scripts['test:e2e']).toMatch(/vitest run --project e2e --project e2e-behaviour --project e2e-tools$/);
    for (const script of expanded) expect(everything, script).toContain(script);
  });

  describe('.ci/scope', () => {
    /** A git repository with a first commit, and what .ci/scope says of a push of `files` after it. */
    function scopeOf(files: string[], env: Record<string, string> = {}): string {
      const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'scope-'));
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo, encoding: 'utf8' }).trim();
      try {
        git('init', '-q');
        for (const file of ['content/articles/en/a.md', 'lib/site.ts']) {
          fs.mkdirSync(path.join(repo, path.dirname(file)), { recursive: true });
          fs.writeFileSync(path.join(repo, file), 'first\n');
        }
        git('add', '.');
        git('commit', '-qm', 'first');
        const before = git('rev-parse', 'HEAD');
        for (const file of files) {
          fs.mkdirSync(path.join(repo, path.dirname(file)), { recursive: true });
          fs.writeFileSync(path.join(repo, file), 'changed\n');
        }
        git('add', '.');
        git('commit', '-qm', 'push', '--allow-empty');
        const after = git('rev-parse', 'HEAD');
        return execFileSync('sh', [path.join(ROOT, '.ci', 'scope')], { cwd: repo, env: { ...process.env, EVENT: 'push', BEFORE: before, AFTER: after, ...env }, encoding: 'utf8' }).trim();
      } finally {
        fs.rmSync(repo, { recursive: true, force: true });
      }
    }

    it('takes the content-only path for a push that changes only content/', () => {
      expect(scopeOf(['content/articles/en/a.md', 'content/articles/vi/a.md'])).toBe('content-only=true');
    });

    it('runs everything for a push that changes anything else, or nothing', () => {
      expect(scopeOf(['lib/site.ts'])).toBe('content-only=false');
      expect(scopeOf(['content/articles/en/a.md', 'lib/site.ts'])).toBe('content-only=false');
      expect(scopeOf(['contentious.md'])).toBe('content-only=false');
      expect(scopeOf([])).toBe('content-only=false');
    });

    it('runs everything when there is nothing to compare with (a new branch), or when started by hand; the daily rebuild, content only', () => {
      expect(scopeOf(['content/articles/en/a.md'], { BEFORE: '0000000000000000000000000000000000000000' })).toBe('content-only=false');
      expect(scopeOf(['content/articles/en/a.md'], { EVENT: 'workflow_dispatch' })).toBe('content-only=false');
      expect(scopeOf(['lib/site.ts'], { EVENT: 'schedule' })).toBe('content-only=true');
    });
  });
});
