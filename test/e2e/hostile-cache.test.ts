// The version cache vouches that the live policy is one this action applied. A pull request can
// commit a cache holding the live ETag (the job summary shows it) to hide an edit made in the
// admin console; a proxy can answer a write with a malformed ETag; a link can redirect the write.
import { lstat, mkdir, readFile, readlink, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { etag } from '../../src/hujson/index.js';
import { runAction } from '../support/action-runner.js';
import { createGitRepo, type GitRepo } from '../support/git-fixture.js';
import { DEFAULT_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { startTailscaleEmulator, type TailscaleEmulator } from '../support/tailscale-emulator.js';
import { POLICY_V1, POLICY_V2, apiInputs, workspaceWith } from './helpers.js';

/** The live policy, edited in the admin console: no version in git. */
const EDITED = POLICY_V1.replace('"alice@example.com"]}', '"alice@example.com", "mallory@example.com"]}');
const FORGED_CACHE = `${JSON.stringify({ PrevETag: etag(EDITED) })}\n`;
const TRACKED_WARNING =
  "the version cache ./version-cache.json was ignored: git tracks it, so a commit (a pull request's, say) may have written it; keep the cache out of the repository (restore it with actions/cache, and list it in .gitignore)";

let ts: TailscaleEmulator;
let gh: GitHubFake;

beforeEach(async () => {
  ts = await startTailscaleEmulator({ policy: EDITED });
  gh = await startGitHubFake();
});
afterEach(async () => {
  await ts.close();
  await gh.close();
});

/** The base has POLICY_V1; the pull request proposes POLICY_V2 and commits a cache holding the live ETag. */
async function repositoryWithForgedCache(): Promise<GitRepo> {
  const repo = await createGitRepo([
    { message: 'policy', files: { 'policy.hujson': POLICY_V1 } },
    { message: 'proposal', files: { 'policy.hujson': POLICY_V2, 'version-cache.json': FORGED_CACHE } },
  ]);
  onTestFinished(() => repo.remove());
  return repo;
}

function warnings(annotations: Array<{ level: string; message: string }>): string[] {
  return annotations.filter((a) => a.level === 'warning').map((a) => a.message);
}

describe('a version cache committed to the repository', () => {
  it('does not hide an edit made outside git from the pull request', async () => {
    const repo = await repositoryWithForgedCache();
    const result = await runAction({
      inputs: { ...apiInputs(ts), 'github-token': DEFAULT_GITHUB_TOKEN },
      env: gh.actionsEnv(),
      eventPayload: {
        pull_request: {
          number: 7,
          head: { sha: repo.shas[1], repo: { full_name: 'octo-org/octo-repo' } },
          base: { sha: repo.shas[0], repo: { full_name: 'octo-org/octo-repo' } },
        },
      },
      cwd: repo.dir,
    });
    expect(result.outputs['manual-edit']).toBe('true');
    expect(warnings(result.annotations)).toContain(TRACKED_WARNING);
    expect(gh.comments(7)[0]!.body).toContain(
      '> [!WARNING]\n> The live policy was edited outside git: applying this PR would overwrite that edit.\n',
    );
  });

  it('does not let apply with on-manual-edit: fail overwrite the edit after the merge', async () => {
    const repo = await repositoryWithForgedCache();
    const result = await runAction({
      inputs: apiInputs(ts, { action: 'apply', 'on-manual-edit': 'fail' }),
      cwd: repo.dir,
    });
    expect(result.code).toBe(1);
    expect(ts.writes).toBe(0);
    expect(ts.policy).toBe(EDITED);
    expect(result.outputs).toMatchObject({ result: 'failed', 'manual-edit': 'true', applied: 'false' });
    expect(warnings(result.annotations)).toContain(TRACKED_WARNING);
  });
});

describe('writing the version cache', () => {
  it('never caches a weak or malformed ETag answered to the write, and says so', async () => {
    ts.setPolicy(POLICY_V1);
    ts.writeEtagHeader = 'W/"ABCDEF"';
    const dir = await workspaceWith(POLICY_V2);
    await writeFile(path.join(dir, 'version-cache.json'), `${JSON.stringify({ PrevETag: etag(POLICY_V1) })}\n`);
    const result = await runAction({ inputs: apiInputs(ts, { action: 'apply' }), cwd: dir });
    expect(result.code).toBe(0);
    expect(result.outputs.result).toBe('applied');
    expect(result.outputs['control-etag']).toBe('');
    expect(ts.policy).toBe(POLICY_V2);
    expect(await readFile(path.join(dir, 'version-cache.json'), 'utf8')).toBe(
      `${JSON.stringify({ PrevETag: etag(POLICY_V1) })}\n`,
    );
    expect(warnings(result.annotations)).toContain(
      'could not write the version cache (the "cache-file" input): the API answered the write with the ETag "ABCDEF", which is not 64 hex digits, so it was not cached',
    );
  });

  it('refuses to write through a symbolic link, leaving its target alone', async () => {
    ts.setPolicy(POLICY_V1);
    const dir = await workspaceWith(POLICY_V1);
    await writeFile(path.join(dir, 'elsewhere.json'), 'keep me\n');
    await symlink('elsewhere.json', path.join(dir, 'version-cache.json'));
    const result = await runAction({ inputs: apiInputs(ts, { action: 'apply' }), cwd: dir });
    expect(result.outputs.result).toBe('no-change');
    expect((await lstat(path.join(dir, 'version-cache.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(dir, 'version-cache.json'))).toBe('elsewhere.json');
    expect(await readFile(path.join(dir, 'elsewhere.json'), 'utf8')).toBe('keep me\n');
    expect(warnings(result.annotations)).toContain(
      'could not write the version cache (the "cache-file" input): ./version-cache.json is a symbolic link, and the version cache is never written through one',
    );
  });

  it.each([
    [
      'outside the workspace',
      async (): Promise<string> => '/etc/hostname',
      'is outside the workspace, so it is not read',
    ],
    [
      'a folder',
      async (dir: string): Promise<string> => {
        await mkdir(path.join(dir, 'cache'));
        return 'cache';
      },
      'is a directory, not a regular file',
    ],
    [
      'a link out of the workspace',
      async (dir: string): Promise<string> => {
        await symlink('/etc/hostname', path.join(dir, 'version-cache.json'));
        return 'version-cache.json';
      },
      'is a symbolic link to a place outside the workspace, so it is not read',
    ],
  ])('apply: a cache-file %s fails the run before any request', async (_name, make, reason) => {
    const dir = await workspaceWith(POLICY_V2);
    const cacheFile = await make(dir);
    const result = await runAction({ inputs: apiInputs(ts, { action: 'apply', 'cache-file': cacheFile }), cwd: dir });
    expect(result.code).toBe(1);
    expect(result.outputs.result).toBe('failed');
    expect(ts.requests).toEqual([]);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    const rule = 'the "cache-file" input must name a regular file inside the workspace';
    expect(errors).toEqual([`${cacheFile}: ${reason}; ${rule} (${await realpath(dir)})`]);
  });
});
