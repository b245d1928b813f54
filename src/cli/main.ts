import { EXIT_OK, EXIT_USAGE, type CliIO } from './io.js';

declare const VERSION: string | undefined;

export const USAGE = `Usage: tailnet-policy <command> [options]

Commands:
  fmt      format policy files like Go's hujson (gofmt-style flags: -w, --check)

Run 'tailnet-policy <command> --help' for a command's options.
`;

type Command = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {};

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version') {
    io.stdout(`tailnet-policy ${typeof VERSION === 'string' ? VERSION : 'dev'}\n`);
    return EXIT_OK;
  }
  const load = COMMANDS[name];
  if (load === undefined) {
    io.stderr(`tailnet-policy: unknown command "${name}"; run 'tailnet-policy --help' for the list\n`);
    return EXIT_USAGE;
  }
  return (await load())(rest, io);
}
