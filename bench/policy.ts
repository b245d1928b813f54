// The policy engine on a large generated policy: 600 groups, 5,000 rules and 10,000 tests,
// evaluated offline and against a generated tailnet, in process; and `tailnet-policy check` as
// a whole process (start-up, read, parse, validate, evaluate, print) on it and on a 10 MB one,
// with the child's peak memory. Issue 14's goals: 0.5 s on 1.5 MB; 4 s and 500 MB on 10 MB.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from '../src/hujson/index.js';
import { checkPolicy, type Topology } from '../src/policy/index.js';
import { seededRandom } from '../test/hujson/generator.js';
import { bareNodeSeconds, median, timeChild, type ChildRun } from './child.js';

const USERS = 2000;
const GROUPS = 600;
const TAGS = 200;
const HOSTS = 100;
const RULES = 5000;
const TESTS = 10_000;
const DESTINATIONS = 400;

const user = (i: number): string => `user${i}@example.com`;
const hostAddress = (i: number): string => `100.100.${Math.floor(i / 200)}.${(i % 200) + 1}`;

/** The benchmark policy (1.7 MB of JSON); `scale` multiplies every count (5.5 makes about 10 MB). */
export function generatePolicy(seed = 1, scale = 1): string {
  const next = seededRandom(seed);
  const pick = (n: number): number => Math.floor(next() * n);
  const [users, groupCount, tags, hostCount] = [USERS, GROUPS, TAGS, HOSTS].map((n) => Math.round(n * scale)) as [
    number,
    number,
    number,
    number,
  ];
  const groups = Object.fromEntries(
    Array.from({ length: groupCount }, (_, g) => [`group:g${g}`, Array.from({ length: 10 }, () => user(pick(users)))]),
  );
  const tagOwners = Object.fromEntries(Array.from({ length: tags }, (_, t) => [`tag:t${t}`, ['group:g0']]));
  const hosts = Object.fromEntries(
    Array.from({ length: hostCount }, (_, h) => [`h${h}`, `100.64.${Math.floor(h / 250)}.${(h % 250) + 1}`]),
  );
  const source = (): string =>
    [() => `group:g${pick(groupCount)}`, () => user(pick(users)), () => `tag:t${pick(tags)}`][pick(3)]!();
  const host = (): string =>
    [() => `tag:t${pick(tags)}`, () => `h${pick(hostCount)}`, () => user(pick(users)), () => `10.${pick(250)}.0.0/16`][
      pick(4)
    ]!();
  const ports = (): string => ['22', '443', '80,443', '8000-8100', '*'][pick(5)]!;
  const acls = [];
  const grants = [];
  for (let r = 0; r < RULES * scale; r++) {
    const src = Array.from({ length: 1 + pick(3) }, source);
    if (r % 10 < 7)
      acls.push({ action: 'accept', src, dst: Array.from({ length: 1 + pick(2) }, () => `${host()}:${ports()}`) });
    else
      grants.push({
        src,
        dst: Array.from({ length: 1 + pick(2) }, host),
        ip: [['tcp:22', '443', '*', 'udp:53'][pick(4)]!],
      });
  }
  const destinationCount = DESTINATIONS * scale;
  const destinations = Array.from(
    { length: destinationCount },
    () =>
      `${[() => `tag:t${pick(tags)}`, () => `h${pick(hostCount)}`, () => user(pick(users))][pick(3)]!()}:${[22, 443, 80, 8080][pick(4)]}`,
  );
  const tests = Array.from({ length: TESTS * scale }, () => ({
    src: source(),
    [next() < 0.5 ? 'accept' : 'deny']: Array.from(
      { length: 1 + pick(2) },
      () => destinations[pick(destinationCount)]!,
    ),
  }));
  return JSON.stringify({ groups, tagOwners, hosts, acls, grants, tests }, null, 1);
}

export function generateTopology(): Topology {
  const users = Array.from({ length: USERS }, (_, i) => ({ id: i + 1, name: `user${i}`, email: user(i) }));
  const nodes: Topology['nodes'] = {};
  for (let i = 0; i < USERS; i++)
    nodes[`laptop${i}`] = {
      hostname: `laptop${i}`,
      tags: [],
      user: `user${i}`,
      ipv4: `100.80.${Math.floor(i / 250)}.${(i % 250) + 1}`,
      ipv6: `fd7a:115c:a1e0::1:${i.toString(16)}`,
    };
  for (let i = 0; i < TAGS * 2; i++)
    nodes[`server${i}`] = {
      hostname: `server${i}`,
      tags: [`tag:t${i % TAGS}`],
      ipv4: hostAddress(i),
      ipv6: `fd7a:115c:a1e0::2:${i.toString(16)}`,
    };
  return { users, nodes };
}

const RUNS = 3;

function milliseconds(nanoseconds: bigint | number): string {
  return `${(Number(nanoseconds) / 1e6).toFixed(0)} ms`;
}

