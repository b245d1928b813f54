import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBlobs } from '../../src/git/blobs.js';
import { gitFileHistory, parseLog, type FileVersion } from '../../src/git/history.js';
import { gitArguments, gitEnvironment, repositoryAt } from '../../src/git/runner.js';
import { trackedByGit } from '../../src/git/tracked.js';
import { createGitRepo, git, type GitRepo } from '../support/git-fixture.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function repo(commits: Parameters<typeof createGitRepo>[0]): Promise<GitRepo> {
  const created = await createGitRepo(commits);
  cleanups.push(created.remove);
  return { ...created, dir: await realpath(created.dir) };
}

async function all(
  history: AsyncIterable<FileVersion>,
): Promise<Array<Omit<FileVersion, 'content'> & { content: string }>> {
  const versions = [];
  for await (const version of history) versions.push({ ...version, content: version.content.toString('utf8') });
  return versions;
}

const BLOB_A = 'a'.repeat(40);
const BLOB_B = 'b'.repeat(40);

describe('parseLog', () => {
  it.each([
    ['', []],
    [
      `\0c1\0first\n\n:000000 100644 ${'0'.repeat(40)} ${BLOB_A} A\tpolicy.hujson\n`,
      [{ commit: 'c1', subject: 'first', blob: BLOB_A }],
    ],
    [
      `\0c2\0delete it\n\n:100644 000000 ${BLOB_A} ${'0'.repeat(40)} D\tpolicy.hujson\n\0c1\0add\n\n:000000 100755 ${'0'.repeat(40)} ${BLOB_B} A\tpolicy.hujson\n`,
      [
        { commit: 'c2', subject: 'delete it' },
        { commit: 'c1', subject: 'add', blob: BLOB_B },
      ],
    ],
    // A symbolic link (120000) or submodule (160000) is no version of a file.
    [`\0c3\0link\n\n:100644 120000 ${BLOB_A} ${BLOB_B} T\tpolicy.hujson\n`, [{ commit: 'c3', subject: 'link' }]],
    // A subject that looks like a raw line does not start with ":" once prefixed by its NUL.
    [
      `\0c4\0:100644 100644 x y M\n\n:100644 100644 ${BLOB_B} ${BLOB_A} M\tpolicy.hujson\n`,
      [{ commit: 'c4', subject: ':100644 100644 x y M', blob: BLOB_A }],
    ],
  ])('%j', (output, commits) => {
    expect(parseLog(output)).toEqual(commits);
  });
});

