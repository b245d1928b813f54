// `tailnet-policy check` run in-process over temporary files.

import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_USAGE, runCheck } from '../../src/cli/check.js';
import { main } from '../../src/cli/main.js';
import { parseLocalPolicy } from '../../src/files/local-policy.js';
import { MAX_FILE_BYTES } from '../../src/files/workspace.js';
import { fakeIO } from './fake-io.js';
import { useTempFiles } from './temp-files.js';

const POLICY = `{
  "tagOwners": {"tag:server": [], "tag:client": []},
  "hosts": {"webserver": "100.64.0.16"},
  "acls": [
    {"action": "accept", "src": ["tag:client"], "dst": ["webserver:80"]},
  ],
  "tests": [
    {"src": "tag:client", "accept": ["webserver:80"], "deny": ["webserver:443"]},
  ],
}
`;

const FAILING = POLICY.replace('"deny": ["webserver:443"]', '"deny": ["webserver:80"]');
const UNDECIDED = POLICY.replace('"accept": ["webserver:80"]', '"accept": ["tag:server:80"]');
const INVALID = POLICY.replace('"action": "accept"', '"action": "deny"');

const TOPOLOGY = {
  users: [{ id: 1, name: 'odin', email: 'odin@example.com' }],
  nodes: {
    web: { hostname: 'web', tags: ['tag:server'], ipv4: '100.64.0.16', ipv6: 'fd7a:115c:a1e0::10' },
    client: { hostname: 'client', tags: ['tag:client'], ipv4: '100.64.0.14', ipv6: 'fd7a:115c:a1e0::e' },
  },
};

const temp = useTempFiles('check-test-');
const put = temp.put;

async function run(args: string[], stdin = ''): Promise<{ status: number; out: string; err: string }> {
  const io = fakeIO(stdin);
  const status = await runCheck(args, io);
  return { status, out: io.out(), err: io.err() };
}

