import type { RawBlock } from '../core/types.js';
import { isAreaCell, isAreaColumnWord, isAreaNumber } from './column-areas.js';

/**
 * Numbered area titles that a reading order set apart from the rows they head,
 * in a table whose first column holds the area, its cell merged down the
 * area's rows and its title centred in it, the areas numbered '1.', '2.' and
 * the rows '1.1', '1.2', '2.1' … Read by position (poppler's order), a centred
 * title lands where its line stands on the page: after a later row's last
 * cell, or with other titles before the page's footer, while the area's first
 * row keeps no title or its number alone:
 *
 *   'Tema Nr Åtgärd Ansvar Kostnad 1. Gröna parker 1.1 Rusta … Parkenheten
 *    Inom ram 2.1 Rena dagvattnet … VA-enheten 300 tkr 3.1 Bygga … Inom ram
 *    2. Rent vatten 3. Friluftsliv' — '300 tkr' and 'Inom ram' are costs; the
 *    titles of areas 2 and 3 stand after the rows they head.
 *
 * The numbering places them again: title N goes to the area cell of row N.1,
 * when that row stands before the title and its area cell is empty or holds
 * the number alone. A title whose first row follows it stays where it is; so
 * do words whose number no row of the table opens, and a cell that ends in
 * prose ('… klart 2024. 2. Utreda vidare' has no title's shape before it).
 */

/** A row's id of two levels, the area's number first ('2.1'). */
const ROW_ID = /^(\d{1,2})\.(\d{1,2})$/;
/** Where a numbered title may start in a cell: its number, then a capital. */
const TITLE_START = /(?<=^|\s)\d{1,2}\.\s+\p{Lu}/gu;
/** Rows with two-level ids a table needs before its numbering is trusted. */
const MIN_ROWS = 3;

interface Table {
  rows: RawBlock[];
  /** The column of the rows' ids. */
  idColumn: number;
}

/** The table's id column and rows, when its header opens with the area column's word and its rows carry two-level ids. */
function readTable(blocks: RawBlock[], index: number): Table | null {
  const rows = blocks.filter((b) => b.kind === 'row' && b.table === index && !b.header && b.cells);
  const header = blocks.find((b) => b.kind === 'row' && b.table === index && b.header && b.cells);
  if (!header || !isAreaColumnWord((header.cells![0] ?? '').trim())) return null;
  const idColumn = header.cells!.findIndex((_, k) => k > 0 && rows.filter((r) => ROW_ID.test((r.cells![k] ?? '').trim())).length >= MIN_ROWS);
  return idColumn > 0 ? { rows, idColumn } : null;
}

/**
 * The numbered titles a cell ends in, each 'N. Title', and where the first
 * starts; null for none. Every piece from there to the end must have a title's
 * shape, and the cell's own value stand before them.
 */
export function trailingNumberedTitles(cell: string): { at: number; titles: Array<{ number: number; title: string }> } | null {
  const starts = [...cell.matchAll(TITLE_START)].map((m) => m.index!);
  for (const [k, at] of starts.entries()) {
    if (at === 0 || /[.!?:;]$/.test(cell.slice(0, at).trimEnd())) continue;
    const pieces = starts.slice(k).map((s, j, all) => cell.slice(s, all[j + 1] ?? cell.length).trim());
    if (!pieces.every((p) => isAreaCell(p) && !isAreaNumber(p))) continue;
    return { at, titles: pieces.map((p) => ({ number: Number(p.split('.')[0]), title: p })) };
  }
  return null;
}

/** The area number of a row, from its id cell. */
const areaOf = (row: RawBlock, table: Table) => {
  const m = ROW_ID.exec((row.cells![table.idColumn] ?? '').trim());
  return m ? Number(m[1]) : null;
};

