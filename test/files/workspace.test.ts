import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionError } from '../../src/errors.js';
import { readCachedEtag, writeCachedEtag } from '../../src/files/cache-file.js';
import { MAX_FILE_BYTES, RefusedFileError, isInside, readWorkspaceFile } from '../../src/files/workspace.js';
import { cliWorkspace } from '../../src/cli/files.js';
import { settingName } from '../../src/config/settings.js';
import { createGitRepo, git } from '../support/git-fixture.js';

const HEX = 'c'.repeat(64);
let root: string;
let workspace: string;
let outside: string;

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), 'workspace-')));
  workspace = path.join(root, 'ws');
  outside = path.join(root, 'outside');
  await mkdir(workspace);
  await mkdir(outside);
  await writeFile(path.join(outside, 'secret'), 'secret');
  await writeFile(path.join(workspace, 'policy.hujson'), '{}');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const POLICY_FILE = settingName('action', 'policy-file');
const CACHE_FILE = settingName('action', 'cache-file');
const rule = (setting: string) => `${setting} must name a regular file inside the workspace (${workspace})`;

async function refusal(file: string, maxBytes?: number): Promise<string> {
  try {
    await readWorkspaceFile(file, workspace, POLICY_FILE, maxBytes);
  } catch (error) {
    if (error instanceof RefusedFileError) return error.reason;
    throw error;
  }
  throw new Error(`${file} was read`);
}

