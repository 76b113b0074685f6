/**
 * A pure function of a string, its results kept: a document asks for the same
 * cells, words and headers again and again (once per row, per check, per
 * construction). Bounded, since a worker reads document after document: when
 * `limit` results are kept, they are let go and gathered anew.
 */
export function memoize<T>(fn: (key: string) => T, limit: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    if (known.size >= limit) known.clear();
    const value = fn(key);
    known.set(key, value);
    return value;
  };
}
