// Loads the real-server verdicts in test/fixtures/conformance/policy/captures.jsonl (see its
// README.md; how the engine uses them: docs/policy-semantics.md).

import { readFileSync } from 'node:fs';

export interface Capture {
  id: string;
  category: string;
  description: string;
  policy: string;
  topology: unknown;
  api_response_code: number;
  api_response_body: { message: string } | null;
}

export function loadCaptures(): Capture[] {
  const url = new URL('../fixtures/conformance/policy/captures.jsonl', import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as Omit<Capture, 'policy'> & { policy: unknown };
      return { ...raw, policy: typeof raw.policy === 'string' ? raw.policy : JSON.stringify(raw.policy) };
    });
}
