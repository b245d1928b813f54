// Node module hooks with which the test workers import the TypeScript sources natively, instead
// of through Vite's module runner (vitest.config.ts says why): `./x.js` resolves to `./x.ts` where
// only that exists (the sources import as NodeNext wants them to), and a `.ts` file has its types
// stripped by Vite's own transformer (Oxc), without type checking (`npm test` runs tsc apart).
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, URL } from 'node:url';
import { transformWithOxc } from 'vite';

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith('.') || specifier.startsWith('/');
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !relative || !specifier.endsWith('.js')) throw error;
    return next(`${specifier.slice(0, -3)}.ts`, context);
  }
}

export async function load(url, context, next) {
  const file = new URL(url);
  if (file.protocol !== 'file:') return next(url, context);
  // @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which
  // Node refuses: such a file is given to it as a module whose default export is the JSON.
  if (file.pathname.endsWith('.json') && context.importAttributes?.type === undefined) {
    const json = await readFile(file, 'utf8');
    return { format: 'module', source: `export default ${json};`, shortCircuit: true };
  }
  if (!file.pathname.endsWith('.ts')) return next(url, context);
  const path = fileURLToPath(file);
  const { code, map } = await transformWithOxc(await readFile(path, 'utf8'), path, { sourcemap: true });
  // Inline, so that a failing test's stack points at the TypeScript line.
  const inline = Buffer.from(JSON.stringify(map)).toString('base64');
  return {
    format: 'module',
    source: `${code}\n//# sourceMappingURL=data:application/json;base64,${inline}\n`,
    shortCircuit: true,
  };
}
