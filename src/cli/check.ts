// `tailnet-policy check`: validate a policy file and run its tests offline — no credentials,
// no network. With --tailnet the tests run against that tailnet description exactly.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { describeFileError } from '../files/file-errors.js';
import { HujsonSyntaxError, parse } from '../hujson/index.js';
import { checkPolicy, parseTopology, serverMessage, topologyFromApi, TopologyError, type Topology } from '../policy/index.js';
import { reportJson, reportLines } from '../policy/render.js';
import { firstSentence } from './args.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIO } from './io.js';

export const CHECK_USAGE = `Usage: tailnet-policy check [FILE] [--tailnet FILE.json] [--json]

Validates a policy file and runs its tests and sshTests without the Tailscale API.
FILE defaults to ./policy.hujson; - reads standard input.

Options:
  --tailnet FILE.json   users and devices to evaluate the tests against: the topology shape
                        ({"users": [...], "nodes": {...}}) or API lists ({"users": [...], "devices": [...]}).
                        Without it, tests are evaluated for every possible tailnet: an assertion
                        fails only if it fails in all of them, and is reported as undecided otherwise.
  --json                print a JSON report instead of FILE:LINE:COL lines
  -h, --help            show this help

Exit status: 0 valid and no test failed, 1 invalid policy or a failed test, 2 usage error or
unreadable file.
`;

const STDIN_NAME = '<stdin>';

class UsageError extends Error {}

interface Invocation {
  file: string;
  tailnet?: string;
  json: boolean;
}

export async function runCheck(args: string[], io: CliIO): Promise<number> {
  try {
    const invocation = parseInvocation(args);
    if (invocation === 'help') {
      io.stdout(CHECK_USAGE);
      return EXIT_OK;
    }
    return await check(invocation, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`tailnet-policy check: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

function parseInvocation(args: string[]): Invocation | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { tailnet: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    throw new UsageError(`${firstSentence(error instanceof Error ? error.message : String(error))}; run 'tailnet-policy check --help' for usage`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length > 1) throw new UsageError(`expected at most one policy file, got ${positionals.length}; run 'tailnet-policy check --help' for usage`);
  const invocation: Invocation = { file: positionals[0] ?? './policy.hujson', json: values.json };
  if (values.tailnet !== undefined) invocation.tailnet = values.tailnet;
  return invocation;
}

async function check(invocation: Invocation, io: CliIO): Promise<number> {
  const name = invocation.file === '-' ? STDIN_NAME : invocation.file;
  const source = await readSource(invocation.file, name, io);
  const topology = invocation.tailnet === undefined ? undefined : await readTopology(invocation.tailnet);
  let root;
  try {
    root = parse(source);
  } catch (error) {
    if (!(error instanceof HujsonSyntaxError)) throw error;
    return reportSyntaxError(error, name, invocation.json, io);
  }
  const report = checkPolicy(root, topology === undefined ? {} : { topology });
  if (invocation.json) io.stdout(`${JSON.stringify(reportJson(report, name), null, 2)}\n`);
  else io.stdout(reportLines(report, name).map((line) => `${line}\n`).join(''));
  return serverMessage(report) === undefined ? EXIT_OK : EXIT_FAILED;
}

function reportSyntaxError(error: HujsonSyntaxError, name: string, json: boolean, io: CliIO): number {
  if (json) {
    const finding = { message: error.fullMessage, position: { line: error.line, column: error.column } };
    const body = { file: name, mode: 'syntax', ok: false, message: error.fullMessage, errors: [finding], warnings: [], tests: [], response: { message: error.fullMessage } };
    io.stdout(`${JSON.stringify(body, null, 2)}\n`);
  } else io.stdout(`${name}:${error.line}:${error.column}: ${error.message}\n${name}: invalid: 1 error(s)\n`);
  return EXIT_FAILED;
}

async function readSource(file: string, name: string, io: CliIO): Promise<Uint8Array> {
  try {
    return file === '-' ? await io.readStdin() : await readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${name}: ${describeFileError(error)}`);
  }
}

async function readTopology(file: string): Promise<Topology> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : describeFileError(error);
    throw new UsageError(`cannot read --tailnet ${file}: ${reason}`);
  }
  try {
    const api = typeof json === 'object' && json !== null && 'devices' in json;
    return api ? topologyFromApi((json as { users?: unknown }).users ?? [], (json as { devices: unknown }).devices) : parseTopology(json);
  } catch (error) {
    if (!(error instanceof TopologyError)) throw error;
    throw new UsageError(`--tailnet ${file}: ${error.message}; see 'tailnet-policy check --help' for the expected shape`);
  }
}
