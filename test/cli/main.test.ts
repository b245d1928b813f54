import { describe, expect, it } from 'vitest';
import { CHECK_USAGE } from '../../src/cli/check.js';
import { FMT_USAGE } from '../../src/cli/fmt.js';
import { USAGE, main } from '../../src/cli/main.js';
import { remoteUsage } from '../../src/cli/remote.js';
import { VERSION } from '../../src/version.js';
import { fakeIO } from './fake-io.js';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = fakeIO();
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('tailnet-policy', () => {
  it.each([
    [[], 2, '', USAGE],
    [['--help'], 0, USAGE, ''],
    [['help'], 0, USAGE, ''],
    [['--version'], 0, `tailnet-policy ${VERSION}\n`, ''],
    [['deploy'], 2, '', 'tailnet-policy: unknown command "deploy"; run \'tailnet-policy --help\' for the list\n'],
    [
      ['help', 'deploy'],
      2,
      '',
      'tailnet-policy: unknown command "deploy"; run \'tailnet-policy --help\' for the list\n',
    ],
    [
      ['help', 'toString'],
      2,
      '',
      'tailnet-policy: unknown command "toString"; run \'tailnet-policy --help\' for the list\n',
    ],
    [
      ['help', 'fmt', 'check'],
      2,
      '',
      "tailnet-policy help: expected one command name, got 2; run 'tailnet-policy --help' for the list\n",
    ],
  ])('%j exits %d', async (argv, code, stdout, stderr) => {
    expect(await run(argv)).toEqual({ code, stdout, stderr });
  });

  it.each([
    ['fmt', FMT_USAGE],
    ['check', CHECK_USAGE],
    ['test', remoteUsage('test')],
    ['apply', remoteUsage('apply')],
    ['drift', remoteUsage('drift')],
  ])("help %s and %s --help print that command's own help", async (command, usage) => {
    expect(await run(['help', command])).toEqual({ code: 0, stdout: usage, stderr: '' });
    expect(await run([command, '--help'])).toEqual({ code: 0, stdout: usage, stderr: '' });
  });

  it('gives test, apply and drift each its own flags', () => {
    const flags = (mode: 'test' | 'apply' | 'drift') =>
      [...remoteUsage(mode).matchAll(/^ {2}(--[a-z-]+|-h)/gm)].map((m) => m[1]);
    const common = ['--policy-file', '--tailnet', '--api-url'];
    expect(flags('test')).toEqual([...common, '--cache-file', '--base', '--fail-on-warnings', '--timeout', '-h']);
    expect(flags('apply')).toEqual([...common, '--cache-file', '--on-manual-edit', '--timeout', '-h']);
    expect(flags('drift')).toEqual([...common, '--fail-on-drift', '--timeout', '-h']);
    expect(remoteUsage('test')).toContain(
      'TS_API_KEY; or TS_OAUTH_ID with\nTS_OAUTH_SECRET (OAuth client) or with TS_ID_TOKEN (workload identity federation).',
    );
  });

  it.each([
    [
      ['test', '--fail-on-drift'],
      "tailnet-policy test: unknown option '--fail-on-drift'; it is an option of drift; run 'tailnet-policy test --help' for the options\n",
    ],
    [
      ['drift', '--on-manual-edit', 'fail'],
      "tailnet-policy drift: unknown option '--on-manual-edit'; it is an option of apply; run 'tailnet-policy drift --help' for the options\n",
    ],
    [
      ['apply', '--fail-on-warnings'],
      "tailnet-policy apply: unknown option '--fail-on-warnings'; it is an option of test; run 'tailnet-policy apply --help' for the options\n",
    ],
    [
      ['drift', '--cache-file', 'c.json'],
      "tailnet-policy drift: unknown option '--cache-file'; it is an option of test and apply; run 'tailnet-policy drift --help' for the options\n",
    ],
    [
      ['test', '--devices', 'd.json'],
      "tailnet-policy test: unknown option '--devices'; run 'tailnet-policy test --help' for the options\n",
    ],
  ])('%j is rejected: the command does not take that flag', async (argv, stderr) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  // Node calls such a value "ambiguous" and words its advice differently from one version to the next.
  it.each([
    [
      ['test', '--timeout', '-1s'],
      'tailnet-policy test: option \'--timeout\' takes a value starting with "-" only as --timeout=VALUE; run ' +
        "'tailnet-policy test --help' for the options\n",
    ],
    [
      ['check', '--timeout', '-1s'],
      'tailnet-policy check: option \'--timeout\' takes a value starting with "-" only as --timeout=VALUE; run ' +
        "'tailnet-policy check --help' for usage\n",
    ],
  ])('%j: a value starting with a dash says how to write it', async (argv, stderr) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr });
  });
});
