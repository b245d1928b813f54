// `tailnet-policy test|apply|drift` run in-process: values that must never reach the API. The
// emulator listens, so a request that should not be sent is seen, not just refused elsewhere.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import {
  DEFAULT_API_KEY,
  policyRejection,
  startTailscaleEmulator,
  type TailscaleEmulator,
} from '../support/tailscale-emulator.js';
import { fakeIO } from './fake-io.js';
import { inFolder, run } from './remote-support.js';

let ts: TailscaleEmulator;
beforeEach(async () => {
  ts = await startTailscaleEmulator();
});
afterEach(() => ts.close());

const notATailnet = (mode: string, quoted: string) =>
  `tailnet-policy ${mode}: --tailnet: ${quoted} is not a tailnet name (no "/", "\\", "?", "#", spaces or control ` +
  `characters, not empty, "." or ".."); use the name from the admin console's General page, or "-" for the ` +
  "credential's own tailnet\n";

describe('--tailnet', () => {
  // `..` made GET /api/v2/acl, `.` /api/v2/tailnet/acl and '' /api/v2/tailnet//acl, key attached.
  it.each([
    ['drift', '..', '".."'],
    ['drift', '.', '"."'],
    ['drift', '', '""'],
    ['apply', '..', '".."'],
    ['test', '../../acl', '"../../acl"'],
    ['test', 'a?b', '"a?b"'],
    ['drift', 'example.com\n::add-mask::x', '"example.com\\n::add-mask::x"'],
  ])('%s --tailnet %j is a usage error and sends nothing', async (mode, tailnet, quoted) => {
    expect(await run([mode, '--tailnet', tailnet, '--api-url', ts.url])).toEqual({
      code: 2,
      stdout: '',
      stderr: notATailnet(mode, quoted),
    });
    expect(ts.requests).toEqual([]);
  });

  it('sends a tailnet name to its own path', async () => {
    const result = await inFolder('{"acls": []}\n', () =>
      run(['test', '--tailnet', 'example.com', '--api-url', ts.url]),
    );
    expect(result.code).toBe(0);
    expect(ts.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /api/v2/tailnet/example.com/acl',
      'POST /api/v2/tailnet/example.com/acl/validate',
    ]);
  });
});

describe('advice in the words of the command line', () => {
  it('names --tailnet when the API knows no such tailnet', async () => {
    const result = await inFolder('{"acls": []}\n', () =>
      run(['test', '--tailnet', 'other.example', '--api-url', ts.url]),
    );
    expect([result.code, result.stdout]).toEqual([
      1,
      'error: reading the live policy failed with HTTP 404 (tailnet not found): tailnet "other.example" was not ' +
        'found; check --tailnet, or use "-" for the credential\'s own tailnet\n' +
        'test FAILED: tailnet other.example, ./policy.hujson (local ETag 99da70d87d43, live unknown)\n',
    ]);
  });
});

describe('TS_TAILNET, as gitops-pusher reads it', () => {
  async function withTailnet(tailnet: string, argv: string[]) {
    const io = { ...fakeIO(), env: { TS_API_KEY: DEFAULT_API_KEY, TS_TAILNET: tailnet } };
    const code = await inFolder('{"acls": []}\n', () => main(argv, io));
    return { code, stderr: io.err(), paths: ts.requests.map((request) => request.path), stdout: io.out() };
  }

  it('is what the advice of an unknown tailnet names', async () => {
    const result = await withTailnet('other.example', ['test', '--api-url', ts.url]);
    expect([result.code, result.stdout]).toEqual([
      1,
      'error: reading the live policy failed with HTTP 404 (tailnet not found): tailnet "other.example" was not ' +
        'found; check TS_TAILNET, or use "-" for the credential\'s own tailnet\n' +
        'test FAILED: tailnet other.example, ./policy.hujson (local ETag 99da70d87d43, live unknown)\n',
    ]);
  });

  it('names the tailnet when --tailnet does not, and --tailnet wins', async () => {
    expect((await withTailnet('example.com', ['drift', '--api-url', ts.url])).paths).toEqual([
      '/api/v2/tailnet/example.com/acl',
    ]);
    ts.requests.length = 0;
    expect((await withTailnet('example.com', ['drift', '--tailnet', 'other.org', '--api-url', ts.url])).paths).toEqual([
      '/api/v2/tailnet/other.org/acl',
    ]);
  });

  it('counts as unset when empty, as CI writes a variable nobody defined', async () => {
    expect((await withTailnet('', ['drift', '--api-url', ts.url])).paths).toEqual(['/api/v2/tailnet/-/acl']);
  });

  it('is refused as --tailnet is, by its own name', async () => {
    expect(await withTailnet('..', ['drift', '--api-url', ts.url])).toEqual({
      code: 2,
      stderr: notATailnet('drift', '".."').replace('--tailnet:', 'TS_TAILNET:'),
      paths: [],
      stdout: '',
    });
  });
});

