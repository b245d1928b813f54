// `tailnet-policy test|apply|drift` in a git checkout: the versions they read, and test's --base.
import { execFileSync } from 'node:child_process';
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createGitRepo } from '../support/git-fixture.js';
import { startTailscaleEmulator, type TailscaleEmulator } from '../support/tailscale-emulator.js';
import { fakeIO } from './fake-io.js';
import { inFolder, run } from './remote-support.js';

let ts: TailscaleEmulator;
beforeEach(async () => {
  ts = await startTailscaleEmulator();
});
afterEach(() => ts.close());

describe('a policy file git has no version of', () => {
  const V1 = '{"acls": []}\n';
  const V2 = '{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}]}\n';

  async function inRepo(work: (dir: string, sha: string) => Promise<void>): Promise<void> {
    const repo = await createGitRepo([{ message: 'first', files: { 'policy.hujson': V1 } }]);
    const cwd = process.cwd();
    try {
      process.chdir(repo.dir);
      await work(repo.dir, repo.shas[0]!.slice(0, 12));
    } finally {
      process.chdir(cwd);
      await repo.remove();
    }
  }

  it('apply and drift warn that the file differs from its last commit', async () => {
    ts.setPolicy(V1);
    await inRepo(async (dir, sha) => {
      await writeFile(path.join(dir, 'policy.hujson'), V2);
      const apply = await run(['apply', '--api-url', ts.url]);
      const drift = await run(['drift', '--api-url', ts.url]);
      const warning =
        `./policy.hujson: warning: ./policy.hujson differs from its last commit (${sha}): this run uses the file as ` +
        'it is, no version in git; commit it first\n';
      expect([apply.code, drift.code]).toEqual([0, 0]);
      expect(apply.stdout.startsWith(warning)).toBe(true);
      expect(drift.stdout.startsWith(warning)).toBe(true);
      expect(drift.stdout).toContain('drift: in-sync\n');
    });
  });

  it('says nothing when the file is the committed one, line ends aside', async () => {
    ts.setPolicy(V1);
    await inRepo(async (dir) => {
      await writeFile(path.join(dir, 'policy.hujson'), V1.replace('\n', '\r\n'));
      const drift = await run(['drift', '--api-url', ts.url]);
      expect([drift.code, drift.stdout]).toEqual([
        0,
        'drift: in-sync\ndrift no change: the live policy already equals the file: tailnet -, ./policy.hujson ' +
          '(local ETag 99da70d87d43, live 99da70d87d43)\n',
      ]);
    });
  });

  it('in a repository with no commit yet, drift says the file was never committed, and nothing more', async () => {
    const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'cli-nocommit-')));
    const cwd = process.cwd();
    try {
      execFileSync('git', ['init', '-q', dir]);
      await writeFile(path.join(dir, 'policy.hujson'), V2);
      ts.setPolicy(V1);
      process.chdir(dir);
      const drift = await run(['drift', '--api-url', ts.url]);
      expect([drift.code, drift.stdout.split('\n')[0], drift.stdout.split('\n').at(-2)]).toEqual([
        0,
        './policy.hujson: warning: ./policy.hujson was never committed: this run uses the file as it is, no ' +
          'version in git; commit it first',
        'drift found: the live policy was edited outside git: tailnet -, ./policy.hujson (local ETag 1050a3094c4f, ' +
          'live 99da70d87d43)',
      ]);
      expect(drift.stdout).toContain('drift: drifted\n');
    } finally {
      process.chdir(cwd);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('warns about a file that was never committed', async () => {
    await inRepo(async (dir) => {
      await writeFile(path.join(dir, 'other.hujson'), V1);
      ts.setPolicy(V1);
      const drift = await run(['drift', '--policy-file', 'other.hujson', '--api-url', ts.url]);
      expect(drift.stdout).toContain(
        'other.hujson: warning: other.hujson was never committed: this run uses the file as it is, no version in git; ' +
          'commit it first\n',
      );
    });
  });
});

