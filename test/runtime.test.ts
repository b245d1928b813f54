import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { LIFTOFF_ONLY, SMALL_INLINING } from '../src/runtime.js';

// V8 ignores a flag it does not know without a word: a renamed flag would silently take the
// tuning away. Each one runtime.ts sets must be one this Node's V8 lists.
it.each([LIFTOFF_ONLY, SMALL_INLINING])('sets %s, a flag this V8 knows', (flag) => {
  const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
  const name = flag.split('=')[0]!;
  expect(options.split('\n').some((line) => line.trim().startsWith(`${name} `))).toBe(true);
});
