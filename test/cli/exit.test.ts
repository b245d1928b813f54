// The built command ends its process as soon as everything is written (src/cli.ts), without
// waiting for Node to take its heap down: what it wrote must still all arrive, in order, with
// the command's exit status, through pipes whose reader is slower than the writer.

import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliEntry } from '../support/action-runner.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'exit-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  out: string;
  err: string;
}

/** Runs the built CLI with both outputs piped, reading them only every few milliseconds. */
function run(args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [cliEntry(), ...args], { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  const read = (stream: NodeJS.ReadableStream): Promise<string> => {
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      text += chunk;
      stream.pause();
      setTimeout(() => stream.resume(), 2);
    });
    return new Promise((resolve) => stream.on('end', () => resolve(text)));
  };
  const [out, err] = [read(child.stdout), read(child.stderr)];
  const status = new Promise<number | null>((resolve) => child.on('close', resolve));
  return Promise.all([status, out, err]).then(([s, o, e]) => ({ status: s, out: o, err: e }));
}

describe('tailnet-policy, the built command, at its exit', () => {
  it('has written every line of a long standard error, and exits with its status', async () => {
    const files = Array.from({ length: 3000 }, (_, i) => `missing-${i}.hujson`);
    const result = await run(['check', ...files]);
    expect(result.status).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(
      files.map((f) => `tailnet-policy check: cannot read ${f}: no such file or directory\n`).join(''),
    );
  });

  it('has written every line of a long report, and exits with its status', async () => {
    const tests = Array.from({ length: 3000 }, () => '{"src": "a@example.com", "accept": ["b@example.com:80"]}');
    await writeFile(join(dir, 'policy.hujson'), `{"acls": [], "tests": [\n${tests.join(',\n')}\n]}\n`);
    const result = await run(['check', 'policy.hujson']);
    const line = (n: number): string =>
      `policy.hujson:${n}:37: test failed for "a@example.com": [acl test error]: ` +
      'address "b@example.com:80": want: Accept, got: Drop\n';
    expect(result).toEqual({
      status: 1,
      out:
        Array.from({ length: 3000 }, (_, i) => line(i + 2)).join('') +
        'policy.hujson: 3000 test(s): 0 passed, 3000 failed, 0 undecided (offline, no tailnet given)\n',
      err: '',
    });
  });
});