describe('gitFileHistory', () => {
  it('lists the versions of a file in a subfolder, newest first, from the workspace repository', async () => {
    const r = await repo([
      { message: 'one', files: { 'tailscale/policy.hujson': '{"v": 1}' } },
      { message: 'unrelated', files: { 'README.md': 'x' } },
      { message: 'two', files: { 'tailscale/policy.hujson': '{"v": 2}' } },
    ]);
    const history = gitFileHistory(r.dir, undefined);
    const file = path.join(r.dir, 'tailscale', 'policy.hujson');
    expect(await all(history.versions(file, 200))).toEqual([
      { commit: r.shas[2], subject: 'two', behind: 0, content: '{"v": 2}' },
      { commit: r.shas[0], subject: 'one', behind: 1, content: '{"v": 1}' },
    ]);
    expect(await all(history.versions(file, 1))).toHaveLength(1);
    expect(await history.limitation(file)).toBeUndefined();
    expect(await all(gitFileHistory(r.dir, r.shas[1]).versions(file, 200))).toEqual([
      { commit: r.shas[0], subject: 'one', behind: 0, content: '{"v": 1}' },
    ]);
  });

  it('keeps the history past a commit message of 17 MB, its subject cut to 200 columns', async () => {
    const r = await repo([{ message: 'one', files: { 'policy.hujson': '{"v": 1}' } }]);
    await writeFile(path.join(r.dir, 'policy.hujson'), '{"v": 2}');
    await writeFile(path.join(r.dir, '..msg'), 'x'.repeat(17 << 20));
    await git(r.dir, 'commit', '-q', '-a', '-F', '..msg');
    const versions = await all(gitFileHistory(r.dir, undefined).versions(path.join(r.dir, 'policy.hujson'), 200));
    expect(versions.map((v) => [v.subject, v.content])).toEqual([
      [`${'x'.repeat(198)}..`, '{"v": 2}'],
      ['one', '{"v": 1}'],
    ]);
  });

  it('reads a file whose name holds a newline: no name reaches cat-file --batch', async () => {
    const name = 'odd\nname.hujson';
    const r = await repo([
      { message: 'one', files: { [name]: '{"v": 1}', 'name.hujson': 'decoy' } },
      { message: 'two', files: { [name]: '{"v": 2}' } },
    ]);
    const versions = await all(gitFileHistory(r.dir, undefined).versions(path.join(r.dir, name), 200));
    expect(versions.map((v) => v.content)).toEqual(['{"v": 2}', '{"v": 1}']);
  });

  it('follows a symbolic link inside the workspace to the real file, and takes glob characters literally', async () => {
    const r = await repo([
      { message: 'one', files: { 'real/[p]*.hujson': '{"v": 1}', 'real/p1.hujson': 'decoy' } },
      { message: 'two', files: { 'real/[p]*.hujson': '{"v": 2}' } },
    ]);
    await symlink('real/[p]*.hujson', path.join(r.dir, 'link.hujson'));
    const versions = await all(gitFileHistory(r.dir, undefined).versions(path.join(r.dir, 'link.hujson'), 200));
    expect(versions.map((v) => v.content)).toEqual(['{"v": 2}', '{"v": 1}']);
  });

  it('never uses a repository planted next to the file, only <workspace>/.git', async () => {
    const planted = await repo([{ message: 'planted', files: { 'policy.hujson': '{"planted": true}' } }]);
    const workspace = await realpath(await mkdtemp(path.join(tmpdir(), 'history-ws-')));
    cleanups.push(() => rm(workspace, { recursive: true, force: true }));
    const folder = path.join(workspace, 'tailscale');
    await mkdir(folder);
    // A bare repository's files, laid out in the policy's own folder.
    await git(folder, 'clone', '-q', '--bare', planted.dir, '.');
    await writeFile(path.join(folder, 'policy.hujson'), '{}');
    const history = gitFileHistory(workspace, undefined);
    expect(await all(history.versions(path.join(folder, 'policy.hujson'), 200))).toEqual([]);
    expect(await history.limitation(path.join(folder, 'policy.hujson'))).toBe(
      'the policy file is not in a git checkout, so its history cannot be searched',
    );
  });

  it('says git is missing, not that the file is outside a checkout, when git is not on PATH', async () => {
    const r = await repo([{ message: 'one', files: { 'policy.hujson': '{}' } }]);
    const originalPath = process.env.PATH;
    process.env.PATH = path.join(r.dir, 'no-such-folder-for-git');
    try {
      const history = gitFileHistory(r.dir, 'HEAD');
      expect(await all(history.versions(path.join(r.dir, 'policy.hujson'), 200))).toEqual([]);
      expect(await history.limitation(path.join(r.dir, 'policy.hujson'))).toBe(
        "git was not found (install it, or put it on PATH), so the policy file's history cannot be searched",
      );
      expect(await trackedByGit(r.dir, [path.join(r.dir, 'policy.hujson')]).catch((e: Error) => e.message)).toBe(
        'git was not found (install it, or put it on PATH)',
      );
    } finally {
      process.env.PATH = originalPath;
    }
  });

  it('has no history for a file outside the workspace repository', async () => {
    const r = await repo([{ message: 'one', files: { 'policy.hujson': '{}' } }]);
    const elsewhere = await repo([{ message: 'one', files: { 'policy.hujson': '{}' } }]);
    const history = gitFileHistory(r.dir, undefined);
    expect(await all(history.versions(path.join(elsewhere.dir, 'policy.hujson'), 200))).toEqual([]);
    expect(await history.limitation(path.join(elsewhere.dir, 'policy.hujson'))).toBe(
      'the policy file is not in a git checkout, so its history cannot be searched',
    );
  });

  it('says when the clone is shallow', async () => {
    const r = await repo([
      { message: 'one', files: { 'policy.hujson': '{"v": 1}' } },
      { message: 'two', files: { 'policy.hujson': '{"v": 2}' } },
    ]);
    const shallow = await realpath(await mkdtemp(path.join(tmpdir(), 'history-shallow-')));
    cleanups.push(() => rm(shallow, { recursive: true, force: true }));
    await git(shallow, 'clone', '-q', '--depth=1', `file://${r.dir}`, '.');
    const history = gitFileHistory(shallow, undefined);
    expect(await history.limitation(path.join(shallow, 'policy.hujson'))).toBe(
      'the checkout is shallow, so older versions of the policy file are not visible; use actions/checkout with fetch-depth: 0',
    );
    expect((await all(history.versions(path.join(shallow, 'policy.hujson'), 200))).map((v) => v.content)).toEqual([
      '{"v": 2}',
    ]);
  });
  it("lists nothing from a base commit the clone lacks, and says so, instead of the checkout's own commits", async () => {
    const r = await repo([
      { message: 'base', files: { 'policy.hujson': '{"v": 1}' } },
      { message: 'proposal', files: { 'policy.hujson': '{"v": 2}' } },
    ]);
    const shallow = await realpath(await mkdtemp(path.join(tmpdir(), 'history-nobase-')));
    cleanups.push(() => rm(shallow, { recursive: true, force: true }));
    await git(shallow, 'clone', '-q', '--depth=1', `file://${r.dir}`, '.');
    const history = gitFileHistory(shallow, r.shas[0]);
    expect(await all(history.versions(path.join(shallow, 'policy.hujson'), 200))).toEqual([]);
    expect(await history.limitation(path.join(shallow, 'policy.hujson'))).toBe(
      `the base commit ${r.shas[0]!.slice(0, 12)} is not in the checkout, so the base branch's ` +
        'versions of the policy file are not visible; use actions/checkout with fetch-depth: 0',
    );
  });

  it('fetches nothing in a partial clone: versions whose blobs are not there are skipped, and said to be', async () => {
    const r = await repo([
      { message: 'one', files: { 'policy.hujson': '{"v": 1}' } },
      { message: 'two', files: { 'policy.hujson': '{"v": 2}' } },
      { message: 'three', files: { 'policy.hujson': '{"v": 3}' } },
    ]);
    await git(r.dir, 'config', 'uploadpack.allowFilter', 'true');
    const partial = await realpath(await mkdtemp(path.join(tmpdir(), 'history-partial-')));
    cleanups.push(() => rm(partial, { recursive: true, force: true }));
    await git(partial, 'clone', '-q', '--filter=blob:none', `file://${r.dir}`, '.');
    // The oldest version is fetched here; the middle one stays missing, ahead of it in the batch.
    await git(partial, 'cat-file', 'blob', `${r.shas[0]}:policy.hujson`);
    const history = gitFileHistory(partial, undefined);
    const versions = await all(history.versions(path.join(partial, 'policy.hujson'), 200));
    expect(versions.map((v) => [v.subject, v.behind, v.content])).toEqual([
      ['three', 0, '{"v": 3}'],
      ['one', 2, '{"v": 1}'],
    ]);
    expect(await history.limitation(path.join(partial, 'policy.hujson'))).toBe(
      'the checkout is a partial clone, so older versions of the policy file may be missing; use actions/checkout without "filter"',
    );
  });
});

