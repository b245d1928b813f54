// The race a merge request could try against the CLI's reading of a file in the checkout: the
// file is a regular file when the CLI checks where it leads, and a link to the runner's secrets
// by the time the CLI opens it. The swap is made deterministic by doing it inside the check.
import fs from 'node:fs';
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.js';
import { readFileArgument, resolveFileArgument } from '../../src/cli/files.js';
import { runFmt } from '../../src/cli/fmt.js';
import { fakeIO } from './fake-io.js';

const SECRET = '{"groups": {"group:leak": ["RUNNER-PRIVATE-KEY@example.com"]}}\n';
const POLICY = '{"acls": []}\n';

let base: string;
let checkout: string;
let secret: string;
const cwd = process.cwd();
const realpathSync = fs.realpathSync;

beforeEach(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'cli-files-')));
  checkout = path.join(base, 'repo');
  await mkdir(path.join(checkout, '.git'), { recursive: true });
  secret = path.join(base, 'secret.hujson');
  await writeFile(secret, SECRET);
  await writeFile(path.join(checkout, 'policy.hujson'), POLICY);
  process.chdir(checkout);
});

afterEach(async () => {
  process.chdir(cwd);
  fs.realpathSync = realpathSync;
  syncBuiltinESMExports();
  await rm(base, { recursive: true, force: true });
});

/** Makes `file` a link to the secret right after the real path of `trigger` has been worked out the `nth` time. */
function swapAfterResolving(file: string, nth = 1, trigger = file): void {
  let seen = 0;
  const patched = (target: fs.PathLike, options?: fs.EncodingOption): string => {
    const real = realpathSync(target, options) as string;
    if (target === trigger && ++seen === nth) {
      fs.unlinkSync(file);
      fs.symlinkSync(secret, file);
    }
    return real;
  };
  fs.realpathSync = Object.assign(patched, { native: realpathSync.native }) as typeof fs.realpathSync;
  syncBuiltinESMExports();
}

describe('reading a file argument in the checkout', () => {
  it('reads the file it checked', () => {
    expect(Buffer.from(readFileArgument('policy.hujson') as Uint8Array).toString()).toBe(POLICY);
  });

  it('refuses a link put in place of the file after the check, and reads none of its target', () => {
    swapAfterResolving(path.join(checkout, 'policy.hujson'));
    expect(readFileArgument('policy.hujson')).toBe(
      'a symbolic link made while it was being read, so it is not read; name the file itself',
    );
  });

  it('fmt -w writes no file through a link put in place of the file after it was checked', async () => {
    await writeFile(path.join(checkout, 'policy.hujson'), '{"acls":[]}');
    // The first resolution is the read's, the second the write's.
    swapAfterResolving(path.join(checkout, 'policy.hujson'), 2);
    const io = fakeIO();
    expect(await runFmt(['-w', 'policy.hujson'], io)).toBe(2);
    expect(io.err()).toBe(
      'tailnet-policy fmt: cannot write policy.hujson: it became a symbolic link after it was checked, ' +
        'so nothing was written\n',
    );
    expect(await readFile(secret, 'utf8')).toBe(SECRET);
  });

  it('fmt -w writes nothing when the file leads out of the checkout by the time it writes', async () => {
    await writeFile(path.join(checkout, 'policy.hujson'), '{"acls":[]}');
    // The checkout is resolved twice per check (as the root, and as the file's folder): once the
    // read's check is done and the write's is under way, the file becomes a link leading out.
    swapAfterResolving(path.join(checkout, 'policy.hujson'), 4, checkout);
    const io = fakeIO();
    expect(await runFmt(['-w', 'policy.hujson'], io)).toBe(2);
    expect(io.err()).toBe(
      `tailnet-policy fmt: cannot write policy.hujson: a symbolic link to a place outside the checkout (${checkout}), ` +
        'so it is not written; name the file itself\n',
    );
    expect(await readFile(secret, 'utf8')).toBe(SECRET);
  });

  it('refuses a link leading out under a name that starts with two dots', async () => {
    await symlink(secret, path.join(checkout, '..policy.hujson'));
    expect(readFileArgument('..policy.hujson')).toBe(
      `a symbolic link to a place outside the checkout (${checkout}), so it is not read; name the file itself`,
    );
  });

  it('takes an absolute path through a link to the checkout for a file inside it', async () => {
    await symlink(secret, path.join(checkout, 'linked.hujson'));
    const alias = path.join(base, 'alias');
    await symlink(checkout, alias);
    expect(readFileArgument(path.join(alias, 'linked.hujson'))).toBe(
      `a symbolic link to a place outside the checkout (${checkout}), so it is not read; name the file itself`,
    );
    // A file outside the checkout is the caller's choice, named directly or through a link.
    expect(Buffer.from(readFileArgument(secret) as Uint8Array).toString()).toBe(SECRET);
  });

  it('reads through a link that stays inside the checkout, at the file it leads to', async () => {
    await symlink(path.join(checkout, 'policy.hujson'), path.join(checkout, 'linked.hujson'));
    expect(Buffer.from(readFileArgument('linked.hujson') as Uint8Array).toString()).toBe(POLICY);
    await unlink(path.join(checkout, 'linked.hujson'));
  });
});

