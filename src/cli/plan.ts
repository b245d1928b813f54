// `tailnet-policy plan BEFORE AFTER`: what a policy change does to access (who gains or loses
// which network, SSH and app access), like `terraform plan` for a tailnet policy. Offline: no
// credentials, no network. BEFORE and AFTER are files, or `git:REV:PATH` read from the
// repository with a hardened git (the checkout may be a pull request's hostile content).

import { GitMissingError, PolicyFileError, TimeoutError } from '../errors.js';
import { parsePolicyBytes } from '../files/local-policy.js';
import { MAX_FILE_BYTES } from '../files/workspace.js';
import { computeAccessPlan, planJson, PlanCutShortError, PlanInputError, renderPlanText } from '../plan/index.js';
import { deadlineOf, DEFAULT_TIMEOUT, ENGINE_OPTIONS, helpHint, parseCommandLine, type TimeLimit } from './args.js';
import { cliWorkspace, displayName, readInput, tooLarge, UnreadableFileError } from './files.js';
import { readTopology } from './devices.js';
import { errorLine, EXIT_FAILED, EXIT_OK, EXIT_USAGE, inertText, writeJson, writeText, type CliIO } from './io.js';
import { UsageError } from './usage-error.js';
import type { GitDeadline, GitRepository } from '../git/runner.js';

export const PLAN_USAGE = `Usage: tailnet-policy plan BEFORE AFTER [--devices FILE.json] [--json] [--exit-code]
                           [--timeout DURATION]

Shows what changing the policy BEFORE into AFTER does to access: per source, the network
destinations, protocols and ports, SSH destinations, logins and actions, and app capabilities
gained and lost; whether a test of AFTER asserts each change, and test entries to paste for
those no test asserts. Edits it does not evaluate (tagOwners, autoApprovers, nodeAttrs, SSH
acceptEnv and recorder) are named at the top. No credentials, no network.

BEFORE and AFTER are policy files (- reads standard input), or git:REV:PATH for a file as
committed in this repository, PATH relative to its top folder (a file whose name starts with
git: is written ./git:...):
  tailnet-policy plan git:origin/main:policy.hujson policy.hujson

Options:
  --devices FILE.json  the tailnet's users and devices (the shapes 'tailnet-policy check --help'
                       describes): destinations and sources become devices. Without it the plan
                       is symbolic, and what depends on the tailnet is listed as undecided.
  --json               print the plan as JSON: {"changes": [{"change": "gained", "kind": "network",
                       "src": ..., "dst": ..., "proto": ..., "ports": ..., "tested": ...}, ...], ...}
  --exit-code          exit 1 when access changes, or may change (undecided offline), or
                       AFTER edits what the plan does not evaluate, as git diff --exit-code does
  --timeout DURATION   give up after this long (default ${DEFAULT_TIMEOUT}, like 90s or 5m), saying so;
                       a plan that passes 100,000 changes stops too
  -h, --help           show this help

Exit status: 0 with or without changes (1 with --exit-code when access changes or may change,
or AFTER edits what the plan does not evaluate);
2 a usage error, a policy that cannot be read or is not valid, or a plan cut short.
`;

const HELP_HINT = helpHint('plan');

interface Invocation {
  before: string;
  after: string;
  devices?: string;
  json: boolean;
  exitCode: boolean;
  time: TimeLimit;
}

export async function runPlan(args: string[], io: CliIO): Promise<number> {
  try {
    const invocation = parseInvocation(args);
    if (invocation === 'help') {
      io.stdout(PLAN_USAGE);
      return EXIT_OK;
    }
    const topology = invocation.devices === undefined ? undefined : readTopology(invocation.devices);
    const read = (spec: string): ReturnType<typeof readPolicy> => readPolicy(spec, io, invocation.time);
    const [before, after] = [await read(invocation.before), await read(invocation.after)];
    const plan = computeAccessPlan(before, after, { ...invocation.time, ...(topology && { topology }) });
    if (invocation.json) writeJson(io, planJson(plan));
    else writeText(io, inertText(renderPlanText(plan)));
    const changed = plan.changes.length + plan.undecided.length + plan.unplanned.length;
    return invocation.exitCode && changed > 0 ? EXIT_FAILED : EXIT_OK;
  } catch (error) {
    if (error instanceof UnreadableFileError) io.stderr(errorLine(error.message));
    else if (
      error instanceof UsageError ||
      error instanceof PolicyFileError ||
      error instanceof PlanInputError ||
      error instanceof PlanCutShortError
    ) {
      io.stderr(errorLine(`tailnet-policy plan: ${error.message}`));
    } else throw error;
    return EXIT_USAGE;
  }
}

