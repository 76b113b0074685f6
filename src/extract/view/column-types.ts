import { cellKind, isSymbolCell, type CellKind } from '../../clean/cell-kinds.js';
import { headerRole } from '../../clean/header-role.js';
import type { FieldRole } from '../../lang/fields.js';
import { isInfinitive } from '../../lang/morphology.js';

export { headerRole, type HeaderRole } from '../../clean/header-role.js';

/**
 * A table's columns typed by what their header says and what their cells
 * hold. A header is read as a whole word first ('Ansvarig'), then as a
 * compound split by the word list ('Lägesbedömning' = läge + bedömning): the
 * head decides, and where the head only says 'description' the first part
 * does ('Statusbeskrivning'). Cells are typed one by one (a status phrase, a
 * time, a unit, a mark, a number, an id, text); a column most of whose cells
 * are of one kind has that role, which fills a header that named none and
 * overrides one whose cells say otherwise.
 */

/**
 * Whether a column shows statuses by symbols: a check mark beside half and
 * empty circles is one of the column's symbols, not a mark under a year.
 */
function isSymbolColumn(kinds: CellKind[]): boolean {
  return kinds.includes('symbol') && kinds.every((k) => k === 'symbol' || k === 'mark' || k === 'empty');
}

/** The role the cells of a column give it, when most of them (two in three, at least two) are of one kind. */
export function contentRole(cells: string[]): FieldRole | null {
  const all = cells.map(cellKind);
  const symbols = isSymbolColumn(all);
  const kinds = all.map((k, i): CellKind => (symbols && k === 'mark' && isSymbolCell(cells[i]) ? 'symbol' : k)).filter((k) => k !== 'empty');
  if (kinds.length < 2) return null;
  const counts = new Map<CellKind, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  const [kind, n] = [...counts].sort((p, q) => q[1] - p[1])[0];
  if (n * 3 < kinds.length * 2) return null;
  if (kind === 'text') {
    // Text that states actions: most cells open with an infinitive.
    const verbs = cells.filter((c) => isInfinitive(c.trim().split(/\s+/)[0] ?? '')).length;
    return verbs * 2 >= kinds.length ? 'activity' : null;
  }
  const byKind: Partial<Record<CellKind, FieldRole>> = { status: 'status', symbol: 'status', time: 'time', owner: 'owner', id: 'number', percent: 'indicator', number: 'indicator' };
  return byKind[kind] ?? null;
}

/**
 * Whether most filled cells of a column are percentages ('30 %', '100 %'),
 * each at most a hundred: shares of something, as a progress column gives them.
 */
function isShareColumn(cells: string[]): boolean {
  const filled = cells.filter((c) => cellKind(c) !== 'empty');
  const shares = filled.filter((c) => cellKind(c) === 'percent' && Number.parseFloat(c.replace(/[^\d,.]/g, '').replace(',', '.')) <= 100);
  return filled.length >= 2 && shares.length * 3 >= filled.length * 2;
}

/** Roles a header's own words cannot overturn: what they name is exact, whatever the cells look like. */
const FIRM: FieldRole[] = ['number', 'year', 'cost', 'indicator', 'goal', 'focus-area', 'partner', 'progress'];
/** Roles the cells may give a column whose header named another: the kinds a cell shows beyond doubt. */
const OVERRIDING: FieldRole[] = ['status', 'time', 'owner'];

export interface TypedColumns {
  roles: Array<FieldRole | null>;
  /** The year each year column stands for. */
  years: Map<number, number>;
  /** The header named the activity column itself. */
  named: boolean;
}

/**
 * Each column's role from its header cell (null where the table has none)
 * and its cells, aligned by position: a column the header left unnamed takes
 * the role of its cells; a header word the cells contradict (a 'Beskrivning'
 * or 'Kommentar' column of status phrases) gives way to them, unless another
 * column's header names that role. Where the header names the activity
 * column, no other column becomes one by its verbs.
 */
export function typeColumns(header: string[] | null, rows: string[][]): TypedColumns {
  const width = Math.max(header?.length ?? 0, ...rows.map((r) => r.length));
  const years = new Map<number, number>();
  const named = Array.from({ length: width }, (_, i) => (header ? headerRole(header[i] ?? '') : { role: null, year: null }));
  named.forEach((n, i) => n.year !== null && years.set(i, n.year));
  const byHeader = new Set(named.map((n) => n.role));
  const roles = named.map((n, i): FieldRole | null => {
    const cells = rows.map((r) => r[i] ?? '');
    const held = contentRole(cells);
    // Symbols say a state without saying of what: a header that names the column (a judgement, a year) keeps it.
    if (n.role !== null && isSymbolColumn(cells.map(cellKind))) return n.role;
    if (held === null || (held === 'activity' && byHeader.has('activity'))) return n.role;
    // A header that names when ('Klart', 'Genomfört') over shares of a hundred says how much is done, not when:
    // a percentage is never a date.
    if (n.role === 'time' && isShareColumn(cells)) return 'progress';
    if (n.role === null) return held;
    if (FIRM.includes(n.role) || !OVERRIDING.includes(held) || byHeader.has(held)) return n.role;
    return held;
  });
  return { roles, years, named: byHeader.has('activity') };
}