describe('readBlobs', () => {
  it('yields each blob in order, undefined for a missing one or one over the cap', async () => {
    const r = await repo([{ message: 'one', files: { 'a.txt': 'small', 'b.txt': 'larger than ten bytes' } }]);
    const [small, large] = [await git(r.dir, 'rev-parse', 'HEAD:a.txt'), await git(r.dir, 'rev-parse', 'HEAD:b.txt')];
    const repository = (await repositoryAt(r.dir))!;
    const blobs: Array<string | undefined> = [];
    for await (const blob of readBlobs(repository, [small, 'f'.repeat(40), large, small], 10))
      blobs.push(blob?.toString('utf8'));
    expect(blobs).toEqual(['small', undefined, undefined, 'small']);
  });
});

describe('the git process', () => {
  const repository = { root: '/work/repo', gitDir: '/work/repo/.git' };

  it('gets an environment with no secret: no INPUT_*, no token, only what git needs', () => {
    const parent = {
      PATH: '/usr/bin',
      HOME: '/home/runner',
      'INPUT_API-KEY': 'tskey-api-secret',
      'INPUT_GITHUB-TOKEN': 'ghs_secret',
      GITHUB_TOKEN: 'ghs_secret',
      ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret',
      TS_API_KEY: 'tskey-api-secret',
      GIT_DIR: '/elsewhere',
      GIT_SSH_COMMAND: 'evil',
      GIT_EXTERNAL_DIFF: 'evil',
      GIT_CONFIG_PARAMETERS: "'core.fsmonitor'='evil'",
    };
    expect(gitEnvironment(repository, parent)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      LC_ALL: 'C',
      GIT_DIR: '/work/repo/.git',
      GIT_WORK_TREE: '/work/repo',
      GIT_CEILING_DIRECTORIES: '/work',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_TERMINAL_PROMPT: '0',
      GIT_PAGER: 'cat',
      GIT_NO_LAZY_FETCH: '1',
      GIT_NO_REPLACE_OBJECTS: '1',
      GIT_LITERAL_PATHSPECS: '1',
    });
  });

  it('runs with every program-running setting switched off', () => {
    expect(gitArguments(repository, ['log'])).toEqual([
      '--no-pager',
      ...['-c', 'log.showSignature=false'],
      ...['-c', 'core.fsmonitor=false'],
      ...['-c', 'core.hooksPath=/dev/null'],
      ...['-c', 'core.sshCommand=false'],
      ...['-c', 'credential.helper='],
      ...['-c', 'protocol.allow=never'],
      ...['-c', 'log.follow=false'],
      ...['-c', 'safe.directory=/work/repo'],
      'log',
    ]);
  });
});

describe('trackedByGit', () => {
  it('tells tracked files from untracked ones, and a folder without a repository', async () => {
    const r = await repo([{ message: 'one', files: { 'version-cache.json': '{}', 'policy.hujson': '{}' } }]);
    await writeFile(path.join(r.dir, 'untracked.json'), '{}');
    expect(await trackedByGit(r.dir, [path.join(r.dir, 'version-cache.json')])).toBe('tracked');
    expect(await trackedByGit(r.dir, [path.join(r.dir, 'untracked.json')])).toBe('untracked');
    expect(await trackedByGit(r.dir, [path.join(r.dir, 'untracked.json'), path.join(r.dir, 'policy.hujson')])).toBe(
      'tracked',
    );
    expect(await trackedByGit(r.dir, ['/etc/passwd'])).toBe('untracked');
    const plain = await mkdtemp(path.join(tmpdir(), 'tracked-'));
    cleanups.push(() => rm(plain, { recursive: true, force: true }));
    expect(await trackedByGit(plain, [path.join(plain, 'x')])).toBe('no-repository');
  });
});
