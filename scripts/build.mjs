// Builds the action and the CLI with ncc into one folder (default dist/), starting from an
// empty folder so no stale chunk survives. `npm run build` uses it for dist/; the test suite's
// global setup uses it for a throw-away folder, so end-to-end tests run the current source.
//
// The action is what every workflow step loads, so it is built lean: CommonJS (Node loads it
// without its ES module loader), minified, its lazy chunks too (ncc minifies index.js only, so
// each chunk goes through ncc once more). licenses.txt names every package either bundle holds,
// read from webpack's module list (ncc's own --license misses concatenated and chunked modules).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
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
const nccCli = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
/** Where a child build leaves the list of the modules it bundled (removed by the parent). */
const MODULE_LIST = '.modules.json';

function nccBuild(entry, out, extra = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nccCli, 'build', entry, '-o', out, '-q', ...extra], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ncc build ${entry} exited with ${code}`))));
  });
}

/**
 * A chunk minified the only way ncc offers: as the entry of a build of its own. Named .cjs, so
 * webpack reads its `exports.modules = ...` as CommonJS (as .js it is taken for an ES module
 * and its exports are lost); ncc then names the result index.cjs.
 */
async function minifyChunk(file) {
  const work = await mkdtemp(path.join(tmpdir(), 'ncc-chunk-'));
  try {
    const entry = path.join(work, 'chunk.cjs');
    await rename(file, entry);
    await nccBuild(entry, path.join(work, 'out'), ['--minify']);
    await rename(path.join(work, 'out', 'index.cjs'), file);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * One bundle as CommonJS, through ncc's API (its command line picks ES modules for this
 * repository, and Node loads CommonJS without its ES module loader: less time and memory at
 * every start). Returns webpack's stats, for licenses.txt.
 */
async function bundle(entry, dir, { minify, mode }) {
  const ncc = createRequire(import.meta.url)(path.join(root, 'node_modules/@vercel/ncc'));
  const { code, assets, stats } = await ncc(path.join(root, entry), { esm: false, minify, quiet: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.js'), code, { mode });
  for (const [name, asset] of Object.entries(assets)) await writeFile(path.join(dir, name), asset.source);
  // The repository's package.json says "module"; this one says the bundle is not.
  await writeFile(path.join(dir, 'package.json'), '{\n  "type": "commonjs"\n}\n');
  if (minify) for (const name of Object.keys(assets)) if (name.endsWith('.js')) await minifyChunk(path.join(dir, name));
  return modulePaths(stats.toJson({ modules: true, nestedModules: true }));
}

/**
 * A bundle built by a child process (this script with --bundle), so the two bundles build on two
 * cores at once; the child leaves its module list in a file beside the bundle for licenses.txt.
 */
function bundleInChild(entry, dir, minify) {
  return new Promise((resolve, reject) => {
    // This script by its path in the repository: the bench bundles build(), so import.meta.url
    // may name the bench's bundle, which must not be run again.
    const script = path.join(root, 'scripts', 'build.mjs');
    const args = [script, '--bundle', entry, dir, minify ? 'minify' : 'plain'];
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`building ${entry} exited with ${code}`));
      const list = path.join(dir, MODULE_LIST);
      readFile(list, 'utf8')
        .then((text) => rm(list).then(() => resolve(JSON.parse(text))))
        .catch(reject);
    });
  });
}

/** Every module path in webpack stats, concatenated modules included. */
function modulePaths(stats) {
  const paths = [];
  const visit = (modules = []) => {
    for (const module of modules) {
      if (module.name) paths.push(module.name);
      visit(module.modules);
    }
  };
  visit(stats.modules);
  return paths;
}

/** The package folders (node_modules/name or node_modules/@scope/name) the modules come from. */
function packageFolders(paths) {
  const folders = new Set();
  for (const name of paths) {
    const match = /^(?:\.\/)?(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(name);
    if (match) folders.add(match[1]);
  }
  return [...folders].sort();
}

async function licenseEntry(folder) {
  const manifest = JSON.parse(await readFile(path.join(root, folder, 'package.json'), 'utf8'));
  const file = (await readdir(path.join(root, folder))).find((name) => /^licen[cs]e/i.test(name));
  const text = file === undefined ? '' : (await readFile(path.join(root, folder, file), 'utf8')).trim();
  return `${manifest.name}@${manifest.version}\n${manifest.license ?? 'UNKNOWN'}\n${text}`;
}

async function writeLicenses(dir, moduleLists) {
  const folders = packageFolders(moduleLists.flat());
  const entries = await Promise.all(folders.map(licenseEntry));
  await writeFile(path.join(dir, 'licenses.txt'), `${[...new Set(entries)].join('\n\n')}\n`);
}

/** Builds into `out` (absolute, or relative to the repository root). */
export async function build(out) {
  const dir = path.resolve(root, out);
  await rm(dir, { recursive: true, force: true });
  // The two bundles are independent; building them side by side halves the wait on two cores.
  // Both are waited for, so a failed one leaves no build still writing after the error. The
  // action is minified (every workflow step compiles it); the CLI is not (its chunks load per
  // command, and a readable stack helps whoever reports a crash).
  const results = await Promise.allSettled([
    bundleInChild('src/index.ts', dir, true),
    bundleInChild('src/cli.ts', path.join(dir, 'cli'), false),
  ]);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  await writeLicenses(
    dir,
    results.map((result) => result.value),
  );
}

/** The child's part: one bundle, and its module list for the parent. */
async function buildOne(entry, dir, minify) {
  // Only the CLI's entry is run directly (npm links it as the `tailnet-policy` command).
  const mode = entry === 'src/cli.ts' ? 0o755 : 0o644;
  const modules = await bundle(entry, dir, { minify: minify === 'minify', mode });
  await writeFile(path.join(dir, MODULE_LIST), JSON.stringify(modules));
}

// Run as a script only when this file itself is the program: the bench bundles build() into its
// own program, which must not build dist/ as it starts.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.join(root, 'scripts', 'build.mjs')) {
  const [first, ...rest] = process.argv.slice(2);
  const work = first === '--bundle' ? buildOne(...rest) : build(first ?? 'dist');
  work.catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
