import { register } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The tests import the sources natively, through test/support/ts-loader.mjs, in the main process
// (the global setup) and in each worker. Vite's module runner, vitest's default, reads every
// imported name through a getter on an object V8 keeps in dictionary mode, so no call across
// modules is inlined: there the engine ran 6-7x slower than in the build users run (a 10 MB
// format: 3.9 s against 0.6 s), and the suite's timeouts for hangs measured the runner.
register('./test/support/ts-loader.mjs', import.meta.url);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    experimental: { viteModuleRunner: false, nodeLoader: false },
    execArgv: ['--import', fileURLToPath(new URL('./test/support/register-ts.mjs', import.meta.url))],
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
