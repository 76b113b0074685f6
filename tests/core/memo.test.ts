import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/core/memo.js';

describe('memoize', () => {
  it('computes a key once and gives the same result again, null and 0 included', () => {
    const seen: string[] = [];
    const f = memoize((k: string) => {
      seen.push(k);
      return k === 'none' ? null : k.length;
    }, 10);
    expect([f('Pågår'), f('Pågår'), f('none'), f('none'), f(''), f('')]).toEqual([5, 5, null, null, 0, 0]);
    expect(seen).toEqual(['Pågår', 'none', '']);
  });

  it('lets its results go when it holds its limit, and computes them again', () => {
    let calls = 0;
    const f = memoize((k: string) => (calls++, k.toUpperCase()), 2);
    f('a');
    f('b');
    f('c');
    f('a');
    expect(calls).toBe(4);
  });
});