function parseInvocation(args: string[]): Invocation | 'help' {
  const { values, positionals } = parseCommandLine('plan', {
    args,
    allowPositionals: true,
    options: { ...ENGINE_OPTIONS, 'exit-code': { type: 'boolean', default: false } },
  });
  if (values.help) return 'help';
  if (values.tailnet !== undefined)
    throw new UsageError(
      `give the tailnet's devices with --devices FILE.json (--tailnet names a tailnet); ${HELP_HINT}`,
    );
  if (positionals.length !== 2)
    throw new UsageError(`expected two policies, BEFORE and AFTER, got ${positionals.length}; ${HELP_HINT}`);
  const invocation: Invocation = {
    before: positionals[0]!,
    after: positionals[1]!,
    json: values.json,
    exitCode: values['exit-code'],
    time: deadlineOf(values.timeout),
  };
  if (values.devices !== undefined) invocation.devices = values.devices;
  return invocation;
}

const GIT_PREFIX = 'git:';

async function readPolicy(
  spec: string,
  io: CliIO,
  time: TimeLimit,
): Promise<{ name: string; root: ReturnType<typeof parsePolicyBytes> }> {
  const bytes = spec.startsWith(GIT_PREFIX)
    ? await readFromGit(spec, time)
    : await readInput('plan', spec, io, time.deadline);
  return { name: displayName(spec), root: parsePolicyBytes(displayName(spec), bytes) };
}

/** `git:REV:PATH`: the blob at PATH in REV. REV must not look like an option. */
async function readFromGit(spec: string, time: TimeLimit): Promise<Uint8Array> {
  const rest = spec.slice(GIT_PREFIX.length);
  const colon = rest.indexOf(':');
  const rev = colon === -1 ? '' : rest.slice(0, colon);
  const file = colon === -1 ? '' : rest.slice(colon + 1);
  if (rev === '' || file === '')
    throw new UsageError(`${spec}: expected git:REV:PATH, e.g. git:origin/main:policy.hujson`);
  if (rev.startsWith('-')) throw new UsageError(`${spec}: a revision cannot start with "-"`);
  // git reads the name as one line of its batch input.
  if (/[\r\n]/.test(rest)) throw new UsageError(`${spec}: a revision or path cannot hold a line break`);
  // Loaded only here: git's runner loads node:child_process, which a plan of two files never needs.
  const { repositoryAt } = await import(/* webpackMode: "eager" */ '../git/runner.js');
  const { readBlobs } = await import(/* webpackMode: "eager" */ '../git/blobs.js');
  const repo = await repositoryAt(cliWorkspace(process.cwd()));
  if (repo === undefined) throw new UsageError(`${spec}: not inside a git repository`);
  const name = `${rev}:${file}`;
  // The blob's own bytes, held to the limit a file on disk is held to (its size is asked before
  // its bytes). Only when there is none does git say why, for the message.
  const deadline = { at: time.deadline, now: time.now };
  try {
    for await (const blob of readBlobs(repo, [name], MAX_FILE_BYTES, deadline)) if (blob !== undefined) return blob;
    throw new UsageError(`cannot read ${spec}: ${await whyNoBlob(repo, name, deadline)}`);
  } catch (error) {
    if (error instanceof TimeoutError) throw new UsageError(`the timeout elapsed while git read ${spec}`);
    throw error;
  }
}

/** Why `name` gave no blob: git's own complaint, what it is instead, or its size. */
async function whyNoBlob(repo: GitRepository, name: string, deadline: GitDeadline): Promise<string> {
  const { runGit } = await import(/* webpackMode: "eager" */ '../git/runner.js');
  let type: string;
  try {
    type = (await runGit(repo, ['cat-file', '-t', name], deadline)).trim();
  } catch (error) {
    if (error instanceof TimeoutError) throw error;
    if (error instanceof GitMissingError) return error.message;
    const stderr =
      String((error as { stderr?: unknown }).stderr ?? '')
        .trim()
        .split('\n')[0] ?? '';
    return stderr === '' ? 'git failed' : stderr.replace(/^fatal: /, '');
  }
  return type === 'blob' ? tooLarge() : `it is a ${type}, not a file`;
}
