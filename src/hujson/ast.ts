// The HuJSON syntax tree. It mirrors Go's github.com/tailscale/hujson value model so that
// formatting can follow that package rule by rule, and it works on bytes because Go does:
// every offset, width and column is a byte count.

/** Where a node starts in the source. `line` and `column` count from 1; `column` counts bytes. */
export interface Position {
  offset: number;
  line: number;
  column: number;
}

/**
 * A run of whitespace and comments, as raw bytes. `undefined` means absent, which differs from
 * empty only for the last member or element: present there means a trailing comma follows.
 */
export type Extra = Uint8Array | undefined;

export interface Literal {
  kind: 'literal';
  /** The raw bytes: a string with its quotes and escapes, a number, true, false or null. */
  bytes: Uint8Array;
}

export interface ObjectMember {
  name: Value;
  value: Value;
}

export interface ObjectNode {
  kind: 'object';
  members: ObjectMember[];
  /** Everything between the last member (or its trailing comma) and `}`. */
  closing: Uint8Array;
}

export interface ArrayNode {
  kind: 'array';
  elements: Value[];
  /** Everything between the last element (or its trailing comma) and `]`. */
  closing: Uint8Array;
}

export interface Value {
  before: Extra;
  node: Literal | ObjectNode | ArrayNode;
  after: Extra;
  /** Position of the first byte of `node` in the parsed source. */
  start: Position;
  /** Byte offset just past the last byte of `node`. */
  end: number;
}
