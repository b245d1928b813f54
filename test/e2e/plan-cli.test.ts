import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../support/action-runner.js';
import { createGitRepo, git } from '../support/git-fixture.js';

const BEFORE = `{
  "groups": {"group:eng": ["alice@example.com", "bob@example.com"]},
  "tagOwners": {"tag:db": []},
  "acls": [{"action": "accept", "src": ["group:eng"], "dst": ["tag:db:5432"], "proto": "tcp"}],
}
`;

const AFTER = `{
  "groups": {"group:eng": ["alice@example.com", "bob@example.com"]},
  "tagOwners": {"tag:db": []},
  "acls": [
    {"action": "accept", "src": ["group:eng"], "dst": ["tag:db:5432,5433"], "proto": "tcp"},
    {"action": "accept", "src": ["carol@example.com"], "dst": ["tag:db:22"], "proto": "tcp"},
  ],
  "tests": [{"src": "alice@example.com", "proto": "tcp", "accept": ["tag:db:5433"]}],
}
`;

async function repository(): Promise<string> {
  const repo = await createGitRepo([{ message: 'before', files: { 'policy.hujson': BEFORE } }]);
  onTestFinished(() => repo.remove());
  await writeFile(path.join(repo.dir, 'policy.hujson'), AFTER);
  return repo.dir;
}

const TEXT = `Access plan: git:HEAD:policy.hujson → policy.hujson (offline, no tailnet given)

carol@example.com
  + tag:db icmp, tcp:22

group:eng (2 users)
  + tag:db tcp:5433

Proposed tests for the untested changes (paste into the policy):
  "tests": [
    {"src": "carol@example.com", "proto": "icmp", "accept": ["tag:db:0"]},
    {"src": "carol@example.com", "proto": "tcp", "accept": ["tag:db:22"]},
    {"src": "group:eng", "proto": "tcp", "accept": ["tag:db:5433"]},
  ],

3 change(s): 3 gained, 0 lost, 3 untested
`;