describe('readWorkspaceFile', () => {
  it('reads a regular file inside, also through a link that stays inside', async () => {
    await mkdir(path.join(workspace, 'sub'));
    await symlink('../policy.hujson', path.join(workspace, 'sub', 'link.hujson'));
    const read = await readWorkspaceFile(path.join(workspace, 'sub', 'link.hujson'), workspace, POLICY_FILE);
    expect(read).toEqual({ real: path.join(workspace, 'policy.hujson'), bytes: Buffer.from('{}') });
  });

  it.each([
    [
      'a link to a file outside',
      async () => symlink(path.join(outside, 'secret'), path.join(workspace, 'x')),
      'x',
      'is a symbolic link to a place outside the workspace, so it is not read',
    ],
    [
      'a relative link climbing out',
      async () => symlink('../outside/secret', path.join(workspace, 'x')),
      'x',
      'is a symbolic link to a place outside the workspace, so it is not read',
    ],
    [
      'a link to /dev/zero',
      async () => symlink('/dev/zero', path.join(workspace, 'x')),
      'x',
      'is a symbolic link to a place outside the workspace, so it is not read',
    ],
    [
      'a link to the workspace itself',
      async () => symlink('.', path.join(workspace, 'x')),
      'x',
      // It resolves to the workspace's folder, which is no file (and not outside).
      'is a directory, not a regular file',
    ],
    [
      'an absolute path outside',
      async () => undefined,
      '../outside/secret',
      'is outside the workspace, so it is not read',
    ],
    ['a path through ..', async () => undefined, 'ws/../outside/secret', 'is outside the workspace, so it is not read'],
  ])('refuses %s', async (_what, prepare, relative, reason) => {
    await prepare();
    const file = relative.startsWith('ws/') ? path.join(root, relative) : path.join(workspace, relative);
    expect(await refusal(file)).toBe(`${reason}; ${rule(POLICY_FILE)}`);
  });

  it('refuses a directory and a named pipe (without waiting for a writer)', async () => {
    await mkdir(path.join(workspace, 'folder'));
    expect(await refusal(path.join(workspace, 'folder'))).toBe(
      `is a directory, not a regular file; ${rule(POLICY_FILE)}`,
    );
    await promisify(execFile)('mkfifo', [path.join(workspace, 'pipe')]);
    expect(await refusal(path.join(workspace, 'pipe'))).toBe(
      `is a named pipe, not a regular file; ${rule(POLICY_FILE)}`,
    );
  });

  it('reads a file of exactly the cap, and refuses one byte more', async () => {
    await writeFile(path.join(workspace, 'ten'), '0123456789');
    expect((await readWorkspaceFile(path.join(workspace, 'ten'), workspace, POLICY_FILE, 10)).bytes.toString()).toBe(
      '0123456789',
    );
    await writeFile(path.join(workspace, 'eleven'), '0123456789A');
    expect(await refusal(path.join(workspace, 'eleven'), 10)).toBe(
      `is larger than ${10 / (1024 * 1024)} MiB, the limit for the "policy-file" input; nothing of it was read`,
    );
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
  });

  it('lets a missing file fail as the file system says', async () => {
    await expect(readWorkspaceFile(path.join(workspace, 'missing'), workspace, POLICY_FILE)).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('the version cache in the workspace', () => {
  it('is ignored with a warning when git tracks it, whatever it holds', async () => {
    const repo = await createGitRepo([{ message: 'cache', files: { 'version-cache.json': 'not even json' } }]);
    try {
      const dir = await realpath(repo.dir);
      const file = path.join(dir, 'version-cache.json');
      expect(await readCachedEtag(file, dir, CACHE_FILE)).toEqual({
        warning: `the version cache ${file} was ignored: git tracks it, so a commit (a pull request's, say) may have written it; keep the cache out of the repository (restore it with actions/cache, and list it in .gitignore)`,
      });
      await git(dir, 'rm', '-q', '--cached', 'version-cache.json');
      await writeFile(file, JSON.stringify({ PrevETag: HEX }));
      expect(await readCachedEtag(file, dir, CACHE_FILE)).toEqual({ etag: HEX });
    } finally {
      await repo.remove();
    }
  });

  it('refuses a cache that links outside, naming the input', async () => {
    await symlink(path.join(outside, 'secret'), path.join(workspace, 'cache.json'));
    const file = path.join(workspace, 'cache.json');
    await expect(readCachedEtag(file, workspace, CACHE_FILE)).rejects.toThrow(
      new ActionError(
        `${file}: is a symbolic link to a place outside the workspace, so it is not read; ${rule(CACHE_FILE)}`,
      ),
    );
  });

  it.each(['W/"ABCDEF"', 'ABCDEF', 'C'.repeat(64), `${HEX}\n`, ''])('never caches the ETag %j', async (etag) => {
    const file = path.join(workspace, 'cache.json');
    await expect(writeCachedEtag(file, etag, workspace)).rejects.toThrow(
      new ActionError(
        `the API answered the write with the ETag ${JSON.stringify(etag)}, which is not 64 hex digits, so it was not cached`,
      ),
    );
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('is never written through a link, nor outside the workspace', async () => {
    await writeFile(path.join(workspace, 'target.json'), 'keep');
    await symlink('target.json', path.join(workspace, 'cache.json'));
    await expect(writeCachedEtag(path.join(workspace, 'cache.json'), HEX, workspace)).rejects.toThrow(
      new ActionError(
        `${path.join(workspace, 'cache.json')} is a symbolic link, and the version cache is never written through one`,
      ),
    );
    expect(await readFile(path.join(workspace, 'target.json'), 'utf8')).toBe('keep');
    await symlink(outside, path.join(workspace, 'out'));
    const through = path.join(workspace, 'out', 'cache.json');
    await expect(writeCachedEtag(through, HEX, workspace)).rejects.toThrow(
      new ActionError(`${through} is outside the workspace (${workspace}), where the version cache is never written`),
    );
    await expect(readFile(path.join(outside, 'cache.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('isInside', () => {
  it.each([
    ['/ws/policy.hujson', true],
    ['/ws/..policy.hujson', true],
    ['/ws/dir/../..x', true],
    ['/ws', false],
    ['/', false],
    ['/ws/..', false],
    ['/ws/../x', false],
    ['/wsx/policy.hujson', false],
  ])('%s: %s', (file, inside) => {
    expect(isInside('/ws', file)).toBe(inside);
  });
});

describe('cliWorkspace', () => {
  it('is the nearest folder holding .git at or above the current directory, else the directory itself', async () => {
    await mkdir(path.join(workspace, '.git'));
    await mkdir(path.join(workspace, 'a', 'b'), { recursive: true });
    expect(cliWorkspace(path.join(workspace, 'a', 'b'))).toBe(workspace);
    expect(cliWorkspace(workspace)).toBe(workspace);
    expect(cliWorkspace(outside)).toBe(outside);
  });

  it('takes no bare repository for a checkout', async () => {
    const bare = path.join(outside, 'bare');
    await promisify(execFile)('git', ['init', '-q', '--bare', bare]);
    expect(cliWorkspace(path.join(bare, 'refs'))).toBe(path.join(bare, 'refs'));
  });
});
