/** Maps from a key to a list, as the index and the exports build them. */

/** Append `value` to the list under `key`. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Add `value` once under each of `keys` (a key named twice still gets the value once). */
export function pushUnique<K, V>(map: Map<K, V[]>, keys: Iterable<K>, value: V) {
  for (const key of new Set(keys)) push(map, key, value);
}
