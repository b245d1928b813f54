// Runs every benchmark in turn and prints its lines.

import { benchAction } from './action.js';
import { benchHostile } from './hostile.js';
import { benchHujson } from './hujson.js';
import { benchPlan } from './plan.js';
import { benchPolicy } from './policy.js';

const BENCHMARKS: (() => Promise<string[]>)[] = [benchHujson, benchAction, benchPolicy, benchHostile, benchPlan];

for (const bench of BENCHMARKS) {
  for (const line of await bench()) console.log(line);
}
