// Standard input as a merge request may fill it: `git show REV:policy.hujson | tailnet-policy
// plan - policy.hujson` in CI. A stream of zeros is cut at the file limit, and a writer that never
// closes at the run's deadline, each in one line, as a file of the same bytes would be.
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEntry } from '../support/action-runner.js';

let dir: string;
let policy: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'stdin-'));
  policy = path.join(dir, 'policy.hujson');
  await writeFile(policy, '{}\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI with `stdin` as its standard input: a descriptor, or a pipe left open. */
function run(args: string[], stdin: number | 'pipe'): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { PATH: process.env['PATH'] ?? '' };
    const child = spawn(process.execPath, [cliEntry(), ...args], { cwd: dir, env, stdio: [stdin, 'pipe', 'pipe'] });
    let [stdout, stderr] = ['', ''];
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Never ended: the process must give up on its own.
    if (stdin === 'pipe') child.stdin!.on('error', () => undefined);
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('standard input', () => {
  it.each([
    ['plan', ['plan', '-', 'policy.hujson']],
    ['check', ['check', '-']],
    ['fmt', ['fmt', '-']],
  ])('%s reads /dev/zero only up to the limit for policy files', async (command, args) => {
    const zero = openSync('/dev/zero', 'r');
    try {
      expect(await run(args, zero)).toEqual({
        code: 2,
        stdout: '',
        stderr: `tailnet-policy ${command}: cannot read <stdin>: larger than 10 MiB, the limit for policy files\n`,
      });
    } finally {
      closeSync(zero);
    }
  });

  it.each([
    ['plan', ['plan', '-', 'policy.hujson', '--timeout', '1s']],
    ['check', ['check', '-', '--timeout', '1s']],
  ])('%s stops waiting for a writer that never closes at --timeout', async (command, args) => {
    expect(await run(args, 'pipe')).toEqual({
      code: 2,
      stdout: '',
      stderr: `tailnet-policy ${command}: cannot read <stdin>: the input did not end before the timeout\n`,
    });
  });
});
