// Builds the action and the CLI with ncc into one folder (default dist/), starting from an
// empty folder so no stale chunk survives. `npm run build` uses it for dist/; the test suite's
// global setup uses it for a throw-away folder, so end-to-end tests run the current source.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository: the nearest folder up holding src/index.ts (the bench bundles this script). */
function repositoryRoot() {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'src', 'index.ts'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('scripts/build.mjs: cannot find the repository (src/index.ts)');
  }
}

const root = repositoryRoot();
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

function nccBuild(entry, out, extra = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ncc, 'build', entry, '-o', out, '-q', ...extra], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ncc build ${entry} exited with ${code}`))));
  });
}

/** Builds into `out` (absolute, or relative to the repository root). */
export async function build(out) {
  const dir = path.resolve(root, out);
  await rm(dir, { recursive: true, force: true });
  // The two bundles are independent; building them side by side halves the wait on two cores.
  // The action is minified: every workflow run reads and compiles it (ncc minifies index.js
  // only, not its lazy chunks). licenses.txt still names every bundled package.
  await Promise.all([
    nccBuild('src/index.ts', dir, ['--minify', '--license', 'licenses.txt']),
    nccBuild('src/cli.ts', path.join(dir, 'cli')),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  build(process.argv[2] ?? 'dist').catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
