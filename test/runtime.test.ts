import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { SMALL_INLINING, SMALL_NURSERY } from '../src/runtime.js';

// V8 ignores a flag it does not know without a word: a renamed flag would silently take the
// tuning away. Each one runtime.ts sets must be one this Node's V8 lists.
it.each([SMALL_INLINING, SMALL_NURSERY])('sets %s, a flag this V8 knows', (flag) => {
  const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
  const name = flag.split('=')[0]!;
  expect(options.split('\n').some((line) => line.trim().startsWith(`${name} `))).toBe(true);
});

// The nursery flag is set after start-up, as the CLI and the action set it: it must still hold
// the young generation near its first size while a run allocates 400,000 objects that survive.
function youngGenerationAfterAllocating(flags: string): number {
  const script = `
    const v8 = require('node:v8');
    if (process.argv[1] !== '') v8.setFlagsFromString(process.argv[1]);
    const keep = [];
    for (let i = 0; i < 400000; i++) keep.push({ i, text: 'x' + i });
    console.log(v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size);`;
  return Number(spawnSync(process.execPath, ['-e', script, flags], { encoding: 'utf8' }).stdout);
}

it('keeps the young generation under 4 MB with the nursery flag set after start-up', () => {
  expect(youngGenerationAfterAllocating(SMALL_NURSERY)).toBeLessThanOrEqual(4 << 20);
});

it('lets it grow past 16 MB without the flag (the control case)', () => {
  expect(youngGenerationAfterAllocating('')).toBeGreaterThan(16 << 20);
});
