// A fork's pull request plants a bare git repository in the policy's folder, whose config asks
// git to check signatures with the fork's own program. Git must never run it: the action reads
// history only from the workspace's repository, with such settings off and no secret around.
import { chmod, cp, mkdtemp, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { assertNoSecretLeak, runAction } from '../support/action-runner.js';
import { createGitRepo, git, type GitRepo } from '../support/git-fixture.js';
import { DEFAULT_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { DEFAULT_API_KEY, startTailscaleEmulator, type TailscaleEmulator } from '../support/tailscale-emulator.js';
import { POLICY_V1, POLICY_V2, apiInputs } from './helpers.js';

let ts: TailscaleEmulator;
let gh: GitHubFake;

beforeEach(async () => {
  ts = await startTailscaleEmulator({ policy: POLICY_V1 });
  gh = await startGitHubFake();
});
afterEach(async () => {
  await ts.close();
  await gh.close();
});

async function temporaryDir(prefix: string): Promise<string> {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), prefix)));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * The files of a bare repository whose HEAD is a signed commit touching policy.hujson, with a
 * config that shows signatures through `./pwn.sh`: the attacker's program, which records that
 * it ran, and the environment it got, in `marker`.
 */
async function plantedRepository(marker: string): Promise<string> {
  const source = await createGitRepo([{ message: 'planted', files: { 'policy.hujson': POLICY_V1 } }]);
  onTestFinished(() => source.remove());
  const commit = await git(source.dir, 'cat-file', 'commit', 'HEAD');
  const signature = ' -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----';
  const signed = commit.replace(/^(committer .*)$/m, `$1\ngpgsig${signature}`);
  const scratch = await temporaryDir('planted-commit-');
  await writeFile(path.join(scratch, 'commit'), `${signed}\n`);
  const id = await git(source.dir, 'hash-object', '-t', 'commit', '-w', path.join(scratch, 'commit'));
  await git(source.dir, 'update-ref', 'refs/heads/main', id);
  const bare = await temporaryDir('planted-bare-');
  await cp(path.join(source.dir, '.git', 'objects'), path.join(bare, 'objects'), { recursive: true });
  await cp(path.join(source.dir, '.git', 'refs'), path.join(bare, 'refs'), { recursive: true });
  await writeFile(path.join(bare, 'HEAD'), 'ref: refs/heads/main\n');
  await writeFile(
    path.join(bare, 'config'),
    '[core]\n\tbare = true\n[log]\n\tshowSignature = true\n[gpg]\n\tprogram = ./pwn.sh\n',
  );
  await writeFile(path.join(bare, 'pwn.sh'), `#!/bin/sh\nenv > '${marker}'\nexit 1\n`);
  return bare;
}

/** The base commit has tailscale/policy.hujson = POLICY_V1; the fork's commit adds the bare repository beside it. */
async function forkWithPlantedRepository(marker: string): Promise<GitRepo> {
  const repo = await createGitRepo([
    { message: 'policy', files: { 'tailscale/policy.hujson': POLICY_V1 } },
    { message: 'proposal', files: { 'tailscale/policy.hujson': POLICY_V2 } },
  ]);
  onTestFinished(() => repo.remove());
  const folder = path.join(repo.dir, 'tailscale');
  await cp(await plantedRepository(marker), folder, { recursive: true });
  await chmod(path.join(folder, 'pwn.sh'), 0o755);
  await git(repo.dir, 'add', 'tailscale');
  await git(repo.dir, 'commit', '-q', '-m', 'harmless tidy-up');
  repo.shas.push(await git(repo.dir, 'rev-parse', 'HEAD'));
  return repo;
}

describe('a git repository planted by a pull request', () => {
  it('is never used: its signature program does not run, and the history comes from the workspace repository', async () => {
    const markerDir = await temporaryDir('pwned-');
    const marker = path.join(markerDir, 'pwned');
    const repo = await forkWithPlantedRepository(marker);
    // The planted repository is real: git run from the policy's folder would take it.
    expect(await git(path.join(repo.dir, 'tailscale'), 'rev-parse', '--is-bare-repository')).toBe('true');
    expect(existsSync(marker)).toBe(false);

    const result = await runAction({
      // The live policy shown, so that its version is looked for in the history (a fork's run
      // that hides it does not look).
      inputs: {
        ...apiInputs(ts),
        'policy-file': 'tailscale/policy.hujson',
        'github-token': DEFAULT_GITHUB_TOKEN,
        'show-live-policy-to-forks': 'true',
      },
      env: gh.actionsEnv(),
      eventName: 'pull_request_target',
      eventPayload: {
        pull_request: {
          number: 7,
          head: { sha: repo.shas[2], repo: { full_name: 'stranger/octo-repo' } },
          base: { sha: repo.shas[0], repo: { full_name: 'octo-org/octo-repo' } },
        },
      },
      cwd: repo.dir,
    });

    expect(await readdir(markerDir)).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'passed', 'manual-edit': 'false' });
    // The live policy is found as the base commit of the workspace repository, which the planted one lacks.
    expect(result.stdout).toContain(`commit ${repo.shas[0]!.slice(0, 12)}`);
    assertNoSecretLeak(result, [DEFAULT_API_KEY, DEFAULT_GITHUB_TOKEN]);
  });
});
