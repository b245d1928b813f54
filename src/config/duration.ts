import { InputError } from '../errors.js';
import { parseGoDuration } from '../policy/duration.js';

/** Node's timers hold at most 2^31-1 ms; a day is far more than any run needs anyway. */
const MAX_MS = 24 * 3_600_000;

/**
 * Parses the `timeout` input: Go's duration notation (`5m`, `90s`, `1m30s`), the one the
 * reference action's users already write, read by the same parser that reads a policy's
 * `checkPeriod`. A bare number means seconds.
 */
export function parseDuration(text: string, label: string): number {
  const trimmed = text.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1_000 : goMs(trimmed);
  if (ms === undefined) throw new InputError(`${label}: "${text}" is not a duration; write it like 5m, 90s or 1m30s`);
  if (ms <= 0) throw new InputError(`${label}: the duration must be more than zero`);
  if (ms > MAX_MS) throw new InputError(`${label}: "${text}" is more than 24h; give a shorter duration`);
  return ms;
}

function goMs(text: string): number | undefined {
  const parsed = parseGoDuration(text);
  return parsed.ok ? Math.round(Number(parsed.nanos / 1_000n) / 1_000) : undefined;
}
