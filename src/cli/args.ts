import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseDuration } from '../config/duration.js';
import { InputError } from '../errors.js';
import { UsageError } from './usage-error.js';

/**
 * The first sentence of a node:util parseArgs error, lower-cased to follow a prefix. Node adds
 * advice about its own syntax after it, worded differently from one version to the next.
 */
export function firstSentence(message: string): string {
  // "ambiguous" is Node's word for a value that starts with a dash; say what to write instead.
  const dashed = /^Option '(--[^']+)' argument is ambiguous/.exec(message)?.[1];
  if (dashed !== undefined) return `option '${dashed}' takes a value starting with "-" only as ${dashed}=VALUE`;
  const sentence = message.split(/\.\s/)[0]!.replace(/\.$/, '');
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** Where a usage error of `command` sends the user. */
export const helpHint = (command: string): string => `run 'tailnet-policy ${command} --help' for usage`;

/** node:util's parseArgs, its error made a UsageError: the first sentence, then where the help is. */
export function parseCommandLine<T extends ParseArgsConfig>(
  command: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(
      `${firstSentence(error instanceof Error ? error.message : String(error))}; ${helpHint(command)}`,
    );
  }
}

/**
 * How long `check` and `plan` may work on their files by default. The files may come from a
 * merge request, and a hostile policy may be built to take minutes and gigabytes: past this, the
 * rest is reported cut short, as in the action (whose engine takes half of its own timeout).
 */
export const DEFAULT_TIMEOUT = '2m';

/** The options `check` and `plan` share: a tailnet description, JSON out, a time limit. */
export const ENGINE_OPTIONS = {
  devices: { type: 'string' },
  // Taken only to say where it went: in test, apply and drift it is the tailnet's name.
  tailnet: { type: 'string' },
  json: { type: 'boolean', default: false },
  timeout: { type: 'string', default: DEFAULT_TIMEOUT },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** When a command's work must end, and the clock that says so (the engine's and the plan's options). */
export interface TimeLimit {
  deadline: number;
  now: () => number;
}

/** The deadline `--timeout` sets, counted from now; a bad duration is a usage error. */
export function deadlineOf(timeout: string): TimeLimit {
  try {
    return { deadline: Date.now() + parseDuration(timeout, '--timeout'), now: Date.now };
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}
