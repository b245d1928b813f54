// Policies a hostile pull request could send to make the offline engine slow or crash (issue 9):
// each generator grows one construct until the text reaches the requested size. The benchmark
// runs `tailnet-policy check` on each, in a child process, and prints its time and peak memory
// (goal: seconds, under 1 GB, at 1 MB and 5 MB).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkCli, describeChildRuns, runChecked } from './policy.js';

/** A shape and how to generate a policy of about `bytes` bytes of it. */
export interface HostileShape {
  name: string;
  describe: string;
  generate(bytes: number): string;
}

/** 10.0.0.0/8 addresses two apart, so that no two ranges merge. */
const v4 = (i: number): string => `10.${(i >> 15) & 255}.${(i >> 7) & 255}.${(i & 127) * 2}`;
const v6 = (i: number): string => `2001:db8:${(i >> 16).toString(16)}:${(i & 0xffff).toString(16)}::${(i % 7) * 2 + 1}`;

/** Repeats `item(i)` until the JSON of `build(items)` reaches `bytes`. */
function grow<T>(bytes: number, perItem: number, item: (i: number) => T): T[] {
  return Array.from({ length: Math.max(1, Math.ceil(bytes / perItem)) }, (_, i) => item(i));
}

const json = (policy: unknown): string => JSON.stringify(policy, null, 1);