interface Timing {
  parse: bigint;
  check: bigint;
  cpuMicros: number;
  summary: string;
}

function timeOnce(text: string, options: { topology?: Topology }): Timing {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const root = parse(text);
  const parsed = process.hrtime.bigint();
  const report = checkPolicy(root, options);
  const done = process.hrtime.bigint();
  const used = process.cpuUsage(cpu);
  const { passed, failed, unknown } = report.summary;
  const summary = `${passed} passed, ${failed} failed, ${unknown} undecided, ${report.errors.length} errors`;
  return { parse: parsed - start, check: done - parsed, cpuMicros: used.user + used.system, summary };
}

export async function benchPolicy(): Promise<string[]> {
  const text = generatePolicy();
  const topology = generateTopology();
  const lines: string[] = [];
  for (const [label, options] of [
    ['offline', {}],
    ['tailnet', { topology }],
  ] as const) {
    const runs: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(timeOnce(text, options));
      await Promise.resolve();
    }
    // The first run includes JIT warm-up; the fastest is the least disturbed by other processes.
    const best = runs.reduce((a, b) => (a.parse + a.check <= b.parse + b.check ? a : b));
    const first = runs[0]!;
    lines.push(
      `policy ${label}: ${GROUPS} groups, ${RULES} rules, ${TESTS} tests (${(text.length / 1e6).toFixed(1)} MB): ` +
        `parse ${milliseconds(best.parse)} + validate+evaluate ${milliseconds(best.check)} = ${milliseconds(best.parse + best.check)} best of ${RUNS} ` +
        `(CPU ${milliseconds(best.cpuMicros * 1000)}), first run ${milliseconds(first.parse + first.check)} [${best.summary}]`,
    );
  }
  lines.push(`policy peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  return [...lines, ...(await wholeProcessCheck())];
}

// ---- whole process ----------------------------------------------------------------------------

const ROUNDS = 5;

async function wholeProcessCheck(): Promise<string[]> {
  const cli = checkCli();
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-bench-'));
  const lines = [
    `check whole process (tailnet-policy check FILE, offline; median of ${ROUNDS} runs alternating with a bare ` +
      'node -e 0; CPU = user+system of the child):',
  ];
  for (const [label, scale, goal] of [
    ['1.5 MB', 1, '0.5 s'],
    ['10 MB', 5.5, '4 s, 500 MB'],
  ] as const) {
    const file = path.join(dir, `policy-${scale}.json`);
    const text = generatePolicy(1, scale);
    writeFileSync(file, text);
    const runs: CheckRun[] = [];
    const bare: number[] = [];
    // Alternating, so a burst of load elsewhere on the machine weighs on both alike.
    for (let i = 0; i < ROUNDS; i++) {
      bare.push(await bareNodeSeconds());
      runs.push(await runChecked(cli, file));
    }
    lines.push(
      `  check ${label} (${(text.length / 1e6).toFixed(1)} MB): ${describeChildRuns(runs)}; ` +
        `bare node -e 0 ${median(bare).toFixed(2)} s (goal ${goal}) [${runs[0]!.summary}]`,
    );
  }
  return lines;
}

/** One child's wall time, CPU time, peak memory and the last line it printed. */
export interface CheckRun extends ChildRun {
  summary: string;
}

export function describeChildRuns(runs: readonly CheckRun[]): string {
  const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
  const seconds = sorted(runs.map((r) => r.seconds));
  const cpu = sorted(runs.map((r) => r.cpuSeconds));
  const middle = Math.floor(runs.length / 2);
  const peak = Math.max(...runs.map((r) => r.peakMB));
  return `${seconds[middle]!.toFixed(2)} s (min ${seconds[0]!.toFixed(2)}), CPU ${cpu[middle]!.toFixed(2)} s, peak ${peak.toFixed(0)} MB`;
}

/** The CLI to run: TAILNET_POLICY_CLI, or a fresh build into a temporary folder (never dist/), made once. */
export function checkCli(): string {
  const given = process.env['TAILNET_POLICY_CLI'];
  if (given !== undefined) return given;
  const out = mkdtempSync(path.join(tmpdir(), 'policy-bench-build-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', out], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the CLI for the benchmark failed');
  process.env['TAILNET_POLICY_CLI'] = path.join(out, 'cli', 'index.js');
  return process.env['TAILNET_POLICY_CLI'];
}

/** Runs `check FILE`; exit status 0 or 1 (a failing test) are both results, anything else is not. */
export async function runChecked(cli: string, file: string): Promise<CheckRun> {
  const run = await timeChild([cli, 'check', file], 'tail');
  if (run.status !== 0 && run.status !== 1) throw new Error(`check ${file} failed (${run.status})`);
  const lastLine = run.stdout.trimEnd().split('\n').pop() ?? '';
  return { ...run, summary: lastLine.replace(`${file}: `, '') };
}
