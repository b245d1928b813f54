// Maps of lists, of sets and of numbers, built by adding: the engine and the plan index many things by a key so.

/** Appends `value` to the list `map` keeps for `key`, starting one when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Adds `value` to the set `map` keeps for `key`, starting one when there is none. */
export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}

/** The number `numbers` gives `key`: the next one (0, 1, 2...) for a key it has not seen. */
export function numberOf<K>(numbers: Map<K, number>, key: K): number {
  let number = numbers.get(key);
  if (number === undefined) numbers.set(key, (number = numbers.size));
  return number;
}
