// One child process timed as a user runs it: wall time from spawn to exit, and its CPU time and
// peak memory from GNU time. Nothing is preloaded into the child (an `--import` hook that read
// them from inside would load Node's ES module loader, some 20–30 ms a run here).

import { spawn } from 'node:child_process';

export interface ChildRun {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  /** What the child printed on standard output, as much as was asked for. */
  stdout: string;
  status: number;
}

/** How much of a child's standard output to keep: none, its last 2,000 characters, or all. */
export type Keep = 'none' | 'tail' | 'all';

const FIGURES = 'BENCH-TIME %M %U %S';

/** Runs `node ...args` (or another program), keeping as much of its standard output as `keep` says. */
export function timeChild(args: readonly string[], keep: Keep = 'none', program = process.execPath): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', FIGURES, program, ...args], {
      stdio: ['ignore', keep === 'none' ? 'ignore' : 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    // A hostile check can print hundreds of thousands of lines: only a plan's output is kept whole.
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout = keep === 'all' ? stdout + chunk : (stdout + chunk).slice(-2000);
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const figures = /BENCH-TIME (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      if (figures === null) {
        reject(new Error(`${args.join(' ')} gave no figures (${code}): ${stderr.slice(0, 300)}`));
        return;
      }
      resolve({
        seconds,
        cpuSeconds: Number(figures[2]) + Number(figures[3]),
        peakMB: Number(figures[1]) / 1024,
        stdout,
        // GNU time exits with the child's status.
        status: code ?? -1,
      });
    });
  });
}

/** The middle figure of some (the upper of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Seconds a bare `node -e 0` takes, timed as every child is: what any Node costs here before our code. */
export async function bareNodeSeconds(): Promise<number> {
  return (await timeChild(['-e', '0'])).seconds;
}
