// Reading blobs from a repository whose content is a pull request's: a blob far over the cap must
// never be inflated, and a git that takes too long (reading them, or asking whether it tracks the
// version cache) must not hold the run past its deadline.
// A wrapper named `git`, first on PATH, records what each `cat-file` process was asked, or stalls.

import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TimeoutError } from '../../src/errors.js';
import { readCachedEtag } from '../../src/files/cache-file.js';
import { readBlobs } from '../../src/git/blobs.js';
import { gitFileHistory } from '../../src/git/history.js';
import { repositoryAt } from '../../src/git/runner.js';
import { createGitRepo, git } from '../support/git-fixture.js';

const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
const cleanups: Array<() => Promise<void>> = [];
const originalPath = process.env.PATH;
afterEach(async () => {
  process.env.PATH = originalPath;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'blobs-')));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Puts a `git` first on PATH whose `cat-file` runs `catFile` (a shell fragment), and whose command
 * `stalled` (`rev-parse`, say) sleeps; the rest is git's.
 */
async function wrapGit(catFile: string, stalled = ''): Promise<string> {
  const dir = await tempDir();
  const script = `#!/bin/sh
for arg in "$@"; do case "$arg" in --batch|--batch-check) mode="$arg";; ${stalled || '-'}) exec sleep 600;; esac; done
if [ -n "$mode" ]; then ${catFile}; fi
exec ${realGit} "$@"
`;
  await writeFile(path.join(dir, 'git'), script);
  await chmod(path.join(dir, 'git'), 0o755);
  process.env.PATH = `${dir}:${originalPath}`;
  return dir;
}

async function collect(blobs: AsyncIterable<Buffer | undefined>): Promise<Array<string | undefined>> {
  const found: Array<string | undefined> = [];
  for await (const blob of blobs) found.push(blob?.toString('utf8'));
  return found;
}

