// Runs every benchmark in turn and prints its lines.

import { benchAction } from './action.js';
import { benchHujson } from './hujson.js';

const BENCHMARKS: (() => Promise<string[]>)[] = [benchHujson, benchAction];

for (const bench of BENCHMARKS) {
  for (const line of await bench()) console.log(line);
}