describe('test --base: the commit the offline access plan compares with', () => {
  const policy = (ports: string): string =>
    `{"tagOwners": {"tag:db": []}, "acls": [{"action": "accept", "src": ["alice@example.com"], ` +
    `"dst": ["tag:db:${ports}"]}]}\n`;
  const V1 = policy('5432');
  const V2 = policy('*');

  async function offline(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const io = fakeIO();
    const code = await main(argv, io);
    return { code, stdout: io.out(), stderr: io.err() };
  }

  const OFFLINE_NOTE =
    'note: the Tailscale API checks were skipped: no Tailscale credentials were given (TS_API_KEY, or TS_OAUTH_ID ' +
    "with TS_OAUTH_SECRET or TS_ID_TOKEN, is not set). This is the offline check: syntax, validation and the policy's " +
    "tests, evaluated without the tailnet's devices\n";
  const PASSED = 'test passed: tailnet -, ./policy.hujson (local ETag d477c877fd55, live unknown)\n';

  async function onBranch(work: (shas: readonly string[]) => Promise<void>): Promise<void> {
    const repo = await createGitRepo([
      { message: 'main', files: { 'policy.hujson': V1 } },
      { message: 'widen', files: { 'policy.hujson': V2 } },
    ]);
    const cwd = process.cwd();
    try {
      process.chdir(repo.dir);
      await work(repo.shas);
    } finally {
      process.chdir(cwd);
      await repo.remove();
    }
  }

  it('compares with the named commit, and with HEAD by default', async () => {
    await onBranch(async (shas) => {
      const [main, widen] = [shas[0]!, shas[1]!];
      const target = await offline(['test', '--base', main]);
      expect([target.code, target.stdout]).toEqual([
        0,
        `${OFFLINE_NOTE}Access plan: ${main} → ./policy.hujson (offline, no tailnet given)\n\n` +
          'alice@example.com\n  + tag:db tcp:1-5431,5433-65535, udp:1-5431,5433-65535\n\n' +
          'Proposed tests for the untested changes (paste into the policy):\n  "tests": [\n' +
          '    {"src": "alice@example.com", "accept": ["tag:db:1"]},\n  ],\n\n' +
          '2 change(s): 2 gained, 0 lost, 2 untested\n' +
          `(computed against ${main}'s version (commit ${main.slice(0, 12)}))\n${PASSED}`,
      ]);
      const head = await offline(['test']);
      expect([head.code, head.stdout]).toEqual([
        0,
        `${OFFLINE_NOTE}Access plan: HEAD → ./policy.hujson (offline, no tailnet given)\n` +
          `No access changes.\n(computed against HEAD's version (commit ${widen.slice(0, 12)}))\n${PASSED}`,
      ]);
    });
  });

  it('refuses a commit the checkout does not have, before anything runs', async () => {
    await onBranch(async () => {
      expect(await offline(['test', '--base', 'origin/main'])).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'tailnet-policy test: --base: "origin/main" names no commit of this checkout; fetch it first ' +
          '(e.g. git fetch origin main)\n',
      });
    });
  });

  it('stops resolving the commit at the run deadline when git stalls, saying so', async () => {
    const bin = await mkdtemp(path.join(tmpdir(), 'stalled-git-'));
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const script = `#!/bin/sh\nfor arg in "$@"; do [ "$arg" = rev-parse ] && exec sleep 600; done\nexec ${realGit} "$@"\n`;
    await writeFile(path.join(bin, 'git'), script, { mode: 0o755 });
    const originalPath = process.env.PATH;
    try {
      await onBranch(async () => {
        // Only once the repository is made: the fixture asks git rev-parse too.
        process.env.PATH = `${bin}:${originalPath}`;
        expect(await offline(['test', '--base', 'main', '--timeout', '1s'])).toEqual({
          code: 1,
          stdout: '',
          stderr: 'tailnet-policy test: --base: the timeout elapsed while git resolved "main"\n',
        });
      });
    } finally {
      process.env.PATH = originalPath;
      await rm(bin, { recursive: true, force: true });
    }
  });

  it('says git is missing, not that the commit or the checkout is, when git is not on PATH', async () => {
    const originalPath = process.env.PATH;
    try {
      await onBranch(async () => {
        process.env.PATH = path.join(tmpdir(), 'no-such-folder-for-git');
        expect(await offline(['test', '--base', 'main'])).toEqual({
          code: 2,
          stdout: '',
          stderr:
            'tailnet-policy test: --base: cannot resolve "main": git was not found (install it, or put it on PATH)\n',
        });
        const head = await offline(['test']);
        expect(head.code).toBe(0);
        expect(head.stdout.split('\n')[1]).toBe(
          'note: no access plan: HEAD has no earlier version of the file that this run can see (git was not found ' +
            "(install it, or put it on PATH), so the policy file's history cannot be searched)",
        );
      });
    } finally {
      process.env.PATH = originalPath;
    }
  });

  it('refuses what is no single commit, and says when there is no checkout at all', async () => {
    await onBranch(async () => {
      expect((await offline(['test', '--base', '^HEAD'])).stderr).toBe(
        'tailnet-policy test: --base: "^HEAD" names no commit of this checkout; fetch it first (e.g. git fetch ' +
          'origin main)\n',
      );
    });
    await inFolder('{}\n', async () => {
      expect(await offline(['test', '--base', 'main'])).toEqual({
        code: 2,
        stdout: '',
        stderr: `tailnet-policy test: --base: there is no git checkout here (${process.cwd()}) to read it from\n`,
      });
    });
  });

  it('is an option of test alone', async () => {
    const result = await offline(['drift', '--base', 'HEAD~1']);
    expect([result.code, result.stderr]).toEqual([
      2,
      "tailnet-policy drift: unknown option '--base'; it is an option of test; run 'tailnet-policy drift --help' " +
        'for the options\n',
    ]);
  });
});
