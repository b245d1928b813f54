import { EXIT_OK, EXIT_USAGE, type CliIO } from './io.js';

import { VERSION } from '../version.js';

export const USAGE = `Usage: tailnet-policy <command> [options]

Commands:
  fmt      format policy files like Go's hujson (gofmt-style flags: -w, --check)
  check    validate the policy and run its tests offline (no credentials, no network)
  test     validate the policy and run its tests with the Tailscale API
  apply    push the policy to Tailscale, guarded by If-Match
  drift    compare the live policy with the repository

Run 'tailnet-policy <command> --help' for a command's options.
`;

type Command = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  fmt: async () => (await import('./fmt.js')).runFmt,
  check: async () => (await import('./check.js')).runCheck,
  test: async () => (await import('./remote.js')).remoteCommand('test'),
  apply: async () => (await import('./remote.js')).remoteCommand('apply'),
  drift: async () => (await import('./remote.js')).remoteCommand('drift'),
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(USAGE);
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (name === '--version') {
    io.stdout(`tailnet-policy ${VERSION}\n`);
    return EXIT_OK;
  }
  const load = COMMANDS[name];
  if (load === undefined) {
    io.stderr(`tailnet-policy: unknown command "${name}"; run 'tailnet-policy --help' for the list\n`);
    return EXIT_USAGE;
  }
  return (await load())(rest, io);
}
