// `tailnet-policy check`: validate policy files and run their tests offline — no credentials,
// no network. With --devices the tests run against that description of the tailnet's devices.

import { PolicyFileError } from '../errors.js';
import { parsePolicyBytes } from '../files/local-policy.js';
import { HujsonSyntaxError } from '../hujson/index.js';
import { checkPolicy, serverMessage, type CheckOptions } from '../policy/index.js';
import type { Topology } from '../policy/index.js';
import { reportJson, reportLines, type LineSink, type ListLimit } from '../policy/render.js';
import { deadlineOf, DEFAULT_TIMEOUT, ENGINE_OPTIONS, helpHint, parseCommandLine, type TimeLimit } from './args.js';
import { displayName, readInput, STDIN, UnreadableFileError } from './files.js';
import { readTopology } from './devices.js';
import { errorLine, EXIT_FAILED, EXIT_OK, EXIT_USAGE, LineWriter, writeJson, type CliIO } from './io.js';
import { UsageError } from './usage-error.js';
import { plainReport } from './messages.js';

export const CHECK_USAGE = `Usage: tailnet-policy check [FILE...] [--devices FILE.json] [--json] [--timeout DURATION]

Validates policy files and runs their tests and sshTests without the Tailscale API: no
credentials, no network. FILE defaults to ./policy.hujson; - reads standard input. Errors and
failures are all listed; notices (accepted, the server's answer unknown) the first 20, then how
many more.

Options:
  --devices FILE.json  the tailnet's users and devices, to evaluate the tests on them (shapes
                       below). Without it an assertion fails only if it fails in every possible
                       tailnet, and is reported as undecided when the answer depends on the tailnet
                       (the first 20 undecided assertions are listed, then how many tests have more).
  --json               print a JSON report (a list of reports for several files), with messages
                       worded as the Tailscale API words them
  --timeout DURATION   stop after this long (default ${DEFAULT_TIMEOUT}, like 90s or 5m); tests not
                       reached are reported undecided and the summary says it was cut short
  -h, --help           show this help

The --devices file is a JSON object in one of two shapes:

  {"users": [USER, ...], "nodes": {"NAME": NODE, ...}, "domains": ["example.com"]}
    USER     {"name": "alice", "email": "alice@example.com", "role": "admin", "type": "member"}
             name: how nodes refer to the user; email: the login the policy names;
             role (optional): owner, admin, network-admin, it-admin, billing-admin, auditor or
             member; type (optional): member, or shared for users of devices shared in
    NODE     {"hostname": "web", "tags": ["tag:web"], "ipv4": "100.64.0.1",
              "ipv6": "fd7a:115c:a1e0::1", "user": "alice",
              "routable_ips": ["10.0.0.0/24"], "approved_routes": ["10.0.0.0/24"]}
             a tagged device has "tags"; an untagged one names its owner in "user" (the
             user's name, not the email); addresses and routes are optional
    domains  optional: the tailnet's own login domains, alias domains included; without it,
             the owner's domain (the user whose role is owner, else the first user) is the only
             one user:*@DOMAIN and localpart:*@DOMAIN may name

  {"users": [...], "devices": [...]}
    the Tailscale API's answers to GET /api/v2/tailnet/-/users and
    GET /api/v2/tailnet/-/devices?fields=all, side by side

Exit status: 0 every file is valid and no test failed (tests not reached before --timeout
count as undecided, as offline); 1 an invalid policy or a failed test; 2 a usage error, or a
file that cannot be read (the other files are still checked).
`;

const HELP_HINT = helpHint('check');

/**
 * Failures are all listed; notices and undecided assertions only so many, as examples: offline,
 * a policy whose tests name users' devices has thousands of undecided assertions, a generated
 * one may repeat a key thousands of times, and either would bury the failures.
 */
const LIST_LIMIT: ListLimit = {
  shown: 20,
  notices: (count) => `${count} more notice(s) not listed; --json lists every one`,
  // A failed test may hold undecided assertions too: the count can pass the summary's undecided tests.
  undecided: (count) =>
    `undecided assertions of ${count} more test(s) (undecided or failed) not listed; --json lists every one`,
};

