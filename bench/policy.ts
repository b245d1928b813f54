// The policy engine on a large generated policy: 600 groups, 5,000 rules and 10,000 tests,
// evaluated offline and against a generated tailnet. The goal is well under a second each.

import { parse } from '../src/hujson/index.js';
import { checkPolicy, type Topology } from '../src/policy/index.js';
import { seededRandom } from '../test/hujson/generator.js';

const USERS = 2000;
const GROUPS = 600;
const TAGS = 200;
const HOSTS = 100;
const RULES = 5000;
const TESTS = 10_000;
const DESTINATIONS = 400;

const user = (i: number): string => `user${i}@example.com`;
const hostAddress = (i: number): string => `100.100.${Math.floor(i / 200)}.${(i % 200) + 1}`;

export function generatePolicy(seed = 1): string {
  const next = seededRandom(seed);
  const pick = (n: number): number => Math.floor(next() * n);
  const groups = Object.fromEntries(Array.from({ length: GROUPS }, (_, g) => [`group:g${g}`, Array.from({ length: 10 }, () => user(pick(USERS)))]));
  const tagOwners = Object.fromEntries(Array.from({ length: TAGS }, (_, t) => [`tag:t${t}`, ['group:g0']]));
  const hosts = Object.fromEntries(Array.from({ length: HOSTS }, (_, h) => [`h${h}`, `100.64.${Math.floor(h / 250)}.${(h % 250) + 1}`]));
  const source = (): string => [() => `group:g${pick(GROUPS)}`, () => user(pick(USERS)), () => `tag:t${pick(TAGS)}`][pick(3)]!();
  const host = (): string => [() => `tag:t${pick(TAGS)}`, () => `h${pick(HOSTS)}`, () => user(pick(USERS)), () => `10.${pick(250)}.0.0/16`][pick(4)]!();
  const ports = (): string => ['22', '443', '80,443', '8000-8100', '*'][pick(5)]!;
  const acls = [];
  const grants = [];
  for (let r = 0; r < RULES; r++) {
    const src = Array.from({ length: 1 + pick(3) }, source);
    if (r % 10 < 7) acls.push({ action: 'accept', src, dst: Array.from({ length: 1 + pick(2) }, () => `${host()}:${ports()}`) });
    else grants.push({ src, dst: Array.from({ length: 1 + pick(2) }, host), ip: [['tcp:22', '443', '*', 'udp:53'][pick(4)]!] });
  }
  const destinations = Array.from({ length: DESTINATIONS }, () => `${[() => `tag:t${pick(TAGS)}`, () => `h${pick(HOSTS)}`, () => user(pick(USERS))][pick(3)]!()}:${[22, 443, 80, 8080][pick(4)]}`);
  const tests = Array.from({ length: TESTS }, () => ({
    src: source(),
    [next() < 0.5 ? 'accept' : 'deny']: Array.from({ length: 1 + pick(2) }, () => destinations[pick(DESTINATIONS)]!),
  }));
  return JSON.stringify({ groups, tagOwners, hosts, acls, grants, tests }, null, 1);
}

export function generateTopology(): Topology {
  const users = Array.from({ length: USERS }, (_, i) => ({ id: i + 1, name: `user${i}`, email: user(i) }));
  const nodes: Topology['nodes'] = {};
  for (let i = 0; i < USERS; i++) nodes[`laptop${i}`] = { hostname: `laptop${i}`, tags: [], user: `user${i}`, ipv4: `100.80.${Math.floor(i / 250)}.${(i % 250) + 1}`, ipv6: `fd7a:115c:a1e0::1:${i.toString(16)}` };
  for (let i = 0; i < TAGS * 2; i++) nodes[`server${i}`] = { hostname: `server${i}`, tags: [`tag:t${i % TAGS}`], ipv4: hostAddress(i), ipv6: `fd7a:115c:a1e0::2:${i.toString(16)}` };
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
  for (const [label, options] of [['offline', {}], ['tailnet', { topology }]] as const) {
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
  return lines;
}
