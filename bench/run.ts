// Runs the benchmarks in turn and prints their lines: all of them, or those named on the command
// line (`npm run bench -- plan policy`). Every child runs on the Node that runs the bench, whose
// version comes first: `npx -y node@24 build/bench/index.js` measures the action's runtime.

import { availableParallelism } from 'node:os';
import { benchAction } from './action.js';
import { benchGoDiff } from './go-diff.js';
import { benchHostile } from './hostile.js';
import { benchHujson } from './hujson.js';
import { benchPlan } from './plan.js';
import { benchPolicy } from './policy.js';

const BENCHMARKS: Record<string, () => Promise<string[]>> = {
  hujson: benchHujson,
  action: benchAction,
  policy: benchPolicy,
  hostile: benchHostile,
  plan: benchPlan,
  'go-diff': benchGoDiff,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; the benchmarks: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
console.log(`Node ${process.versions.node}, ${availableParallelism()} cores`);
// A sandbox's TLS proxy may set NODE_EXTRA_CA_CERTS. Node 20 reads that file at every start-up
// (85 ms here, against a bare start of 36 ms; Node 24 reads it only for a TLS connection), and
// no child here makes one: they run without it, as on a runner or a laptop.
if (process.env['NODE_EXTRA_CA_CERTS'] !== undefined) {
  console.log('NODE_EXTRA_CA_CERTS is set here: the timed children run without it');
  delete process.env['NODE_EXTRA_CA_CERTS'];
}
for (const name of asked.length > 0 ? asked : Object.keys(BENCHMARKS)) {
  for (const line of await BENCHMARKS[name]!()) console.log(line);
}
