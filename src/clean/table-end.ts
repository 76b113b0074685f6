import type { Message, RawBlock } from '../core/types.js';
import { cellKind, type CellKind } from './cell-kinds.js';

/**
 * The text after a table that a transcript ran into its line, read into the
 * table's last row: with no row after it, the last cell takes whatever follows
 * on the page, the next section's heading and body with it:
 *
 *   '… IT-enheten 2029 1 200 Investeringsbudget Projekt (tkr) 2027 2028 …'
 *
 * The column says where the cell ends: where the other rows' cells in it are
 * all of one typed kind (amounts, shares, times, statuses), the last row's
 * cell is the longest start of it of that kind, and what follows, opening
 * with a capital, is text after the table, kept as a paragraph of its own.
 */

/** Kinds a column's cells are typed by, which end where their value ends. */
const TYPED: CellKind[] = ['number', 'percent', 'time', 'status'];
/** A cell left empty ('–', '-'). */
const DASH = /^[–—-]$/;
/** Rows besides the last whose cells must show the column's kind. */
const MIN_TYPED_ROWS = 2;
/** Words after the value that make a run-on section, not a cell's own last words. */
const MIN_REST_WORDS = 3;

/** A cell's kind, a bare figure a number though it could be an id ('300' in a column of amounts). */
const kindOf = (text: string): CellKind => (DASH.test(text) ? 'empty' : /^\d+$/.test(text) ? 'number' : cellKind(text));

const isBand = (b: RawBlock): boolean => (b.cells ?? []).filter((c) => c.trim()).length <= 1;

/** The kind every filled cell of column `c` shows in `rows`, or null when they differ or are too few. */
function columnKind(rows: RawBlock[], c: number): CellKind | null {
  const kinds = rows.map((r) => (r.cells?.[c] ?? '').trim()).map(kindOf).filter((k) => k !== 'empty');
  const kind = kinds[0];
  return kinds.length >= MIN_TYPED_ROWS && TYPED.includes(kind) && kinds.every((k) => k === kind) ? kind : null;
}

/** The last row of each table among `tables` with the text after its last cell's value cut into a paragraph after it. */
export function cutTableEnds(out: RawBlock[], tables: Set<number>, messages: Message[] = []): RawBlock[] {
  // A header repeated on the next page heads the same columns: their cells type the column together.
  const headerOf = new Map(out.filter((b) => b.header && b.table !== undefined).map((b) => [b.table!, b.cells!.join('\t')]));
  const body = (b: RawBlock) => b.kind === 'row' && !b.header && !isBand(b);
  for (const table of tables) {
    const rows = out.filter((b) => body(b) && b.table === table);
    const last = rows[rows.length - 1];
    if (!last?.cells) continue;
    const same = out.filter((b) => body(b) && b !== last && (b.table === table || (headerOf.has(table) && headerOf.get(b.table!) === headerOf.get(table))));
    const c = last.cells.findLastIndex((cell) => cell.trim());
    const kind = c >= 0 ? columnKind(same, c) : null;
    const words = (last.cells[c] ?? '').trim().split(/\s+/);
    if (!kind || words.length < MIN_REST_WORDS + 1) continue;
    let k = words.length - MIN_REST_WORDS;
    while (k > 0 && !(/^\p{Lu}/u.test(words[k]) && [kind, 'empty'].includes(kindOf(words.slice(0, k).join(' '))))) k--;
    if (k === 0) continue;
    const rest = words.slice(k).join(' ');
    last.cells = last.cells.map((cell, i) => (i === c ? words.slice(0, k).join(' ') : cell));
    out.splice(out.indexOf(last) + 1, 0, { kind: 'paragraph', text: rest, page: last.page });
    messages.push({ severity: 'info', reason: `Cut '${rest.slice(0, 60)}' from the last row of a table run into the text: its column's cells are ${kind}s; kept as the text after the table`, ruleId: 'clean/run-on-table-end' });
  }
  return out;
}
