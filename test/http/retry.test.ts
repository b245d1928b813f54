import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay } from '../../src/http/retry.js';

const backoff = { baseDelayMs: 500, maxDelayMs: 20_000 };

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-24T10:00:00Z');
  it.each([
    ['3', 3000],
    ['0', 0],
    ['Tue, 24 Nov 2026 10:00:07 GMT', 7000],
    ['Tue, 24 Nov 2026 09:00:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});

describe('retryDelay', () => {
  const base = { now: 0, deadline: 60_000, backoff };
  it.each([
    // Equal jitter keeps each wait between half and all of the exponential ceiling.
    [1, 0, 250],
    [1, 1, 500],
    [2, 0, 500],
    [3, 0.5, 1500],
    [10, 1, 20_000],
  ])('attempt %d with random %d waits %d ms', (attempt, random, ms) => {
    expect(retryDelay({ ...base, attempt, retryAfterMs: undefined, random: () => random })).toBe(ms);
  });

  it('honours Retry-After, capped at the longest wait', () => {
    expect(retryDelay({ ...base, attempt: 1, retryAfterMs: 3000, random: () => 0 })).toBe(3000);
    expect(retryDelay({ ...base, attempt: 1, retryAfterMs: 600_000, random: () => 0 })).toBe(20_000);
  });

  it('gives up when the wait would pass the deadline', () => {
    expect(retryDelay({ ...base, deadline: 2000, attempt: 1, retryAfterMs: 3000, random: () => 0 })).toBeUndefined();
    expect(retryDelay({ ...base, now: 59_900, attempt: 1, retryAfterMs: undefined, random: () => 1 })).toBeUndefined();
  });
});
