// A seeded generator of random HuJSON documents for property tests: comments in every slot,
// CR/LF mixtures, trailing commas, escapes, non-ASCII text, long lines around the 80-byte
// width, and nesting up to a few levels.

/** mulberry32: a small, fast, reproducible PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WHITESPACE = [' ', '  ', '\t', '\n', '\n\n', '\n\n\n', '\r\n', '\r', '\n\t\t', '\n    '];
const COMMENTS = [
  '// line comment\n',
  '//\n',
  '// trailing spaces  \t\n',
  '// é 日本 😀\u00a0\n',
  '/* block */',
  '/**/',
  '/* a,b ] } */',
  '/*\n * star\n * style\n */',
  '/*\n    indented\n      more\n    */',
  '/* first\n\n   after a blank */',
  '/* x\r\n y */',
];
const STRING_PIECES = [
  'a',
  'b',
  'tag:web',
  'group:eng',
  'alice@example.com',
  '100.64.0.0/10',
  ' ',
  ':',
  'é',
  '日本',
  '😀',
  '\u2028',
  '\\n',
  '\\t',
  '\\"',
  '\\\\',
  '\\/',
  '\\u00e9',
  '\\u0041',
  '\\u001f',
  '\\ud83d\\ude00',
  '\\b',
];
const NUMBERS = ['0', '-0', '1', '42', '-17', '2.5', '1e10', '1E+5', '0.000001', '12345678901234567890', '-0.0'];
const KEYWORDS = ['true', 'false', 'null'];

export interface GeneratorOptions {
  maxDepth: number;
  /** Chance that an extra slot gets whitespace or comments at all. */
  extraChance: number;
  commentChance: number;
}

const DEFAULTS: GeneratorOptions = { maxDepth: 4, extraChance: 0.5, commentChance: 0.25 };

export class HujsonGenerator {
  private readonly random: () => number;
  private readonly options: GeneratorOptions;

  constructor(seed: number, options: Partial<GeneratorOptions> = {}) {
    this.random = seededRandom(seed);
    this.options = { ...DEFAULTS, ...options };
  }

  document(): string {
    return this.extra() + this.value(0) + this.extra();
  }

  private value(depth: number): string {
    const roll = this.random();
    if (depth < this.options.maxDepth && roll < 0.25) return this.object(depth + 1);
    if (depth < this.options.maxDepth && roll < 0.45) return this.array(depth + 1);
    if (roll < 0.75) return this.string();
    if (roll < 0.9) return this.pick(NUMBERS);
    return this.pick(KEYWORDS);
  }

  private object(depth: number): string {
    const members = Array.from(
      { length: this.count(6) },
      () => `${this.extra()}${this.string()}${this.extra()}:${this.extra()}${this.value(depth)}${this.extra()}`,
    );
    return `{${members.join(',')}${this.trailingComma(members.length)}${this.extra()}}`;
  }

  private array(depth: number): string {
    const elements = Array.from({ length: this.count(8) }, () => `${this.extra()}${this.value(depth)}${this.extra()}`);
    return `[${elements.join(',')}${this.trailingComma(elements.length)}${this.extra()}]`;
  }

  private trailingComma(items: number): string {
    return items > 0 && this.random() < 0.3 ? ',' : '';
  }

  private string(): string {
    const pieces = Array.from({ length: this.count(this.random() < 0.1 ? 40 : 6) }, () => this.pick(STRING_PIECES));
    return `"${pieces.join('')}"`;
  }

  private extra(): string {
    if (this.random() >= this.options.extraChance) return '';
    let extra = '';
    for (let n = this.count(3) + 1; n > 0; n--) {
      extra += this.random() < this.options.commentChance ? this.pick(COMMENTS) : this.pick(WHITESPACE);
    }
    return extra;
  }

  private count(max: number): number {
    return Math.floor(this.random() * (max + 1));
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
}
