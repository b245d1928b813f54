// The HuJSON engine, measured two ways.
//
// Whole process: `tailnet-policy fmt` on the 1.5 MB benchmark policy (600 groups, 5,000 rules,
// 10,000 tests) and on a 10 MB one, as a user runs it (start-up, bundle load, read, format,
// write), beside a bare `node -e 0` and Go's `hujson.Format`. With HUJSON_GO naming a
// build of bench/go (bench/go/build.sh), Go runs in the same alternating rounds and its output
// must be ours byte for byte; without it, the figures issue 14 measured on this kind of machine
// stand in (0.24–0.36 s and 42 MB on 1.5 MB, 2.6 s and 258 MB on 10 MB). Each child's peak RSS
// and CPU time come from GNU time (bench/child.ts).
//
// In process: parse and format throughput on three document shapes, first run (in a fresh
// process, so nothing is compiled yet) and warmed (median after warm-up runs).

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { format, parse } from '../src/hujson/index.js';
import { HujsonGenerator } from '../test/hujson/generator.js';
import { median, timeChild } from './child.js';
import { generatePolicy } from './policy.js';

/** Go's whole-process figures: a range of wall times and a peak. */
interface GoFigures {
  seconds: [number, number];
  peakMB: number;
  source: string;
}

const ISSUE_FIGURES: Record<'small' | 'large', GoFigures> = {
  small: { seconds: [0.24, 0.36], peakMB: 42, source: "issue 14's" },
  large: { seconds: [2.6, 2.6], peakMB: 258, source: "issue 14's" },
};
const ROUNDS = 5;
const WARM_UP_RUNS = 2;
const MEASURED_RUNS = 5;
/** Set in a child this benchmark starts to time one cold operation: `<shape>:<operation>`. */
const COLD_CHILD = 'HUJSON_BENCH_COLD';

export async function benchHujson(): Promise<string[]> {
  const cold = process.env[COLD_CHILD];
  if (cold !== undefined) runColdChild(cold);
  return [...(await wholeProcess()), ...(await inProcess())];
}

// ---- whole process --------------------------------------------------------------------------

interface Run {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
}

async function wholeProcess(): Promise<string[]> {
  const cli = builtCli();
  const go = process.env['HUJSON_GO'] || undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'hujson-bench-'));
  const small = path.join(dir, 'policy-1.5mb.hujson');
  const large = path.join(dir, 'policy-10mb.hujson');
  writeFileSync(small, generatePolicy());
  writeFileSync(large, policyDocument(10_000_000));
  if (go !== undefined) for (const file of [small, large]) sameOutput(cli, go, file);
  const commands: [string, string[], string?][] = [
    ['node -e 0', ['-e', '0']],
    ['fmt 1.5 MB', [cli, 'fmt', small]],
    ['fmt 10 MB', [cli, 'fmt', large]],
  ];
  if (go !== undefined) commands.push(['Go 1.5 MB', ['format', small], go], ['Go 10 MB', ['format', large], go]);
  const runs = new Map<string, Run[]>(commands.map(([label]) => [label, []]));
  // Alternating rounds, so a burst of load elsewhere on the machine hits every command alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, args, program] of commands) runs.get(label)!.push(await timeChild(args, 'none', program));
  }
  const measuredGo = (label: string): GoFigures => {
    const seconds = median(runs.get(label)!.map((r) => r.seconds));
    return { seconds: [seconds, seconds], peakMB: peakOf(runs.get(label)!), source: "Go's" };
  };
  const bare = median(runs.get('node -e 0')!.map((r) => r.seconds));
  const bareCpu = median(runs.get('node -e 0')!.map((r) => r.cpuSeconds));
  const lines = [`hujson whole process (median of ${ROUNDS} alternating runs; CPU = user+system of the child):`];
  lines.push(`  node -e 0     ${describeRuns(runs.get('node -e 0')!)}`);
  if (go !== undefined) {
    lines.push(`  Go 1.5 MB     ${describeRuns(runs.get('Go 1.5 MB')!)} (byte-identical output)`);
    lines.push(`  Go 10 MB      ${describeRuns(runs.get('Go 10 MB')!)} (byte-identical output)`);
  }
  for (const [label, reference] of [
    ['fmt 1.5 MB', go === undefined ? ISSUE_FIGURES.small : measuredGo('Go 1.5 MB')],
    ['fmt 10 MB', go === undefined ? ISSUE_FIGURES.large : measuredGo('Go 10 MB')],
  ] as const) {
    const measured = runs.get(label)!;
    const seconds = median(measured.map((r) => r.seconds));
    // CPU beside wall time: on a shared machine other load stretches the wall time far more.
    const cpu = median(measured.map((r) => r.cpuSeconds));
    const versusNode = `${(seconds / bare).toFixed(1)}× node -e 0 (CPU ${(cpu / bareCpu).toFixed(1)}×)`;
    const versusGo = `${goRatio(seconds, reference)}; peak ${(peakOf(measured) / reference.peakMB).toFixed(2)}×`;
    lines.push(`  ${label.padEnd(13)} ${describeRuns(measured)}; ${versusGo}; ${versusNode}`);
  }
  return lines;
}

