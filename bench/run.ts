// Runs every benchmark in turn and prints its lines.

import { benchHujson } from './hujson.js';

const BENCHMARKS: (() => Promise<string[]>)[] = [benchHujson];

for (const bench of BENCHMARKS) {
  for (const line of await bench()) console.log(line);
}
