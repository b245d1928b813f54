// The action's entry point: read the inputs, register the secrets, then load and run the work
// (execute.ts). A run that fails on its inputs ends here, without loading the engine.

import { credentialSecrets } from './config/credentials.js';
import { proxySecrets } from './http/proxy.js';
import { readInputs } from './config/inputs.js';
import { ActionError, errorMessage } from './errors.js';
import type { ActionDependencies } from './execute.js';
import { failureLine } from './render/actions/annotations.js';
import { neutralizeAnnotation } from './render/actions/log-line.js';
import { OUTPUT } from './render/actions/outputs.js';
import { setFailed, setSecret, warning } from './runner/commands.js';
import { tuneForOnePass } from './runtime.js';
import { getInput, setOutput } from './runner/files.js';
import { SecretRegistry } from './secrets.js';

export type { ActionDependencies } from './execute.js';

/**
 * Ends a run that failed before its report as failed, with one line and `result`; never throws,
 * even when the runner's files are unusable.
 */
function fail(message: string): void {
  try {
    setOutput(OUTPUT.result, 'failed');
  } catch {
    // GITHUB_OUTPUT itself may be what failed; the failure line below still reaches the log.
  }
  setFailed(neutralizeAnnotation(message));
}

/** The rest of the action; a dist/ copied without its chunks says so in one line. */
async function loadExecute(): Promise<typeof import('./execute.js')> {
  try {
    return await import('./execute.js');
  } catch (error) {
    const first = errorMessage(error).split('\n')[0];
    throw new ActionError(`the action's files are incomplete (${first}): use its whole dist/ folder`);
  }
}

/** The action's entry point. Every error ends as one clear line; nothing escapes as a stack trace. */
export async function run(deps: ActionDependencies = {}): Promise<void> {
  const secrets = new SecretRegistry(setSecret);
  try {
    const inputs = readInputs((name) => getInput(name));
    const proxy = proxySecrets(process.env);
    for (const secret of [...credentialSecrets(inputs.credentials), inputs.githubToken, ...proxy]) secrets.add(secret);
    if (inputs.ignoredInput !== undefined) warning(inputs.ignoredInput);
    await tuneForOnePass();
    // A chunk of its own, read and compiled only now: a run that fails on its inputs compiles the
    // entry alone, a tenth of the action.
    const { execute } = await loadExecute();
    const report = await execute(inputs, secrets, deps);
    // The outputs, `result` among them, are written by now: only the failure line is left.
    if (report.result === 'failed') setFailed(neutralizeAnnotation(secrets.redact(failureLine(report))));
  } catch (error) {
    fail(secrets.redact(errorMessage(error)));
  }
}
