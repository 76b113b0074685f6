import { describe, expect, it } from 'vitest';
import { appendTo } from '../../src/core/group.js';

describe('appendTo', () => {
  it('keeps each key\'s values in the order they came, in one list per key', () => {
    const byPage = new Map<number | null, string[]>();
    const lines: Array<[number | null, string]> = [[1, 'Rubrik'], [null, 'Fotnot'], [1, 'Första stycket'], [2, 'Andra sidan'], [1, 'Sista raden']];
    for (const [page, text] of lines) appendTo(byPage, page, text);
    expect([...byPage]).toEqual([[1, ['Rubrik', 'Första stycket', 'Sista raden']], [null, ['Fotnot']], [2, ['Andra sidan']]]);
  });

  it('adds to the list in place, so a group of thousands is built in linear time', () => {
    const groups = new Map<string, number[]>();
    appendTo(groups, 'a', 1);
    const first = groups.get('a');
    for (let i = 2; i <= 50_000; i++) appendTo(groups, 'a', i);
    expect(groups.get('a')).toBe(first);
    expect(first).toHaveLength(50_000);
    expect(first![49_999]).toBe(50_000);
  });
});
