// `tailnet-policy fmt`: gofmt for policy files, with Go hujson's exact layout.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../files/atomic-write.js';
import { describeFileError } from '../files/file-errors.js';
import { format, HujsonSyntaxError } from '../hujson/index.js';
import { firstSentence } from './args.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIO } from './io.js';

export const FMT_USAGE = `Usage: tailnet-policy fmt [-w | --check] [FILE...]

Formats HuJSON policy files exactly as Go's hujson.Format does (the layout behind the policy
ETag). Prints the result to stdout. With no FILE, or with -, reads standard input.

Options:
  -w, --write   rewrite each file in place if its formatting changes
  --check       write nothing; list the files that are not formatted and exit 1 if any
  -h, --help    show this help

Errors are reported as FILE:LINE:COLUMN: message; the other files are still processed.
`;

const STDIN_NAME = '<stdin>';

type Mode = 'print' | 'write' | 'check';

interface Invocation {
  mode: Mode;
  files: string[];
}

export async function runFmt(args: string[], io: CliIO): Promise<number> {
  const invocation = parseInvocation(args, io);
  if (typeof invocation === 'number') return invocation;
  let status = EXIT_OK;
  // One file at a time: a formatted copy of each is held in memory, and hundreds of files
  // must not exhaust file descriptors.
  for (const file of invocation.files) {
    const fileStatus = await processFile(file, invocation.mode, io);
    if (fileStatus !== EXIT_OK) status = EXIT_FAILED;
  }
  return status;
}

/** The parsed command line, or the exit status when there is nothing more to do. */
function parseInvocation(args: string[], io: CliIO): Invocation | number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        write: { type: 'boolean', short: 'w' },
        check: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(io, error instanceof Error ? firstSentence(error.message) : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(FMT_USAGE);
    return EXIT_OK;
  }
  if (values.write && values.check) return usageError(io, '-w and --check cannot be combined; pick one');
  const files = positionals.length === 0 ? ['-'] : positionals;
  if (values.write && files.includes('-')) {
    return usageError(io, '-w cannot rewrite standard input; name the files to rewrite');
  }
  return { mode: values.write ? 'write' : values.check ? 'check' : 'print', files };
}

function usageError(io: CliIO, problem: string): number {
  io.stderr(`tailnet-policy fmt: ${problem}; run 'tailnet-policy fmt --help' for usage\n`);
  return EXIT_USAGE;
}

async function processFile(file: string, mode: Mode, io: CliIO): Promise<number> {
  const fromStdin = file === '-';
  const name = fromStdin ? STDIN_NAME : file;
  let source: Uint8Array;
  try {
    source = fromStdin ? await io.readStdin() : await readFile(file);
  } catch (error) {
    io.stderr(`${name}: ${describeFileError(error)}\n`);
    return EXIT_FAILED;
  }
  let formatted: Uint8Array;
  try {
    formatted = format(source);
  } catch (error) {
    if (!(error instanceof HujsonSyntaxError)) throw error;
    io.stderr(`${name}:${error.line}:${error.column}: ${error.message}\n`);
    return EXIT_FAILED;
  }
  const unchanged = Buffer.from(formatted.buffer, formatted.byteOffset, formatted.length).equals(source);
  if (mode === 'print') io.stdout(formatted);
  if (mode === 'check' && !unchanged) {
    io.stdout(`${name}\n`);
    return EXIT_FAILED;
  }
  if (mode === 'write' && !unchanged) {
    try {
      await writeFileAtomic(file, formatted);
    } catch (error) {
      io.stderr(`${name}: ${describeFileError(error)}\n`);
      return EXIT_FAILED;
    }
  }
  return EXIT_OK;
}
