// The plan's budget (issue 9): a hostile policy stops at the deadline or at the caps, with a
// PlanCutShortError the report turns into a note. The clock is a counter, so the outcome, not
// the machine's speed, is asserted.

import { describe, expect, it } from 'vitest';
import { HOSTILE_SHAPES } from '../../bench/hostile.js';
import { PlanBudget } from '../../src/plan/budget.js';
import { computeAccessPlan, MAX_ATOMS, MAX_PAIRS, PlanCutShortError, type PlanOptions } from '../../src/plan/index.js';
import { planOf } from './helpers.js';

/** A clock that advances one millisecond per read: the deadline passes after `reads` reads. */
function countingClock(reads: number): Pick<PlanOptions, 'deadline' | 'now'> {
  let t = 0;
  return { deadline: reads, now: () => t++ };
}

function cutShort(run: () => unknown): PlanCutShortError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanCutShortError) return error;
    throw error;
  }
  return undefined;
}

const EMPTY = { name: 'before.hujson', source: '{}' };

/** Every other port of `hosts` hosts (1, 3, 5... `stripes` of them) for `users` users: the port grid is cut at each. */
function striped(users: number, hosts: number, stripes: number): object {
  const ports = Array.from({ length: stripes }, (_, i) => 2 * i + 1).join(',');
  return {
    hosts: Object.fromEntries(Array.from({ length: hosts }, (_, h) => [`h${h}`, `10.0.${h}.1`])),
    acls: [
      {
        action: 'accept',
        src: Array.from({ length: users }, (_, u) => `u${u}@example.com`),
        dst: Array.from({ length: hosts }, (_, h) => `h${h}:${ports}`),
      },
    ],
  };
}

// ipset-chain's resolution is held to the plan's deadline, as validation is part of the plan;
// huge-test's one test, to the plan's, as the plan evaluates the tests that name its changes.
describe('the deadline', () => {
  it.each(HOSTILE_SHAPES.map((shape) => [shape.name, shape] as const))('%s (60 KB)', (_name, shape) => {
    const after = { name: 'after.hujson', source: shape.generate(60_000) };
    const error = cutShort(() => computeAccessPlan(EMPTY, after, countingClock(80)));
    expect(error?.reason).toBe('timeout');
    expect(error?.message).toBe('the access plan was cut short by the timeout');
  });

  it('a deadline already passed stops before any work', () => {
    const error = cutShort(() => planOf({}, {}, { deadline: 5, now: () => 5 }));
    expect(error?.reason).toBe('timeout');
  });

  it('a deadline not reached changes nothing', () => {
    const after = { acls: [{ action: 'accept', src: ['alice@example.com'], dst: ['bob@example.com:22'] }] };
    expect(planOf({}, after, { deadline: 1e12, now: () => 0 }).changes.length).toBe(planOf({}, after).changes.length);
  });
});

describe('the caps', () => {
  it("stops at the next step, for its size, once the engine's verdicts reach the size limit", () => {
    const budget = new PlanBudget(undefined, undefined, { atoms: MAX_ATOMS, pairs: MAX_PAIRS, indexed: 10 });
    budget.step();
    budget.engine.charge(11);
    expect(() => budget.step()).toThrow(new PlanCutShortError('size', 'more address ranges than the plan holds'));
  });

  const users = ['a@example.com', 'b@example.com', 'c@example.com'];
  const after = { acls: [{ action: 'accept', src: users, dst: users.map((u) => `${u}:22`) }] };

  it.each([
    ['endpoints', { atoms: 2, pairs: 1_000 }, 'the policies name 3 distinct endpoints (more than 2)'],
    ['pairs', { atoms: 1_000, pairs: 5 }, 'more than 5 source and destination pairs to compare'],
    ['matches', { atoms: 1_000, pairs: 1_000, matches: 5 }, 'more than 5 rule and endpoint matches to compare'],
  ])('too many %s: cut short with a message saying so', (_name, caps, message) => {
    const error = cutShort(() => planOf({}, after, { caps }));
    expect(error?.reason).toBe('size');
    expect(error?.message).toBe(message);
  });

  it('within the caps, the plan is complete', () => {
    expect(cutShort(() => planOf({}, after, { caps: { atoms: 1_000, pairs: 1_000 } }))).toBeUndefined();
  });

  it('too many changes: cut short, SSH changes counted too', () => {
    // From nothing: 3 users × 3 destinations, each gaining tcp:22, udp:22 and icmp: 27 changes.
    const caps = (changes: number) => ({ caps: { atoms: 1_000, pairs: 1_000, changes } });
    expect(cutShort(() => planOf({ acls: [] }, after, caps(26)))?.message).toBe('more than 26 access changes');
    expect(cutShort(() => planOf({ acls: [] }, after, caps(27)))).toBeUndefined();

    // Each user gains SSH as root and as admin to their own devices: 6 changes.
    const ssh = { ssh: [{ action: 'accept', src: users, dst: ['autogroup:self'], users: ['root', 'admin'] }] };
    expect(cutShort(() => planOf({}, ssh, caps(5)))?.message).toBe('more than 5 access changes');
    expect(cutShort(() => planOf({}, ssh, caps(6)))).toBeUndefined();
  });

  it('a policy cut into many ports: the port ranges its changes list are capped', () => {
    const caps = { atoms: 1_000, pairs: 1_000, ranges: 1_000 };
    expect(cutShort(() => planOf({}, striped(2, 1, 300), { caps }))?.message).toBe(
      'more than 1000 port ranges in the access changes',
    );
    expect(cutShort(() => planOf({}, striped(2, 1, 300)))).toBeUndefined();
  });
});

describe('the deadline, in every phase', () => {
  it('a policy cut into every other port stops at the deadline, the finding of port cells included', () => {
    const after = { name: 'after.hujson', source: JSON.stringify(striped(30, 4, 32_768)) };
    expect(cutShort(() => computeAccessPlan(EMPTY, after, countingClock(80)))?.reason).toBe('timeout');
  });
});
