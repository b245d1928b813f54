/**
 * Runs a fresh build of the action (`index.js`) or CLI (`cli/index.js`) as a child
 * process, the way a GitHub runner would: inputs as `INPUT_<NAME>` variables, the runner's
 * file commands in fresh temp files, an event payload file, and a clean environment (only PATH
 * and HOME come from the test process, so nothing of an outer CI run leaks in). The child is
 * spawned asynchronously, so the fake servers in this process keep serving while it runs.
 *
 * Unless `keepTemp` is set, the run's temp directory (output files, event file, RUNNER_TEMP and
 * the default workspace) is deleted once the results are read.
 *
 * @example
 * ```ts
 * const result = await runAction({
 *   inputs: { action: 'test', 'policy-file': 'policy.hujson', 'api-key': DEFAULT_API_KEY, 'api-url': ts.url, 'github-token': gh.token },
 *   env: gh.actionsEnv(),
 *   eventName: 'pull_request',
 *   eventPayload: { pull_request: { number: 7, head: { sha: shas[1] }, base: { sha: shas[0] } } },
 *   cwd: repo.dir,
 * });
 * expect(result.code).toBe(0);
 * expect(result.outputs['control-etag']).toBe(ts.etag);
 * assertNoSecretLeak(result, [DEFAULT_API_KEY, ...ts.issuedTokens]);
 * ```
 */

import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileCommands, parseWorkflowCommands, type Annotation } from './workflow-commands.js';

export {
  parseFileCommands,
  parseWorkflowCommands,
  type Annotation,
  type AnnotationLevel,
} from './workflow-commands.js';

/** The folder test/global-setup.ts built the current source into (dist/'s layout). */
function buildDir(): string {
  const dir = process.env.TAILNET_POLICY_BUILD;
  if (dir !== undefined) return dir;
  const failure = process.env.TAILNET_POLICY_BUILD_ERROR;
  if (failure !== undefined) throw new Error(`the build of src/ failed, so nothing can be spawned: ${failure}`);
  throw new Error('TAILNET_POLICY_BUILD is not set: run the tests with vitest, whose global setup builds src/');
}

/** index.js of a fresh build of src/ (the action); throws when the build failed. */
export function actionEntry(): string {
  return join(buildDir(), 'index.js');
}

/** cli/index.js of a fresh build of src/ (the CLI); throws when the build failed. */
export function cliEntry(): string {
  return join(buildDir(), 'cli', 'index.js');
}

/** GITHUB_SHA unless overridden: 40 hex digits that are not a real commit. */
export const DEFAULT_SHA = '0123456789abcdef0123456789abcdef01234567';
/** GITHUB_API_URL unless overridden: nothing listens there, so a forgotten fake fails fast. */
export const UNREACHABLE_API_URL = 'http://127.0.0.1:9';

export interface ProcessResult {
  /** Exit code; null when the process was killed (see `timedOut`). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
}

export interface ActionResult extends ProcessResult {
  /** From GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** The GITHUB_STEP_SUMMARY file's content. */
  summary: string;
  /** From GITHUB_ENV (core.exportVariable). */
  exportedEnv: Record<string, string>;
  /** `::error|warning|notice` commands on stdout, unescaped. */
  annotations: Annotation[];
  /** Values from `::add-mask::`. */
  masks: string[];
}

export interface RunActionOptions {
  /** Input names as in action.yml (`policy-file`); becomes `INPUT_POLICY-FILE`. Undefined values are skipped. */
  inputs?: Record<string, string | number | boolean | undefined>;
  /** Merged over the defaults; `undefined` removes a default variable. */
  env?: Record<string, string | undefined>;
  /** Default: `pull_request` when the payload has a `pull_request`, else `push`. */
  eventName?: string;
  /** Written to GITHUB_EVENT_PATH; default `{}`. */
  eventPayload?: unknown;
  /** Working directory and GITHUB_WORKSPACE; default a fresh empty directory. */
  cwd?: string;
  /** Script to run instead of dist/index.js. */
  entry?: string;
  /** The Node.js binary to run it with (default this test's own). */
  node?: string;
  stdin?: string;
  /** The child is killed after this long (default 30 s). */
  timeoutMs?: number;
  keepTemp?: boolean;
}

export interface RunCliOptions {
  /** Added to PATH and HOME. */
  env?: Record<string, string | undefined>;
  /** Default the OS temp directory; pass one when the CLI reads or writes files. */
  cwd?: string;
  stdin?: string;
  /** Script to run instead of dist/cli/index.js. */
  entry?: string;
  /** The Node.js binary to run it with (default this test's own). */
  node?: string;
  timeoutMs?: number;
}

interface SpawnOptions {
  node: string | undefined;
  entry: string;
  args: readonly string[];
  env: Record<string, string>;
  cwd: string;
  stdin: string | undefined;
  timeoutMs: number;
}

