import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { workflowParser } from './test/meta/workflow-parser-plugin.js';

export default defineConfig({
  plugins: [workflowParser()],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // vitest leaves one core free by default; on CI's two cores that runs the files one at a
    // time, while most end-to-end tests wait on a child process anyway.
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
