import { describe, expect, it } from 'vitest';
import { computeAccessPlan, renderPlanText } from '../../src/plan/index.js';
import { emptyReport, type Report } from '../../src/report/model.js';
import { renderText } from '../../src/render/cli/text.js';

const E = 'e'.repeat(64);
const L = 'f'.repeat(64);

it.each<[string, Report, string]>([
  [
    'a passing test',
    { ...emptyReport('test', '-', 'policy.hujson'), localEtag: L, controlEtag: E },
    `test passed: tailnet -, policy.hujson (local ETag ffffffffffff, live eeeeeeeeeeee)\n`,
  ],
  [
    'an API failure, which has no line',
    {
      ...emptyReport('test', '-', 'policy.hujson'),
      result: 'failed',
      errors: [{ severity: 'error', message: 'reading the live policy failed with HTTP 401' }],
    },
    'error: reading the live policy failed with HTTP 401\ntest FAILED: tailnet -, policy.hujson\n',
  ],
  [
    'an apply over a manual edit, which keeps the old text in the output',
    {
      ...emptyReport('apply', 'example.com', 'p.hujson'),
      result: 'applied',
      applied: true,
      manualEdit: true,
      liveText: '{"acls": []}\n',
      origin: { kind: 'unknown' },
      localEtag: L,
      controlEtag: L,
    },
    'warning: the live policy matched no known version and was overwritten; it was:\n{"acls": []}\nnote: the live policy matches no known version\napply applied: tailnet example.com, p.hujson (local ETag ffffffffffff, live ffffffffffff)\n',
  ],
  [
    'drift behind',
    {
      ...emptyReport('drift', '-', 'policy.hujson'),
      result: 'passed',
      drift: 'behind',
      origin: { kind: 'commit', commit: 'c'.repeat(40), subject: 'tighten', behind: 2 },
      warnings: [{ severity: 'warning', message: 'drift: the repository has changes that were never applied' }],
    },
    'policy.hujson: warning: drift: the repository has changes that were never applied\nnote: the live policy matches commit cccccccccccc (tighten); 2 later commits of policy.hujson not applied\ndrift: behind\ndrift found: the live policy is behind git: tailnet -, policy.hujson\n',
  ],
])('%s', (_name, report, text) => {
  expect(renderText(report)).toBe(text);
});

it('names the copy kept before a write that may not have landed', () => {
  const report: Report = {
    ...emptyReport('apply', 'example.com', 'p.hujson'),
    result: 'failed',
    manualEdit: true,
    liveText: '{"acls": []}\n',
    origin: { kind: 'unknown' },
    errors: [{ severity: 'error', message: 'the write may or may not have landed' }],
  };
  expect(renderText(report, 'saved byte for byte in /tmp/x/overwritten-policy.hujson')).toBe(
    'error: the write may or may not have landed\n' +
      'note: the live policy this run was about to overwrite: saved byte for byte in /tmp/x/overwritten-policy.hujson\n' +
      'note: the live policy matches no known version\n' +
      'apply FAILED: tailnet example.com, p.hujson\n',
  );
});

describe('the access plan in the CLI text', () => {
  it('follows the findings, with what it was computed against', () => {
    const before =
      '{"acls": [{"action": "accept", "src": ["alice@example.com"], "dst": ["tag:web:443"]}], "tagOwners": {"tag:web": []}}';
    const after = before.replace('"tag:web:443"', '"tag:web:443", "tag:web:80"');
    const plan = computeAccessPlan({ name: 'live policy', source: before }, { name: 'policy.hujson', source: after });
    const report = { ...emptyReport('test', '-', 'policy.hujson'), plan: { plan, against: 'against the live policy' } };
    expect(renderText(report)).toBe(
      `${renderPlanText(plan).trimEnd()}\n(computed against the live policy)\ntest passed: tailnet -, policy.hujson\n`,
    );
    expect(renderPlanText(plan)).toContain('alice@example.com\n  + tag:web tcp:80, udp:80');
  });

  it('says why there is no plan', () => {
    const report = {
      ...emptyReport('test', '-', 'p.hujson'),
      planNote: 'no access plan: the proposed policy has errors',
    };
    expect(renderText(report)).toBe(
      'note: no access plan: the proposed policy has errors\ntest passed: tailnet -, p.hujson\n',
    );
  });
});
