// The access plan where users meet it: the pull-request comment and summary, the outputs and
// the JSON file later steps read, the apply summary and the drift issue.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-runner.js';
import { createGitRepo, type GitRepo } from '../support/git-fixture.js';
import { DEFAULT_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { startTailscaleEmulator, type TailscaleEmulator } from '../support/tailscale-emulator.js';
import { POLICY_V1, POLICY_V2, apiInputs } from './helpers.js';

/** alice reaches tag:web on port 80 too: two network changes (tcp and udp). */
const GAINED_80 = [
  {
    change: 'gained',
    kind: 'network',
    src: 'alice@example.com',
    dst: 'tag:web',
    proto: 'tcp',
    ports: '80',
    tested: false,
  },
  {
    change: 'gained',
    kind: 'network',
    src: 'alice@example.com',
    dst: 'tag:web',
    proto: 'udp',
    ports: '80',
    tested: false,
  },
];

let ts: TailscaleEmulator;
let gh: GitHubFake;
let repo: GitRepo;

beforeEach(async () => {
  gh = await startGitHubFake();
  repo = await createGitRepo([
    { message: 'policy', files: { 'policy.hujson': POLICY_V1 } },
    { message: 'open port 80', files: { 'policy.hujson': POLICY_V2 } },
  ]);
});
afterEach(async () => {
  await ts.close();
  await gh.close();
  await repo.remove();
});

function pullRequest(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const head = { sha: repo.shas[1], repo: { full_name: 'octo-org/octo-repo' } };
  const base = { sha: repo.shas[0], repo: { full_name: 'octo-org/octo-repo' } };
  return runAction({
    inputs: { 'github-token': DEFAULT_GITHUB_TOKEN, ...inputs },
    env: { ...gh.actionsEnv(), ...env },
    eventPayload: { pull_request: { number: 3, head, base } },
    cwd: repo.dir,
    keepTemp: true,
  });
}

async function planFile(file: string): Promise<{ against: string; changes: Record<string, unknown>[] }> {
  const json = JSON.parse(await readFile(file, 'utf8')) as { against: string; changes: Record<string, unknown>[] };
  await rm(path.dirname(path.dirname(path.dirname(file))), { recursive: true, force: true });
  return json;
}

describe('the access plan in the action', () => {
  it('is computed against the live policy, counted in the outputs and written as JSON', async () => {
    ts = await startTailscaleEmulator({ policy: POLICY_V1 });
    const result = await pullRequest(apiInputs(ts));
    expect(result.code).toBe(0);
    expect(result.outputs['access-changes']).toBe('2');
    const plan = await planFile(result.outputs['access-plan']!);
    expect(plan.against).toBe('against the live policy');
    expect(plan.changes.map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => k in GAINED_80[0]!)))).toEqual(
      GAINED_80,
    );
    const comment = gh.comments(3)[0]!.body;
    expect(comment).toContain(
      '### Access changes\n\n2 change(s): 2 gained, 0 lost, 2 untested; computed against the live policy.',
    );
    expect(result.summary).toContain('| alice@\u200dexample.com | gains | tag:web tcp:80, udp:80 | **no** |');
  });

  it('without a usable RUNNER_TEMP, leaves access-plan empty with a warning and still passes', async () => {
    ts = await startTailscaleEmulator({ policy: POLICY_V1 });
    const result = await pullRequest(apiInputs(ts), { RUNNER_TEMP: '/nonexistent/runner-temp' });
    expect(result.code).toBe(0);
    expect(result.outputs.result).toBe('passed');
    expect(result.outputs['access-changes']).toBe('2');
    expect(result.outputs['access-plan']).toBe('');
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      `the access plan could not be written in the runner's temp folder (/nonexistent/runner-temp): no such file or directory; "access-plan" is empty`,
    ]);
  });

  it("without credentials, is computed against the base branch's version", async () => {
    ts = await startTailscaleEmulator({ policy: POLICY_V1 });
    const result = await pullRequest({ action: 'test' });
    expect(result.code).toBe(0);
    expect(result.outputs['access-changes']).toBe('2');
    const against = `against the base branch's version (commit ${repo.shas[0]!.slice(0, 12)})`;
    expect((await planFile(result.outputs['access-plan']!)).against).toBe(against);
    expect(gh.comments(3)[0]!.body).toContain(`2 change(s): 2 gained, 0 lost, 2 untested; computed ${against}.`);
  });

  it("in a merge queue, without credentials, is computed against the target branch's commit", async () => {
    // The queue's branch holds the change: against its own history the file would equal itself.
    ts = await startTailscaleEmulator({ policy: POLICY_V1 });
    const queued = (payload: object) =>
      runAction({
        inputs: { 'github-token': DEFAULT_GITHUB_TOKEN, action: 'test' },
        env: gh.actionsEnv(),
        eventName: 'merge_group',
        eventPayload: payload,
        cwd: repo.dir,
        keepTemp: true,
      });
    const result = await queued({ merge_group: { head_sha: repo.shas[1], base_sha: repo.shas[0] } });
    expect([result.code, result.outputs.result, result.outputs['access-changes']]).toEqual([0, 'passed', '2']);
    const against = `against the base branch's version (commit ${repo.shas[0]!.slice(0, 12)})`;
    expect((await planFile(result.outputs['access-plan']!)).against).toBe(against);
    expect(result.summary).toContain(`2 change(s): 2 gained, 0 lost, 2 untested; computed ${against}.`);
    expect(gh.requests.map((r) => r.method)).toEqual([]);
  });

  it('on a push, without credentials, says there is no base to compare with instead of comparing the file with itself', async () => {
    ts = await startTailscaleEmulator({ policy: POLICY_V1 });
    const result = await runAction({
      inputs: { action: 'test' },
      env: gh.actionsEnv(),
      eventName: 'push',
      eventPayload: { before: repo.shas[0], after: repo.shas[1] },
      cwd: repo.dir,
    });
    expect([result.code, result.outputs.result, result.outputs['access-changes']]).toEqual([0, 'passed', '']);
    expect(result.summary).toContain(
      '### Access changes\n\nNo access plan: this "push" event names no base commit (a pull request\'s or a merge ' +
        "queue's) to compare the file with.",
    );
  });

  it('after apply, says what the write changed; in drift, what the edit outside git did', async () => {
    ts = await startTailscaleEmulator({ policy: POLICY_V1 });
    ts.setPolicy(POLICY_V1);
    const applied = await runAction({ inputs: apiInputs(ts, { action: 'apply' }), cwd: repo.dir });
    expect(applied.outputs.result).toBe('applied');
    expect(applied.outputs['access-changes']).toBe('2');
    expect(applied.summary).toContain('computed against the live policy it replaced.');

    ts.setPolicy(POLICY_V2.replace('"tag:web:80"', '"tag:web:80", "tag:web:8080"'));
    const drift = await runAction({
      inputs: { ...apiInputs(ts, { action: 'drift' }), 'github-token': DEFAULT_GITHUB_TOKEN },
      env: gh.actionsEnv(),
      eventName: 'schedule',
      cwd: repo.dir,
    });
    expect(drift.outputs['drift-state']).toBe('drifted');
    const issue = gh.issues()[0]!.body;
    expect(issue).toContain("computed against the repository's version, with the live policy as the new side.");
    expect(issue).toContain('| alice@\u200dexample.com | gains | tag:web tcp:8080, udp:8080 | **no** |');
    // Tests that lock in the edit outside git do not belong in the file, which may be meant to undo it.
    expect(issue).not.toContain('Proposed tests');
    expect(applied.summary).toContain('<details><summary>Proposed tests for the untested changes (1 entry)</summary>');
  });
});