/** The only variables taken from the test process. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME']) if (process.env[name] !== undefined) env[name] = process.env[name];
  return env;
}

function merge(
  base: Record<string, string>,
  overrides: Record<string, string | undefined> = {},
): Record<string, string> {
  const env = { ...base };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** GitHub's convention (@actions/core getInput): upper-case, spaces to underscores, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function runNode(options: SpawnOptions): Promise<ProcessResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(options.node ?? process.execPath, [options.entry, ...options.args], {
      cwd: options.cwd,
      env: options.env,
      stdio: 'pipe',
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // A child that exits without reading stdin makes the write fail with EPIPE; that is fine.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        durationMs: Math.round(performance.now() - started),
        timedOut,
      });
    });
  });
}

async function readOrEmpty(file: string | undefined): Promise<string> {
  return file === undefined ? '' : readFile(file, 'utf8').catch(() => '');
}

function defaultEventName(payload: unknown): string {
  return typeof payload === 'object' && payload !== null && 'pull_request' in payload ? 'pull_request' : 'push';
}

/** The runner's variables, all pointing into `temp`. */
function actionEnv(temp: string, workspace: string, options: RunActionOptions): Record<string, string> {
  const env: Record<string, string> = {
    ...baseEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_PATH: join(temp, 'path'),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_EVENT_NAME: options.eventName ?? defaultEventName(options.eventPayload),
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_RUN_ID: '1234567890',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: UNREACHABLE_API_URL,
    GITHUB_GRAPHQL_URL: `${UNREACHABLE_API_URL}/graphql`,
    GITHUB_SHA: DEFAULT_SHA,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'tailnet policy',
    GITHUB_JOB: 'policy',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(temp, 'runner-temp'),
    RUNNER_OS: 'Linux',
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (value !== undefined) env[inputVariable(name)] = String(value);
  }
  const merged = merge(env, options.env);
  merged.GITHUB_REPOSITORY_OWNER ??= (merged.GITHUB_REPOSITORY ?? '').split('/')[0]!;
  return merged;
}

/** Runs the action once and collects everything the runner would see. */
export async function runAction(options: RunActionOptions = {}): Promise<ActionResult> {
  const temp = await mkdtemp(join(tmpdir(), 'tailnet-policy-run-'));
  try {
    const workspace = options.cwd ?? join(temp, 'workspace');
    await Promise.all([mkdir(workspace, { recursive: true }), mkdir(join(temp, 'runner-temp'))]);
    const env = actionEnv(temp, workspace, options);
    // Read back from the variables, so a test that overrides one still gets its file parsed.
    const files = [env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY, env.GITHUB_ENV, env.GITHUB_PATH, env.GITHUB_STATE];
    // A test may point a variable at a missing folder, to see the action cope: that file stays absent.
    const create = (file: string) =>
      writeFile(file, '').catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    await Promise.all(files.map((file) => (file === undefined ? undefined : create(file))));
    if (env.GITHUB_EVENT_PATH !== undefined)
      await writeFile(env.GITHUB_EVENT_PATH, JSON.stringify(options.eventPayload ?? {}));
    const result = await runNode({
      node: options.node,
      entry: options.entry ?? actionEntry(),
      args: [],
      env,
      cwd: workspace,
      stdin: options.stdin,
      timeoutMs: options.timeoutMs ?? 30_000,
    });
    const [output, summary, exported] = await Promise.all(files.slice(0, 3).map(readOrEmpty));
    return {
      ...result,
      outputs: parseFileCommands(output!),
      summary: summary!,
      exportedEnv: parseFileCommands(exported!),
      ...parseWorkflowCommands(result.stdout),
    };
  } finally {
    if (options.keepTemp !== true) await rm(temp, { recursive: true, force: true });
  }
}

/** Runs the CLI with `args` in a clean environment (PATH, HOME and `env` only). */
export function runCli(args: readonly string[], options: RunCliOptions = {}): Promise<ProcessResult> {
  return runNode({
    node: options.node,
    entry: options.entry ?? cliEntry(),
    args,
    env: merge(baseEnv(), options.env),
    cwd: options.cwd ?? tmpdir(),
    stdin: options.stdin,
    timeoutMs: options.timeoutMs ?? 30_000,
  });
}

/** `text` around `index`, the secret itself replaced, so the failure message leaks nothing. */
function context(text: string, index: number, secret: string): string {
  const line = text.slice(0, index).split('\n').length;
  const around = text
    .slice(Math.max(0, index - 40), index + secret.length + 40)
    .split(secret)
    .join('<SECRET>');
  return `line ${line}: ${JSON.stringify(around)}`;
}

/**
 * Throws if any secret appears in stdout (apart from `::add-mask::` lines, which exist to
 * register it), stderr, the step summary or an output value. Empty secrets are ignored.
 */
export function assertNoSecretLeak(
  result: ProcessResult & Partial<Pick<ActionResult, 'summary' | 'outputs'>>,
  secrets: readonly string[],
): void {
  const places: Record<string, string> = {
    stdout: result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: result.stderr,
    summary: result.summary ?? '',
  };
  for (const [name, value] of Object.entries(result.outputs ?? {})) places[`output "${name}"`] = value;
  const leaks: string[] = [];
  secrets.forEach((secret, i) => {
    if (secret === '') return;
    for (const [place, text] of Object.entries(places)) {
      const index = text.indexOf(secret);
      if (index !== -1)
        leaks.push(`secret #${i} (${secret.length} chars) in ${place}, ${context(text, index, secret)}`);
    }
  });
  if (leaks.length > 0) throw new Error(`secrets leaked:\n${leaks.join('\n')}`);
}