describe('--api-url', () => {
  // It is read before any secret is registered, so nothing would mask a password in it.
  it.each([
    [
      'https://user:hunter2pass@api.example.com:99999',
      '--api-url: "https://***@api.example.com:99999" is not a URL; use e.g. https://api.tailscale.com',
    ],
    [
      'https://user:hunter2pass@api.example.com',
      '--api-url: the URL must not carry a user name or password; pass credentials through their own inputs',
    ],
    ['user:hunter2pass@api.example.com', '--api-url: "***@api.example.com" must start with https://'],
  ])('%s is refused without its password', async (url, message) => {
    expect(await run(['drift', '--api-url', url])).toEqual({
      code: 2,
      stdout: '',
      stderr: `tailnet-policy drift: ${message}\n`,
    });
  });
});

describe('apply over an edit made outside git', () => {
  // The printed copy is for reading (a bidi control shows as its name, a line a CI runner would
  // take for a command gets a zero-width space); the file holds the very bytes, for restoring.
  it('prints the overwritten policy and keeps it byte for byte in a file', async () => {
    const edited = '{\n  // ::add-mask::x, and \u202eved\n  "acls": [],\n}\n';
    ts.setPolicy(edited);
    const allowAll = '{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}]}\n';
    const result = await inFolder(allowAll, () => run(['apply', '--api-url', ts.url]));
    expect(result.code).toBe(0);
    const saved = /overwritten \(saved byte for byte in (\S+overwritten-policy\.hujson)\); it was:\n/.exec(
      result.stdout,
    );
    expect(result.stdout).toContain('; it was:\n{\n  // ::add-mask::x, and ⟨U+202E⟩ved\n  "acls": [],\n}\nnote: ');
    expect(saved).not.toBeNull();
    expect(await readFile(saved![1]!, 'utf8')).toBe(edited);
    await rm(path.dirname(saved![1]!), { recursive: true, force: true });
  });
  it('with --on-manual-edit fail, writes nothing and prints the diff from the edit to the file', async () => {
    ts.setPolicy('{\n  "acls": [],\n  // ::add-mask::x edited\n}\n');
    const result = await inFolder('{\n  "acls": [],\n}\n', () =>
      run(['apply', '--api-url', ts.url, '--on-manual-edit', 'fail']),
    );
    expect([result.code, result.stdout.split('\n')]).toEqual([
      1,
      [
        'error: the live policy matches no version of this file that this run can see (the policy file is not in ' +
          'a git checkout, so its history cannot be searched), and --on-manual-edit is fail: nothing was applied. ' +
          'Bring the live version into the repository (the diff below goes from it to the file), or pass ' +
          '--on-manual-edit warn to overwrite it',
        'the live policy, edited outside git, against ./policy.hujson:',
        '--- live policy',
        '+++ ./policy.hujson',
        '@@ -1,4 +1,3 @@',
        ' {',
        '   "acls": [],',
        '-  // ::add-mask::x edited',
        ' }',
        'note: the live policy matches no known version (the policy file is not in a git checkout, so its ' +
          'history cannot be searched)',
        'apply FAILED: tailnet -, ./policy.hujson (local ETag 9b8bc17ce367, live 1ff0663dc13b)',
        '',
      ],
    ]);
    // The one write is gitops-pusher's If-Match "ts-default", which the edited policy refuses.
    expect(ts.requests.map((request) => `${request.method} ${request.headers['if-match'] ?? ''}`)).toEqual([
      'GET ',
      'POST "ts-default"',
      'GET ',
    ]);
    expect(ts.policy).toBe('{\n  "acls": [],\n  // ::add-mask::x edited\n}\n');
  });

  it('prints no diff when the API refuses the write of an edit it was told to overwrite', async () => {
    ts.setPolicy('{"acls": []} // edited outside git\n');
    ts.setValidator(policyRejection('bad policy'));
    const result = await inFolder('{"acls": []}\n', () => run(['apply', '--api-url', ts.url]));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^error: bad policy\n/);
    expect(result.stdout).not.toContain('--- live policy');
  });

  it('saves the copy before it writes: a write whose answer is lost still leaves one, named on stderr', async () => {
    const edited = '{"acls": []} // edited outside git\n';
    ts.setPolicy(edited);
    // The write over the edit, not the attempt over the default policy before it.
    const overEdit = (r: { route?: string; headers: Record<string, string> }): boolean =>
      r.route === 'POST acl' && r.headers['if-match'] !== '"ts-default"';
    ts.fail(overEdit, { drop: true, times: Infinity });
    const allowAll = '{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}]}\n';
    const result = await inFolder(allowAll, () => run(['apply', '--api-url', ts.url, '--timeout', '5s']));
    const saved =
      /^the live policy about to be overwritten: saved byte for byte in (\S+overwritten-policy\.hujson)$/m.exec(
        result.stderr,
      );
    expect(saved).not.toBeNull();
    expect(await readFile(saved![1]!, 'utf8')).toBe(edited);
    await rm(path.dirname(saved![1]!), { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('The write may or may not have landed: check the policy in the admin console');
    expect(result.stdout).toContain(
      `\nnote: the live policy this run was about to overwrite: saved byte for byte in ${saved![1]}\n`,
    );
  });

  it('says so when no copy can be saved, and prints the overwritten policy all the same', async () => {
    ts.setPolicy('{"acls": []} // edited\n');
    const allowAll = '{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}]}\n';
    const saved = process.env.TMPDIR;
    const result = await inFolder(allowAll, async () => {
      process.env.TMPDIR = '/nonexistent-tailnet-policy-tmp';
      try {
        return await run(['apply', '--api-url', ts.url]);
      } finally {
        if (saved === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = saved;
      }
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'warning: the live policy matched no known version and was overwritten (no copy could be saved in the temp ' +
        'folder: no such file or directory; the one below is all there is); it was:\n{"acls": []} // edited\nnote: ',
    );
  });
});

describe('a policy file test, apply and drift cannot read', () => {
  it('a file outside the checkout, named by its path', async () => {
    await inFolder('{}\n', async () => {
      const file = process.execPath;
      expect(await run(['drift', '--policy-file', file, '--api-url', ts.url])).toEqual({
        code: 2,
        stdout: '',
        stderr:
          `tailnet-policy drift: cannot read ${file}: outside the workspace, so it is not read; --policy-file must ` +
          `name a regular file inside the workspace (${process.cwd()})\n`,
      });
    });
    expect(ts.requests).toEqual([]);
  });

  it('an empty --policy-file is a usage error, not the current folder', async () => {
    expect(await run(['test', '--policy-file', '', '--api-url', ts.url])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tailnet-policy test: --policy-file: the path is empty; name the policy file\n',
    });
  });

  // The engine's own rules, checked before any request: exit status 2 and the line every command uses.
  it.each([
    ['test', 'big.hujson', 'larger than 10 MiB, the limit for --policy-file; nothing of it was read'],
    ['apply', 'big.hujson', 'larger than 10 MiB, the limit for --policy-file; nothing of it was read'],
    [
      'drift',
      'fifo.hujson',
      'a named pipe, not a regular file; --policy-file must name a regular file inside the workspace (DIR)',
    ],
    [
      'test',
      'folder',
      'a directory, not a regular file; --policy-file must name a regular file inside the workspace (DIR)',
    ],
    ['apply', 'missing.hujson', 'no such file or directory'],
  ])('%s --policy-file %s', async (mode, file, reason) => {
    await inFolder('{}\n', async () => {
      const dir = process.cwd();
      await writeFile('big.hujson', Buffer.alloc(10 * 1024 * 1024 + 1, 0x20));
      execFileSync('mkfifo', ['fifo.hujson']);
      await mkdir('folder');
      expect(await run([mode, '--policy-file', file, '--api-url', ts.url])).toEqual({
        code: 2,
        stdout: '',
        stderr: `tailnet-policy ${mode}: cannot read ${file}: ${reason.replace('DIR', dir)}\n`,
      });
    });
    expect(ts.requests).toEqual([]);
  });
});

describe('--timeout', () => {
  it('bounds the access plan by the time the run has left, not by half of it again', async () => {
    // The clock jumps past the run's deadline while the API validates the file: the plan, computed
    // after, has no time left. It was given half of --timeout afresh, and a run took up to 1.5×.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    try {
      const jump = (request: { route?: string }): boolean => {
        if (request.route === 'POST validate') vi.setSystemTime(Date.now() + 10_000);
        return false;
      };
      ts.fail(jump, { delayMs: 0, times: Infinity });
      const allowAll = '{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}]}\n';
      const result = await inFolder(allowAll, () => run(['test', '--api-url', ts.url, '--timeout', '5s']));
      expect(result.stdout).toContain('\nnote: the access plan was cut short by the timeout');
      expect(result.stdout).not.toContain('Access plan:');
    } finally {
      vi.useRealTimers();
    }
  });
});
