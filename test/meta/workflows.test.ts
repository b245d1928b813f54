// Every workflow users or GitHub will run, checked by GitHub's parser with zero errors allowed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownWorkflows, workflowErrors } from './github-parser.js';

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name))
    .sort();

const readme = readFileSync('README.md', 'utf8');
const readmeWorkflows = markdownWorkflows(readme);
const files = [...yamlFiles('.github/workflows'), ...yamlFiles('examples/github')];

describe("GitHub's workflow parser", () => {
  it('finds the workflows to check', () => {
    expect(files).toContain('.github/workflows/ci.yml');
    expect(readmeWorkflows.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('accepts %s', async (file) => {
    expect(await workflowErrors(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(readmeWorkflows.map((workflow) => [workflow.line, workflow.content]))(
    'accepts the workflow at README.md line %i',
    async (line, content) => {
      expect(await workflowErrors(`README.md:${line}`, content as string)).toEqual([]);
    },
  );

  it('reports what GitHub would refuse, so the checks above can fail', async () => {
    const unknownKey =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        bogus: 1\n';
    expect(await workflowErrors('w.yml', unknownKey)).toEqual(["w.yml (Line: 7, Col: 9): Unexpected value 'bogus'"]);
    const badCron =
      "on:\n  schedule:\n    - cron: '61 * * * *'\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n";
    expect((await workflowErrors('w.yml', badCron)).length).toBe(1);
  });

  it('finds only complete workflows in Markdown', () => {
    const markdown = '```yaml\non: push\njobs: {}\n```\n\n```yaml\n- uses: x\n```\n\n```yml\non: push\n```\n';
    expect(markdownWorkflows(markdown)).toEqual([{ line: 1, content: 'on: push\njobs: {}\n' }]);
  });
});
