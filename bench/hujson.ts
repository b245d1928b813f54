// HuJSON engine throughput on policy-shaped documents of about 1 MB and 10 MB.
// Go's hujson.Format manages about 6 MB/s on such input; the goal is to beat it.

import { etag, format, parse } from '../src/hujson/index.js';
import { seededRandom } from '../test/hujson/generator.js';

const WARM_UP_RUNS = 2;
const MEASURED_RUNS = 5;

export async function benchHujson(): Promise<string[]> {
  const lines: string[] = [];
  for (const targetBytes of [1_000_000, 10_000_000]) {
    const document = policyDocument(targetBytes);
    const megabytes = document.length / 1e6;
    const label = `hujson ${megabytes.toFixed(1)} MB`;
    for (const [operation, run] of OPERATIONS) {
      const seconds = medianSeconds(() => run(document));
      lines.push(`${label} ${operation.padEnd(6)} ${(megabytes / seconds).toFixed(1).padStart(7)} MB/s  (median ${(seconds * 1000).toFixed(0)} ms)`);
    }
    lines.push(`${label} peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    await Promise.resolve();
  }
  return lines;
}

const OPERATIONS: [string, (document: Uint8Array) => unknown][] = [
  ['parse', parse],
  ['format', format],
  ['etag', etag],
];

function medianSeconds(run: () => unknown): number {
  for (let i = 0; i < WARM_UP_RUNS; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/**
 * A deterministic tailnet policy of roughly `targetBytes`: groups, tag owners, ACL rules with
 * comments, and tests, laid out loosely so Format has work to do.
 */
export function policyDocument(targetBytes: number): Uint8Array {
  const random = seededRandom(42);
  const parts: string[] = ['// Tailnet policy generated for benchmarks.\n{\n  "groups": {\n'];
  let size = parts[0]!.length;
  const add = (text: string): void => {
    parts.push(text);
    size += text.length;
  };
  for (let g = 0; g < 200; g++) {
    const members = Array.from({ length: 1 + (g % 5) }, (_, m) => `"user${g}-${m}@example.com"`);
    add(`    "group:team${g}": [${members.join(', ')}],\n`);
  }
  add('  },\n  "tagOwners": {\n');
  for (let t = 0; t < 100; t++) add(`    "tag:svc${t}" : ["group:team${t}"],\n`);
  add('  },\n  "acls": [\n');
  const rulesEnd = targetBytes * 0.7;
  for (let r = 0; size < rulesEnd; r++) {
    if (r % 7 === 0) add(`    // Rule ${r}: access for team ${r % 200}.\n`);
    const ports = random() < 0.5 ? '*' : `${1 + Math.floor(random() * 65000)}`;
    add(`    {"action": "accept", "src": ["group:team${r % 200}"], "dst": ["tag:svc${r % 100}:${ports}"]},\n`);
  }
  add('  ],\n  "tests": [\n');
  for (let t = 0; size < targetBytes - 100; t++) {
    add(`    {\n      "src": "user${t % 200}-0@example.com",\n      "accept": ["tag:svc${t % 100}:443"], /* expected */\n      "deny": ["tag:svc${(t + 1) % 100}:22"],\n    },\n`);
  }
  add('  ],\n}\n');
  return new TextEncoder().encode(parts.join(''));
}
