// `tailnet-policy test|apply|drift`: the action's engine for other CI systems and laptops. Each
// command takes its own flags (one table, so the help and the parser cannot disagree).

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseApiUrl, DEFAULT_API_URL } from '../config/api-url.js';
import { chooseCredentials, credentialSecrets, CREDENTIAL_VARIABLES } from '../config/credentials.js';
import { parseDuration } from '../config/duration.js';
import { parseTailnet, quoteInput } from '../config/names.js';
import type { Mode, Settings } from '../config/settings.js';
import { ActionError, GitMissingError, InputError, TimeoutError, errorMessage } from '../errors.js';
import { describeFileError } from '../files/file-errors.js';
import { gitFileHistory, resolveCommit } from '../git/history.js';
import type { GitDeadline } from '../git/runner.js';
import { runMode, type Logger, type Outcome } from '../modes/index.js';
import { renderText } from '../render/cli/text.js';
import { buildReport } from '../report/build.js';
import { SecretRegistry } from '../secrets.js';
import { connect } from '../tailscale/connect.js';
import { proxySecrets } from '../http/proxy.js';
import { firstSentence } from './args.js';
import { cliWorkspace, requireReadable, UnreadableFileError } from './files.js';
import { errorLine, EXIT_FAILED, EXIT_OK, EXIT_USAGE, inertText, type CliIO } from './io.js';

interface Flag {
  /** Placeholder for the value in the help; boolean flags have none. */
  value?: string;
  default: string | boolean;
  help: string;
  modes: readonly Mode[];
}

const ALL: readonly Mode[] = ['test', 'apply', 'drift'];

const FLAGS: Readonly<Record<string, Flag>> = {
  'policy-file': {
    value: 'FILE',
    default: './policy.hujson',
    help: 'policy file (default ./policy.hujson)',
    modes: ALL,
  },
  tailnet: {
    value: 'NAME',
    default: '-',
    help: "tailnet name, or - for the credential's own (default $TS_TAILNET, else -)",
    modes: ALL,
  },
  'api-url': { value: 'URL', default: DEFAULT_API_URL, help: `Tailscale API (default ${DEFAULT_API_URL})`, modes: ALL },
  'cache-file': {
    value: 'FILE',
    default: './version-cache.json',
    help: 'version cache {"PrevETag": ...}; \'\' for none (default ./version-cache.json)',
    modes: ['test', 'apply'],
  },
  base: {
    value: 'REV',
    default: 'HEAD',
    help: "commit the plan compares with offline: a merge request's target (default HEAD)",
    modes: ['test'],
  },
  'on-manual-edit': {
    value: 'MODE',
    default: 'warn',
    help: 'warn (overwrite it) or fail when the live policy was edited outside git (default warn)',
    modes: ['apply'],
  },
  'fail-on-warnings': { default: false, help: 'exit 1 when the API returns validation warnings', modes: ['test'] },
  'fail-on-drift': {
    default: false,
    help: 'exit 1 when the live policy differs from the repository',
    modes: ['drift'],
  },
  timeout: {
    value: 'DURATION',
    default: '5m',
    help: 'limit for the whole run, e.g. 5m or 90s (default 5m)',
    modes: ALL,
  },
};

const ABOUT: Readonly<Record<Mode, string>> = {
  test: `Checks the policy offline, then validates it with the Tailscale API (acl/validate), which
also runs its tests. Without credentials only the offline check runs.`,
  apply: `Pushes the policy to Tailscale with If-Match set to a version it knows (the version cache
or the file's git history), so an edit made outside git is never overwritten unseen.`,
  drift: `Compares the live policy with the file and its git history: in-sync, behind (an older
commit) or drifted (edited outside git). Reads only; never writes the policy.`,
};

const flagsOf = (mode: Mode): [string, Flag][] => Object.entries(FLAGS).filter(([, flag]) => flag.modes.includes(mode));

export function remoteUsage(mode: Mode): string {
  const rows = flagsOf(mode).map(([name, flag]) => {
    const spelling = flag.value === undefined ? `--${name}` : `--${name} ${flag.value}`;
    return `  ${spelling.padEnd(23)}  ${flag.help}`;
  });
  return `Usage: tailnet-policy ${mode} [options]

${ABOUT[mode]}

Options:
${rows.join('\n')}
  -h, --help               show this help

Credentials come from the environment, as for gitops-pusher: TS_API_KEY; or TS_OAUTH_ID with
TS_OAUTH_SECRET (OAuth client) or with TS_ID_TOKEN (workload identity federation).
Exit status: 0 success; 1 failure; 2 a usage error, or a policy file that cannot be read.
`;
}

