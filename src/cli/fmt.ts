// `tailnet-policy fmt`: gofmt for policy files, with Go hujson's exact layout.

import { PolicyFileError } from '../errors.js';
import { describeFileError } from '../files/file-errors.js';
import { parsePolicyBytes } from '../files/local-policy.js';
import { format, FormattedTooLargeError, type HujsonDocument } from '../hujson/index.js';
import { neutralizeLogLine } from '../render/actions/log-line.js';
import { helpHint, parseCommandLine } from './args.js';
import { displayName, readInput, resolveFileArgument, STDIN, UnreadableFileError } from './files.js';
import { errorLine, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIO } from './io.js';
import { UsageError } from './usage-error.js';

export const FMT_USAGE = `Usage: tailnet-policy fmt [-w | --check] [FILE...]

Formats HuJSON policy files exactly as Go's hujson.Format does (the layout behind the policy
ETag). Prints the result to stdout. With no FILE, or with -, reads standard input.

Options:
  -w, --write   rewrite each file in place if its formatting changes
  --check       write nothing; list the files that are not formatted and exit 1 if any
  -h, --help    show this help

Errors are reported as FILE:LINE:COLUMN: message; the other files are still processed.
Files are read as every command reads policy files: a byte-order mark or bytes that are not
UTF-8 are errors, as for check and test.

Exit status: 0 done (with --check: every file is formatted); 1 a file does not parse, or with
--check is not formatted; 2 a usage error, or a file that cannot be read or written.
`;

type Mode = 'print' | 'write' | 'check';

interface Invocation {
  mode: Mode;
  files: string[];
}

export async function runFmt(args: string[], io: CliIO): Promise<number> {
  let invocation;
  try {
    invocation = parseInvocation(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(errorLine(`tailnet-policy fmt: ${error.message}`));
    return EXIT_USAGE;
  }
  if (invocation === 'help') {
    io.stdout(FMT_USAGE);
    return EXIT_OK;
  }
  let status = EXIT_OK;
  // One file at a time: a formatted copy of each is held in memory, and hundreds of files
  // must not exhaust file descriptors.
  for (const file of invocation.files) {
    status = Math.max(status, await processFile(file, invocation.mode, io));
  }
  return status;
}

function parseInvocation(args: string[]): Invocation | 'help' {
  const { values, positionals } = parseCommandLine('fmt', {
    args,
    allowPositionals: true,
    options: {
      write: { type: 'boolean', short: 'w' },
      check: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const problem = (text: string) => new UsageError(`${text}; ${helpHint('fmt')}`);
  if (values.write && values.check) throw problem('-w and --check cannot be combined; pick one');
  const files = positionals.length === 0 ? [STDIN] : positionals;
  if (files.filter((file) => file === STDIN).length > 1) throw problem('standard input (-) can be read only once');
  if (values.write && files.includes(STDIN)) {
    throw problem('-w cannot rewrite standard input; name the files to rewrite');
  }
  return { mode: values.write ? 'write' : values.check ? 'check' : 'print', files };
}

async function processFile(file: string, mode: Mode, io: CliIO): Promise<number> {
  const name = displayName(file);
  let source: Uint8Array;
  let document: HujsonDocument;
  try {
    source = await readInput('fmt', file, io);
    // The loader every command uses, so a file fmt passes is one check and test can read.
    document = parsePolicyBytes(name, source);
  } catch (error) {
    if (error instanceof UnreadableFileError) {
      io.stderr(errorLine(error.message));
      return EXIT_USAGE;
    }
    if (!(error instanceof PolicyFileError)) throw error;
    io.stderr(errorLine(error.message));
    return EXIT_FAILED;
  }
  let formatted: Uint8Array;
  try {
    formatted = format(document);
  } catch (error) {
    if (!(error instanceof FormattedTooLargeError)) throw error;
    io.stderr(errorLine(`tailnet-policy fmt: cannot format ${name}: ${error.message}`));
    return EXIT_USAGE;
  }
  const unchanged = Buffer.from(formatted.buffer, formatted.byteOffset, formatted.length).equals(source);
  if (mode === 'print') io.stdout(formatted);
  if (mode === 'check' && !unchanged) {
    io.stdout(`${neutralizeLogLine(name)}\n`);
    return EXIT_FAILED;
  }
  if (mode === 'write' && !unchanged) return rewrite(file, formatted, io);
  return EXIT_OK;
}

/**
 * Writes where the file is now: a file in the checkout must still be inside it, and is written
 * at the real path just checked (writeFileAtomic's `resolved`), not through a link made since.
 */
async function rewrite(file: string, formatted: Uint8Array, io: CliIO): Promise<number> {
  const refuse = (reason: string): number => {
    io.stderr(errorLine(`tailnet-policy fmt: cannot write ${displayName(file)}: ${reason}`));
    return EXIT_USAGE;
  };
  try {
    const target = resolveFileArgument(file, 'written');
    if (typeof target === 'string') return refuse(target);
    // Loaded only to rewrite: it brings node:crypto, which takes 10 ms or more to load.
    const { writeFileAtomic } = await import('../files/atomic-write.js');
    await writeFileAtomic(target.path, formatted, { resolved: target.resolved });
    return EXIT_OK;
  } catch (error) {
    return refuse(describeFileError(error));
  }
}
