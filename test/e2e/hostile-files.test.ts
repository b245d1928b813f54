// A fork's pull request makes the policy file a link to a file outside the repository (on a
// self-hosted runner, its credentials), to /dev/zero, or makes it huge. The action must read
// none of them, and say so in one line naming the input.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { etag } from '../../src/hujson/index.js';
import { runAction, runCli, type ActionResult } from '../support/action-runner.js';
import { DEFAULT_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { DEFAULT_API_KEY, startTailscaleEmulator, type TailscaleEmulator } from '../support/tailscale-emulator.js';
import { POLICY_V1, POLICY_V2, apiInputs, repositoryWith } from './helpers.js';

const SECRET = 'RUNNER-PRIVATE-KEY-d41d8cd98f00b204e9800998ecf8427e';
/** Valid HuJSON, so a reader that follows the link would parse it, diff it and send it. */
const OUTSIDE_FILE = `{"groups": {"group:leak": ["${SECRET}@example.com"]}}\n`;

let ts: TailscaleEmulator;
let gh: GitHubFake;
let workspace: string;

beforeEach(async () => {
  ts = await startTailscaleEmulator({ policy: POLICY_V1 });
  gh = await startGitHubFake();
  workspace = await temporaryDir('hostile-ws-');
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

function onForkPullRequest(inputs: Record<string, string> = {}): Promise<ActionResult> {
  return runAction({
    inputs: { ...apiInputs(ts), 'github-token': DEFAULT_GITHUB_TOKEN, comment: 'always', ...inputs },
    env: gh.actionsEnv(),
    eventName: 'pull_request_target',
    eventPayload: {
      pull_request: {
        number: 7,
        head: { repo: { full_name: 'stranger/octo-repo' } },
        base: { repo: { full_name: 'octo-org/octo-repo' } },
      },
    },
    cwd: workspace,
    timeoutMs: 20_000,
  });
}

/** Every place the action writes to, or sends to a server. */
function everythingPublished(result: ActionResult): string {
  const requests = [...ts.requests, ...gh.requests].map((request) => `${request.path} ${request.body}`);
  const comments = gh.comments(7).map((comment) => comment.body);
  return [
    result.stdout,
    result.stderr,
    result.summary,
    ...Object.values(result.outputs),
    ...requests,
    ...comments,
  ].join('\n');
}

function errorMessages(result: ActionResult): string[] {
  return result.annotations
    .filter((annotation) => annotation.level === 'error')
    .map((annotation) => annotation.message);
}

describe('file inputs that lead outside the workspace', () => {
  it('refuses a policy file that is a symbolic link to a file outside, and publishes none of it', async () => {
    const outside = await temporaryDir('runner-home-');
    await writeFile(path.join(outside, '.credentials_rsaparams'), OUTSIDE_FILE);
    await symlink(path.join(outside, '.credentials_rsaparams'), path.join(workspace, 'policy.hujson'));
    const result = await onForkPullRequest();
    expect(result.code).toBe(1);
    expect(result.outputs.result).toBe('failed');
    expect(errorMessages(result)).toContain(
      `./policy.hujson: is a symbolic link to a place outside the workspace, so it is not read; the "policy-file" input must name a regular file inside the workspace (${workspace})`,
    );
    expect(ts.requestsTo('POST validate')).toEqual([]);
    expect(everythingPublished(result)).not.toContain(SECRET);
  });

  it('refuses a relative link climbing out of the workspace, and an absolute path outside it', async () => {
    const outside = await temporaryDir('runner-home-');
    await writeFile(path.join(outside, 'secret.hujson'), OUTSIDE_FILE);
    await symlink(path.relative(workspace, path.join(outside, 'secret.hujson')), path.join(workspace, 'policy.hujson'));
    const relative = await onForkPullRequest();
    expect(errorMessages(relative)).toContain(
      `./policy.hujson: is a symbolic link to a place outside the workspace, so it is not read; the "policy-file" input must name a regular file inside the workspace (${workspace})`,
    );
    const absolute = path.join(outside, 'secret.hujson');
    const result = await onForkPullRequest({ 'policy-file': absolute });
    expect(errorMessages(result)).toContain(
      `${absolute}: is outside the workspace, so it is not read; the "policy-file" input must name a regular file inside the workspace (${workspace})`,
    );
    expect(everythingPublished(relative) + everythingPublished(result)).not.toContain(SECRET);
  });

  it('refuses a link to /dev/zero at once, instead of reading without end', async () => {
    await symlink('/dev/zero', path.join(workspace, 'policy.hujson'));
    const result = await onForkPullRequest();
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(1);
    expect(errorMessages(result)).toContain(
      `./policy.hujson: is a symbolic link to a place outside the workspace, so it is not read; the "policy-file" input must name a regular file inside the workspace (${workspace})`,
    );
  });

  it('refuses a named pipe inside the workspace without waiting for a writer, and a directory', async () => {
    await promisify(execFile)('mkfifo', [path.join(workspace, 'pipe.hujson')]);
    const pipe = await onForkPullRequest({ 'policy-file': 'pipe.hujson' });
    expect(pipe.timedOut).toBe(false);
    expect(errorMessages(pipe)).toContain(
      `pipe.hujson: is a named pipe, not a regular file; the "policy-file" input must name a regular file inside the workspace (${workspace})`,
    );
    await mkdir(path.join(workspace, 'policy.d'));
    const folder = await onForkPullRequest({ 'policy-file': 'policy.d' });
    expect(errorMessages(folder)).toContain(
      `policy.d: is a directory, not a regular file; the "policy-file" input must name a regular file inside the workspace (${workspace})`,
    );
  });

  it('refuses a policy file over 10 MB', async () => {
    await writeFile(path.join(workspace, 'policy.hujson'), `${' '.repeat(11 * 1024 * 1024)}{}\n`);
    const result = await onForkPullRequest();
    expect(result.code).toBe(1);
    expect(errorMessages(result)).toContain(
      './policy.hujson: is larger than 10 MiB, the limit for the "policy-file" input; nothing of it was read',
    );
    expect(ts.requests).toEqual([]);
  });

  it('refuses a policy file whose formatted text would pass 128 MiB, in one line', async () => {
    // 310 KB, 9,990 levels deep over 14,000 lines: Go's layout, whose hash is the ETag, would be
    // 140 MB, and a 10 MB file of the kind would exhaust the runner.
    const deep = '[\n'.repeat(9_990) + '0,\n'.repeat(14_000) + '0' + ']'.repeat(9_990);
    const grant = `{"src": ["*"], "dst": ["*"], "app": {"example.com/cap/deep": [${deep}]}}`;
    await writeFile(path.join(workspace, 'policy.hujson'), `{"grants": [${grant}]}\n`);
    const result = await onForkPullRequest();
    expect(result.code).toBe(1);
    expect(errorMessages(result)).toContain(
      "./policy.hujson: formatted as Go's hujson does (a tab per level of nesting on every line), it would pass " +
        "128 MiB, this tool's limit: its nesting is too deep for its length",
    );
    expect(ts.requests).toEqual([]);
    expect(result.stderr).not.toContain('    at ');
  });

  it('ignores a version cache that links outside, with a notice, and reads none of it', async () => {
    await writeFile(path.join(workspace, 'policy.hujson'), POLICY_V2);
    const outside = await temporaryDir('runner-home-');
    await writeFile(path.join(outside, 'cache.json'), JSON.stringify({ PrevETag: etag(POLICY_V1), note: SECRET }));
    await symlink(path.join(outside, 'cache.json'), path.join(workspace, 'version-cache.json'));
    // The live policy shown, so that the cache is consulted (a fork's run that hides it does not).
    const result = await onForkPullRequest({ 'show-live-policy-to-forks': 'true' });
    expect(result.code).toBe(0);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        message: `the version cache was ignored: ./version-cache.json: is a symbolic link to a place outside the workspace, so it is not read; the "cache-file" input must name a regular file inside the workspace (${workspace})`,
      }),
    );
    expect(everythingPublished(result)).not.toContain(SECRET);
  });
});

