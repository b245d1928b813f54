// Typed errors. Every expected failure is one of these, so run() can print one clear line
// instead of a stack trace, and the CLI can choose its exit status.

/** A failure the user can fix; `message` is one line that says what and how. */
export class ActionError extends Error {
  override name = 'ActionError';
}

/** An action input or CLI flag is missing or malformed; nothing has been sent anywhere. */
export class InputError extends ActionError {
  override name = 'InputError';
}

/** The local policy file cannot be read or parsed. */
export class PolicyFileError extends ActionError {
  override name = 'PolicyFileError';
  constructor(
    /** What is wrong, without the file and position. */
    readonly reason: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}:${column ?? 1}`}: ${reason}`);
  }
}

/** The Tailscale API answered with an error status that retrying cannot fix. */
export class ApiError extends ActionError {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly serverMessage?: string,
    /** The request was sent more than once: an earlier attempt may have done its work. */
    readonly retried = false,
  ) {
    super(message);
  }
}

/** A conditional write was refused because the live policy is no longer the one we read. */
export class PreconditionFailedError extends ApiError {
  override name = 'PreconditionFailedError';
}

/** The run's `timeout` elapsed, or retries could not succeed within it. */
export class TimeoutError extends ActionError {
  override name = 'TimeoutError';
}

/** git could not start: it is not installed, or not on PATH. Callers say what it was to read. */
export class GitMissingError extends ActionError {
  override name = 'GitMissingError';
  constructor() {
    super('git was not found (install it, or put it on PATH)');
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
