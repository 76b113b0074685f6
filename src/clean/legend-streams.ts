import type { RawBlock } from '../core/types.js';
import { blockPiece } from './block-piece.js';
import { isSymbolCell, statusLength } from './cell-kinds.js';

/**
 * A legend table given column by column, as a PDF-to-text tool's plain
 * reading order gives a two-column table of symbols and meanings: the symbols
 * together, then the meaning column's word and the meanings run into one
 * stretch ('Symbol ● ◐ ○ ⊘ Förklaring Klar Påbörjad Ej startad Avbruten').
 * Each symbol is paired with the status phrase in the same place of the
 * stretch, and only when the stretch reads as exactly as many status phrases;
 * the pairs become one legend line, each symbol before its meaning, as a
 * legend set in a line gives them.
 */

/** Symbols a legend gives at least. */
const MIN_KEYS = 2;

interface Found {
  /** Token index of the first symbol, of the meanings' first word, and after the last meaning. */
  symbols: number;
  meanings: number;
  end: number;
  pairs: Array<[string, string]>;
}

/** Status phrases read one after another from token `at`, `count` of them, each to its token's end ('Vilande/uppskjuten'); null unless all read. */
function readMeanings(words: string[], at: number, count: number): { phrases: string[]; end: number } | null {
  const phrases: string[] = [];
  let k = at;
  while (phrases.length < count && k < words.length) {
    const rest = words.slice(k, k + 4).join(' ');
    const length = statusLength(rest);
    if (length === 0) return null;
    // The phrase closes at its last word's end: an alternative after a slash ('Vilande/uppskjuten') is the phrase's.
    let end = k;
    for (let used = 0; used < length; end++) used += words[end].length + 1;
    phrases.push(words.slice(k, end).join(' '));
    k = end;
  }
  return phrases.length === count ? { phrases, end: k } : null;
}

/** The legend run in a block's words: two or more symbols, one column word, then as many status phrases. */
function findLegend(words: string[]): Found | null {
  for (let i = 0; i < words.length; i++) {
    if (!isSymbolCell(words[i]) || (i > 0 && isSymbolCell(words[i - 1]))) continue;
    let j = i;
    while (j < words.length && isSymbolCell(words[j])) j++;
    const count = j - i;
    // The meaning column's word ('Betydelse', 'Förklaring'): capitalised, and no status itself.
    if (count < MIN_KEYS || !/^\p{Lu}\p{Ll}+$/u.test(words[j] ?? '') || statusLength(words[j]) > 0) continue;
    const read = readMeanings(words, j + 1, count);
    if (read) return { symbols: i, meanings: j + 1, end: read.end, pairs: read.phrases.map((p, k) => [words[i + k], p]) };
  }
  return null;
}

/** Paragraphs whose legend came column by column, cut into the text before, the legend's line and the text after. */
export function readLegendStreams(blocks: RawBlock[]): RawBlock[] {
  return blocks.flatMap((b) => {
    if (b.kind !== 'paragraph') return [b];
    const tokens = [...b.text.matchAll(/\S+/g)];
    const found = findLegend(tokens.map((t) => t[0]));
    if (!found) return [b];
    const at = (k: number) => (k < tokens.length ? tokens[k].index! : b.text.length);
    // The meaning column's word, then each symbol before its meaning: the legend as a line gives it ('● Klar ◐ Påbörjad …').
    const line = [tokens[found.meanings - 1][0], ...found.pairs.map(([symbol, meaning]) => `${symbol} ${meaning}`)].join(' ');
    const legend: RawBlock = { kind: 'paragraph', text: line, page: b.page, ...(b.source === undefined ? {} : { source: b.source + at(found.symbols) }) };
    return [blockPiece(b, 0, at(found.symbols), 'paragraph', true), legend, blockPiece(b, at(found.end), b.text.length, 'paragraph', false)].filter((p): p is RawBlock => p !== null);
  });
}
