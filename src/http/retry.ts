// When to try a request again, and how long to wait first. Pure, so it is tested by table.

export const RETRY_STATUS_CODES = [429, 502, 503, 504];
/** Network failures worth another try; http.ts reports its own connect and idle timeouts as ETIMEDOUT. */
export const RETRY_ERROR_CODES = [
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EAI_AGAIN',
];

export interface BackoffOptions {
  /** First wait, before jitter. */
  baseDelayMs: number;
  /** No single wait is longer than this, whatever the server's Retry-After says. */
  maxDelayMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseDelayMs: 500, maxDelayMs: 60_000 };

/** Retry-After is either delay-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `attempt` (1 for the first retry), or undefined when the run's
 * deadline would pass before the retry could finish waiting. Without Retry-After it is
 * exponential backoff with "equal jitter": a random wait between half and all of the ceiling.
 * The random half spreads out parallel jobs hitting the same limit; the fixed half keeps every
 * retry a real back-off, where full jitter (anywhere from zero) may re-send at once into the
 * burst that was just refused, and our retries are bounded by the run's deadline, not a count.
 */
export function retryDelay(input: {
  attempt: number;
  retryAfterMs: number | undefined;
  now: number;
  deadline: number;
  random: () => number;
  backoff: BackoffOptions;
}): number | undefined {
  const { attempt, retryAfterMs, now, deadline, random, backoff } = input;
  const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** (attempt - 1));
  const delay =
    retryAfterMs !== undefined
      ? Math.min(retryAfterMs, backoff.maxDelayMs)
      : Math.round(ceiling / 2 + random() * (ceiling / 2));
  return now + delay < deadline ? delay : undefined;
}
