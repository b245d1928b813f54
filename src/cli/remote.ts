import { parseArgs } from 'node:util';
import { parseApiUrl, DEFAULT_API_URL } from '../config/api-url.js';
import { chooseCredentials } from '../config/credentials.js';
import { parseDuration } from '../config/duration.js';
import type { Mode, Settings } from '../config/settings.js';
import { ActionError, InputError, errorMessage } from '../errors.js';
import { cliWorkspace } from '../files/workspace.js';
import { registerCredentialSecrets, runEngine } from '../modes/index.js';
import { renderText } from '../report/text.js';
import { SecretRegistry } from '../secrets.js';
import { firstSentence } from './args.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIO } from './io.js';

const OPTIONS = {
  'policy-file': { type: 'string', default: './policy.hujson' },
  tailnet: { type: 'string', default: '-' },
  'api-url': { type: 'string', default: DEFAULT_API_URL },
  'cache-file': { type: 'string', default: './version-cache.json' },
  'on-manual-edit': { type: 'string', default: 'warn' },
  'fail-on-warnings': { type: 'boolean', default: false },
  'fail-on-drift': { type: 'boolean', default: false },
  timeout: { type: 'string', default: '5m' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function remoteUsage(mode: Mode): string {
  return `Usage: tailnet-policy ${mode} [options]

Options:
  --policy-file FILE       policy file (default ./policy.hujson)
  --tailnet NAME           tailnet name, or - for the credential's own (default -)
  --api-url URL            Tailscale API (default ${DEFAULT_API_URL})
  --cache-file FILE        version cache {"PrevETag": ...}; '' for none (default ./version-cache.json)
  --on-manual-edit MODE    apply: warn or fail when the live policy was edited outside git (default warn)
  --fail-on-warnings       fail on validation warnings
  --fail-on-drift          drift: exit 1 when the live policy differs from the repository
  --timeout DURATION       limit for the whole run, e.g. 5m or 90s (default 5m)

Credentials come from the environment, as for gitops-pusher: TS_API_KEY; or TS_OAUTH_ID with
TS_OAUTH_SECRET (OAuth client) or with TS_ID_TOKEN (workload identity federation).
Exit status: 0 success, 1 failure, 2 usage error.
`;
}

function parseFlags(mode: Mode, args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw new InputError(`${firstSentence((error as Error).message)}; run 'tailnet-policy ${mode} --help' for the options`);
  }
}

function settingsFrom(mode: Mode, args: string[], env: CliIO['env']): Settings | 'help' {
  const { values, positionals } = parseFlags(mode, args);
  if (values.help) return 'help';
  if (positionals.length > 0) throw new InputError(`unexpected argument "${positionals[0]}"; give the file with --policy-file`);
  const onManualEdit = values['on-manual-edit'];
  if (onManualEdit !== 'warn' && onManualEdit !== 'fail') throw new InputError(`--on-manual-edit: "${onManualEdit}" is not warn or fail`);
  const credentials = chooseCredentials(
    { apiKey: env.TS_API_KEY, clientId: env.TS_OAUTH_ID, clientSecret: env.TS_OAUTH_SECRET, idToken: env.TS_ID_TOKEN },
    { apiKey: 'TS_API_KEY', clientId: 'TS_OAUTH_ID', clientSecret: 'TS_OAUTH_SECRET', federated: 'TS_ID_TOKEN' },
  );
  return {
    mode,
    tailnet: values.tailnet,
    credentials,
    workspace: cliWorkspace(process.cwd()),
    policyFile: values['policy-file'],
    apiUrl: parseApiUrl(values['api-url'], '--api-url'),
    cacheFile: values['cache-file'],
    onManualEdit,
    failOnWarnings: values['fail-on-warnings'],
    failOnDrift: values['fail-on-drift'],
    timeoutMs: parseDuration(values.timeout, '--timeout'),
    tailnetDevices: false,
  };
}

/** `tailnet-policy test|apply|drift`: the action's engine for other CI systems and laptops. */
export function remoteCommand(mode: Mode) {
  return async (args: string[], io: CliIO): Promise<number> => {
    const secrets = new SecretRegistry(() => undefined);
    try {
      const settings = settingsFrom(mode, args, io.env);
      if (settings === 'help') {
        io.stdout(remoteUsage(mode));
        return EXIT_OK;
      }
      if (settings.credentials.kind === 'none' && mode !== 'test') {
        throw new InputError(`${mode} needs credentials: set TS_API_KEY, or TS_OAUTH_ID with TS_OAUTH_SECRET or TS_ID_TOKEN`);
      }
      registerCredentialSecrets(settings, secrets);
      const report = await runEngine(settings, {
        secrets,
        log: { info: (line) => io.stderr(`${secrets.redact(line)}\n`), group: (_name, work) => work() },
        getIdToken: () => Promise.reject(new InputError('TS_ID_TOKEN is required with TS_OAUTH_ID for federated identity')),
      });
      io.stdout(secrets.redact(renderText(report)));
      return report.result === 'failed' ? EXIT_FAILED : EXIT_OK;
    } catch (error) {
      const usage = error instanceof InputError;
      io.stderr(`tailnet-policy ${mode}: ${secrets.redact(errorMessage(error))}\n`);
      if (usage) return EXIT_USAGE;
      if (!(error instanceof ActionError)) io.stderr('this is a bug; please report it with the command you ran\n');
      return EXIT_FAILED;
    }
  };
}
