// Go's time.ParseDuration and Duration.String, because checkPeriod errors quote both verbatim.

import { goQuote } from './quote.js';

const UNITS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n,
  μs: 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

const MAX_INT64 = (1n << 63n) - 1n;

export type DurationResult = { ok: true; nanos: bigint } | { ok: false; error: string };

export function parseGoDuration(original: string): DurationResult {
  const invalid = (): DurationResult => ({ ok: false, error: `time: invalid duration ${goQuote(original)}` });
  let s = original;
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, nanos: 0n };
  if (s === '') return invalid();
  let total = 0n;
  while (s !== '') {
    const number = /^([0-9]*)(?:\.([0-9]*))?/.exec(s)!;
    const whole = number[1]!;
    const fraction = number[2] ?? '';
    if (whole === '' && fraction === '') return invalid();
    s = s.slice(number[0].length);
    const unitMatch = /^[^0-9.]*/.exec(s)![0];
    if (unitMatch === '') return { ok: false, error: `time: missing unit in duration ${goQuote(original)}` };
    const unit = UNITS[unitMatch];
    if (unit === undefined)
      return { ok: false, error: `time: unknown unit ${goQuote(unitMatch)} in duration ${goQuote(original)}` };
    s = s.slice(unitMatch.length);
    const scale = 10n ** BigInt(fraction.length);
    total += BigInt(whole === '' ? '0' : whole) * unit + (fraction === '' ? 0n : (BigInt(fraction) * unit) / scale);
    if (total > MAX_INT64) return invalid();
  }
  return { ok: true, nanos: negative ? -total : total };
}

/** Go's Duration.String: `1h30m0s`, `1.5s`, `500ms`, `0s`. */
export function formatGoDuration(nanos: bigint): string {
  if (nanos === 0n) return '0s';
  const sign = nanos < 0n ? '-' : '';
  let u = nanos < 0n ? -nanos : nanos;
  if (u < 1_000_000_000n) {
    if (u < 1_000n) return `${sign}${u}ns`;
    if (u < 1_000_000n) return `${sign}${fraction(u, 3)}µs`;
    return `${sign}${fraction(u, 6)}ms`;
  }
  let out = `${fraction(u % 60_000_000_000n, 9)}s`;
  u /= 60_000_000_000n;
  if (u > 0n) {
    out = `${u % 60n}m${out}`;
    u /= 60n;
    if (u > 0n) out = `${u}h${out}`;
  }
  return sign + out;
}

/** `value / 10^digits` with the fractional part's trailing zeros dropped. */
function fraction(value: bigint, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const frac = (value % scale).toString().padStart(digits, '0').replace(/0+$/, '');
  return frac === '' ? `${value / scale}` : `${value / scale}.${frac}`;
}

export const HOUR = 3_600_000_000_000n;