describe('tailnet-policy check', () => {
  it('passes a valid policy whose tests pass', async () => {
    const file = await put('policy.hujson', POLICY);
    expect(await run([file])).toEqual({
      status: 0,
      out: `${file}: 1 test(s): 1 passed, 0 failed, 0 undecided (offline, no tailnet given)\n`,
      err: '',
    });
  });

  it('reports validation errors with positions and exits 1', async () => {
    const file = await put('policy.hujson', INVALID);
    expect(await run([file])).toEqual({
      status: 1,
      out: `${file}:5:16: action="deny" is not supported\n${file}: invalid: 1 error(s)\n`,
      err: '',
    });
  });

  it('reports failing assertions at their line and exits 1', async () => {
    const file = await put('policy.hujson', FAILING);
    expect(await run([file])).toEqual({
      status: 1,
      out:
        `${file}:8:64: test failed for "tag:client": [acl test error]: address "webserver:80": want: Drop, got: Accept\n` +
        `${file}: 1 test(s): 0 passed, 1 failed, 0 undecided (offline, no tailnet given)\n`,
      err: '',
    });
  });

  it('reports undecided assertions without failing', async () => {
    const file = await put('policy.hujson', UNDECIDED);
    expect(await run([file])).toEqual({
      status: 0,
      out:
        `${file}:8:38: undecided offline for "tag:client": [acl test error]: address "tag:server:80": cannot be decided offline: depends on devices, users or routes in the tailnet\n` +
        `${file}: 1 test(s): 0 passed, 0 failed, 1 undecided (offline, no tailnet given)\n`,
      err: '',
    });
  });

  it('lists 20 undecided assertions and counts the other undecided tests', async () => {
    const entry = '    {"src": "tag:client", "accept": ["webserver:80"], "deny": ["webserver:443"]},\n';
    const tests = Array.from({ length: 23 }, () => '    {"src": "tag:client", "accept": ["tag:server:80"]},\n');
    const file = await put('policy.hujson', POLICY.replace(entry, tests.join('')));
    const line = (n: number): string =>
      `${file}:${n}:38: undecided offline for "tag:client": [acl test error]: address "tag:server:80": ` +
      'cannot be decided offline: depends on devices, users or routes in the tailnet\n';
    expect(await run([file])).toEqual({
      status: 0,
      out:
        Array.from({ length: 20 }, (_, i) => line(8 + i)).join('') +
        `${file}: undecided assertions of 3 more test(s) (undecided or failed) not listed; --json lists every one\n` +
        `${file}: 23 test(s): 0 passed, 0 failed, 23 undecided (offline, no tailnet given)\n`,
      err: '',
    });
  });

  it('lists 20 notices and counts the others', async () => {
    const hosts = Array.from({ length: 23 }, (_, i) => `    "h": "100.64.0.${i + 1}",\n`).join('');
    const file = await put('policy.hujson', `{\n  "hosts": {\n${hosts}  },\n}\n`);
    const line = (n: number): string =>
      `${file}:${n}:5: notice: duplicate object key "h" (accepted: not confirmed against the Tailscale server)\n`;
    expect(await run([file])).toEqual({
      status: 0,
      out:
        Array.from({ length: 20 }, (_, i) => line(4 + i)).join('') +
        `${file}: 2 more notice(s) not listed; --json lists every one\n` +
        `${file}: 0 test(s): 0 passed, 0 failed, 0 undecided (offline, no tailnet given)\n`,
      err: '',
    });
  });

  it('decides them exactly with --devices', async () => {
    const file = await put('policy.hujson', UNDECIDED);
    const tailnet = await put('tailnet.json', JSON.stringify(TOPOLOGY));
    expect(await run([file, '--devices', tailnet])).toEqual({
      status: 0,
      out: `${file}: 1 test(s): 1 passed, 0 failed, 0 undecided (against the given tailnet)\n`,
      err: '',
    });
    const elsewhere = await put('elsewhere.json', JSON.stringify(TOPOLOGY).replace('"100.64.0.16"', '"100.64.0.99"'));
    expect(await run([file, '--devices', elsewhere])).toEqual({
      status: 1,
      out:
        `${file}:8:38: test failed for "tag:client": [acl test error]: address "tag:server:80": want: Accept, got: Drop\n` +
        `${file}: 1 test(s): 0 passed, 1 failed, 0 undecided (against the given tailnet)\n`,
      err: '',
    });
  });

  it('accepts API lists as --devices', async () => {
    const file = await put('policy.hujson', UNDECIDED);
    const devices = [
      { addresses: ['100.64.0.99'], tags: ['tag:server'], name: 'web.ts.net' },
      { addresses: ['100.64.0.14'], tags: ['tag:client'], name: 'client.ts.net' },
    ];
    const tailnet = await put('api.json', JSON.stringify({ users: [], devices }));
    expect((await run([file, '--devices', tailnet])).out).toContain('address "tag:server:80": want: Accept, got: Drop');
  });

  it('reports syntax errors like the parser', async () => {
    const file = await put('policy.hujson', '{\n  "acls": [\n}\n');
    expect(await run([file])).toEqual({
      status: 1,
      out: `${file}:3:1: invalid character '}' at start of value\n${file}: invalid: 1 error(s)\n`,
      err: '',
    });
  });

  it('reads standard input for -', async () => {
    expect(await run(['-'], INVALID)).toEqual({
      status: 1,
      out: '<stdin>:5:16: action="deny" is not supported\n<stdin>: invalid: 1 error(s)\n',
      err: '',
    });
  });

  it('defaults to ./policy.hujson', async () => {
    const previous = process.cwd();
    process.chdir(temp.dir);
    try {
      expect(await run([])).toEqual({
        status: 2,
        out: '',
        err: 'tailnet-policy check: cannot read ./policy.hujson: no such file or directory\n',
      });
      await put('policy.hujson', POLICY);
      expect((await run([])).status).toBe(0);
    } finally {
      process.chdir(previous);
    }
  });

  it('prints a JSON report', async () => {
    const file = await put('policy.hujson', FAILING);
    const { status, out, err } = await run([file, '--json']);
    expect([status, err]).toEqual([1, '']);
    const report = JSON.parse(out);
    expect(report).toEqual({
      file,
      mode: 'symbolic',
      ok: false,
      message: 'test(s) failed',
      errors: [],
      warnings: [],
      tests: [
        {
          kind: 'test',
          index: 0,
          position: { line: 8, column: 5 },
          src: 'tag:client',
          outcome: 'fail',
          assertions: [
            {
              kind: 'accept',
              text: 'webserver:80',
              position: { line: 8, column: 38 },
              wanted: 'Accept',
              destination: 'webserver',
              port: 80,
              outcome: 'pass',
              got: 'Accept',
            },
            {
              kind: 'deny',
              text: 'webserver:80',
              position: { line: 8, column: 64 },
              wanted: 'Drop',
              destination: 'webserver',
              port: 80,
              outcome: 'fail',
              got: 'Accept',
              message: '[acl test error]: address "webserver:80": want: Drop, got: Accept',
            },
          ],
        },
      ],
      summary: { passed: 0, failed: 1, unknown: 0 },
      response: {
        message: 'test(s) failed',
        data: [{ user: 'tag:client', errors: ['[acl test error]: address "webserver:80": want: Drop, got: Accept'] }],
      },
    });
  });

  it('prints syntax errors as JSON too', async () => {
    const file = await put('policy.hujson', '{\n  "acls": [\n}\n');
    const { status, out } = await run(['--json', file]);
    expect(status).toBe(1);
    expect(JSON.parse(out)).toEqual({
      file,
      mode: 'syntax',
      ok: false,
      message: "hujson: line 3, column 1: invalid character '}' at start of value",
      errors: [
        {
          message: "hujson: line 3, column 1: invalid character '}' at start of value",
          position: { line: 3, column: 1 },
        },
      ],
      warnings: [],
      tests: [],
      response: { message: "hujson: line 3, column 1: invalid character '}' at start of value" },
    });
  });

  it.each([
    [
      ['-', '-'],
      "tailnet-policy check: standard input (-) can be read only once; run 'tailnet-policy check --help' for usage\n",
    ],
    [['--bogus'], "tailnet-policy check: unknown option '--bogus'; run 'tailnet-policy check --help' for usage\n"],
    [
      ['--devices'],
      "tailnet-policy check: option '--devices <value>' argument missing; run 'tailnet-policy check --help' for usage\n",
    ],
    [
      ['--tailnet', 'tailnet.json'],
      "tailnet-policy check: check takes no --tailnet: it never contacts Tailscale (in test, apply and drift, --tailnet is the tailnet's name); give the tailnet's users and devices with --devices FILE.json\n",
    ],
  ])('rejects usage errors %j with status 2', async (args, err) => {
    expect(await run(args)).toEqual({ status: 2, out: '', err });
  });

  it('rejects a missing policy file with status 2', async () => {
    const missing = join(temp.dir, 'nope.hujson');
    expect(await run([missing])).toEqual({
      status: 2,
      out: '',
      err: `tailnet-policy check: cannot read ${missing}: no such file or directory\n`,
    });
  });

  it('checks several files, each in its turn, and exits with the worst status', async () => {
    const good = await put('good.hujson', POLICY);
    const failing = await put('failing.hujson', FAILING);
    const missing = join(temp.dir, 'missing.hujson');
    expect(await run([good, failing])).toEqual({
      status: 1,
      out:
        `${good}: 1 test(s): 1 passed, 0 failed, 0 undecided (offline, no tailnet given)\n` +
        `${failing}:8:64: test failed for "tag:client": [acl test error]: address "webserver:80": want: Drop, got: Accept\n` +
        `${failing}: 1 test(s): 0 passed, 1 failed, 0 undecided (offline, no tailnet given)\n`,
      err: '',
    });
    expect(await run([missing, good])).toEqual({
      status: 2,
      out: `${good}: 1 test(s): 1 passed, 0 failed, 0 undecided (offline, no tailnet given)\n`,
      err: `tailnet-policy check: cannot read ${missing}: no such file or directory\n`,
    });
    expect((await run([failing, temp.dir])).err).toBe(
      `tailnet-policy check: cannot read ${temp.dir}: is a directory, not a file\n`,
    );
  });

  it('reads only regular files up to the size limit, so a link to a device or a pipe cannot hang it', async () => {
    const device = join(temp.dir, 'device.hujson');
    await symlink('/dev/zero', device);
    const pipe = join(temp.dir, 'pipe.hujson');
    execFileSync('mkfifo', [pipe]);
    const huge = await put('huge.hujson', `{"hosts": {"a": "${'x'.repeat(MAX_FILE_BYTES)}"}}`);
    expect(await run([device, pipe, huge])).toEqual({
      status: 2,
      out: '',
      err:
        `tailnet-policy check: cannot read ${device}: not a regular file (a device, a pipe or a socket)\n` +
        `tailnet-policy check: cannot read ${pipe}: not a regular file (a device, a pipe or a socket)\n` +
        `tailnet-policy check: cannot read ${huge}: larger than 10 MiB, the limit for policy files\n`,
    });
  });

  it('prints a list of JSON reports for several files, one report for one', async () => {
    const good = await put('good.hujson', POLICY);
    const failing = await put('failing.hujson', FAILING);
    const { status, out } = await run(['--json', good, failing]);
    expect(status).toBe(1);
    expect(JSON.parse(out).map((report: { file: string; ok: boolean }) => [report.file, report.ok])).toEqual([
      [good, true],
      [failing, false],
    ]);
    expect(JSON.parse((await run(['--json', good])).out)).toMatchObject({ file: good, ok: true });
  });

  it.each([
    ['a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(POLICY)])],
    ['a byte that is not UTF-8', Buffer.from(POLICY.replace('webserver', 'web\u00ffserver'), 'latin1')],
    ['nothing', Buffer.from('')],
    ['only comments', Buffer.from('// nothing yet\n')],
    ['a syntax error', Buffer.from('{\n  "acls": [\n}\n')],
  ])('reads a file holding %s as the action does, in the same words', async (_what, bytes) => {
    const file = join(temp.dir, 'policy.hujson');
    await writeFile(file, bytes);
    let action = '';
    try {
      parseLocalPolicy(file, bytes);
    } catch (error) {
      action = (error as Error).message;
    }
    expect(action).not.toBe('');
    expect(await run([file])).toEqual({ status: 1, out: `${action}\n${file}: invalid: 1 error(s)\n`, err: '' });
  });

  it('says the file is empty, and that the policy must be an object, in plain words', async () => {
    const empty = await put('empty.hujson', '  \n');
    expect((await run([empty])).out).toBe(
      `${empty}: the file is empty (only blank space or comments); a policy file holds one JSON object, at least {}\n${empty}: invalid: 1 error(s)\n`,
    );
    const array = await put('array.hujson', '[1]');
    expect(await run([array])).toEqual({
      status: 1,
      out: `${array}:1:1: the policy must be a JSON object ({...}), not a list\n${array}: invalid: 1 error(s)\n`,
      err: '',
    });
    // --json keeps the words the Tailscale API answers with.
    expect(JSON.parse((await run([array, '--json'])).out).message).toBe(
      'json: cannot unmarshal array into Go value of type Policy',
    );
  });

  it('names no unknown address in failing SSH tests', async () => {
    const ssh = `{
  "tagOwners": {"tag:server": []},
  "ssh": [{"action": "accept", "src": ["alice@example.com"], "dst": ["tag:server"], "users": ["root"]}],
  "sshTests": [{"src": "alice@example.com", "dst": ["tag:server"], "deny": ["root"]}],
}
`;
    const file = await put('ssh.hujson', ssh);
    const { status, out } = await run([file]);
    expect(status).toBe(1);
    expect(out.split('\n')[0]).toBe(
      `${file}:4:77: test failed for "alice@example.com": [ssh test error]: src "alice@example.com", dst "tag:server", ssh user "root": want: "deny" got: "accept"`,
    );
    expect(JSON.parse((await run([file, '--json'])).out).tests[0].assertions[0].message).toContain('at "?"');
  });

  it('prints help', async () => {
    expect(await run(['--help'])).toEqual({ status: 0, out: CHECK_USAGE, err: '' });
  });

  it('is registered as a command and needs no credentials', async () => {
    const file = await put('policy.hujson', POLICY);
    const io = fakeIO();
    expect(await main(['check', file], io)).toBe(0);
    expect(io.out()).toBe(`${file}: 1 test(s): 1 passed, 0 failed, 0 undecided (offline, no tailnet given)\n`);
  });
});
