import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertNoSecretLeak, runAction } from '../support/action-runner.js';
import { DEFAULT_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import {
  DEFAULT_API_KEY,
  policyRejection,
  policyWarnings,
  startTailscaleEmulator,
  type TailscaleEmulator,
} from '../support/tailscale-emulator.js';
import { createGitRepo, git, type GitRepo } from '../support/git-fixture.js';
import { POLICY_SSH_OPEN, POLICY_V1, POLICY_V2, SSH_OPEN_FAILURE, apiInputs } from './helpers.js';

function pullRequestEvent(repo: GitRepo, fork: boolean) {
  return {
    pull_request: {
      number: 7,
      head: { sha: repo.shas[1], repo: { full_name: fork ? 'stranger/octo-repo' : 'octo-org/octo-repo' } },
      base: { sha: repo.shas[0], repo: { full_name: 'octo-org/octo-repo' } },
    },
  };
}

let ts: TailscaleEmulator;
let gh: GitHubFake;

beforeEach(async () => {
  ts = await startTailscaleEmulator({ policy: POLICY_V1 });
  gh = await startGitHubFake();
});
afterEach(async () => {
  await ts.close();
  await gh.close();
});

/** The base branch has POLICY_V1 (live); the pull request proposes `policy`. */
async function runOnPullRequest(
  policy: string,
  inputs: Record<string, string> = {},
  fork = false,
  eventName = 'pull_request',
) {
  const repo = await createGitRepo([
    { message: 'policy', files: { 'policy.hujson': POLICY_V1 } },
    { message: 'proposal', files: { 'policy.hujson': policy, 'README.md': 'proposal\n' } },
  ]);
  try {
    return await runAction({
      inputs: { ...apiInputs(ts), 'github-token': DEFAULT_GITHUB_TOKEN, ...inputs },
      env: gh.actionsEnv(),
      eventPayload: pullRequestEvent(repo, fork),
      eventName,
      cwd: repo.dir,
    });
  } finally {
    await repo.remove();
  }
}

describe('pull-request comment, end to end', () => {
  it('posts one comment with the failing tests, then turns the same comment to passing', async () => {
    ts.setValidator(policyRejection('test(s) failed', [{ user: 'alice@example.com', errors: [SSH_OPEN_FAILURE] }]));
    const failing = await runOnPullRequest(POLICY_SSH_OPEN);
    expect(failing.code).toBe(1);
    const comments = gh.comments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toBe(FAILING_COMMENT);
    expect(failing.outputs['comment-url']).toBe(comments[0]!.html_url);

    ts.setValidator(undefined);
    const passing = await runOnPullRequest(POLICY_V2);
    expect(passing.code).toBe(0);
    expect(gh.comments(7)).toHaveLength(1);
    expect(gh.comments(7)[0]!.id).toBe(comments[0]!.id);
    expect(gh.comments(7)[0]!.body).toMatch(/^<!-- tailnet-policy-action: - policy.hujson -->\n\n### ✅ /);
    expect(gh.requestsTo('POST comments')).toHaveLength(1);
    expect(gh.requestsTo('PATCH comment')).toHaveLength(1);
  });

  it('warns reviewers when the live policy was edited outside git', async () => {
    ts.setPolicy(POLICY_V1.replace('"alice@example.com"]}', '"alice@example.com", "mallory@example.com"]}'));
    const result = await runOnPullRequest(POLICY_V2);
    expect(result.outputs['manual-edit']).toBe('true');
    expect(gh.comments(7)[0]!.body).toContain(
      '> [!WARNING]\n> The live policy was edited outside git: applying this PR would overwrite that edit.\n',
    );
  });

  it('ignores a copy of its marker posted by a person, an organisation member included', async () => {
    const planted = gh.addComment(
      7,
      '<!-- tailnet-policy-action: - policy.hujson -->\n\nall good, merge it',
      'mallory',
    );
    expect(planted.author_association).toBe('MEMBER');
    await runOnPullRequest(POLICY_V2);
    const comments = gh.comments(7);
    expect(comments).toHaveLength(2);
    expect(comments[0]!.body).toBe('<!-- tailnet-policy-action: - policy.hujson -->\n\nall good, merge it');
    expect(comments[1]!.body).toMatch(/^<!-- tailnet-policy-action: - policy.hujson -->\n\n### ✅ /);
  });

  it('posts nothing for an unchanged policy with the default on-change', async () => {
    const result = await runOnPullRequest(POLICY_V1);
    expect(result.code).toBe(0);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(result.outputs['comment-url']).toBeUndefined();
  });

  it('keeps the run green when the comment cannot be posted, with a warning', async () => {
    gh.fail('POST comments', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const result = await runOnPullRequest(POLICY_V2);
    expect(result.code).toBe(0);
    expect(result.outputs.result).toBe('passed');
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(/^Could not post the pull-request comment: .*403/),
    ]);
  });

  it('counts the comment warning among the 10 warning annotations GitHub shows a step', async () => {
    gh.fail('POST comments', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const warnings = Array.from({ length: 12 }, (_, i) => `warning ${i}`);
    ts.setValidator(policyWarnings([{ user: 'group:eng', warnings }]));
    const result = await runOnPullRequest(POLICY_V2);
    expect(result.code).toBe(0);
    const shown = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(shown).toEqual([
      expect.stringMatching(/^Could not post the pull-request comment: .*403/),
      ...warnings.slice(0, 8).map((w) => `group:eng: ${w}`),
      'and 4 more warnings, listed in the log (GitHub shows 10 of a kind per step)',
    ]);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('warning: policy.hujson:'))).toEqual(
      warnings.slice(8).map((w) => `warning: policy.hujson:3:14: Policy warning: group:eng: ${w}`),
    );
  });

  const OFFLINE_CHECK =
    "This is the offline check: syntax, validation and the policy's tests, evaluated without the tailnet's devices";

  // A pull request from the repository itself, or any run of pull_request_target, gets the
  // secrets: none means a secret unset or misnamed.
  const MISSING =
    'set "api-key", or "oauth-client-id" with "oauth-secret" or "audience", from a secret: one that is unset or ' +
    'misnamed reads as empty';
  // Only where GitHub withheld the secrets is that a notice: elsewhere a warning, as it likely is a
  // mistake (tailscale/gitops-acl-action fails there).
  it.each([
    ['a fork', true, 'pull_request', 'pull requests from forks get no secrets', 'notice'],
    ['the repository itself', false, 'pull_request', MISSING, 'warning'],
    ['a fork, on pull_request_target', true, 'pull_request_target', MISSING, 'warning'],
  ])(
    'on a pull request from %s without secrets, checks offline and says why the API was not asked',
    async (_name, fork, eventName, why, level) => {
      const result = await runOnPullRequest(POLICY_V2, { 'api-key': '' }, fork, eventName);
      expect(result.code).toBe(0);
      expect(ts.requests).toEqual([]);
      const reason = `no Tailscale credentials were given (${why}). ${OFFLINE_CHECK}`;
      expect(result.annotations).toContainEqual(
        expect.objectContaining({ level, title: 'API checks skipped', message: reason }),
      );
      expect(result.summary).toContain(`**The Tailscale API checks were skipped:** ${reason}.`);
      assertNoSecretLeak(result, [DEFAULT_GITHUB_TOKEN, DEFAULT_API_KEY]);
    },
  );

  it('on a fork pull request without secrets, still fails a test the policy breaks, at its line', async () => {
    const result = await runOnPullRequest(POLICY_SSH_OPEN, { 'api-key': '' }, true);
    expect(result.code).toBe(1);
    expect(ts.requests).toEqual([]);
    expect(result.annotations[0]).toEqual({
      level: 'error',
      title: 'Policy test failed',
      file: 'policy.hujson',
      line: 8,
      col: 5,
      message: `test failed for alice@example.com: ${SSH_OPEN_FAILURE}`,
    });
    expect(gh.comments(7)[0]!.body).toContain(
      '**The Tailscale API checks were skipped:** no Tailscale credentials were given',
    );
  });

  it("in the default one-commit checkout, does not take the pull request's own file for the base branch's", async () => {
    const repo = await createGitRepo([
      { message: 'policy', files: { 'policy.hujson': POLICY_V1 } },
      { message: 'proposal', files: { 'policy.hujson': POLICY_V2 } },
    ]);
    const clone = await mkdtemp(path.join(tmpdir(), 'pr-shallow-'));
    try {
      await git(clone, 'clone', '-q', '--depth=1', `file://${repo.dir}`, '.');
      const result = await runAction({
        inputs: { action: 'test', 'github-token': DEFAULT_GITHUB_TOKEN, comment: 'always' },
        env: gh.actionsEnv(),
        eventPayload: pullRequestEvent(repo, false),
        cwd: clone,
      });
      expect(result.outputs['access-changes']).toBe('');
      const note =
        'No access plan: the base branch has no earlier version of the file that this run can see (the base ' +
        `commit ${repo.shas[0]!.slice(0, 12)} is not in the checkout, so the base branch's versions of ` +
        'the policy file are not visible; use actions/checkout with fetch-depth: 0).';
      expect(gh.comments(7)[0]!.body).toContain(`### Access changes\n\n${note}`);
    } finally {
      await rm(clone, { recursive: true, force: true });
      await repo.remove();
    }
  });
});

/** The fixture's commits are deterministic, so the pull request's head commit is too. */
const HEAD_SHA = '4c6b579c143ebf3ef7817c195a8fe3e73bb799f5';

const FAILING_COMMENT = `<!-- tailnet-policy-action: - policy.hujson -->

### ❌ Policy test failed

Tailnet \`-\` · file [\`./policy.hujson\`](https://github.com/octo-org/octo-repo/blob/${HEAD_SHA}/policy.hujson) · [workflow run](https://github.com/octo-org/octo-repo/actions/runs/1234567890)

### Access changes

2 change(s): 2 gained, 0 lost, 2 untested; computed against the live policy.

| Source | Change | Access | Tested |
| --- | --- | --- | --- |
| alice@‍example.com | gains | tag:web tcp:22,80, udp:22,80 | **no** |

#### Failing test assertions (1)

| Source | Destination or port | Wanted | Got | Test |
| --- | --- | --- | --- | --- |
| alice@‍example.com | tag:web:22 | Drop | Accept | [line 8, column 70](https://github.com/octo-org/octo-repo/blob/${HEAD_SHA}/policy.hujson#L8) |

<details><summary>Changes from the live policy to <code>./policy.hujson</code> (+1 -1)</summary>

\`\`\`diff
--- live policy
+++ ./policy.hujson
@@ -1,9 +1,9 @@
 {
   // Engineers reach the web servers.
   "groups": {"group:eng": ["alice@example.com"]}, "tagOwners": {"tag:web": ["group:eng"]},
   "acls": [
-    {"action": "accept", "src": ["group:eng"], "dst": ["tag:web:443"]},
+    {"action": "accept", "src": ["group:eng"], "dst": ["tag:web:443", "tag:web:80", "tag:web:22"]},
   ],
   "tests": [
     {"src": "alice@example.com", "accept": ["tag:web:443"], "deny": ["tag:web:22"]},
   ],
\`\`\`

</details>
`;
