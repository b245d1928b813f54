import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, readdir, readFile, readlink, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FMT_USAGE, runFmt } from '../../src/cli/fmt.js';
import { main } from '../../src/cli/main.js';
import { format } from '../../src/hujson/index.js';
import { cliEntry } from '../support/action-runner.js';
import { fakeIO } from './fake-io.js';
import { useTempFiles } from './temp-files.js';

const MESSY = '{"a":1,\n"bbb":[1,2,]}';
const TIDY = '{\n\t"a":   1,\n\t"bbb": [1, 2],\n}\n';
const BROKEN = '{\n  "a": 1,\n  "b" 2\n}\n';

const temp = useTempFiles('fmt-test-');
const put = temp.put;

describe('tailnet-policy fmt', () => {
  it('prints formatted files to stdout, in order', async () => {
    const io = fakeIO();
    const first = await put('a.hujson', MESSY);
    const second = await put('b.hujson', '[1,\n2]');
    expect(await runFmt([first, second], io)).toBe(0);
    expect(io.out()).toBe(TIDY + '[\n\t1,\n\t2\n]\n');
    expect(io.err()).toBe('');
    expect(await readFile(first, 'utf8')).toBe(MESSY);
  });

  it('reads standard input with no file or with -', async () => {
    for (const args of [[], ['-']]) {
      const io = fakeIO(MESSY);
      expect(await runFmt(args, io)).toBe(0);
      expect(io.out()).toBe(TIDY);
    }
  });

  it('reports a parse error as FILE:LINE:COL and still processes the other files', async () => {
    const io = fakeIO();
    const broken = await put('broken.hujson', BROKEN);
    const good = await put('good.hujson', MESSY);
    expect(await runFmt([broken, good], io)).toBe(1);
    expect(io.err()).toBe(`${broken}:3:7: invalid character '2' after object name\n`);
    expect(io.out()).toBe(TIDY);
  });

  it('names standard input <stdin> in errors', async () => {
    const io = fakeIO('[1,');
    expect(await runFmt([], io)).toBe(1);
    expect(io.err()).toBe('<stdin>:1:4: parsing value: unexpected EOF\n');
  });

  it('reports an unreadable file in one line, exits 2, and still formats the others', async () => {
    const io = fakeIO();
    const missing = join(temp.dir, 'missing.hujson');
    const messy = await put('messy.hujson', MESSY);
    expect(await runFmt([missing, temp.dir, messy], io)).toBe(2);
    expect(io.err()).toBe(
      `tailnet-policy fmt: cannot read ${missing}: no such file or directory\ntailnet-policy fmt: cannot read ${temp.dir}: is a directory, not a file\n`,
    );
    expect(io.out()).toBe(TIDY);
  });

  it('reads files as the action does: a byte-order mark or bytes that are not UTF-8 are errors', async () => {
    const io = fakeIO();
    const bom = await put('bom.hujson', `\ufeff${TIDY}`);
    const latin1 = join(temp.dir, 'latin1.hujson');
    await writeFile(latin1, Buffer.from('{"caf\u00e9": 1}\n', 'latin1'));
    expect(await runFmt(['--check', bom, latin1], io)).toBe(1);
    expect(io.err()).toBe(
      `${bom}:1:1: the file starts with a byte-order mark, which HuJSON does not allow; save it as UTF-8 without BOM\n` +
        `${latin1}:1:6: byte 0xe9 is not valid UTF-8; save the file as UTF-8\n`,
    );
    expect(io.out()).toBe('');
  });

  it('-w rewrites changed files atomically, keeping the mode', async () => {
    const io = fakeIO();
    const file = await put('policy.hujson', MESSY);
    await chmod(file, 0o640);
    const before = await stat(file);
    expect(await runFmt(['-w', file], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('');
    expect(await readFile(file, 'utf8')).toBe(TIDY);
    const after = await stat(file);
    expect(after.mode & 0o7777).toBe(0o640);
    // A rename puts a new inode in place: the file was replaced, not truncated and rewritten.
    expect(after.ino).not.toBe(before.ino);
    expect(await readdir(temp.dir)).toEqual(['policy.hujson']);
  });

  it('-w leaves formatted files untouched', async () => {
    const io = fakeIO();
    const file = await put('policy.hujson', TIDY);
    const past = new Date('2020-01-01T00:00:00Z');
    await utimes(file, past, past);
    const before = await stat(file);
    expect(await runFmt(['--write', file], io)).toBe(0);
    const after = await stat(file);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('-w never touches a file with a parse error', async () => {
    const io = fakeIO();
    const broken = await put('broken.hujson', BROKEN);
    const messy = await put('messy.hujson', MESSY);
    const before = await stat(broken);
    expect(await runFmt(['-w', broken, messy], io)).toBe(1);
    expect(io.err()).toBe(`${broken}:3:7: invalid character '2' after object name\n`);
    expect(await readFile(broken, 'utf8')).toBe(BROKEN);
    expect((await stat(broken)).mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(messy, 'utf8')).toBe(TIDY);
  });

  it('-w through a symbolic link rewrites the target and keeps the link', async () => {
    const io = fakeIO();
    const target = await put('real.hujson', MESSY);
    const link = join(temp.dir, 'link.hujson');
    await symlink(target, link);
    expect(await runFmt(['-w', link], io)).toBe(0);
    expect(await readFile(target, 'utf8')).toBe(TIDY);
    expect(await readlink(link)).toBe(target);
  });

  it('--check lists unformatted files and exits 1, writing nothing', async () => {
    const io = fakeIO();
    const messy = await put('messy.hujson', MESSY);
    const tidy = await put('tidy.hujson', TIDY);
    expect(await runFmt(['--check', messy, tidy], io)).toBe(1);
    expect(io.out()).toBe(`${messy}\n`);
    expect(io.err()).toBe('');
    expect(await readFile(messy, 'utf8')).toBe(MESSY);
  });

  it('--check exits 0 when every file is formatted', async () => {
    const io = fakeIO(TIDY);
    const tidy = await put('tidy.hujson', TIDY);
    expect(await runFmt(['--check', tidy, '-'], io)).toBe(0);
    expect(io.out()).toBe('');
  });

  it.each([
    [
      ['--frobnicate'],
      "tailnet-policy fmt: unknown option '--frobnicate'; run 'tailnet-policy fmt --help' for usage\n",
    ],
    [
      ['-w'],
      "tailnet-policy fmt: -w cannot rewrite standard input; name the files to rewrite; run 'tailnet-policy fmt --help' for usage\n",
    ],
    [
      ['-w', 'a.hujson', '-'],
      "tailnet-policy fmt: -w cannot rewrite standard input; name the files to rewrite; run 'tailnet-policy fmt --help' for usage\n",
    ],
    [
      ['-w', '--check', 'a.hujson'],
      "tailnet-policy fmt: -w and --check cannot be combined; pick one; run 'tailnet-policy fmt --help' for usage\n",
    ],
    [
      ['--check=yes'],
      "tailnet-policy fmt: option '--check' does not take an argument; run 'tailnet-policy fmt --help' for usage\n",
    ],
    [
      ['-', '-'],
      "tailnet-policy fmt: standard input (-) can be read only once; run 'tailnet-policy fmt --help' for usage\n",
    ],
  ])('usage error %j exits 2', async (args, message) => {
    const io = fakeIO();
    expect(await runFmt(args, io)).toBe(2);
    expect(io.err()).toBe(message);
    expect(io.out()).toBe('');
  });

  it('--help prints usage and exits 0', async () => {
    const io = fakeIO();
    expect(await runFmt(['--help'], io)).toBe(0);
    expect(io.out()).toBe(FMT_USAGE);
    expect(io.err()).toBe('');
  });

  it('is registered as a command of the CLI', async () => {
    const io = fakeIO(MESSY);
    expect(await main(['fmt', '-'], io)).toBe(0);
    expect(io.out()).toBe(TIDY);
  });

  it('handles hundreds of files in one run', async () => {
    const io = fakeIO();
    const files = await Promise.all(Array.from({ length: 300 }, (_, i) => put(`p${i}.hujson`, i % 2 ? MESSY : TIDY)));
    expect(await runFmt(['-w', ...files], io)).toBe(0);
    expect(io.err()).toBe('');
    const contents = await Promise.all(files.map((file) => readFile(file, 'utf8')));
    expect(contents.every((text) => text === TIDY)).toBe(true);
    expect((await readdir(temp.dir)).length).toBe(300);
  });
});

describe('tailnet-policy fmt, the built command writing to a pipe', () => {
  /** About 1 MB once formatted: far more than a pipe holds, so the write waits for its reader. */
  const LARGE = `[${Array.from({ length: 40_000 }, (_, i) => `"member-${i}@example.com"`).join(',')}]`;

  function spawnFmt(file: string): { child: ChildProcess; stderr: () => string; exit: Promise<number | null> } {
    const child = spawn(process.execPath, [cliEntry(), 'fmt', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    return { child, stderr: () => stderr, exit };
  }

  it('writes every byte of the formatted file', async () => {
    const file = await put('large.hujson', LARGE);
    const { child, stderr, exit } = spawnFmt(file);
    const chunks: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
    expect(await exit).toBe(0);
    expect(stderr()).toBe('');
    expect(Buffer.concat(chunks).equals(format(LARGE))).toBe(true);
  });

  it('stops quietly when the reader goes away, as in fmt | head', async () => {
    const file = await put('large.hujson', LARGE);
    const { child, stderr, exit } = spawnFmt(file);
    child.stdout!.once('data', () => child.stdout!.destroy());
    expect(await exit).toBe(0);
    expect(stderr()).toBe('');
  });
});
