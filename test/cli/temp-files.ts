// A fresh folder for each test of a file, removed after it, and files written into it.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export interface TempFiles {
  /** The current test's folder. */
  readonly dir: string;
  /** Writes `contents` to `name` in the folder, and gives its path. */
  put(name: string, contents: string): Promise<string>;
}

export function useTempFiles(prefix: string): TempFiles {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    async put(name, contents) {
      const path = join(dir, name);
      await writeFile(path, contents);
      return path;
    },
  };
}
