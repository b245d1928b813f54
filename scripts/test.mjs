// `npm test`: the type check, ESLint and Prettier run while the build that the end-to-end tests
// spawn is made (two cores do in parallel what used to wait in line), then vitest runs with
// that build. Each check's output is printed whole when it ends, so the log stays readable.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Runs a command; resolves with its exit code and everything it printed. */
function run(label, command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ label, code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ label, code: code ?? 1, output }));
  });
}

const build = await mkdtemp(path.join(tmpdir(), 'tailnet-policy-build-'));
try {
  const results = await Promise.all([
    run('build', process.execPath, [path.join(root, 'scripts', 'build.mjs'), build]),
    run('tsc', bin('tsc'), ['--noEmit', '-p', 'tsconfig.test.json']),
    run('eslint', bin('eslint'), ['.']),
    run('prettier', bin('prettier'), ['--check', '.']),
  ]);
  for (const { label, code, output } of results) {
    process.stdout.write(`--- ${label}: ${code === 0 ? 'ok' : `failed (exit ${code})`}\n${output}`);
  }
  const failed = results.filter((result) => result.code !== 0).map((result) => result.label);
  if (failed.length > 0) {
    process.stderr.write(`npm test: ${failed.join(', ')} failed (output above)\n`);
    process.exitCode = 1;
  } else {
    // vitest's global setup uses this build instead of making its own.
    const vitest = spawn(bin('vitest'), ['run', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TAILNET_POLICY_PREBUILT: build },
    });
    process.exitCode = await new Promise((resolve) => vitest.on('close', (code) => resolve(code ?? 1)));
  }
} finally {
  await rm(build, { recursive: true, force: true });
}
