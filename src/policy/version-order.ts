// Tailscale's order of version strings, which the device posture documentation names for
// comparing versions (its util/cmpver package; docs/policy-semantics.md §5.7).

const LARGEST = 2n ** 64n - 1n;

/** A digit of another script: older versions of cmpver read those as digits, newer ones as text. */
let otherDigit: RegExp | undefined;

const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Where the run of digits (or of anything else) that starts at `from` ends. */
function runEnd(text: string, from: number, digits: boolean): number {
  let at = from;
  while (at < text.length && isAsciiDigit(text.charCodeAt(at)) === digits) at++;
  return at;
}

/** A run of digits as a number (an empty one is 0); undefined past what cmpver can parse. */
function runValue(digits: string): bigint | undefined {
  const value = digits === '' ? 0n : BigInt(digits);
  return value > LARGEST ? undefined : value;
}

/**
 * How two versions compare, negative, zero or positive: alternating runs of other characters,
 * compared as byte strings, and of ASCII digits, compared as numbers, a run one side lacks
 * counting as empty. So "1.40" comes before "1.40.0", and "1.40.0-t1234abcd" after "1.40.0".
 * Undefined where either holds a digit of another script or a number past 2^64 - 1.
 */
export function compareVersions(a: string, b: string): number | undefined {
  otherDigit ??= new RegExp('[^\\P{N}0-9]', 'u');
  if (otherDigit.test(a) || otherDigit.test(b)) return undefined;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const [textEndA, textEndB] = [runEnd(a, i, false), runEnd(b, j, false)];
    const order = Buffer.compare(Buffer.from(a.slice(i, textEndA)), Buffer.from(b.slice(j, textEndB)));
    if (order !== 0) return order;
    [i, j] = [runEnd(a, textEndA, true), runEnd(b, textEndB, true)];
    const x = runValue(a.slice(textEndA, i));
    const y = runValue(b.slice(textEndB, j));
    if (x === undefined || y === undefined) return undefined;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