function parseFlags(mode: Mode, args: string[]) {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h', default: false } };
  for (const [name, flag] of flagsOf(mode)) {
    options[name] =
      // No defaults here: a flag not given is undefined, so TS_TAILNET can stand in for --tailnet.
      flag.value === undefined ? { type: 'boolean' } : { type: 'string' };
  }
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    const sentence = firstSentence(errorMessage(error));
    const flag = /^unknown option '--([^'=]+)'/.exec(sentence)?.[1];
    const owners = flag === undefined ? [] : (FLAGS[flag]?.modes ?? []);
    const elsewhere = owners.length > 0 ? `; it is an option of ${owners.join(' and ')}` : '';
    throw new InputError(`${sentence}${elsewhere}; run 'tailnet-policy ${mode} --help' for the options`);
  }
}

/**
 * A run's settings; --base, the commit whose history it reads (the action's base commit),
 * as given (without it, HEAD); and what named the tailnet, for the advice of a 404.
 */
interface Command {
  settings: Settings;
  base?: string;
  tailnetFrom: '--tailnet' | 'TS_TAILNET';
}

function commandFrom(mode: Mode, args: string[], env: CliIO['env']): Command | 'help' {
  const { values, positionals } = parseFlags(mode, args);
  if (values.help) return 'help';
  if (positionals.length > 0) {
    throw new InputError(`unexpected argument "${positionals[0]}"; give the file with --policy-file`);
  }
  // A flag this command does not take keeps its default, which the engine does not look at.
  const text = (name: string): string => (values[name] ?? FLAGS[name]!.default) as string;
  const on = (name: string): boolean => (values[name] ?? FLAGS[name]!.default) as boolean;
  const onManualEdit = text('on-manual-edit');
  if (onManualEdit !== 'warn' && onManualEdit !== 'fail') {
    throw new InputError(`--on-manual-edit: "${onManualEdit}" is not warn or fail`);
  }
  const credentials = chooseCredentials(
    { apiKey: env.TS_API_KEY, clientId: env.TS_OAUTH_ID, clientSecret: env.TS_OAUTH_SECRET, idToken: env.TS_ID_TOKEN },
    { apiKey: 'TS_API_KEY', clientId: 'TS_OAUTH_ID', clientSecret: 'TS_OAUTH_SECRET', federated: 'TS_ID_TOKEN' },
  );
  // As gitops-pusher, TS_TAILNET names the tailnet when --tailnet does not. Empty counts as
  // unset, as for the credentials: CI writes a variable nobody defined as ''.
  const fromEnv = values.tailnet === undefined && env.TS_TAILNET ? env.TS_TAILNET : undefined;
  const tailnetFrom = fromEnv === undefined ? '--tailnet' : 'TS_TAILNET';
  const settings: Settings = {
    mode,
    surface: 'cli',
    // The name goes into the API path, which `.`, `..` or a `/` would turn into another one.
    tailnet: parseTailnet(fromEnv ?? text('tailnet'), tailnetFrom),
    credentials,
    workspace: cliWorkspace(process.cwd()),
    policyFile: policyFileOf(values['policy-file'] as string | undefined),
    apiUrl: parseApiUrl(text('api-url'), '--api-url'),
    cacheFile: text('cache-file'),
    onManualEdit,
    failOnWarnings: on('fail-on-warnings'),
    failOnDrift: on('fail-on-drift'),
    timeoutMs: parseDuration(text('timeout'), '--timeout'),
    tailnetDevices: false,
  };
  const base = values.base as string | undefined;
  return base === undefined ? { settings, tailnetFrom } : { settings, base, tailnetFrom };
}

/** An empty --policy-file would be the current folder: said as what it is. */
function policyFileOf(given: string | undefined): string {
  if (given === '') throw new InputError('--policy-file: the path is empty; name the policy file');
  return given ?? (FLAGS['policy-file']!.default as string);
}

/**
 * The commit --base names, resolved once; one that names none here is a usage error, before
 * anything is sent. The run's timeout covers git here too.
 */
async function baseCommit(settings: Settings, base: string, deadline: GitDeadline): Promise<string> {
  const resolved = await resolveCommit(settings.workspace, base, deadline).catch((error: unknown) => {
    if (error instanceof TimeoutError)
      throw new TimeoutError(`--base: the timeout elapsed while git resolved ${quoteInput(base)}`);
    if (error instanceof GitMissingError)
      throw new InputError(`--base: cannot resolve ${quoteInput(base)}: ${error.message}`);
    throw error;
  });
  switch (resolved.kind) {
    case 'commit':
      return resolved.id;
    case 'none':
      throw new InputError(
        `--base: ${quoteInput(base)} names no commit of this checkout; fetch it first (e.g. git fetch origin main)`,
      );
    case 'no-repository':
      throw new InputError(`--base: there is no git checkout here (${settings.workspace}) to read it from`);
  }
}

