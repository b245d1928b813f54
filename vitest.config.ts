import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { workflowParser } from './test/meta/workflow-parser-plugin.js';

export default defineConfig({
  plugins: [workflowParser()],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // vitest leaves one core free by default; on CI's two cores that runs the files one at a
    // time. One worker more than the cores: end-to-end tests wait on child processes, servers
    // and retry back-offs, and a third worker fills those waits (the suite: 124 s → 110 s here).
    maxWorkers: availableParallelism() + 1,
    // Each worker imports the sources once for all its files instead of once per file: the suite
    // ran 110 s isolated and 86 s shared here (imports 20 s → 7 s). The tests may share modules:
    // they pass collaborators in (no module mocks), and those that change the process (its
    // directory, environment, stdout) put it back after themselves.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