describe('readBlobs against hostile content', () => {
  it('asks git for the bytes of only the blobs that fit: one far over the cap is never inflated', async () => {
    const created = await createGitRepo([{ message: 'one', files: { 'a.txt': 'small' } }]);
    cleanups.push(created.remove);
    const dir = await realpath(created.dir);
    // 64 MiB of zeros, which git packs into a few dozen kilobytes.
    const zeros = path.join(dir, 'zeros');
    await writeFile(zeros, Buffer.alloc(64 << 20));
    const big = await git(dir, 'hash-object', '-w', zeros);
    const small = await git(dir, 'rev-parse', 'HEAD:a.txt');
    const log = await wrapGit(`tee -a "$(dirname "$0")/$mode.log" | exec ${realGit} "$@"`);
    const blobs = readBlobs((await repositoryAt(dir))!, [small, big, 'f'.repeat(40), small], 1000);

    expect(await collect(blobs)).toEqual(['small', undefined, undefined, 'small']);
    expect(await readFile(path.join(log, '--batch-check.log'), 'utf8')).toBe(
      `${small}\n${big}\n${'f'.repeat(40)}\n${small}\n`,
    );
    expect(await readFile(path.join(log, '--batch.log'), 'utf8')).toBe(`${small}\n${small}\n`);
  });

  it('asks for the bytes by the ids git resolved the names to, not by the names again', async () => {
    const created = await createGitRepo([{ message: 'one', files: { 'a.txt': 'small' } }]);
    cleanups.push(created.remove);
    const dir = await realpath(created.dir);
    const small = await git(dir, 'rev-parse', 'HEAD:a.txt');
    const log = await wrapGit(`tee -a "$(dirname "$0")/$mode.log" | exec ${realGit} "$@"`);
    const blobs = readBlobs((await repositoryAt(dir))!, ['HEAD:a.txt', 'HEAD:none.txt'], 1000);

    expect(await collect(blobs)).toEqual(['small', undefined]);
    expect(await readFile(path.join(log, '--batch-check.log'), 'utf8')).toBe('HEAD:a.txt\nHEAD:none.txt\n');
    expect(await readFile(path.join(log, '--batch.log'), 'utf8')).toBe(`${small}\n`);
  });

  it('stops a git that stalls at the deadline, with a TimeoutError', async () => {
    const created = await createGitRepo([{ message: 'one', files: { 'a.txt': 'small' } }]);
    cleanups.push(created.remove);
    const dir = await realpath(created.dir);
    const small = await git(dir, 'rev-parse', 'HEAD:a.txt');
    await wrapGit('exec sleep 600');
    const deadline = { at: Date.now() + 300, now: Date.now };

    await expect(collect(readBlobs((await repositoryAt(dir))!, [small], 1000, deadline))).rejects.toEqual(
      new TimeoutError('the timeout elapsed while git ran'),
    );
  });

  it('ends reading the history at the run deadline, saying so', async () => {
    const created = await createGitRepo([
      { message: 'one', files: { 'policy.hujson': '{"v": 1}' } },
      { message: 'two', files: { 'policy.hujson': '{"v": 2}' } },
    ]);
    cleanups.push(created.remove);
    const dir = await realpath(created.dir);
    await wrapGit('exec sleep 600');
    const history = gitFileHistory(dir, undefined, { at: Date.now() + 300, now: Date.now });
    const contents = async function* (): AsyncGenerator<Buffer> {
      for await (const version of history.versions(path.join(dir, 'policy.hujson'), 200)) yield version.content;
    };

    await expect(collect(contents())).rejects.toEqual(
      new TimeoutError("the run's timeout elapsed while git read the history of policy.hujson"),
    );
  });

  it('ends listing the history at the run deadline (git log), saying so', async () => {
    const created = await createGitRepo([{ message: 'one', files: { 'policy.hujson': '{"v": 1}' } }]);
    cleanups.push(created.remove);
    const dir = await realpath(created.dir);
    // A clock already past the deadline: git log is given a millisecond and is killed.
    const history = gitFileHistory(dir, undefined, { at: 0, now: () => 1 });
    const versions: string[] = [];

    await expect(
      (async () => {
        for await (const version of history.versions(path.join(dir, 'policy.hujson'), 200))
          versions.push(version.commit);
      })(),
    ).rejects.toEqual(new TimeoutError("the run's timeout elapsed while git read the history of policy.hujson"));
    expect(versions).toEqual([]);
  });

  it.each([['rev-parse'], ['config']])(
    'stops telling why the history may be incomplete when git %s stalls',
    async (command) => {
      const created = await createGitRepo([{ message: 'one', files: { 'policy.hujson': '{"v": 1}' } }]);
      cleanups.push(created.remove);
      const dir = await realpath(created.dir);
      const history = gitFileHistory(dir, undefined, { at: Date.now() + 300, now: Date.now });
      expect(await history.limitation(path.join(dir, 'policy.hujson'))).toBeUndefined();
      await wrapGit(':', command);
      await expect(history.limitation(path.join(dir, 'policy.hujson'))).rejects.toEqual(
        new TimeoutError("the run's timeout elapsed while git read the history of policy.hujson"),
      );
    },
  );
});

describe("the version cache's git check", () => {
  it('stops asking git whether it tracks the cache at the run deadline, saying so', async () => {
    const created = await createGitRepo([{ message: 'one', files: { 'policy.hujson': '{}' } }]);
    cleanups.push(created.remove);
    const dir = await realpath(created.dir);
    const cache = path.join(dir, 'version-cache.json');
    await writeFile(cache, JSON.stringify({ PrevETag: 'a'.repeat(64) }));
    const deadline = { at: Date.now() + 300, now: Date.now };
    expect(await readCachedEtag(cache, dir, 'cache-file', deadline)).toEqual({ etag: 'a'.repeat(64) });
    await wrapGit(':', 'ls-files');

    await expect(readCachedEtag(cache, dir, 'cache-file', deadline)).rejects.toEqual(
      new TimeoutError(`the run's timeout elapsed while git looked whether it tracks the version cache ${cache}`),
    );
  });
});
