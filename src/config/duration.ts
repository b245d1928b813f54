import { InputError } from '../errors.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/**
 * Parses a Go-style duration such as `5m`, `90s` or `1m30s` (a bare number means seconds),
 * the notation the reference action's users already write.
 */
/** Node's timers hold at most 2^31-1 ms; a day is far more than any run needs anyway. */
const MAX_MS = 24 * UNIT_MS.h!;

export function parseDuration(text: string, label: string): number {
  const ms = durationMs(text, label);
  if (ms <= 0) throw new InputError(`${label}: the duration must be more than zero`);
  if (ms > MAX_MS) throw new InputError(`${label}: "${text}" is more than 24h; give a shorter duration`);
  return ms;
}

function durationMs(text: string, label: string): number {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  const consumed = parts.map((p) => p[0]).join('');
  if (parts.length === 0 || consumed !== trimmed) {
    throw new InputError(
      `${label}: "${text}" is not a duration; write it like 5m, 90s or 1m30s`,
    );
  }
  return Math.round(parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * UNIT_MS[unit!]!, 0));
}
