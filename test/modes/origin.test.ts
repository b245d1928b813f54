import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/config/inputs.js';
import type { FileHistory, FileVersion } from '../../src/git/history.js';
import { etag } from '../../src/hujson/index.js';
import { findLiveOrigin, HISTORY_LIMIT } from '../../src/modes/origin.js';
import { newFacts } from '../../src/modes/outcome.js';
import { buildReport } from '../../src/report/build.js';
import { describeOrigin, noVersionOf } from '../../src/report/origin.js';

const version = (i: number): string => `{"acls": [], "tagOwners": {"tag:v${i}": []}}\n`;

/** A file with `count` committed versions, newest first, and nothing that limits the history. */
function history(count: number): FileHistory {
  return {
    async *versions(_file, limit) {
      for (let i = 0; i < Math.min(count, limit); i++) {
        const found: FileVersion = { commit: `c${i}`, subject: `v${i}`, behind: i, content: Buffer.from(version(i)) };
        yield await Promise.resolve(found);
      }
    },
    limitation: () => Promise.resolve(undefined),
  };
}

const query = (count: number, live: string) => ({
  liveEtag: etag(live),
  localEtag: etag(version(-1)),
  file: 'policy.hujson',
  history: history(count),
});

describe('findLiveOrigin: the window of versions compared', () => {
  it.each([
    ['fewer versions than the window: none matches', HISTORY_LIMIT - 1, { kind: 'unknown' }],
    ['as many as the window: the file may have more', HISTORY_LIMIT, { kind: 'unknown', compared: HISTORY_LIMIT }],
    ['more than the window', HISTORY_LIMIT + 50, { kind: 'unknown', compared: HISTORY_LIMIT }],
  ])('%s', async (_name, count, origin) => {
    expect(await findLiveOrigin(query(count, '{"acls": []} // edited\n'))).toEqual(origin);
  });

  it('finds the last version inside the window, and none beyond it', async () => {
    const last = HISTORY_LIMIT - 1;
    expect(await findLiveOrigin(query(HISTORY_LIMIT + 1, version(last)))).toEqual({
      kind: 'commit',
      commit: `c${last}`,
      subject: `v${last}`,
      behind: last,
    });
    expect(await findLiveOrigin(query(HISTORY_LIMIT + 1, version(HISTORY_LIMIT)))).toEqual({
      kind: 'unknown',
      compared: HISTORY_LIMIT,
    });
  });
});

describe('what a live policy that matches nothing is said to have been compared with', () => {
  it.each([
    [{ kind: 'unknown' } as const, 'no version of', 'the live policy matches no known version'],
    [
      { kind: 'unknown', compared: 200 } as const,
      'none of the last 200 versions of',
      "the live policy matches no known version (the file's last 200 versions were compared)",
    ],
  ])('%j', (origin, compared, described) => {
    expect(noVersionOf(origin)).toBe(compared);
    expect(describeOrigin(origin, 'policy.hujson')).toBe(described);
  });
});

describe('apply refusing to overwrite a live policy that matched none of the versions compared', () => {
  it.each([
    [{ kind: 'unknown' } as const, 'no version of this file'],
    [{ kind: 'unknown', compared: HISTORY_LIMIT } as const, `none of the last ${HISTORY_LIMIT} versions of this file`],
  ])('%j', (origin, compared) => {
    const inputs: Record<string, string> = { action: 'apply', 'on-manual-edit': 'fail', 'api-key': 'tskey-api-x' };
    const settings = readInputs((name) => inputs[name] ?? '', {});
    const report = buildReport(settings, { kind: 'refused', because: 'fail', facts: { ...newFacts(), origin } });
    expect(report.errors.map((e) => e.message)).toEqual([
      `the live policy was edited outside git (it matches ${compared}), and on-manual-edit is "fail": nothing ` +
        'was applied. Bring the live version into the repository (see the diff in the job summary), or set ' +
        'on-manual-edit: warn to overwrite it',
    ]);
  });
});
