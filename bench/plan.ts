// The access plan on the large generated policy (5,000 rules, 10,000 tests) against a copy with
// 50 rules and 20 group memberships changed, symbolically and with a 2,400-device tailnet,
// whole-process through the built CLI (`tailnet-policy plan A B --json`), as CI pays for it.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error: a plain ES module script without type declarations.
import { build } from '../scripts/build.mjs';
import { bareNodeSeconds, median, timeChild } from './child.js';
import { generatePolicy, generateTopology } from './policy.js';

// The machine running the bench may be shared: the median of several runs says more than one.
const RUNS = 5;

/** The generated policy with 50 rules given new destinations and 20 groups a new member. */
export function changedPolicy(text: string): string {
  const policy = JSON.parse(text) as { acls: { dst: string[] }[]; groups: Record<string, string[]> };
  for (let i = 0; i < 50; i++) policy.acls[i * 70]!.dst = [`tag:t${i}:5432`];
  for (let g = 0; g < 20; g++) policy.groups[`group:g${g * 7}`]![0] = `user${1900 + g}@example.com`;
  return JSON.stringify(policy, null, 1);
}

interface Run {
  ms: number;
  cpuMs: number;
  rssMb: number;
  changes: number;
}

/** One whole process, timed as every bench child is (bench/child.ts), with its changes counted. */
async function runOnce(cli: string, args: string[]): Promise<Run> {
  const run = await timeChild([cli, 'plan', ...args], 'all');
  if (run.status !== 0) throw new Error(`plan exited with ${run.status}`);
  const changes = (JSON.parse(run.stdout) as { changes: unknown[] }).changes.length;
  return { ms: run.seconds * 1000, cpuMs: run.cpuSeconds * 1000, rssMb: run.peakMB, changes };
}

export async function benchPlan(): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-plan-'));
  try {
    await (build as (out: string) => Promise<void>)(path.join(dir, 'build'));
    const before = generatePolicy();
    const files = {
      before: path.join(dir, 'before.json'),
      after: path.join(dir, 'after.json'),
      devices: path.join(dir, 'devices.json'),
    };
    await writeFile(files.before, before);
    await writeFile(files.after, changedPolicy(before));
    await writeFile(files.devices, JSON.stringify(generateTopology()));
    const cli = path.join(dir, 'build', 'cli', 'index.js');
    const lines: string[] = [];
    for (const [label, extra] of [
      ['offline', []],
      ['tailnet (2,400 devices)', ['--devices', files.devices]],
    ] as const) {
      const runs: Run[] = [];
      const bare: number[] = [];
      // Alternating, so a burst of load elsewhere on the machine weighs on both alike.
      for (let i = 0; i < RUNS; i++) {
        bare.push(await bareNodeSeconds());
        runs.push(await runOnce(cli, [files.before, files.after, '--json', ...extra]));
      }
      const [wall, cpu] = [median(runs.map((r) => r.ms)), median(runs.map((r) => r.cpuMs))];
      const fastest = Math.min(...runs.map((r) => r.ms));
      const peak = Math.max(...runs.map((r) => r.rssMb));
      lines.push(
        `plan ${label}: 5,000 rules, 10,000 tests, 50 rules + 20 memberships changed: ` +
          `${wall.toFixed(0)} ms median of ${RUNS} whole process ` +
          `(min ${fastest.toFixed(0)}, CPU ${cpu.toFixed(0)} ms; bare node -e 0 ${(median(bare) * 1000).toFixed(0)} ms), ` +
          `peak RSS ${peak.toFixed(0)} MB, ${runs[0]!.changes} changes (goal: under 1 s, 500 MB)`,
      );
    }
    return lines;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