interface Invocation {
  files: string[];
  devices?: string;
  json: boolean;
  time: TimeLimit;
}

/** One file's exit status, and what it prints: only the form asked for is rendered. */
interface FileResult {
  status: number;
  lines: (out: LineSink) => void;
  json: () => unknown;
}

export async function runCheck(args: string[], io: CliIO): Promise<number> {
  try {
    const invocation = parseInvocation(args);
    if (invocation === 'help') {
      io.stdout(CHECK_USAGE);
      return EXIT_OK;
    }
    const topology = invocation.devices === undefined ? undefined : readTopology(invocation.devices);
    return await checkFiles(invocation, topology, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(errorLine(`tailnet-policy check: ${error.message}`));
    return EXIT_USAGE;
  }
}

function parseInvocation(args: string[]): Invocation | 'help' {
  const { values, positionals } = parseCommandLine('check', {
    args,
    allowPositionals: true,
    options: ENGINE_OPTIONS,
  });
  if (values.help) return 'help';
  if (values.tailnet !== undefined) {
    throw new UsageError(
      'check takes no --tailnet: it never contacts Tailscale (in test, apply and drift, --tailnet is ' +
        "the tailnet's name); give the tailnet's users and devices with --devices FILE.json",
    );
  }
  const files = positionals.length === 0 ? ['./policy.hujson'] : positionals;
  if (files.filter((file) => file === STDIN).length > 1) {
    throw new UsageError(`standard input (-) can be read only once; ${HELP_HINT}`);
  }
  const invocation: Invocation = { files, json: values.json, time: deadlineOf(values.timeout) };
  if (values.devices !== undefined) invocation.devices = values.devices;
  return invocation;
}

async function checkFiles(invocation: Invocation, topology: Topology | undefined, io: CliIO): Promise<number> {
  let status = EXIT_OK;
  const reports: unknown[] = [];
  // The run's deadline, shared by every file, and the tailnet when given.
  const options: CheckOptions = topology === undefined ? invocation.time : { ...invocation.time, topology };
  // One file at a time: a parsed policy can be large, and its output is printed before the next.
  for (const file of invocation.files) {
    let result: FileResult;
    try {
      result = checkSource(displayName(file), await readInput('check', file, io, invocation.time.deadline), options);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      io.stderr(errorLine(error.message));
      status = EXIT_USAGE;
      continue;
    }
    status = Math.max(status, result.status);
    if (invocation.json) reports.push(result.json());
    else {
      const out = new LineWriter(io);
      result.lines(out);
      out.flush();
    }
  }
  if (invocation.json && reports.length > 0) {
    const document = invocation.files.length === 1 ? reports[0] : reports;
    writeJson(io, document);
  }
  return status;
}

function checkSource(name: string, source: Uint8Array, options: CheckOptions): FileResult {
  let root;
  try {
    root = parsePolicyBytes(name, source);
  } catch (error) {
    if (!(error instanceof PolicyFileError)) throw error;
    return unparsable(error, name);
  }
  const report = checkPolicy(root, options);
  return {
    status: serverMessage(report) === undefined ? EXIT_OK : EXIT_FAILED,
    lines: (out) => reportLines(plainReport(report), name, out, LIST_LIMIT),
    json: () => reportJson(report, name),
  };
}

function unparsable(error: PolicyFileError, name: string): FileResult {
  const position = error.line === undefined ? undefined : { line: error.line, column: error.column ?? 1 };
  const message = error.cause instanceof HujsonSyntaxError ? error.cause.fullMessage : error.reason;
  const finding = { message, ...(position && { position }) };
  const json = {
    file: name,
    mode: 'syntax',
    ok: false,
    message,
    errors: [finding],
    warnings: [],
    tests: [],
    response: { message },
  };
  const lines = (out: LineSink): void => {
    out.push(error.message);
    out.push(`${name}: invalid: 1 error(s)`);
  };
  return { status: EXIT_FAILED, lines, json: () => json };
}
