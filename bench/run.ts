// Runs every benchmark in turn and prints its lines.

import { benchAction } from './action.js';
import { benchHujson } from './hujson.js';
import { benchPolicy } from './policy.js';

const BENCHMARKS: (() => Promise<string[]>)[] = [benchHujson, benchAction, benchPolicy];

for (const bench of BENCHMARKS) {
  for (const line of await bench()) console.log(line);
}
