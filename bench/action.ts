// Times whole runs of the built action (process start to exit) against the local emulator, the
// way a workflow step pays for them, next to a bare `node -e 0` for scale.

import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../test/support/action-runner.js';
import { DEFAULT_API_KEY, startTailscaleEmulator } from '../test/support/tailscale-emulator.js';

const RUNS = 15;

const LIVE = '{\n  "acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],\n}\n';
const PROPOSED = '{\n  // Only engineers.\n  "groups": {"group:eng": ["alice@example.com"]},\n  "acls": [{"action": "accept", "src": ["group:eng"], "dst": ["*:*"]}],\n  "tests": [{"src": "alice@example.com", "accept": ["100.64.0.1:22"]}],\n}\n';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeBareNode(): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve) => spawn(process.execPath, ['-e', '0']).on('close', () => resolve()));
  return performance.now() - started;
}

export async function benchAction(): Promise<string[]> {
  const emulator = await startTailscaleEmulator({ policy: LIVE });
  const workspace = await mkdtemp(path.join(tmpdir(), 'bench-action-'));
  await writeFile(path.join(workspace, 'policy.hujson'), PROPOSED);
  const inputs = { action: 'test', 'api-url': emulator.url, 'api-key': DEFAULT_API_KEY, comment: 'never' };
  const test: number[] = [];
  const bare: number[] = [];
  try {
    await runAction({ inputs, cwd: workspace });
    for (let i = 0; i < RUNS; i++) {
      const result = await runAction({ inputs, cwd: workspace });
      if (result.code !== 0) throw new Error(`the benchmark run failed:\n${result.stdout}${result.stderr}`);
      test.push(result.durationMs);
      bare.push(await timeBareNode());
    }
  } finally {
    await emulator.close();
    await rm(workspace, { recursive: true, force: true });
  }
  return [
    `action test run (GET + validate, node dist/index.js): median ${median(test).toFixed(0)} ms over ${RUNS} runs`,
    `bare node -e 0: median ${median(bare).toFixed(0)} ms`,
  ];
}