// A merge request can link a folder of the checkout anywhere (`tailscale -> ../other-project`):
// the caller names `tailscale/policy.hujson`, a path inside the checkout, and the file is not read.
describe('a file argument through a folder of the checkout linked out of it', () => {
  let outside: string;
  const refusal = (use = 'read') =>
    `reached through a folder linked to a place outside the checkout (${checkout}), so it is not ${use}; ` +
    'name the file itself';

  beforeEach(async () => {
    outside = path.join(base, 'outside');
    await mkdir(path.join(outside, 'sub'), { recursive: true });
    await writeFile(path.join(outside, 'policy.hujson'), SECRET);
    await writeFile(path.join(outside, 'sub', 'policy.hujson'), SECRET);
    await writeFile(path.join(outside, 'devices.json'), '{"users": [], "devices": []}\n');
    await symlink('../outside', path.join(checkout, 'tailscale'));
    // The caller's own link to the checkout, as /tmp is to /private/tmp on macOS.
    await symlink(checkout, path.join(base, 'alias'));
  });

  it.each([
    ['tailscale/policy.hujson'],
    ['tailscale/sub/policy.hujson'],
    ['./tailscale/../tailscale/policy.hujson'],
    ['<checkout>/tailscale/policy.hujson'],
    ['<base>/alias/tailscale/policy.hujson'],
  ])('refuses %s and reads none of it', (name) => {
    const file = name.replace('<checkout>', checkout).replace('<base>', base);
    expect(readFileArgument(file)).toBe(refusal());
    expect(resolveFileArgument(file, 'written')).toBe(refusal('written'));
  });

  it('fmt neither prints nor rewrites the file, and check refuses it', async () => {
    const io = fakeIO();
    expect(await runFmt(['tailscale/policy.hujson'], io)).toBe(2);
    expect(await runFmt(['-w', 'tailscale/policy.hujson'], io)).toBe(2);
    expect(await runCheck(['tailscale/policy.hujson'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(
      `tailnet-policy fmt: cannot read tailscale/policy.hujson: ${refusal()}\n`.repeat(2) +
        `tailnet-policy check: cannot read tailscale/policy.hujson: ${refusal()}\n`,
    );
    expect(await readFile(path.join(outside, 'policy.hujson'), 'utf8')).toBe(SECRET);
  });

  it('check --devices refuses a tailnet description in the linked folder', async () => {
    const io = fakeIO();
    expect(await runCheck(['policy.hujson', '--devices', 'tailscale/devices.json'], io)).toBe(2);
    expect(io.err()).toBe(`tailnet-policy check: cannot read --devices tailscale/devices.json: ${refusal()}\n`);
  });

  it('reads the same file named outside the checkout, by a ../ or an absolute path: the caller chose it', () => {
    for (const file of ['../outside/policy.hujson', path.join(outside, 'policy.hujson')]) {
      expect(resolveFileArgument(file)).toEqual({ path: file, resolved: false });
      expect(Buffer.from(readFileArgument(file) as Uint8Array).toString()).toBe(SECRET);
    }
  });

  it('reads through a folder linked inside the checkout, at the file it leads to', async () => {
    await mkdir(path.join(checkout, 'real'));
    await writeFile(path.join(checkout, 'real', 'policy.hujson'), POLICY);
    await symlink('real', path.join(checkout, 'linked'));
    const real = path.join(checkout, 'real', 'policy.hujson');
    for (const file of ['linked/policy.hujson', path.join(base, 'alias', 'linked', 'policy.hujson')]) {
      expect(resolveFileArgument(file)).toEqual({ path: real, resolved: true });
      expect(Buffer.from(readFileArgument(file) as Uint8Array).toString()).toBe(POLICY);
    }
  });
});
