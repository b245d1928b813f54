// The in-process CLI runs the remote commands' tests share: a fresh folder, an API key.
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { DEFAULT_API_KEY } from '../support/tailscale-emulator.js';
import { fakeIO } from './fake-io.js';

/** Runs `work` with a fresh folder holding `policy` as policy.hujson as the current directory. */
export async function inFolder<T>(policy: string, work: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'cli-remote-')));
  try {
    await writeFile(path.join(dir, 'policy.hujson'), policy);
    process.chdir(dir);
    return await work();
  } finally {
    process.chdir(cwd);
    await rm(dir, { recursive: true, force: true });
  }
}

export async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = { ...fakeIO(), env: { TS_API_KEY: DEFAULT_API_KEY } };
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}
