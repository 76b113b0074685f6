/**
 * Adds a value to the list a map holds under its key, in place. Building the
 * list anew at each value ('[...(map.get(key) ?? []), value]') copies it every
 * time: quadratic in the size of a group, and a page or a transcript without
 * pages holds thousands of lines.
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