describe('tailnet-policy plan', () => {
  it('prints the access a change gains, reading BEFORE from git', async () => {
    const dir = await repository();
    const result = await runCli(['plan', 'git:HEAD:policy.hujson', 'policy.hujson'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(TEXT);
  });

  it('prints JSON with --json, and exits 1 with --exit-code when access changes', async () => {
    const dir = await repository();
    const result = await runCli(['plan', 'git:HEAD:policy.hujson', 'policy.hujson', '--json', '--exit-code'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    const plan = JSON.parse(result.stdout) as { changes: unknown[] };
    expect(plan.changes).toEqual([
      {
        change: 'gained',
        kind: 'network',
        src: 'carol@example.com',
        dst: 'tag:db',
        proto: 'icmp',
        ports: '*',
        tested: false,
        srcLabel: 'carol@example.com',
        dstLabel: 'tag:db',
      },
      {
        change: 'gained',
        kind: 'network',
        src: 'carol@example.com',
        dst: 'tag:db',
        proto: 'tcp',
        ports: '22',
        tested: false,
        srcLabel: 'carol@example.com',
        dstLabel: 'tag:db',
      },
      {
        change: 'gained',
        kind: 'network',
        src: 'group:eng',
        dst: 'tag:db',
        proto: 'tcp',
        ports: '5433',
        tested: false,
        srcLabel: 'group:eng (2 users)',
        dstLabel: 'tag:db',
        members: ['alice@example.com', 'bob@example.com'],
      },
    ]);
  });

  it('reads a git blob as the bytes committed, held to the 10 MB limit of files', async () => {
    const dir = await repository();
    await writeFile(path.join(dir, 'big.hujson'), `{}${' '.repeat(10 * 1024 * 1024)}`);
    await writeFile(
      path.join(dir, 'latin1.hujson'),
      Buffer.from('{"groups": {"group:x": ["caf\xe9@example.com"]}}\n', 'latin1'),
    );
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'sub', 'policy.hujson'), '{}');
    await git(dir, 'add', 'big.hujson', 'latin1.hujson', 'sub');
    await git(dir, 'commit', '-q', '-m', 'hostile');
    const run = (spec: string) => runCli(['plan', spec, 'policy.hujson'], { cwd: dir });
    expect(await run('git:HEAD:big.hujson')).toMatchObject({
      code: 2,
      stderr: 'tailnet-policy plan: cannot read git:HEAD:big.hujson: larger than 10 MiB, the limit for policy files\n',
    });
    // Decoded as text, the byte would have become U+FFFD and been planned.
    expect(await run('git:HEAD:latin1.hujson')).toMatchObject({
      code: 2,
      stderr:
        'tailnet-policy plan: git:HEAD:latin1.hujson:1:29: byte 0xe9 is not valid UTF-8; save the file as UTF-8\n',
    });
    expect(await run('git:HEAD:sub')).toMatchObject({
      code: 2,
      stderr: 'tailnet-policy plan: cannot read git:HEAD:sub: it is a tree, not a file\n',
    });
    expect(await run('git:HEAD:nosuch.hujson')).toMatchObject({
      code: 2,
      stderr:
        "tailnet-policy plan: cannot read git:HEAD:nosuch.hujson: path 'nosuch.hujson' does not exist in 'HEAD'\n",
    });
  });

  it('says git is missing when it is not on PATH', async () => {
    const dir = await repository();
    const env = { PATH: path.join(dir, 'no-such-folder-for-git') };
    expect(await runCli(['plan', 'git:HEAD:policy.hujson', 'policy.hujson'], { cwd: dir, env })).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'tailnet-policy plan: cannot read git:HEAD:policy.hujson: git was not found (install it, or put it on PATH)\n',
    });
  });

  it('reads a file whose name starts with git: when written ./git:', async () => {
    const dir = await repository();
    await writeFile(path.join(dir, 'git:HEAD:policy.hujson'), AFTER);
    const result = await runCli(['plan', 'git:HEAD:policy.hujson', './git:HEAD:policy.hujson'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: TEXT.replace('→ policy.hujson', '→ ./git:HEAD:policy.hujson') });
  });

  it('stops a git that reads past --timeout, saying so', async () => {
    const dir = await repository();
    // A git whose cat-file never answers, as one inflating a huge object would not.
    const bin = path.join(dir, '.bin');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    await mkdir(bin);
    await writeFile(
      path.join(bin, 'git'),
      `#!/bin/sh\ncase "$*" in *cat-file*) exec sleep 600;; esac\nexec ${realGit} "$@"\n`,
      { mode: 0o755 },
    );
    const env = { PATH: `${bin}:${process.env.PATH}` };
    expect(
      await runCli(['plan', 'git:HEAD:policy.hujson', 'policy.hujson', '--timeout', '1s'], { cwd: dir, env }),
    ).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'tailnet-policy plan: the timeout elapsed while git read git:HEAD:policy.hujson\n',
    });
  });

  it('reads a path with spaces, and refuses a line break, which would end the name git reads', async () => {
    const dir = await repository();
    await writeFile(path.join(dir, 'my policy.hujson'), BEFORE);
    await git(dir, 'add', 'my policy.hujson');
    await git(dir, 'commit', '-q', '-m', 'spaces');
    const run = (spec: string) => runCli(['plan', spec, 'policy.hujson'], { cwd: dir });
    expect((await run('git:HEAD:my policy.hujson')).stdout).toBe(
      TEXT.replace('git:HEAD:policy.hujson', 'git:HEAD:my policy.hujson'),
    );
    expect(await run('git:HEAD:policy.hujson\nHEAD:other')).toMatchObject({
      code: 2,
      // One line: the line break named is shown as its escape.
      stderr: 'tailnet-policy plan: git:HEAD:policy.hujson\\nHEAD:other: a revision or path cannot hold a line break\n',
    });
  });

  it('says there is no change, and exits 0 even with --exit-code', async () => {
    const dir = await repository();
    const result = await runCli(['plan', 'policy.hujson', 'policy.hujson', '--exit-code'], { cwd: dir });
    expect(result).toMatchObject({
      code: 0,
      stdout: 'Access plan: policy.hujson → policy.hujson (offline, no tailnet given)\nNo access changes.\n',
    });
  });

  it('exits 1 with --exit-code for an edit the plan does not evaluate: a tag given a new owner', async () => {
    const dir = await repository();
    await writeFile(path.join(dir, 'a.hujson'), '{"tagOwners": {"tag:prod": []}}');
    await writeFile(path.join(dir, 'b.hujson'), '{"tagOwners": {"tag:prod": ["mallory@example.com"]}}');
    const result = await runCli(['plan', 'a.hujson', 'b.hujson', '--exit-code'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'No access changes.\n\nHighlights:\n  ! edits tagOwners of tag:prod, which the plan',
    );
  });

  it.each([
    [
      ['plan', 'git:-c:policy.hujson', 'policy.hujson'],
      'tailnet-policy plan: git:-c:policy.hujson: a revision cannot start with "-"\n',
    ],
    [
      ['plan', 'git:nosuchrev:policy.hujson', 'policy.hujson'],
      "tailnet-policy plan: cannot read git:nosuchrev:policy.hujson: invalid object name 'nosuchrev'.\n",
    ],
    [
      ['plan', '--timeout', '0s', 'policy.hujson', 'policy.hujson'],
      'tailnet-policy plan: --timeout: the duration must be more than zero\n',
    ],
    [
      ['plan', 'policy.hujson'],
      "tailnet-policy plan: expected two policies, BEFORE and AFTER, got 1; run 'tailnet-policy plan --help' for usage\n",
    ],
    [
      ['plan', 'missing.hujson', 'policy.hujson'],
      'tailnet-policy plan: cannot read missing.hujson: no such file or directory\n',
    ],
    [
      ['plan', 'bad.hujson', 'policy.hujson'],
      'tailnet-policy plan: bad.hujson:1:71: proto name "bogus" not known; use protocol number 0-255 (the policy must be valid to plan its access)\n',
    ],
  ])('%j: one line, exit 2', async (args, stderr) => {
    const dir = await repository();
    await writeFile(
      path.join(dir, 'bad.hujson'),
      '{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"], "proto": "bogus"}]}',
    );
    const result = await runCli(args, { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr });
  });
});
