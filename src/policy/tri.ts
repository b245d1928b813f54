// Three-valued logic for symbolic evaluation: `unknown` means "depends on the tailnet".

export type Tri = 'yes' | 'no' | 'unknown';

export function or(a: Tri, b: Tri): Tri {
  if (a === 'yes' || b === 'yes') return 'yes';
  return a === 'unknown' || b === 'unknown' ? 'unknown' : 'no';
}

export function and(a: Tri, b: Tri): Tri {
  if (a === 'no' || b === 'no') return 'no';
  return a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes';
}

export function fromBool(value: boolean): Tri {
  return value ? 'yes' : 'no';
}

export function not(a: Tri): Tri {
  return a === 'yes' ? 'no' : a === 'no' ? 'yes' : 'unknown';
}
