import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { BEHAVIOUR_BROWSER_TESTS, CONTENT_TESTS, TOOL_BROWSER_TESTS } from './tests/projects';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        // tests/scripts run the editors' commands as child processes: slower than plain unit tests.
        test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/scripts/**/*.test.ts'], exclude: [...configDefaults.exclude, ...CONTENT_TESTS], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        // The unit tests that read the project's own content/ (tests/projects.ts). They mock nothing and
        // restore what they change (TZ), so their files share a module graph: importing the loader and
        // remark once per worker, not once per file, takes the run from 20 s to 6.5 s here.
        test: { name: 'content', include: CONTENT_TESTS, environment: 'node', testTimeout: 30_000, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/components/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Builds the whole site with special inputs (two fixed days; the injection corpus) into out/, one after the other.
          name: 'builds',
          include: ['tests/builds/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // Every check of every built page, against the built site in out/: `npm run build` first.
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...TOOL_BROWSER_TESTS, ...BEHAVIOUR_BROWSER_TESTS],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
          // They mock nothing: one module graph for all files, not the loader and remark imported per file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // The built site's behaviour, through the pages the tests name (tests/projects.ts).
          name: 'e2e-behaviour',
          include: BEHAVIOUR_BROWSER_TESTS,
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // After the e2e project, never beside it: one browser at a time.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          // Browser tests of the project's tools on copies and fixtures (tests/projects.ts): no build needed.
          name: 'e2e-tools',
          include: TOOL_BROWSER_TESTS,
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // After the other browser tests, never beside them.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