export function placeLateAreaTitles(blocks: RawBlock[]): RawBlock[] {
  const indexes = [...new Set(blocks.filter((b) => b.kind === 'row' && b.table !== undefined).map((b) => b.table!))];
  let out = blocks;
  for (const index of indexes) {
    const table = readTable(out, index);
    if (table) out = placeInTable(out, table);
    else out = titleFirstArea(out, index);
  }
  return out;
}

/** A title's words: a capitalised word, then lower-case ones ('Effektiv och tillgänglig service'). */
const TITLE_PHRASE = /\p{Lu}[\p{Ll}-]+(?:\s+[\p{Ll}-]+)+/gu;

/**
 * The first area's title, when an unnumbered table's first row has none: the
 * area's cell is merged down the rows, and a reading by position set its
 * centred title after a later row's last value, with other titles:
 *
 *   'Tema Åtgärd Ansvar Kostnad Rusta lekplatsen Parkenheten Inom ram …
 *    Bygga en damm VA-enheten Inom ram Gröna parker Rent vatten' — 'Inom ram'
 *    is a cost the column shows whole elsewhere; 'Gröna parker' heads the
 *    first rows. Which rows the later titles head, the text does not say.
 *
 * The first row takes the first title after such a value; a cell whose rest is
 * not titles alone (a name, a sentence) gives none.
 */
function titleFirstArea(blocks: RawBlock[], index: number): RawBlock[] {
  const header = blocks.find((b) => b.kind === 'row' && b.table === index && b.header && b.cells);
  const rows = blocks.filter((b) => b.kind === 'row' && b.table === index && !b.header && b.cells);
  if (!header || !isAreaColumnWord((header.cells![0] ?? '').trim()) || rows.length < MIN_ROWS) return blocks;
  // The area column is in use (a later row opens an area) while the first row has no title.
  if (rows[0].cells![0].trim() !== '' || !rows.some((r) => r.cells![0].trim() !== '')) return blocks;
  const last = header.cells!.length - 1;
  const values = new Set(rows.map((r) => (r.cells![last] ?? '').trim()).filter(Boolean));
  for (const row of rows) {
    const cell = (row.cells![last] ?? '').trim();
    const value = [...values].filter((v) => v !== cell && cell.startsWith(`${v} `)).sort((p, q) => q.length - p.length)[0];
    const rest = value ? cell.slice(value.length).trim() : '';
    const phrases = [...rest.matchAll(TITLE_PHRASE)].map((m) => m[0]);
    if (!value || phrases.join(' ') !== rest || !phrases.every((p) => isAreaCell(p))) continue;
    return blocks.map((b) => (b === rows[0] ? { ...b, cells: [phrases[0], ...b.cells!.slice(1)] } : b === row ? { ...b, cells: b.cells!.map((c, k) => (k === last ? [value, ...phrases.slice(1)].join(' ') : c)) } : b));
  }
  return blocks;
}

/** Moves the late titles of one table's last cells to the area cells of their first rows. */
function placeInTable(blocks: RawBlock[], table: Table): RawBlock[] {
  const out = blocks.map((b) => (b.cells ? { ...b, cells: [...b.cells] } : b));
  const rows = blocks.flatMap((b, i) => (table.rows.includes(b) ? [out[i]] : []));
  rows.forEach((row, r) => {
    const last = row.cells!.length - 1;
    const found = last > table.idColumn ? trailingNumberedTitles(row.cells![last]) : null;
    if (!found) return;
    const targets = found.titles.map(({ number }) => rows.slice(0, r + 1).find((t) => areaOf(t, table) === number && ROW_ID.exec(t.cells![table.idColumn].trim())![2] === '1'));
    // Every title must name a row before it whose area cell waits for a title: else the words are the cell's own.
    const open = (t: RawBlock | undefined) => t !== undefined && (t.cells![0].trim() === '' || isAreaNumber(t.cells![0]));
    if (!targets.every(open) || new Set(targets).size !== targets.length) return;
    row.cells![last] = row.cells![last].slice(0, found.at).trimEnd();
    found.titles.forEach(({ title }, k) => (targets[k]!.cells![0] = title));
  });
  return out;
}
