import { errorLine, EXIT_OK, EXIT_USAGE, type CliIO } from './io.js';

import { tuneForOnePass } from '../runtime.js';
import { VERSION } from '../version.js';

export const USAGE = `Usage: tailnet-policy <command> [options]

Commands:
  fmt      format policy files like Go's hujson (gofmt-style flags: -w, --check)
  check    validate policy files and run their tests offline (no credentials, no network)
  plan     show the access a policy change gains and loses (offline, like terraform plan)
  test     validate the policy and run its tests with the Tailscale API
  apply    push the policy to Tailscale, guarded by If-Match
  drift    compare the live policy with the repository

Run 'tailnet-policy help <command>' (or '<command> --help') for a command's options.
Exit status: 0 success; 1 a check failed (an invalid policy, a failed test, an unformatted
file, drift with --fail-on-drift); 2 the command could not run as asked (a usage error, or a
file that cannot be read). plan has its own: tailnet-policy help plan.
`;

type Command = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  fmt: async () => (await import('./fmt.js')).runFmt,
  check: async () => (await import('./check.js')).runCheck,
  plan: async () => (await import('./plan.js')).runPlan,
  test: async () => (await import('./remote.js')).remoteCommand('test'),
  apply: async () => (await import('./remote.js')).remoteCommand('apply'),
  drift: async () => (await import('./remote.js')).remoteCommand('drift'),
};

/** Commands that take whole policies through the engine once (runtime.ts). */
const ONE_PASS = new Set(['check', 'plan', 'test', 'apply', 'drift']);

function unknown(name: string, io: CliIO): number {
  io.stderr(errorLine(`tailnet-policy: unknown command "${name}"; run 'tailnet-policy --help' for the list`));
  return EXIT_USAGE;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(USAGE);
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (name === 'help') {
    const topic = rest[0]!;
    if (rest.length > 1) {
      const problem = `expected one command name, got ${rest.length}`;
      io.stderr(errorLine(`tailnet-policy help: ${problem}; run 'tailnet-policy --help' for the list`));
      return EXIT_USAGE;
    }
    const load = Object.hasOwn(COMMANDS, topic) ? COMMANDS[topic]! : undefined;
    return load === undefined ? unknown(topic, io) : (await load())(['--help'], io);
  }
  if (name === '--version') {
    io.stdout(`tailnet-policy ${VERSION}\n`);
    return EXIT_OK;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) return unknown(name, io);
  if (ONE_PASS.has(name)) await tuneForOnePass();
  return (await load())(rest, io);
}
