// What the runner passes in and reads back besides stdout: inputs as INPUT_<NAME> variables,
// step outputs in the GITHUB_OUTPUT file, the job summary in the GITHUB_STEP_SUMMARY file.
// Written as @actions/core writes them (docs/runner-commands.md names the source of each rule).

import { appendFileSync, constants, existsSync, promises as fs } from 'node:fs';
import { EOL, commandLine } from './commands.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** The variable an input arrives in: upper case, spaces to underscores, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}

/** An input's value, trimmed; '' when it is not set. */
export function getInput(name: string, env: Env = process.env): string {
  return (env[inputVariable(name)] ?? '').trim();
}

/**
 * One `name<<DELIMITER` block of a file command. The delimiter has a random suffix the pull
 * request cannot guess; a name or value holding it anyway is refused rather than written.
 */
export function keyValueMessage(name: string, value: string, delimiter: string): string {
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/**
 * Sets a step output: a block appended to the GITHUB_OUTPUT file, or without that file (an old
 * runner) the deprecated `::set-output` command on a line of its own. Throws when the file
 * named is missing.
 */
export function setOutput(name: string, value: string, env: Env = process.env): void {
  const file = env.GITHUB_OUTPUT || '';
  if (file === '') {
    process.stdout.write(EOL);
    process.stdout.write(`${commandLine('set-output', [['name', name]], value)}${EOL}`);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const block = keyValueMessage(name, value, `ghadelimiter_${crypto.randomUUID()}`);
  appendFileSync(file, `${block}${EOL}`, { encoding: 'utf8' });
}

/** Appends markdown to the job summary; throws with the toolkit's words when there is none to write. */
export async function appendJobSummary(markdown: string, env: Env = process.env): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. ' +
        'Check if your runtime environment supports job summaries.',
    );
  }
  try {
    await fs.access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await fs.appendFile(file, markdown, { encoding: 'utf8' });
}
