// @actions/workflow-parser imports its JSON schemas without import attributes, which plain Node
// refuses; inlined (loaded by vite rather than Node) it works. Its published source maps point
// at files the package does not ship, so they are dropped instead of warned about on every run.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vitest/config';

const PACKAGE = '@actions/workflow-parser';

export function workflowParser(): Plugin {
  return {
    name: 'workflow-parser',
    enforce: 'pre',
    config: () => ({ test: { server: { deps: { inline: [PACKAGE] } } } }),
    async load(id) {
      if (!id.includes(`/node_modules/${PACKAGE}/dist/`) || !id.endsWith('.js')) return null;
      return (await readFile(id, 'utf8')).replace(/^\/\/# sourceMappingURL=.*$/m, '');
    },
  };
}
