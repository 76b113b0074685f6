import type { RawBlock } from '../core/types.js';
import { timeLength } from './cell-kinds.js';

/**
 * Owners a table run into a transcript names again and again, though their
 * names have no unit's shape ('Elevhälsan', 'Fritid', 'Socialtjänsten barn
 * och unga'): the words right before a row's time cell that recur, opening
 * with a capital, in two rows or more. A reader of the row then knows where
 * its activity ends and its owner begins. Words that recur so in prose
 * ('… till 2025') open with no capital and are not taken.
 */
const MAX_WORDS = 4;
const MIN_ROWS = 2;

export function recurringOwners(blocks: RawBlock[]): string[][] {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const words = b.text.split(/\s+/).filter(Boolean);
    for (let t = 2; t < words.length; t++) {
      if (!/^[\p{L}\d]/u.test(words[t]) || timeLength(words.slice(t, t + 3).join(' ')) === 0) continue;
      for (let k = 1; k <= MAX_WORDS && t - k >= 1; k++) {
        const candidate = words.slice(t - k, t);
        const first = candidate[0];
        // A run that a sentence's stop or a column word would break is no name: the first word opens with a capital, the last carries no stop.
        if (!/^\p{Lu}\p{Ll}/u.test(first) || /[.:;!?]$/.test(candidate[candidate.length - 1])) continue;
        const key = candidate.map((w) => w.replace(/,$/, '')).join(' ');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return [...counts].filter(([, n]) => n >= MIN_ROWS).map(([key]) => key.split(' '));
}
