import { describe, expect, it } from 'vitest';
import { USAGE, main } from '../../src/cli/main.js';
import { VERSION } from '../../src/version.js';
import { fakeIO } from './fake-io.js';


describe('tailnet-policy', () => {
  it.each([
    [[], 2, '', USAGE],
    [['--help'], 0, USAGE, ''],
    [['help'], 0, USAGE, ''],
    [['--version'], 0, `tailnet-policy ${VERSION}\n`, ''],
    [['deploy'], 2, '', 'tailnet-policy: unknown command "deploy"; run \'tailnet-policy --help\' for the list\n'],
  ])('%j exits %d', async (argv, code, stdout, stderr) => {
    const io = fakeIO();
    expect(await main(argv, io)).toBe(code);
    expect({ stdout: io.out(), stderr: io.err() }).toEqual({ stdout, stderr });
  });

  it.each(['test', 'apply', 'drift'])('%s --help lists the options and the credential variables', async (command) => {
    const io = fakeIO();
    expect(await main([command, '--help'], io)).toBe(0);
    expect(io.out()).toMatch(new RegExp(`^Usage: tailnet-policy ${command} \\[options\\]\\n`));
    expect(io.out()).toContain('TS_API_KEY; or TS_OAUTH_ID with\nTS_OAUTH_SECRET (OAuth client) or with TS_ID_TOKEN (workload identity federation).');
  });
});
