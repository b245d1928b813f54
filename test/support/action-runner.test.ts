import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assertNoSecretLeak, inputVariable, runAction, runCli } from './action-runner.js';
import { createGitRepo, git } from './git-fixture.js';
import { startTailscaleEmulator, type TailscaleEmulator } from './tailscale-emulator.js';
import { parseFileCommands, parseWorkflowCommands } from './workflow-commands.js';

// A stand-in for dist/index.js: talks to a server in the test process, then reports the way
// @actions/core does.
const FAKE_ACTION = `
import { appendFileSync, readFileSync } from 'node:fs';
const answer = await fetch(process.env['INPUT_API-URL'] + '/api/v2/tailnet/-/acl');
console.log('::add-mask::' + process.env.INPUT_SECRET);
console.log('::error file=policy.hujson,line=3,col=7,title=Parse error%3A bad::unexpected %25 at%0Anext line');
console.log('::warning::drift%2C maybe');
console.log('::notice file=a%2Cb.hujson::note');
appendFileSync(process.env.GITHUB_OUTPUT, 'status<<ghadelimiter_x1\\n' + answer.status + '\\nghadelimiter_x1\\n');
appendFileSync(process.env.GITHUB_OUTPUT, 'multi<<ghadelimiter_x2\\na\\nb\\nghadelimiter_x2\\nplain=1\\n');
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '# Summary\\n');
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const names = Object.keys(process.env).filter((n) => !n.startsWith('GITHUB_') && !n.startsWith('INPUT_') && !n.startsWith('RUNNER_'));
console.error(JSON.stringify({ names: names.sort(), event, eventName: process.env.GITHUB_EVENT_NAME, cwd: process.cwd(), workspace: process.env.GITHUB_WORKSPACE }));
process.exitCode = 3;
`;

let dir: string;
let emulator: TailscaleEmulator;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'runner-test-'));
  await writeFile(join(dir, 'action.mjs'), FAKE_ACTION);
  await writeFile(join(dir, 'hang.mjs'), 'setInterval(() => {}, 1000);');
  await writeFile(
    join(dir, 'cli.mjs'),
    'let s = ""; for await (const c of process.stdin) s += c; console.log(JSON.stringify({ args: process.argv.slice(2), stdin: s, foo: process.env.FOO }));',
  );
  emulator = await startTailscaleEmulator();
});
afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

describe('runAction', () => {
  it('runs a script like the runner and parses what it leaves behind', async () => {
    vi.stubEnv('SHOULD_NOT_LEAK', 'x');
    const result = await runAction({
      entry: join(dir, 'action.mjs'),
      inputs: { 'api-url': emulator.url, secret: 'hunter2' },
      eventPayload: { pull_request: { number: 7 } },
      cwd: dir,
    });
    vi.unstubAllEnvs();
    expect(result.code).toBe(3);
    expect(result.outputs).toEqual({ status: '401', multi: 'a\nb', plain: '1' });
    expect(result.summary).toBe('# Summary\n');
    expect(result.masks).toEqual(['hunter2']);
    expect(result.annotations).toEqual([
      {
        level: 'error',
        file: 'policy.hujson',
        line: 3,
        col: 7,
        title: 'Parse error: bad',
        message: 'unexpected % at\nnext line',
      },
      { level: 'warning', message: 'drift%2C maybe' },
      { level: 'notice', file: 'a,b.hujson', message: 'note' },
    ]);
    const seen = JSON.parse(result.stderr) as {
      names: string[];
      event: unknown;
      eventName: string;
      cwd: string;
      workspace: string;
    };
    expect(seen.names).toEqual(['CI', 'HOME', 'PATH']);
    expect(seen).toMatchObject({
      event: { pull_request: { number: 7 } },
      eventName: 'pull_request',
      cwd: dir,
      workspace: dir,
    });
    expect(emulator.requests).toHaveLength(1);
    expect(result.durationMs).toBeGreaterThan(0);
  });

  it('kills a child that outlives timeoutMs', async () => {
    const result = await runAction({ entry: join(dir, 'hang.mjs'), timeoutMs: 300 });
    expect([result.timedOut, result.code, result.signal]).toEqual([true, null, 'SIGKILL']);
  });

  it('names inputs as @actions/core expects', () => {
    expect(inputVariable('policy-file')).toBe('INPUT_POLICY-FILE');
    expect(inputVariable('fail on drift')).toBe('INPUT_FAIL_ON_DRIFT');
  });
});

describe('runCli', () => {
  it('passes args, stdin and env', async () => {
    const result = await runCli(['test', '--json'], {
      entry: join(dir, 'cli.mjs'),
      stdin: 'policy',
      env: { FOO: 'bar' },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ args: ['test', '--json'], stdin: 'policy', foo: 'bar' });
  });
});

describe('assertNoSecretLeak', () => {
  const clean = {
    code: 0,
    signal: null,
    stdout: '::add-mask::s3cret\nok\n',
    stderr: '',
    durationMs: 1,
    timedOut: false,
  };

  it('accepts a secret that only appears in its add-mask line', () => {
    expect(() => assertNoSecretLeak({ ...clean, summary: '', outputs: { a: 'b' } }, ['s3cret', ''])).not.toThrow();
  });

  it('finds a secret in stderr, summary or an output without printing it', () => {
    for (const leaky of [{ stderr: 'token s3cret' }, { summary: 'x s3cret' }, { outputs: { etag: 's3cret' } }]) {
      const check = (): void => assertNoSecretLeak({ ...clean, ...leaky }, ['s3cret']);
      expect(check).toThrow(/secret #0/);
      expect(check).not.toThrow(/s3cret/);
    }
  });
});

describe('workflow command parsers', () => {
  it('reads name=value and heredoc file commands, later values winning', () => {
    expect(parseFileCommands('a=1\nb<<EOF\nx=y\n\nEOF\na=2\n')).toEqual({ a: '2', b: 'x=y\n' });
  });

  it('unescapes %253A once, not twice', () => {
    expect(parseWorkflowCommands('::error title=a%253Ab::m%253A').annotations).toEqual([
      { level: 'error', title: 'a%3Ab', message: 'm%3A' },
    ]);
  });
});

describe('createGitRepo', () => {
  it('makes deterministic histories with additions and deletions', async () => {
    const commits = [
      { message: 'one', files: { 'policy.hujson': '{}\n', 'dir/old.txt': 'x' } },
      { message: 'two', files: { 'policy.hujson': '{"acls": []}\n', 'dir/old.txt': null } },
    ];
    const [a, b] = await Promise.all([createGitRepo(commits), createGitRepo(commits)]);
    expect(a.shas).toHaveLength(2);
    expect(a.shas).toEqual(b.shas);
    expect(await git(a.dir, 'show', `${a.shas[0]}:policy.hujson`)).toBe('{}');
    expect(await git(a.dir, 'ls-files')).toBe('policy.hujson');
    expect(await git(a.dir, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    await Promise.all([a.remove(), b.remove()]);
  });
});