/**
 * The CLI's wiring: progress to stderr, a Tailscale client when there are credentials, git;
 * `beforeOverwrite` keeps a copy of an edit apply is about to overwrite.
 */
async function runWired(
  { settings, tailnetFrom }: Command,
  base: string | undefined,
  { at: deadline, now }: GitDeadline,
  io: CliIO,
  secrets: SecretRegistry,
  beforeOverwrite: (text: string) => Promise<void>,
): Promise<Outcome> {
  const log: Logger = {
    info: (line) => io.stderr(errorLine(secrets.redact(line))),
    debug: () => undefined,
    group: (_name, work) => work(),
  };
  const connection = connect(settings, {
    secrets,
    getIdToken: () => Promise.reject(new InputError('TS_ID_TOKEN is required with TS_OAUTH_ID for federated identity')),
    deadline,
    now,
    onRetry: (failure, delay) => log.info(`${failure}; retrying in ${(delay / 1000).toFixed(1)} s`),
    proxyEnv: io.env,
    tailnetSetting: tailnetFrom,
  });
  try {
    const history = gitFileHistory(settings.workspace, base, { at: deadline, now });
    return await runMode({ settings, client: connection?.client, history, log, deadline, now, beforeOverwrite });
  } finally {
    await connection?.close();
  }
}

async function run(mode: Mode, args: string[], io: CliIO, secrets: SecretRegistry): Promise<number> {
  const command = commandFrom(mode, args, io.env);
  if (command === 'help') {
    io.stdout(remoteUsage(mode));
    return EXIT_OK;
  }
  const { settings } = command;
  if (settings.credentials.kind === 'none' && mode !== 'test') {
    throw new InputError(`${mode} needs credentials: set ${CREDENTIAL_VARIABLES}`);
  }
  await requireReadable(mode, settings.policyFile, settings.workspace);
  const time: GitDeadline = { at: Date.now() + settings.timeoutMs, now: Date.now };
  const base = command.base === undefined ? undefined : await baseCommit(settings, command.base, time);
  for (const secret of [...credentialSecrets(settings.credentials), ...proxySecrets(io.env)]) secrets.add(secret);
  // Saved before the write, and said on stderr at once: a run cut short after it still leaves a copy.
  let kept: string | undefined;
  const outcome = await runWired(command, base, time, io, secrets, async (text) => {
    kept = await keepOverwritten(text);
    io.stderr(errorLine(secrets.redact(`the live policy about to be overwritten: ${kept}`)));
  });
  // The plan has what is left of --timeout, a limit for the whole run: only printing follows it.
  const view = { livePolicyVisible: true, deadline: time.at, now: Date.now, baseline: command.base ?? 'HEAD' };
  const report = buildReport(settings, outcome, view);
  io.stdout(inertText(secrets.redact(renderText(report, kept))));
  return report.result === 'failed' ? EXIT_FAILED : EXIT_OK;
}

/**
 * The live policy apply is about to overwrite, byte for byte in a file of its own in the temp
 * folder (the printed copy shows some characters by name): where it is, or why it could not be
 * written.
 */
async function keepOverwritten(text: string): Promise<string> {
  try {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'tailnet-policy-')), 'overwritten-policy.hujson');
    await writeFile(file, text, { flag: 'wx', mode: 0o600 });
    return `saved byte for byte in ${file}`;
  } catch (error) {
    return `no copy could be saved in the temp folder: ${describeFileError(error)}; the one below is all there is`;
  }
}

export function remoteCommand(mode: Mode) {
  return async (args: string[], io: CliIO): Promise<number> => {
    const secrets = new SecretRegistry(() => undefined);
    try {
      return await run(mode, args, io, secrets);
    } catch (error) {
      if (error instanceof UnreadableFileError) {
        io.stderr(errorLine(error.message));
        return EXIT_USAGE;
      }
      io.stderr(errorLine(`tailnet-policy ${mode}: ${secrets.redact(errorMessage(error))}`));
      if (error instanceof InputError) return EXIT_USAGE;
      if (!(error instanceof ActionError)) io.stderr('this is a bug; please report it with the command you ran\n');
      return EXIT_FAILED;
    }
  };
}
