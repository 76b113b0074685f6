import { cellKind, type CellKind } from '../../clean/cell-kinds.js';
import { FIELD_LABELS, GENERIC_HEADER_HEADS, RETROSPECTIVE_HEADER, YEAR_COLUMN, type FieldRole } from '../../lang/fields.js';
import { swedishLexicon } from '../../lang/lexicon.js';
import { isInfinitive } from '../../lang/morphology.js';
import { sv } from '../../lang/pattern.js';

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

/** Swedish letters without their marks, as OCR often reads a bold header's ('Atgärd' for 'Åtgärd'). */
const unmarked = (text: string) => text.replace(/[åä]/g, 'a').replace(/[ÅÄ]/g, 'A').replace(/ö/g, 'o').replace(/Ö/g, 'O');
const compiled = FIELD_LABELS.map((f) => ({ ...f, pattern: sv(`^(?:${f.words})(?:\\b|$)`, 'i'), whole: sv(`^(?:${f.words})$`, 'i'), plain: sv(`^(?:${unmarked(f.words)})(?:\\b|$)`, 'i') }));
const generic = new Set(GENERIC_HEADER_HEADS.words);

export interface HeaderRole {
  role: FieldRole | null;
  year: number | null;
}

/** The role a word names on its own, as a whole ('tid', 'status'), or null. */
const wordRole = (word: string) => compiled.find((f) => f.whole.test(word))?.role ?? null;

/** A one-word header read as a compound: the role of its head, or of its first part where the head only says the column describes ('Statusbeskrivning', 'Tidsram'). */
function compoundRole(word: string): FieldRole | null {
  const w = word.toLowerCase();
  if (!/^\p{L}{6,}$/u.test(w)) return null;
  const lex = swedishLexicon();
  for (let i = 2; i <= w.length - 3; i++) {
    const head = w.slice(i);
    const first = w.slice(0, i);
    const modifier = wordRole(first) ?? (first.endsWith('s') ? wordRole(first.slice(0, -1)) : null);
    const headRole = wordRole(head);
    if (headRole && !generic.has(head) && (modifier || lex.has(first.replace(/s$/, '')))) return headRole;
    if (modifier && generic.has(head)) return modifier;
  }
  return null;
}

/** The role a header cell names, and the year of a year column. */
export function headerRole(raw: string): HeaderRole {
  const text = raw.replace(/\s+/g, ' ').trim();
  const year = YEAR_COLUMN.exec(text);
  if (year) return { role: 'year', year: Number(year[1]) };
  // 'Vad har gjorts?': what was done is a report on the action, never the action.
  if (RETROSPECTIVE_HEADER.pattern.test(text)) return { role: 'comment', year: null };
  // A header read with a letter's mark lost still names its column; the word as written is tried first.
  const named = compiled.find((f) => f.pattern.test(text)) ?? compiled.find((f) => f.plain.test(unmarked(text)));
  if (named) return { role: named.role, year: null };
  return { role: /^\p{L}+$/u.test(text) ? compoundRole(text) : null, year: null };
}

/** The role the cells of a column give it, when most of them (two in three, at least two) are of one kind. */
export function contentRole(cells: string[]): FieldRole | null {
  const kinds = cells.map(cellKind).filter((k) => k !== 'empty');
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
  const byKind: Partial<Record<CellKind, FieldRole>> = { status: 'status', time: 'time', owner: 'owner', id: 'number', percent: 'indicator', number: 'indicator' };
  return byKind[kind] ?? null;
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
    const held = contentRole(rows.map((r) => r[i] ?? ''));
    if (held === null || (held === 'activity' && byHeader.has('activity'))) return n.role;
    if (n.role === null) return held;
    if (FIRM.includes(n.role) || !OVERRIDING.includes(held) || byHeader.has(held)) return n.role;
    return held;
  });
  return { roles, years, named: byHeader.has('activity') };
}