/** Our time against Go's, with where Go's figures come from. */
function goRatio(seconds: number, go: GoFigures): string {
  const [fastest, slowest] = go.seconds;
  const times = fastest === slowest ? `${fastest.toFixed(2)} s` : `${fastest}–${slowest} s`;
  const ratio =
    fastest === slowest
      ? `${(seconds / fastest).toFixed(2)}×`
      : `${(seconds / slowest).toFixed(2)}–${(seconds / fastest).toFixed(2)}×`;
  return `${ratio} ${go.source} time (${times}, ${go.peakMB.toFixed(0)} MB)`;
}

const peakOf = (runs: readonly Run[]): number => Math.max(...runs.map((r) => r.peakMB));

/** Go's hujson.Format and `tailnet-policy fmt` print the very same bytes, or the bench stops. */
function sameOutput(cli: string, go: string, file: string): void {
  const options = { maxBuffer: 64 * 1024 * 1024 };
  const ours = spawnSync(process.execPath, [cli, 'fmt', file], options);
  const theirs = spawnSync(go, ['format', file], options);
  if (theirs.error !== undefined) throw new Error(`HUJSON_GO=${go} could not run: ${theirs.error.message}`);
  if (ours.status !== 0 || theirs.status !== 0 || !ours.stdout.equals(theirs.stdout)) {
    throw new Error(`fmt ${file}: our output is not Go's (exit ${ours.status} and ${theirs.status})`);
  }
}

function describeRuns(runs: Run[]): string {
  const seconds = runs.map((r) => r.seconds);
  const cpu = median(runs.map((r) => r.cpuSeconds));
  const peak = peakOf(runs);
  const wall = `${median(seconds).toFixed(2)} s (min ${Math.min(...seconds).toFixed(2)})`;
  return `${wall}, CPU ${cpu.toFixed(2)} s, peak ${peak.toFixed(0)} MB`;
}

/** The CLI to run: TAILNET_POLICY_CLI, or a fresh build into a temporary folder (never dist/). */
function builtCli(): string {
  const given = process.env['TAILNET_POLICY_CLI'];
  if (given !== undefined) return given;
  const out = mkdtempSync(path.join(tmpdir(), 'hujson-bench-build-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', out], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the CLI for the benchmark failed');
  return path.join(out, 'cli', 'index.js');
}

// ---- in process -----------------------------------------------------------------------------

const SHAPES: Record<string, () => Uint8Array> = {
  'policy-shaped': () => new TextEncoder().encode(generatePolicy()),
  'comment-heavy': () => commentHeavyDocument(1_500_000),
  'deeply nested': () => deeplyNestedDocument(1_500_000),
};
const OPERATIONS: Record<string, (document: Uint8Array) => unknown> = { parse, format };

async function inProcess(): Promise<string[]> {
  const lines = ['hujson in process, MB/s (first run in a fresh process / warmed median):'];
  for (const [shape, make] of Object.entries(SHAPES)) {
    const document = make();
    const megabytes = document.length / 1e6;
    const cells: string[] = [];
    for (const [operation, run] of Object.entries(OPERATIONS)) {
      const first = await coldSeconds(shape, operation);
      const warmed = warmedSeconds(() => run(document));
      cells.push(`${operation} ${(megabytes / first).toFixed(1)} / ${(megabytes / warmed).toFixed(1)}`);
    }
    lines.push(`  ${shape.padEnd(14)} ${megabytes.toFixed(1)} MB: ${cells.join(', ')}`);
    await Promise.resolve();
  }
  return lines;
}

/** Runs this benchmark's own bundle again, which times the one operation and exits. */
function coldSeconds(shape: string, operation: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.argv[1]!], {
      env: { ...process.env, [COLD_CHILD]: `${shape}:${operation}` },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', () => {
      const seconds = Number(/COLD (\S+)/.exec(stdout)?.[1]);
      if (Number.isNaN(seconds)) reject(new Error(`cold ${shape} ${operation}: ${stdout}`));
      else resolve(seconds);
    });
  });
}

