import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-runner.js';
import { createGitRepo, type GitRepo } from '../support/git-fixture.js';
import { DEFAULT_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { startTailscaleEmulator, type TailscaleEmulator } from '../support/tailscale-emulator.js';
import { POLICY_V1, POLICY_V2, POLICY_V3, apiInputs, workspaceWith } from './helpers.js';

const EDITED = POLICY_V3.replace('"alice@example.com"]}', '"alice@example.com", "mallory@example.com"]}');

let ts: TailscaleEmulator;
let gh: GitHubFake;
let repo: GitRepo;

beforeEach(async () => {
  ts = await startTailscaleEmulator({ policy: POLICY_V3 });
  gh = await startGitHubFake();
  repo = await createGitRepo([
    { message: 'first policy', files: { 'policy.hujson': POLICY_V1 } },
    { message: 'open port 80', files: { 'policy.hujson': POLICY_V2 } },
    { message: 'reword the comment', files: { 'policy.hujson': POLICY_V3 } },
  ]);
});
afterEach(async () => {
  await ts.close();
  await gh.close();
  await repo.remove();
});

function runDrift(inputs: Record<string, string> = {}) {
  return runAction({
    inputs: { ...apiInputs(ts), action: 'drift', 'github-token': DEFAULT_GITHUB_TOKEN, ...inputs },
    env: gh.actionsEnv(),
    eventName: 'schedule',
    cwd: repo.dir,
  });
}

describe('action: drift', () => {
  it('follows the live policy through in-sync, behind, drifted and back, with one issue', async () => {
    const inSync = await runDrift();
    expect(inSync.code).toBe(0);
    expect(inSync.outputs).toMatchObject({ 'drift-state': 'in-sync', drift: 'false', result: 'no-change' });
    expect(gh.issues()).toEqual([]);

    ts.setPolicy(POLICY_V1);
    const behind = await runDrift();
    expect(behind.code).toBe(0);
    expect(behind.outputs).toMatchObject({ 'drift-state': 'behind', drift: 'true' });
    expect(behind.stdout).toContain(
      `the live policy matches commit ${repo.shas[0]!.slice(0, 12)} (first policy); 2 later commits of ./policy.hujson not applied`,
    );
    expect(gh.issues()).toHaveLength(1);
    const issue = gh.issues()[0]!;
    expect(issue.state).toBe('open');
    expect(issue.labels.map((label) => label.name)).toEqual(['tailscale-policy-drift']);
    expect(issue.body).toContain(repo.shas[0]!.slice(0, 7));
    expect(issue.body).toMatch(/re-run the apply/i);
    expect(behind.summary).toContain('behind');

    ts.setPolicy(EDITED);
    const drifted = await runDrift();
    expect(drifted.outputs).toMatchObject({ 'drift-state': 'drifted', drift: 'true', 'manual-edit': 'true' });
    expect(gh.issues()).toHaveLength(1);
    expect(gh.issues()[0]!.number).toBe(issue.number);
    expect(gh.issues()[0]!.body).toContain('"groups": {"group:eng": ["alice@example.com", "mallory@example.com"]},');

    ts.setPolicy(POLICY_V3);
    const back = await runDrift();
    expect(back.outputs['drift-state']).toBe('in-sync');
    expect(gh.issues()).toHaveLength(1);
    expect(gh.issues()[0]!.state).toBe('closed');
    expect(gh.comments(issue.number)).toHaveLength(1);

    expect(ts.requests.every((request) => request.method === 'GET')).toBe(true);
    expect(ts.writes).toBe(0);
  });

  it('fails the job on drift only with fail-on-drift', async () => {
    ts.setPolicy(EDITED);
    const result = await runDrift({ 'fail-on-drift': 'true', 'drift-issue': 'false' });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ 'drift-state': 'drifted', result: 'failed' });
    expect(gh.requests).toEqual([]);
    expect(ts.requests.every((request) => request.method === 'GET')).toBe(true);
  });

  it('ends an API failure in a clear failure without touching the issue', async () => {
    gh.addIssue({ title: 'Tailscale policy drift', body: 'old', labels: ['tailscale-policy-drift'] });
    ts.fail('GET acl', { status: 500, body: { message: 'internal server error' } });
    const result = await runDrift();
    expect(result.code).toBe(1);
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message:
          'reading the live policy failed with HTTP 500 (internal server error): the Tailscale API had an internal error; try again later',
      },
    ]);
    expect(gh.requests).toEqual([]);
    expect(gh.issues()[0]!.body).toBe('old');
  });

  it('fails clearly, touching no issue, when the history is out of sight', async () => {
    ts.setPolicy(EDITED);
    const result = await runAction({
      inputs: { ...apiInputs(ts), action: 'drift', 'github-token': DEFAULT_GITHUB_TOKEN },
      env: gh.actionsEnv(),
      eventName: 'schedule',
      cwd: await workspaceWith(POLICY_V3),
    });
    expect(result.code).toBe(1);
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message:
          'cannot tell whether the live policy is an older commit or an edit made outside git: the policy file is not in a git checkout, so its history cannot be searched',
      },
    ]);
    expect(result.outputs.result).toBe('failed');
    expect(gh.requests).toEqual([]);
  });
});
