import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { USAGE, main } from '../../src/cli/main.js';
import { VERSION } from '../../src/version.js';

function fakeIO() {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (chunk) => void (out.stdout += String(chunk)),
    stderr: (chunk) => void (out.stderr += String(chunk)),
    readStdin: async () => new Uint8Array(),
    env: {},
  };
  return { io, out };
}

describe('tailnet-policy', () => {
  it.each([
    [[], 2, '', USAGE],
    [['--help'], 0, USAGE, ''],
    [['help'], 0, USAGE, ''],
    [['--version'], 0, `tailnet-policy ${VERSION}\n`, ''],
    [['deploy'], 2, '', 'tailnet-policy: unknown command "deploy"; run \'tailnet-policy --help\' for the list\n'],
  ])('%j exits %d', async (argv, code, stdout, stderr) => {
    const { io, out } = fakeIO();
    expect(await main(argv, io)).toBe(code);
    expect(out).toEqual({ stdout, stderr });
  });

  it.each(['test', 'apply', 'drift'])('%s --help lists the options and the credential variables', async (command) => {
    const { io, out } = fakeIO();
    expect(await main([command, '--help'], io)).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^Usage: tailnet-policy ${command} \\[options\\]\\n`));
    expect(out.stdout).toContain('TS_API_KEY; or TS_OAUTH_ID with\nTS_OAUTH_SECRET (OAuth client) or with TS_ID_TOKEN (workload identity federation).');
  });
});
