// action.yml as GitHub loads it, held together with the code that reads the inputs and writes
// the outputs, and with README.md's tables. The lists come from the files, never from here.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUT, readInputs } from '../../src/config/inputs.js';
import { OUTPUT } from '../../src/render/actions/outputs.js';
import { parseActionFile } from './github-parser.js';

const actionYml = readFileSync('action.yml', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const { errors, template } = parseActionFile('action.yml', actionYml);

interface Declared {
  default?: string;
  required: boolean;
}

function declaredInputs(): Map<string, Declared> {
  return new Map(
    (template?.inputs ?? []).map((input) => {
      const declared: Declared = { required: input.required === true };
      if (input.default !== undefined) declared.default = input.default.toString();
      return [input.id, declared];
    }),
  );
}

/** The rows of the Markdown table right under `## <heading>`: first cell (unquoted) to the second. */
function readmeTable(heading: string): Map<string, string> {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));
  return new Map(
    rows.map((row) => {
      const cells = row
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim());
      return [cells[0]!.replace(/^`|`$/g, ''), cells[1]!];
    }),
  );
}

/** README's default cell as action.yml would spell it: `x` is x, empty is none. */
function readmeDefault(cell: string): Declared {
  if (cell === '(required)') return { required: true };
  if (cell === '') return { required: false };
  return { required: false, default: cell.replace(/^`|`$/g, '') };
}

describe('action.yml', () => {
  it("loads with GitHub's parser without errors", () => {
    expect(errors).toEqual([]);
    expect(template?.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync('dist/index.js')).toBe(true);
  });

  it('would fail on the unquoted ": " it once had', () => {
    const broken = actionYml.replace(/description: '(Audience[^']*)'/, 'description: $1');
    expect(broken).not.toBe(actionYml);
    expect(parseActionFile('action.yml', broken).errors[0]).toMatch(
      /^action\.yml: Nested mappings are not allowed in compact mappings at line \d+/,
    );
  });

  it('quotes every value holding ": " or " #", which YAML would read as a mapping or a comment', () => {
    // A ": " is an error GitHub reports; a " #" silently cuts the value short, which no parser reports.
    const risky = actionYml
      .split('\n')
      .map((line, index) => ({ line: index + 1, value: /^\s*[\w-]+: (.*)$/.exec(line)?.[1] ?? '' }))
      .filter(({ value }) => !/^['"]/.test(value) && (value.includes(': ') || value.includes(' #')));
    expect(risky).toEqual([]);
  });

  it('declares exactly the inputs the code reads, and README.md documents them with the same defaults', () => {
    const declared = declaredInputs();
    expect([...declared.keys()].sort()).toEqual(Object.values(INPUT).sort());
    const documented = readmeTable('Inputs');
    expect([...documented.keys()].sort()).toEqual([...declared.keys()].sort());
    for (const [name, input] of declared)
      expect({ name, ...readmeDefault(documented.get(name)!) }).toEqual({ name, ...input });
  });

  it('gives every input the default the code falls back to when it is empty', () => {
    // GitHub passes the declared default when an input is not given; the code sees '' when it
    // is given empty. Both must mean the same. Expression defaults (the token) are GitHub's.
    const declared = declaredInputs();
    const required = [...declared].filter(([, input]) => input.required).map(([name]) => name);
    expect(required).toEqual([INPUT.action]);
    const withDefaults = (name: string) => {
      if (name === INPUT.action) return 'test';
      const value = declared.get(name)?.default ?? '';
      return value.includes('${{') ? '' : value;
    };
    const empty = (name: string) => (name === INPUT.action ? 'test' : '');
    expect(readInputs(withDefaults)).toEqual(readInputs(empty));
  });

  it('declares exactly the outputs the code sets, and README.md documents each', () => {
    const declared = (template?.outputs ?? []).map((output) => output.id).sort();
    expect(declared).toEqual(Object.values(OUTPUT).sort());
    expect([...readmeTable('Outputs').keys()].sort()).toEqual(declared);
  });
});