describe('the CLI', () => {
  it('check, fmt, plan and --devices refuse a link in the checkout that leads out of it, and write nothing', async () => {
    const repo = await realpath(await repositoryWith(POLICY_V2));
    const outside = await temporaryDir('cli-home-');
    const secret = path.join(outside, 'secret.hujson');
    await writeFile(secret, OUTSIDE_FILE);
    await symlink(secret, path.join(repo, 'linked.hujson'));
    const refusal = (command: string, name = 'linked.hujson') =>
      `tailnet-policy ${command}: cannot read ${name}: a symbolic link to a place outside the checkout (${repo}), ` +
      'so it is not read; name the file itself\n';
    const runs = [
      [['check', 'linked.hujson'], refusal('check')],
      [['fmt', '--check', 'linked.hujson'], refusal('fmt')],
      [['fmt', '-w', 'linked.hujson'], refusal('fmt')],
      [['plan', 'policy.hujson', 'linked.hujson'], refusal('plan')],
      [
        ['check', 'policy.hujson', '--devices', 'linked.hujson'],
        `tailnet-policy check: cannot read --devices linked.hujson: a symbolic link to a place outside the checkout (${repo}), so it is not read; name the file itself\n`,
      ],
    ] as const;
    for (const [args, stderr] of runs) {
      const result = await runCli([...args], { cwd: repo });
      expect({ args, code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
        args,
        code: 2,
        stdout: '',
        stderr,
      });
    }
    expect(await readFile(secret, 'utf8')).toBe(OUTSIDE_FILE);
    // Named by the caller outside the checkout, the same file is read: the command line is trusted.
    expect((await runCli(['check', secret], { cwd: repo })).code).toBe(0);
  });

  it('takes the checkout around the current directory as the workspace, and refuses a link leading out of it', async () => {
    const repo = await realpath(await repositoryWith(POLICY_V2));
    const sub = path.join(repo, 'sub');
    await mkdir(sub);
    const env = { TS_API_KEY: DEFAULT_API_KEY };
    const inside = await runCli(['test', '--policy-file', '../policy.hujson', '--api-url', ts.url], { cwd: sub, env });
    expect(inside.code).toBe(0);
    const outside = await temporaryDir('cli-home-');
    await writeFile(path.join(outside, 'secret.hujson'), OUTSIDE_FILE);
    await symlink(path.join(outside, 'secret.hujson'), path.join(sub, 'policy.hujson'));
    const refused = await runCli(['test', '--policy-file', 'policy.hujson', '--api-url', ts.url], { cwd: sub, env });
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([
      2,
      '',
      'tailnet-policy test: cannot read policy.hujson: a symbolic link to a place outside the workspace, so it is ' +
        `not read; --policy-file must name a regular file inside the workspace (${repo})\n`,
    ]);
    expect(refused.stdout + refused.stderr).not.toContain(SECRET);
  });
});