function runColdChild(request: string): never {
  const [shape, operation] = request.split(':') as [string, string];
  const document = SHAPES[shape]!();
  const started = process.hrtime.bigint();
  OPERATIONS[operation]!(document);
  process.stdout.write(`COLD ${Number(process.hrtime.bigint() - started) / 1e9}\n`);
  process.exit(0);
}

function warmedSeconds(run: () => unknown): number {
  for (let i = 0; i < WARM_UP_RUNS; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return median(samples);
}

// ---- documents ------------------------------------------------------------------------------

/**
 * A deterministic tailnet policy of roughly `targetBytes`, with comments and loose layout so
 * Format has work to do: groups, tag owners, ACL rules, then tests.
 */
export function policyDocument(targetBytes: number): Uint8Array {
  const parts: string[] = ['// Tailnet policy generated for benchmarks.\n{\n  "groups": {\n'];
  let size = parts[0]!.length;
  const add = (text: string): void => {
    parts.push(text);
    size += text.length;
  };
  for (let g = 0; g < 200; g++) {
    const members = Array.from({ length: 1 + (g % 5) }, (_, m) => `"user${g}-${m}@example.com"`);
    add(`    "group:team${g}": [${members.join(', ')}],\n`);
  }
  add('  },\n  "tagOwners": {\n');
  for (let t = 0; t < 100; t++) add(`    "tag:svc${t}" : ["group:team${t}"],\n`);
  add('  },\n  "acls": [\n');
  for (let r = 0; size < targetBytes * 0.7; r++) {
    if (r % 7 === 0) add(`    // Rule ${r}: access for team ${r % 200}.\n`);
    const ports = r % 2 === 0 ? '*' : `${1 + ((r * 7919) % 65000)}`;
    add(`    {"action": "accept", "src": ["group:team${r % 200}"], "dst": ["tag:svc${r % 100}:${ports}"]},\n`);
  }
  add('  ],\n  "tests": [\n');
  for (let t = 0; size < targetBytes - 100; t++) {
    add(
      `    {\n      "src": "user${t % 200}-0@example.com",\n` +
        `      "accept": ["tag:svc${t % 100}:443"], /* expected */\n` +
        `      "deny": ["tag:svc${(t + 1) % 100}:22"],\n    },\n`,
    );
  }
  add('  ],\n}\n');
  return new TextEncoder().encode(parts.join(''));
}

/** Random documents with comments in most slots, CR/LF mixtures and escapes, as one array. */
function commentHeavyDocument(targetBytes: number): Uint8Array {
  const generator = new HujsonGenerator(14, { maxDepth: 3, extraChance: 0.9, commentChance: 0.6 });
  const parts: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    const part = generator.document();
    parts.push(part);
    size += part.length + 2;
  }
  return new TextEncoder().encode(`[\n${parts.join(',\n')}\n]\n`);
}

/** Objects and arrays nested 300 deep, alternating, repeated to `targetBytes`. */
function deeplyNestedDocument(targetBytes: number): Uint8Array {
  let nested = '"leaf"';
  for (let depth = 1; depth <= 300; depth++) {
    nested = depth % 2 === 0 ? `[${nested}, ${depth}]` : `{"level${depth}": ${nested},\n "n": ${depth}}`;
  }
  const copies = Math.max(1, Math.round(targetBytes / nested.length));
  return new TextEncoder().encode(`[${Array.from({ length: copies }, () => nested).join(',\n')}]\n`);
}
