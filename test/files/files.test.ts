import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  realpath,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { promises } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingName } from '../../src/config/settings.js';
import { ActionError, PolicyFileError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/files/atomic-write.js';
import { readCachedEtag, writeCachedEtag } from '../../src/files/cache-file.js';
import { readLocalPolicy } from '../../src/files/local-policy.js';

const HEX = 'a'.repeat(64);
const POLICY_FILE = settingName('action', 'policy-file');
const CACHE_FILE = settingName('action', 'cache-file');
let dir: string;

beforeEach(async () => {
  dir = await realpath(await mkdtemp(path.join(tmpdir(), 'files-')));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('version cache', () => {
  it('is written at the path it checked: a link made there after the check is refused', async () => {
    const outside = path.join(dir, 'outside.json');
    await writeFile(outside, 'kept');
    const cache = path.join(dir, 'ws', 'cache.json');
    await mkdir(path.dirname(cache));
    // The check resolves the workspace, then the cache's folder: the link comes right after.
    const original = promises.realpath;
    let calls = 0;
    promises.realpath = (async (...args: Parameters<typeof original>) => {
      const real = await original(...args);
      if (++calls === 2) await symlink(outside, cache);
      return real;
    }) as typeof original;
    syncBuiltinESMExports();
    try {
      await expect(writeCachedEtag(cache, HEX, path.dirname(cache))).rejects.toThrow(
        'it became a symbolic link after it was checked, so nothing was written',
      );
    } finally {
      promises.realpath = original;
      syncBuiltinESMExports();
    }
    expect(await readFile(outside, 'utf8')).toBe('kept');
  });

  it('reads and writes the gitops-pusher format', async () => {
    const file = path.join(dir, 'version-cache.json');
    expect(await readCachedEtag(file, dir, CACHE_FILE)).toEqual({});
    await writeCachedEtag(file, HEX, dir);
    expect(await readFile(file, 'utf8')).toBe(`{"PrevETag":"${HEX}"}\n`);
    expect(await readCachedEtag(file, dir, CACHE_FILE)).toEqual({ etag: HEX });
    expect(await readdir(dir)).toEqual(['version-cache.json']);
  });

  it('keeps no cache when the path is empty', async () => {
    await writeCachedEtag('', HEX, dir);
    expect(await readCachedEtag('', dir, CACHE_FILE)).toEqual({});
    expect(await readdir(dir)).toEqual([]);
  });

  it.each(['not json', '{}', '{"PrevETag": 5}', '{"PrevETag": "abc"}'])('rejects %j with a fix', async (content) => {
    const file = path.join(dir, 'version-cache.json');
    await writeFile(file, content);
    await expect(readCachedEtag(file, dir, CACHE_FILE)).rejects.toThrow(
      new ActionError(
        `${file}: not a version cache; expected {"PrevETag": "<64 hex digits>"}; delete the file and re-run`,
      ),
    );
  });
});

describe('writeFileAtomic', () => {
  it('creates a new file with the usual permissions and keeps an existing mode', async () => {
    const file = path.join(dir, 'a.txt');
    await writeFileAtomic(file, 'one');
    const plain = path.join(dir, 'plain.txt');
    await writeFile(plain, 'written the ordinary way');
    expect((await stat(file)).mode & 0o777).toBe((await stat(plain)).mode & 0o777);
    await rm(plain);
    await chmod(file, 0o640);
    await writeFileAtomic(file, 'two');
    expect(await readFile(file, 'utf8')).toBe('two');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('given a real path already checked, refuses a link found there and writes nothing through it', async () => {
    const outside = path.join(dir, 'outside.txt');
    await writeFile(outside, 'kept');
    const file = path.join(dir, 'policy.hujson');
    await symlink(outside, file);
    await expect(writeFileAtomic(file, 'new', { resolved: true })).rejects.toThrow(
      'it became a symbolic link after it was checked, so nothing was written',
    );
    expect(await readFile(outside, 'utf8')).toBe('kept');
    expect((await readdir(dir)).sort()).toEqual(['outside.txt', 'policy.hujson']);
    // Without `resolved`, a link is followed, as fmt -w does for a link the caller named.
    await writeFileAtomic(file, 'new');
    expect([await readFile(outside, 'utf8'), (await lstat(file)).isSymbolicLink()]).toEqual(['new', true]);
  });
});

describe('readLocalPolicy', () => {
  it('says a missing file is missing, and where to change the path', async () => {
    const file = path.join(dir, 'missing.hujson');
    await expect(readLocalPolicy(file, dir, POLICY_FILE)).rejects.toThrow(
      new PolicyFileError('no such file; check the "policy-file" input', file),
    );
    await expect(readLocalPolicy(file, dir, POLICY_FILE)).rejects.toThrow(
      `${file}: no such file; check the "policy-file" input`,
    );
  });

  it('says a directory is not a file', async () => {
    const sub = path.join(dir, 'sub');
    await mkdir(sub);
    await expect(readLocalPolicy(sub, dir, POLICY_FILE)).rejects.toThrow(
      new PolicyFileError(
        `is a directory, not a regular file; the "policy-file" input must name a regular file inside the workspace (${dir})`,
        sub,
      ),
    );
  });

  it('names the line and column of a syntax error', async () => {
    const file = path.join(dir, 'policy.hujson');
    await writeFile(file, '{\n  "acls": [}\n');
    await expect(readLocalPolicy(file, dir, POLICY_FILE)).rejects.toThrow(
      `${file}:2:12: invalid character '}' at start of value`,
    );
  });

  it.each([
    ['{}\n// last line', '2:1', 'a // comment needs a newline after it: end the file with one'],
    ['{} /* open', '1:4', 'a /* comment needs its closing */'],
  ])('says how to end a comment left open: %j', async (text, at, hint) => {
    const file = path.join(dir, 'policy.hujson');
    await writeFile(file, text);
    await expect(readLocalPolicy(file, dir, POLICY_FILE)).rejects.toThrow(
      `${file}:${at}: parsing comment: unexpected EOF; ${hint}`,
    );
  });

  it('shows at most 1,000 characters of a bad token, which Go quotes whole, and keeps a character whole', async () => {
    const file = path.join(dir, 'policy.hujson');
    // A string broken by a line feed is quoted whole. 'invalid literal: "' is 18 characters, so the
    // 1,000th falls on the first half of the emoji's surrogate pair.
    const token = `"${'x'.repeat(982)}😀${'y'.repeat(100_000)}\n"`;
    await writeFile(file, `{"a": ${token}}`);
    const error = (await readLocalPolicy(file, dir, POLICY_FILE).then(
      () => undefined,
      (e: unknown) => e,
    )) as PolicyFileError;
    expect(error.message).toBe(
      `${file}:1:7: invalid literal: "${'x'.repeat(982)}… (${17 + token.length} characters in all)`,
    );
    expect((error.cause as Error).message).toBe(`invalid literal: ${token}`);
  });

  it('refuses a byte-order mark, saying how to fix it', async () => {
    const file = path.join(dir, 'policy.hujson');
    await writeFile(file, '\ufeff{}\n');
    await expect(readLocalPolicy(file, dir, POLICY_FILE)).rejects.toThrow(
      `${file}:1:1: the file starts with a byte-order mark, which HuJSON does not allow; save it as UTF-8 without BOM`,
    );
  });

  it('refuses bytes that are not UTF-8 at their line and column, since the API would not keep them', async () => {
    const file = path.join(dir, 'policy.hujson');
    await writeFile(
      file,
      Buffer.concat([
        Buffer.from('{\n  "groups": {"group:x": ["caf'),
        Buffer.from([0xe9]),
        Buffer.from('@example.com"]},\n}\n'),
      ]),
    );
    await expect(readLocalPolicy(file, dir, POLICY_FILE)).rejects.toThrow(
      `${file}:2:30: byte 0xe9 is not valid UTF-8; save the file as UTF-8`,
    );
  });
});
