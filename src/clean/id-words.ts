import type { Message, RawBlock } from '../core/types.js';
import { cellKind, isUnitWord } from './cell-kinds.js';

/**
 * An id's word set apart from its number in a table a transcript ran into its
 * line ('Åtg 1', 'Insats 2', 'Nr 3' in a narrow id column): the reading order
 * puts the word on the line before the number, so it ends the cell before the
 * row, the last cell of the row above or a band's title:
 *
 *   '… Rusta befintliga lokaler Åtg 1 Byta … 4 200 Åtg 2 Ta fram …'
 *
 * A word is the ids' when the same short capitalised word ends the block
 * before each of three or more numbered rows of the table (a cell's own last
 * word differs from row to row). It is taken from there and set before the
 * number again; a band left with no words of its own was only the word, and
 * goes.
 */

/** Numbered rows whose block before must end on the word. */
const MIN_ROWS = 3;
/** An id's word: capitalised, short ('Åtg', 'Nr', 'Åtgärd'), an abbreviation's point allowed. */
const ID_WORD = /^\p{Lu}\p{Ll}{0,6}\.?$/u;

/** A band row: one cell with words, the others empty. */
const isBand = (b: RawBlock): boolean => (b.cells ?? []).filter((c) => c.trim()).length === 1;

/** The last word of a block's last non-empty cell, with that cell's index; null for none. */
function lastWord(b: RawBlock): { cell: number; word: string } | null {
  const cells = b.cells ?? [];
  for (let c = cells.length - 1; c >= 0; c--) {
    const words = cells[c].trim().split(/\s+/);
    if (cells[c].trim()) return { cell: c, word: words[words.length - 1] };
  }
  return null;
}

/**
 * The rows of each table in `columns` (table index → its id column) with
 * their ids' word rejoined, in place; messages say which word was moved.
 */
export function rejoinIdWords(out: RawBlock[], columns: Map<number, number>, messages: Message[] = []): RawBlock[] {
  const drop = new Set<RawBlock>();
  for (const [table, column] of columns) {
    // Each numbered row, and the row or band of the same table right before it in the text.
    const pairs: Array<{ row: RawBlock; before: RawBlock }> = [];
    let before: RawBlock | null = null;
    for (const b of out) {
      if (b.kind !== 'row' || b.table !== table) continue;
      if (!b.header && before && !before.header && /^\d/.test(b.cells?.[column] ?? '')) pairs.push({ row: b, before });
      before = b;
    }
    const words = pairs.map((p) => lastWord(p.before)?.word ?? '');
    const word = words[0];
    // A value a column repeats ('Klar', 'Polisen') is a cell's own: the word is a cell's last only after the cell's value ('4 200 Åtg'), or a band's all.
    const runOn = pairs.every(({ before: b }) => isBand(b) || b.cells![lastWord(b)!.cell].trim() !== word);
    if (pairs.length < MIN_ROWS || !ID_WORD.test(word) || cellKind(word) !== 'text' || isUnitWord(word) || words.some((w) => w !== word) || !runOn) continue;
    for (const { row, before: b } of pairs) {
      const last = lastWord(b)!;
      const cells = [...b.cells!];
      cells[last.cell] = cells[last.cell].trimEnd().slice(0, -word.length).trimEnd();
      b.cells = cells;
      if (cells.every((c) => !c.trim())) drop.add(b);
      row.cells = row.cells!.map((c, k) => (k === column ? `${word} ${c}` : c));
    }
    messages.push({ severity: 'info', reason: `Moved the word '${word}' that ended the cell before each of ${pairs.length} rows to the row's id, as its id column's word`, ruleId: 'clean/run-on-id-word' });
  }
  return drop.size ? out.filter((b) => !drop.has(b)) : out;
}
