// End-to-end tests spawn the action and the CLI as users run them, but from a build of the
// current src/, made once per test run, never from the committed dist/ (which may be stale).
// `npm test` (scripts/test.mjs) makes that build while it type-checks and lints, and names it in
// TAILNET_POLICY_PREBUILT; a bare `vitest run` builds here. A build that fails (a type error)
// fails only the tests that spawn it, with the build's error.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module script without type declarations.
import { build } from '../scripts/build.mjs';

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const prebuilt = process.env.TAILNET_POLICY_PREBUILT;
  if (prebuilt !== undefined) {
    process.env.TAILNET_POLICY_BUILD = prebuilt;
    return undefined;
  }
  const dir = await mkdtemp(join(tmpdir(), 'tailnet-policy-build-'));
  try {
    await (build as (out: string) => Promise<void>)(dir);
    process.env.TAILNET_POLICY_BUILD = dir;
  } catch (error) {
    process.env.TAILNET_POLICY_BUILD_ERROR = error instanceof Error ? error.message : String(error);
  }
  return () => rm(dir, { recursive: true, force: true });
}
