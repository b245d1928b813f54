// End-to-end tests spawn the action and the CLI as users run them, but from a build of the
// current src/, made once per test run, never from the committed dist/ (which may be stale).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module script without type declarations.
import { build } from '../scripts/build.mjs';

export default async function setup(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'tailnet-policy-build-'));
  await (build as (out: string) => Promise<void>)(dir);
  process.env.TAILNET_POLICY_BUILD = dir;
  return () => rm(dir, { recursive: true, force: true });
}
