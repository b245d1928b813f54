import { defineConfig } from 'vitest/config';
import { workflowParser } from './test/meta/workflow-parser-plugin.js';

export default defineConfig({
  plugins: [workflowParser()],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