const ONE_TEST = [{ src: v4(1), accept: [`${v4(2)}:80`], deny: [`${v4(3)}:81`] }];

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  {
    name: 'cross-product',
    describe: 'one ACL with N source addresses and N destinations',
    generate: (bytes) => {
      const n = Math.ceil(bytes / 34);
      return json({
        acls: [{ action: 'accept', src: grow(n * 17, 17, v4), dst: grow(n * 17, 17, (i) => `${v4(i + n)}:80`) }],
        tests: ONE_TEST,
      });
    },
  },
  {
    name: 'grant-product',
    describe: 'one grant with N destinations and N ip entries',
    generate: (bytes) => {
      const n = Math.ceil(bytes / 30);
      return json({
        grants: [{ src: ['*'], dst: grow(n * 16, 16, v4), ip: grow(n * 14, 14, (i) => `tcp:${(i % 65000) + 1}`) }],
        tests: ONE_TEST,
      });
    },
  },
  {
    name: 'many-ipsets',
    describe: 'N ipsets of a few addresses, each used by a rule',
    generate: (bytes) => {
      const sets = grow(bytes, 140, (i) => i);
      // Short chains of ten, so that sets share members without one huge set.
      const refs = (i: number): string[] => (i % 10 === 9 || i === sets.length - 1 ? [] : [`add ipset:s${i + 1}`]);
      const ipsets = Object.fromEntries(sets.map((i) => [`ipset:s${i}`, [v4(3 * i), v4(3 * i + 1), ...refs(i)]]));
      const acls = sets.map((i) => ({ action: 'accept', src: [`ipset:s${i}`], dst: [`${v4(3 * i + 2)}:22`] }));
      return json({ ipsets, acls, tests: ONE_TEST });
    },
  },
  {
    name: 'ipset-chain',
    describe: 'a chain of N ipsets, each adding the next, used by one rule',
    generate: (bytes) => {
      const n = Math.ceil(bytes / 40);
      const ipsets = Object.fromEntries(
        grow(n * 40, 40, (i) => [`ipset:c${i}`, i === n - 1 ? [v4(i)] : [`add ipset:c${i + 1}`]]),
      );
      return json({ ipsets, acls: [{ action: 'accept', src: ['ipset:c0'], dst: ['*:22'] }], tests: ONE_TEST });
    },
  },
  {
    name: 'ipset-chain-rules',
    describe: 'a chain of N ipsets, each adding the previous one, and one rule naming each',
    generate: (bytes) => {
      const n = Math.ceil(bytes / 120);
      const ipsets = Object.fromEntries(
        grow(n * 120, 120, (i) => [`ipset:r${i}`, i === 0 ? [v4(i)] : [`ipset:r${i - 1}`, v4(i)]]),
      );
      const acls = Object.keys(ipsets).map((name, i) => ({ action: 'accept', src: [name], dst: [`${v4(i + n)}:22`] }));
      return json({ ipsets, acls, tests: ONE_TEST });
    },
  },
  {
    name: 'ipset-add-remove',
    describe: 'one ipset of N alternating adds and removes',
    generate: (bytes) => {
      const items = grow(
        bytes,
        26,
        (i) => `${i % 2 === 0 ? 'add' : 'remove'} ${v4(i >> 1)}${i % 4 === 3 ? '' : '/31'}`,
      );
      return json({
        ipsets: { 'ipset:alt': items },
        acls: [{ action: 'accept', src: ['ipset:alt'], dst: ['*:22'] }],
        tests: ONE_TEST,
      });
    },
  },
  {
    name: 'ipv6-sources',
    describe: 'rules with long IPv6 source lists',
    generate: (bytes) => {
      const acls = grow(bytes, 30_000, (r) => ({
        action: 'accept',
        src: grow(27_000, 27, (i) => v6(r * 1000 + i)),
        dst: [`[${v6(r)}]:443`, 'tag:x:22'],
      }));
      return json({
        tagOwners: { 'tag:x': [] },
        acls,
        tests: [{ src: v6(5), accept: [`[${v6(0)}]:443`], deny: [`[${v6(0)}]:80`] }],
      });
    },
  },
  {
    name: 'huge-test',
    describe: 'one test with N accept entries',
    generate: (bytes) => {
      const accept = grow(bytes, 20, (i) => `${v4(i)}:${(i % 1000) + 1}`);
      return json({
        acls: [{ action: 'accept', src: [v4(1)], dst: ['10.0.0.0/8:1-500'] }],
        tests: [{ src: v4(1), accept }],
      });
    },
  },
  {
    name: 'many-tests',
    describe: 'N rules and N tests between distinct addresses',
    generate: (bytes) => {
      const acls = grow(bytes / 2, 75, (i) => ({
        action: 'accept',
        src: [v4(2 * i)],
        dst: [`${v4(2 * i + 1)}:${(i % 1000) + 1}`],
      }));
      const tests = grow(bytes / 2, 60, (i) => ({ src: v4(2 * i), accept: [`${v4(2 * i + 1)}:${(i % 1000) + 1}`] }));
      return json({ acls, tests });
    },
  },
  {
    name: 'wildcard-ports',
    describe: 'N rules to *, each on its own port, and N tests of distinct destinations',
    generate: (bytes) => {
      const port = (i: number): number => (i % 65535) + 1;
      const acls = grow(bytes / 2, 75, (i) => ({
        action: 'accept',
        src: [`u${i}@example.com`],
        dst: [`*:${port(i)}`],
      }));
      // From a user (its own rule's port only) and from any device's address (every rule may be its).
      const tests = grow(bytes / 2, 65, (i) => ({
        src: i % 2 === 0 ? 'u5@example.com' : '100.100.0.2',
        deny: [`100.64.${(i >> 8) & 255}.${i & 255}:${port(i)}`],
      }));
      return json({ acls, tests });
    },
  },
  {
    name: 'grant-shared-ports',
    describe: 'a grant of N addresses sharing an ip list of up to 12,000 ranges, beside an acl of 12,000 ports',
    generate: (bytes) => {
      // The acl makes every verdict of alice long, so the index keeps its targets by port; kept
      // target by target, the grant's addresses each held the whole list (N × 12,000 entries).
      const ports = Array.from({ length: 12_000 }, (_, k) => k);
      const acls = [{ action: 'accept', src: ['alice@example.com'], dst: ports.map((k) => `tag:t:${40000 + 2 * k}`) }];
      const ip = ports.map((k) => `${4 * k + 1}-${4 * k + 2}`);
      const dst = grow(bytes - 300_000, 17, (i) => v4(i));
      const tests = Array.from({ length: 40 }, (_, k) => ({ src: 'alice@example.com', deny: [`tag:t:${4 * k + 3}`] }));
      return json({ tagOwners: { 'tag:t': [] }, acls, grants: [{ src: ['alice@example.com'], dst, ip }], tests });
    },
  },
];

const SIZES = [1_000_000, 5_000_000];

export async function benchHostile(): Promise<string[]> {
  const cli = checkCli();
  const dir = mkdtempSync(path.join(tmpdir(), 'hostile-bench-'));
  const lines = ['hostile policies, tailnet-policy check as a whole process (goal: seconds, under 1 GB):'];
  try {
    for (const shape of HOSTILE_SHAPES) {
      for (const bytes of SIZES) {
        const file = path.join(dir, `${shape.name}-${bytes}.json`);
        const text = shape.generate(bytes);
        writeFileSync(file, text);
        const run = await runChecked(cli, file);
        lines.push(
          `  ${shape.name.padEnd(14)} ${(text.length / 1e6).toFixed(1).padStart(4)} MB: ${describeChildRuns([run])} [${run.summary}] (${shape.describe})`,
        );
        rmSync(file);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
