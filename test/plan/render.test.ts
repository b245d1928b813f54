import { describe, expect, it } from 'vitest';
import { computeAccessPlan, renderPlanMarkdown, renderPlanText } from '../../src/plan/index.js';
import { planOf } from './helpers.js';

const TAGS = { 'tag:db': [], 'tag:server': [] };

describe('renderings', () => {
  const before = {
    tagOwners: TAGS,
    acls: [],
    ssh: [{ action: 'accept', src: ['alice@example.com'], dst: ['tag:server'], users: ['root'] }],
  };
  const after = {
    tagOwners: TAGS,
    acls: [{ action: 'accept', src: ['*'], dst: ['autogroup:internet:443'], proto: 'tcp' }],
    ssh: [{ action: 'check', src: ['alice@example.com'], dst: ['tag:server'], users: ['root'] }],
  };

  it('text: highlights first, an SSH action swap said once', () => {
    const text = renderPlanText(planOf(before, after));
    expect(text.split('\n').slice(0, 9)).toEqual([
      'Access plan: before.hujson → after.hujson (offline, no tailnet given)',
      '',
      'Highlights:',
      '  ! opens access from * to autogroup:internet (icmp, tcp:443)',
      '  ! opens access to the internet (autogroup:internet) for 100.115.94.0-100.127.255.255, ' +
        '100.64.0.0-100.115.91.255, alice@example.com, any other user (another-user@example.com), ' +
        'fd7a:115c:a1e0::/48 and 2 more',
      '',
      '100.115.94.0-100.127.255.255',
      '  + autogroup:internet (IPv4) icmp, tcp:443',
      '',
    ]);
    expect(text).toContain(
      'alice@example.com\n  + autogroup:internet icmp, tcp:443\n' +
        '  ~ ssh to tag:server as root: accept → check (12h)\n',
    );
  });

  it('Markdown, brief: the summary, where the rest is, and the highlights only', () => {
    const md = renderPlanMarkdown(planOf(before, after), 'against the live policy', { elsewhere: 'See the summary.' });
    const [heading, line, alert] = md.split('\n\n');
    expect(heading).toBe('### Access changes');
    expect(line).toBe(
      '16 change(s): 15 gained, 1 lost, 13 untested, 31 undecided offline; computed against the live policy. Left ' +
        'out here: the changes, the differences undecided offline and the proposed tests. See the summary.',
    );
    expect(alert).toMatch(/^> \[!WARNING\]\n> - opens access from \\\* to autogroup:internet/);
    expect(md).not.toContain('| Source |');
    expect(md.split('\n\n')).toHaveLength(3);
  });

  it('Markdown, brief: says what it left out, and that the plan was evaluated on the tailnet', () => {
    const plan = planOf(before, after);
    const brief = (p: typeof plan) => renderPlanMarkdown(p, 'against X', { elsewhere: 'See Y.' }).split('\n\n')[1];
    expect(brief({ ...plan, mode: 'topology', undecided: [], proposed: { tests: [], sshTests: [] } })).toBe(
      '16 change(s): 15 gained, 1 lost, 13 untested; computed against X, evaluated on the given tailnet. Left out ' +
        'here: the changes. See Y.',
    );
    expect(brief({ ...plan, changes: [], proposed: { tests: [], sshTests: [] } })).toBe(
      '0 change(s): 0 gained, 0 lost, 0 untested, 31 undecided offline; computed against X. Left out here: the ' +
        'differences undecided offline. See Y.',
    );
  });

  it('Markdown, brief: an edit outside the plan alone reads as no access change, with its highlight', () => {
    const owners = { ...TAGS, 'tag:db': ['alice@example.com'] };
    const plan = planOf({ tagOwners: TAGS, acls: [] }, { tagOwners: owners, acls: [] });
    expect(renderPlanMarkdown(plan, 'against X', { elsewhere: 'See Y.' }).split('\n\n')).toEqual([
      '### Access changes',
      'No access changes against X. See Y.',
      '> [!WARNING]\n> - edits tagOwners of tag:db, which the plan does not turn into access changes; review them',
    ]);
  });

  it('Markdown: escaped, with the proposed tests in a collapsed code block', () => {
    const md = renderPlanMarkdown(
      planOf(
        { tagOwners: TAGS, acls: [] },
        {
          tagOwners: TAGS,
          acls: [{ action: 'accept', src: ['a_b@example.com'], dst: ['tag:db:5432'], proto: 'tcp' }],
        },
      ),
      "against the base branch's version",
    );
    expect(md).toBe(
      [
        '### Access changes',
        '',
        "2 change(s): 2 gained, 0 lost, 2 untested; computed against the base branch's version.",
        '',
        '| Source | Change | Access | Tested |',
        '| --- | --- | --- | --- |',
        '| a\\_b@\u200dexample.com | gains | tag:db icmp, tcp:5432 | **no** |',
        '',
        '<details><summary>Proposed tests for the untested changes (2 entries)</summary>',
        '',
        '```jsonc',
        '"tests": [',
        '  {"src": "a_b@example.com", "proto": "icmp", "accept": ["tag:db:0"]},',
        '  {"src": "a_b@example.com", "proto": "tcp", "accept": ["tag:db:5432"]},',
        '],',
        '```',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  it('Markdown without changes says so, naming what it was computed against', () => {
    expect(renderPlanMarkdown(planOf({ acls: [] }, { acls: [] }), 'against the live policy')).toBe(
      '### Access changes\n\nNo access changes against the live policy.',
    );
  });
});

describe('a plan of 48,400 SSH changes from a rule of 220 users and 220 logins', () => {
  // Pairing each gained SSH action with a lost one, and the proposed tests, used to search every
  // change for each change, after the plan's deadline had been checked: here 7 to 17 s (minutes
  // for a larger rule), now about a second, up to three on a busy machine. The bound, the suite's
  // 20 s, is for a hang, not a speed figure.
  const rule = {
    action: 'accept',
    src: Array.from({ length: 220 }, (_, i) => `u${i}@example.com`),
    dst: ['tag:server'],
    users: Array.from({ length: 220 }, (_, i) => `l${i}`),
  };
  const withRule = { tagOwners: TAGS, ssh: [rule] };
  const without = { tagOwners: TAGS };

  it.each([
    [
      'gained',
      without,
      withRule,
      '48400 change(s): 48400 gained, 0 lost, 48400 untested, 48400 undecided offline',
      'accept',
    ],
    [
      'lost',
      withRule,
      without,
      '48400 change(s): 0 gained, 48400 lost, 48400 untested, 48400 undecided offline',
      'deny',
    ],
  ])('%s: rendered and proposed in time', (_name, before, after, summary, kind) => {
    const plan = planOf(before, after);
    const text = renderPlanText(plan);
    expect(text.trimEnd().split('\n').at(-1)).toBe(summary);
    expect(renderPlanMarkdown(plan, 'against the base').length).toBeGreaterThan(0);
    expect(plan.proposed.sshTests).toHaveLength(220);
    expect(plan.proposed.sshTests[0]).toEqual({
      src: 'u0@example.com',
      dst: ['tag:server'],
      [kind]: [...rule.users].sort(),
    });
  });
});

describe('a plan of 3,000 Taildrive grants, each share renamed', () => {
  // Each app capability value is a channel of its own, and each channel used to look at every
  // atom of the tailnet: 3,000 values took 15 s (6,000: 53 s). Now a channel that names only
  // users, groups and tags looks at the atoms it names. The bound is for a hang, not a speed figure.
  const grants = (suffix: string): object => ({
    tagOwners: TAGS,
    grants: Array.from({ length: 3_000 }, (_, i) => ({
      src: [`u${i}@example.com`],
      dst: ['tag:server'],
      app: { 'tailscale.com/cap/drive': [{ shares: [`s${i}${suffix}`] }] },
    })),
  });

  it('says each value lost and gained, in time', () => {
    const plan = planOf(grants('a'), grants('b'));
    expect(renderPlanText(plan).trimEnd().split('\n').at(-1)).toBe(
      '6000 change(s): 3000 gained, 3000 lost, 0 untested',
    );
    expect(plan.changes.filter((c) => c.src === 'u7@example.com').map((c) => [c.change, c.value])).toEqual([
      ['gained', '{"shares":["s7b"]}'],
      ['lost', '{"shares":["s7a"]}'],
    ]);
  });
});

describe('hostile names in the renderings', () => {
  it('text: a NUL in a name cannot stand in for the states of an undecided difference', () => {
    const login = 'alice@example.com\u0000 before denied, after denied \u0000';
    const rule = { action: 'accept', src: [login], dst: ['db:22'] };
    const common = { postures: { 'posture:ok': ["node:os == 'linux'"] }, hosts: { db: '100.64.0.5' } };
    const text = renderPlanText(
      planOf({ ...common, acls: [rule] }, { ...common, acls: [{ ...rule, srcPosture: ['posture:ok'] }] }),
    );
    expect(text.split('\n').filter((line) => line.includes('db (100.64.0.5)'))).toEqual([
      `  alice@example.com\u0000 before denied, after denied \u0000 → db (100.64.0.5) icmp, tcp:22, udp:22: ` +
        "before allowed, after depends on the tailnet and on posture:ok (node:os == 'linux')",
    ]);
  });

  it('text: a line break in a name or a file name is shown as its escape, never a line of its own', () => {
    const after = {
      hosts: { 'web\n::error::x': '100.64.0.5' },
      acls: [{ action: 'accept', src: ['a\n::error::y@example.com'], dst: ['web\n::error::x:443'], proto: 'tcp' }],
    };
    const plan = computeAccessPlan(
      { name: 'before.hujson', source: '{"acls": []}' },
      { name: 'evil\r\n::error::z.hujson', source: JSON.stringify(after) },
    );
    expect(renderPlanText(plan).split('\n').slice(0, 5)).toEqual([
      'Access plan: before.hujson → evil\\r\\n::error::z.hujson (offline, no tailnet given)',
      '',
      'a\\n::error::y@example.com',
      '  + web\\n::error::x (100.64.0.5) icmp, tcp:443',
      '',
    ]);
  });

  it('shows a login that differs from another only by an invisible character for what it is', () => {
    const dst = ['tag:db:5432'];
    const acls = [
      { action: 'accept', src: ['alice@example.com'], dst, proto: 'tcp' },
      { action: 'accept', src: ['ali\u200bce@example.com'], dst, proto: 'tcp' },
    ];
    const plan = planOf({ tagOwners: TAGS, acls: [] }, { tagOwners: TAGS, acls });
    const text = renderPlanText(plan);
    expect(text).toContain('\nali⟨U+200B⟩ce@example.com\n  + tag:db icmp, tcp:5432\n');
    expect(text).toContain('  {"src": "ali\\u200bce@example.com", "proto": "tcp", "accept": ["tag:db:5432"]},\n');
    const markdown = renderPlanMarkdown(plan, 'against the base');
    expect(markdown).toContain('| ali⟨U+200B⟩ce@\u200dexample.com | gains |');
    expect(markdown).toContain('{"src": "ali\\u200bce@example.com", "proto": "tcp", "accept": ["tag:db:5432"]},');
  });

  it('proposes a test for a login holding a bidirectional control with the control escaped, ready to paste', () => {
    // Shown by name, `⟨U+202E⟩`, the pasted test named another user.
    const acls = [{ action: 'accept', src: ['bo\u202eb@example.com'], dst: ['tag:db:5432'], proto: 'tcp' }];
    const plan = planOf({ tagOwners: TAGS, acls: [] }, { tagOwners: TAGS, acls });
    const text = renderPlanText(plan);
    // The text leaves the control to the CLI's output, which shows it by name (cli/io.ts).
    expect(text).toContain('\nbo\u202eb@example.com\n  + tag:db icmp, tcp:5432\n');
    expect(text).toContain('  {"src": "bo\\u202eb@example.com", "proto": "tcp", "accept": ["tag:db:5432"]},\n');
    const markdown = renderPlanMarkdown(plan, 'against the base');
    expect(markdown).toContain('{"src": "bo\\u202eb@example.com", "proto": "tcp", "accept": ["tag:db:5432"]},');
  });

  it('Markdown: the changes table stops at a megabyte of rows and counts the rest', () => {
    // 4,000 hosts of 250-character names, each gained by one user: a row of about 300 characters each.
    const hosts = Object.fromEntries(
      Array.from({ length: 4_000 }, (_, i) => [
        `h${String(i).padStart(250, '0')}`,
        `100.64.${i >> 7}.${(i & 127) * 2}`,
      ]),
    );
    const dst = Object.keys(hosts).map((host) => `${host}:22`);
    const after = { hosts, acls: [{ action: 'accept', src: ['u@example.com'], dst, proto: 'tcp' }] };
    const markdown = renderPlanMarkdown(planOf({ hosts, acls: [] }, after), 'against the base');
    expect(markdown).toContain('<details><summary>8000 access changes</summary>');
    expect(markdown.split('\n').filter((line) => line.startsWith('|  | gains | h0'))).toHaveLength(3_445);
    expect(markdown).toContain('\n\n… and 554 more rows (the JSON plan lists them all).\n\n</details>');
  });

  it('Markdown: a collapsed table is titled with the changes the summary counts, not its rows', () => {
    // 16 hosts gained on TCP and UDP port 22, and ICMP with them: 16 rows, each holding three changes.
    const hosts = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`h${i}`, `100.64.0.${i + 1}`]));
    const after = { hosts, grants: [{ src: ['u@example.com'], dst: Object.keys(hosts), ip: ['tcp:22', 'udp:22'] }] };
    const markdown = renderPlanMarkdown(planOf({ hosts, acls: [] }, after), 'against the base');
    expect(markdown).toContain('48 change(s): 48 gained, 0 lost, 48 untested; computed against the base.');
    expect(markdown).toContain('<details><summary>48 access changes</summary>');
    expect(
      markdown.split('\n').filter((line) => / h\d+ \(100\.64\.0\.\d+\) icmp, tcp:22, udp:22 /.test(line)),
    ).toHaveLength(16);
  });

  it('Markdown: the proposed tests stop at a megabyte of entries and count the rest', () => {
    const plan = planOf({ acls: [] }, { acls: [{ action: 'accept', src: ['u@example.com'], dst: ['10.0.0.1:22'] }] });
    const entry = (size: number) => ({ src: 'x'.repeat(size), accept: ['10.0.0.1:22'] });
    const proposed = (sizes: number[]) =>
      renderPlanMarkdown({ ...plan, proposed: { tests: sizes.map(entry), sshTests: [] } }, 'against the base');
    const two = proposed([500_000, 500_000, 500_000]);
    const line = `  {"src": "${'x'.repeat(500_000)}", "accept": ["10.0.0.1:22"]},`;
    expect(two).toContain(`\`\`\`jsonc\n"tests": [\n${line}\n${line}\n],\n\`\`\``);
    expect(two).toContain('```\n\n… and 1 more entry (the JSON plan lists them all).\n\n</details>');
    // One entry over the limit on its own leaves no code block, only the count.
    expect(proposed([2_000_000])).toContain(
      '<details><summary>Proposed tests for the untested changes (1 entry)</summary>\n\n' +
        '… and 1 more entry (the JSON plan lists them all).\n\n</details>',
    );
  });
});
