import { LevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';

/** Leading numbering or bullets: '1.4 ', 'a) ', 'o ', '- '. */
const LEADING_MARKER = /^\s*(?:\d+(?:\.\d+)*[.)]?|[a-z][.)]|o|[-–•*])\s+/i;

/** Case, whitespace and punctuation folded, leading markers dropped. */
export function normaliseText(text: string): string {
  return text
    .replace(LEADING_MARKER, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function similarity(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  if (max === 0) return 1;
  return 1 - LevenshteinDistance(a, b) / max;
}

/**
 * Whether an extracted text matches a gold text: equal once normalised; one a
 * prefix of the other where the shorter is at least 40 characters or the
 * longer goes on with a new sentence; or similarity of at least 0.9.
 */
export function textsMatch(extracted: string, gold: string): boolean {
  const a = normaliseText(extracted);
  const b = normaliseText(gold);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long, longRaw] = a.length <= b.length ? [a, b, gold] : [b, a, extracted];
  if (long.startsWith(short)) {
    if (short.length >= 40) return true;
    if (continuesWithSentence(longRaw, short)) return true;
  }
  return similarity(a, b) >= 0.9;
}

/** The raw longer text, past the words of the shorter, starts a new sentence. */
function continuesWithSentence(longRaw: string, shortNormalised: string): boolean {
  const words = shortNormalised.split(' ').length;
  const rawWords = longRaw.replace(LEADING_MARKER, '').split(/\s+/);
  const head = rawWords.slice(0, words).join(' ');
  const rest = rawWords.slice(words).join(' ');
  return /[.!?:]["”]?$/.test(head) && /^[A-ZÅÄÖ]/.test(rest);
}

/** Greedy one-to-one matching in document order: each gold item matches at most once. */
export function matchTexts(extracted: string[], gold: string[]): Array<[number, number]> {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  extracted.forEach((e, i) => {
    const j = gold.findIndex((g, k) => !used.has(k) && textsMatch(e, g));
    if (j >= 0) {
      used.add(j);
      pairs.push([i, j]);
    }
  });
  return pairs;
}
