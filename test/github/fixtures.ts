// Reports and links shared by the rendering tests, and the HTTP client of the GitHub tests.

import type { ReportLinks } from '../../src/github/context.js';
import { emptyReport, type Report } from '../../src/report/model.js';
import { createHttpClient, type HttpClient } from '../../src/http/client.js';

export const LINKS: ReportLinks = {
  runUrl: 'https://github.com/octo/repo/actions/runs/99',
  repoUrl: 'https://github.com/octo/repo',
  fileUrl: 'https://github.com/octo/repo/blob/abc123/policy.hujson',
};

export const LIVE = '{\n  "acls": [\n    {"action": "accept", "src": ["*"], "dst": ["*:*"]},\n  ],\n}\n';
export const LOCAL =
  '{\n  "acls": [\n    {"action": "accept", "src": ["group:eng"], "dst": ["tag:web:443"]},\n  ],\n}\n';

/** The collapsed diff LIVE → LOCAL, as every report renders it, line by line. */
export const DIFF = [
  '<details><summary>Changes from the live policy to <code>policy.hujson</code> (+1 -1)</summary>',
  '',
  '```diff',
  '--- live policy',
  '+++ policy.hujson',
  '@@ -1,5 +1,5 @@',
  ' {',
  '   "acls": [',
  '-    {"action": "accept", "src": ["*"], "dst": ["*:*"]},',
  '+    {"action": "accept", "src": ["group:eng"], "dst": ["tag:web:443"]},',
  '   ],',
  ' }',
  '```',
  '',
  '</details>',
];

/** A failing pull-request test with one of everything. */
export function failingTest(): Report {
  return {
    ...emptyReport('test', 'example.com', 'policy.hujson'),
    result: 'failed',
    liveText: LIVE,
    localText: LOCAL,
    manualEdit: true,
    errors: [{ severity: 'error', message: 'unknown group "group:ops"', location: { line: 3, column: 41 } }],
    testFailures: [
      {
        source: 'alice@example.com',
        destination: 'tag:web:443',
        wanted: 'accept',
        got: 'deny',
        message: 'alice@example.com: tag:web:443: wanted accept, got deny',
        location: { line: 12, column: 5 },
      },
    ],
    warnings: [{ severity: 'warning', message: 'tag:old is not used' }],
  };
}

/** A report whose diff (lines of ~400 characters, all changed) and table are beyond GitHub's limit. */
/** An apply that overwrote a live policy matching no version the run could see (a shallow history). */
export function overwroteEdit(): Report {
  return {
    ...emptyReport('apply', 'example.com', 'policy.hujson'),
    result: 'applied',
    applied: true,
    manualEdit: true,
    liveText: LIVE,
    localText: LOCAL,
    origin: { kind: 'unknown', limitation: 'the git history is shallow' },
  };
}

export function hugeTest(failures: number, diffLines: number): Report {
  const lines = (prefix: string): string =>
    Array.from({ length: diffLines }, (_, i) => `  // ${prefix} line ${i} ${'x'.repeat(400)}`).join('\n');
  return {
    ...emptyReport('test', 'example.com', 'policy.hujson'),
    result: 'failed',
    liveText: `${lines('live')}\n`,
    localText: `${lines('local')}\n`,
    testFailures: Array.from({ length: failures }, (_, i) => ({
      source: `user${i}@example.com`,
      destination: `tag:web:${i}`,
      wanted: 'accept',
      got: 'deny',
      message: `user${i}@example.com: tag:web:${i}: wanted accept, got deny`,
      location: { line: i + 1, column: 3 },
    })),
  };
}

/**
 * The HTTP client the GitHub calls go through, as the action makes it, with short waits between
 * retries and `ms` for the whole exchange. Tests close it before the fake, whose close waits for
 * its connections.
 */
export function gitHubHttp(ms = 10_000): HttpClient {
  return createHttpClient({ deadline: Date.now() + ms, backoff: { baseDelayMs: 10, maxDelayMs: 50 } });
}
