// The built action, whole process, the way a workflow step pays for it: start-up alone (no
// inputs, so it loads the bundle and exits at once with an input error), the bundle's size, and
// a whole `action: test` run against the local emulator, each next to a bare `node -e 0`.
// Runs on the Node that runs the bench (`npx -y node@24 build/bench/index.js` for the runner's).

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../test/support/action-runner.js';
import { DEFAULT_API_KEY, startTailscaleEmulator } from '../test/support/tailscale-emulator.js';
import { median } from './child.js';

const STARTUP_RUNS = 41;
const TEST_RUNS = 15;

const LIVE = '{\n  "acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],\n}\n';
const PROPOSED =
  '{\n  // Only engineers.\n  "groups": {"group:eng": ["alice@example.com"]},\n' +
  '  "acls": [{"action": "accept", "src": ["group:eng"], "dst": ["*:*"]}],\n' +
  '  "tests": [{"src": "alice@example.com", "accept": ["100.64.0.1:22"]}],\n}\n';

/** The folder of a fresh build of src/ (TAILNET_POLICY_BUILD, or one made here; never dist/). */
function builtAction(): string {
  const given = process.env['TAILNET_POLICY_BUILD'];
  if (given !== undefined) return given;
  const out = mkdtempSync(path.join(tmpdir(), 'action-bench-build-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', out], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the action for the benchmark failed');
  // action-runner.ts spawns the build named here.
  process.env['TAILNET_POLICY_BUILD'] = out;
  return out;
}

/** Milliseconds from spawn to exit, with only PATH in the environment (so no INPUT_ or GITHUB_). */
async function timeNode(args: string[], expectedCode: number): Promise<number> {
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { PATH: process.env['PATH'] ?? '' }, stdio: 'ignore' });
    child.on('error', reject).on('close', resolve);
  });
  if (code !== expectedCode) throw new Error(`node ${args.join(' ')} exited with ${code}, not ${expectedCode}`);
  return performance.now() - started;
}

/** index.js and any chunk beside it: what a run may load (the CLI's folder is not). */
async function bundleBytes(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.js')) continue;
    bytes += (await stat(path.join(dir, name))).size;
    files++;
  }
  return { bytes, files };
}

/** The action bundle before this work was measured at 1,685 KiB; the goal is half of it. */
const BUNDLE_GOAL_KIB = 1685 / 2;

async function startup(entry: string): Promise<string[]> {
  const action: number[] = [];
  const bare: number[] = [];
  await timeNode([entry], 1);
  // Alternating, so a change in the machine's load weighs on both sides alike.
  for (let i = 0; i < STARTUP_RUNS; i++) {
    bare.push(await timeNode(['-e', '0'], 0));
    action.push(await timeNode([entry], 1));
  }
  const ratio = median(action) / median(bare);
  return [
    `action start-up (index.js, no inputs: load and exit with an input error), Node ${process.versions.node}: ` +
      `median ${median(action).toFixed(0)} ms vs bare node -e 0 ${median(bare).toFixed(0)} ms = ` +
      `${ratio.toFixed(2)}× (goal ≤ 1.5×), ${STARTUP_RUNS} alternating runs`,
  ];
}

async function testRuns(): Promise<string[]> {
  const emulator = await startTailscaleEmulator({ policy: LIVE });
  const workspace = await mkdtemp(path.join(tmpdir(), 'bench-action-'));
  await writeFile(path.join(workspace, 'policy.hujson'), PROPOSED);
  const inputs = { action: 'test', 'api-url': emulator.url, 'api-key': DEFAULT_API_KEY, comment: 'never' };
  const test: number[] = [];
  const bare: number[] = [];
  try {
    await runAction({ inputs, cwd: workspace });
    for (let i = 0; i < TEST_RUNS; i++) {
      const result = await runAction({ inputs, cwd: workspace });
      if (result.code !== 0) throw new Error(`the benchmark run failed:\n${result.stdout}${result.stderr}`);
      test.push(result.durationMs);
      bare.push(await timeNode(['-e', '0'], 0));
    }
  } finally {
    await emulator.close();
    await rm(workspace, { recursive: true, force: true });
  }
  return [
    `action test run (GET + validate against the emulator): median ${median(test).toFixed(0)} ms vs bare node ` +
      `${median(bare).toFixed(0)} ms = ${(median(test) / median(bare)).toFixed(2)}×, ${TEST_RUNS} runs`,
  ];
}

export async function benchAction(): Promise<string[]> {
  const dir = builtAction();
  const { bytes, files } = await bundleBytes(dir);
  return [
    ...(await startup(path.join(dir, 'index.js'))),
    `action bundle: ${(bytes / 1024).toFixed(0)} KiB (goal ≤ ${BUNDLE_GOAL_KIB.toFixed(0)} KiB) in ${files} file(s)`,
    ...(await testRuns()),
  ];
}
