// `tailnet-policy check --devices`: a devices file that cannot be read or used is one line and
// status 2, whatever it holds (it may come from the merge request being checked).

import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.js';
import { fakeIO } from './fake-io.js';
import { useTempFiles } from './temp-files.js';

const temp = useTempFiles('devices-test-');
const put = temp.put;

async function run(args: string[]): Promise<{ status: number; out: string; err: string }> {
  const io = fakeIO('');
  const status = await runCheck(args, io);
  return { status, out: io.out(), err: io.err() };
}

describe('tailnet-policy check --devices', () => {
  it('rejects unreadable and malformed devices files with status 2', async () => {
    const file = await put('policy.hujson', '{}');
    const missing = join(temp.dir, 'missing.json');
    expect(await run([file, '--devices', missing])).toEqual({
      status: 2,
      out: '',
      err: `tailnet-policy check: cannot read --devices ${missing}: no such file or directory\n`,
    });
    // Where it goes wrong, never the text itself (JSON.parse's message quotes it).
    const notJson = await put('bad.json', '{"users": [],\n "SECRET-VALUE"}');
    expect((await run([file, '--devices', notJson])).err).toBe(
      `tailnet-policy check: cannot read --devices ${notJson}: not valid JSON (line 2, column 16: invalid character '}' after object name)\n`,
    );
    const hujson = await put('commented.json', '{"users": [], "nodes": {},}');
    expect((await run([file, '--devices', hujson])).err).toBe(
      `tailnet-policy check: cannot read --devices ${hujson}: not valid JSON (comments and trailing commas are HuJSON, not JSON)\n`,
    );
    const device = join(temp.dir, 'zero.json');
    await symlink('/dev/zero', device);
    expect((await run([file, '--devices', device])).err).toBe(
      `tailnet-policy check: cannot read --devices ${device}: not a regular file (a device, a pipe or a socket)\n`,
    );
    const wrong = await put('wrong.json', '{"users": [], "nodes": {"n": {"tags": []}}}');
    expect(await run([file, '--devices', wrong])).toEqual({
      status: 2,
      out: '',
      err: `tailnet-policy check: --devices ${wrong}: topology.nodes["n"]: expected either "tags" or an owning "user", got {"tags":[]}; see 'tailnet-policy check --help' for the shapes\n`,
    });
    // Quoted whole, this value overflowed JSON.stringify's stack: a crash with a stack trace, status 1.
    const deep = await put('deep.json', `{"devices": [${'['.repeat(100_000)}${']'.repeat(100_000)}]}`);
    expect(await run([file, '--devices', deep])).toEqual({
      status: 2,
      out: '',
      err: `tailnet-policy check: --devices ${deep}: devices response: expected a list of objects or {"devices": [...]}, got ${'['.repeat(77)}...; see 'tailnet-policy check --help' for the shapes\n`,
    });
  });
});
