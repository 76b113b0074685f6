import type { FieldRole } from '../lang/fields.js';
import { LIGHT_SYMBOLS } from '../lang/status.js';
import { cellKind, ownerStart, statusLength, timeLength } from './cell-kinds.js';

/**
 * The cells of one row of a table run into a line, read forwards in the order
 * the header gives: the activity first, then each cell after it. A cell whose
 * column is typed (a status phrase, a time, a unit's name, a percentage, a
 * light symbol) closes where its typed text ends; a text cell (a comment, a
 * partner, a financing note) runs to where the next typed cell can be read,
 * or to the row's end when it is last. The activity is the shortest opening
 * after which every cell reads; a typed cell may be empty once (a column the
 * document leaves blank), but never two.
 */
export type Cells = Partial<Record<FieldRole, string>>;

const SYMBOLS = new Set(LIGHT_SYMBOLS);
const MAX_ROW_WORDS = 160;
/** A dash for a cell with nothing in it. */
const DASH = /^[–—-]$/;

/** Where a typed cell starting at token `at` may end, longest first; null when the column holds free text. */
function typedEnds(role: FieldRole, words: string[], at: number, names: string[][]): number[] | null {
  const fits = (text: string): boolean => {
    if (role === 'status') return statusLength(text) === text.length;
    if (role === 'time' || role === 'year') return timeLength(text) === text.length || DASH.test(text);
    if (role === 'progress') return cellKind(text) === 'percent' || DASH.test(text);
    if (role === 'track') return SYMBOLS.has(text) || DASH.test(text);
    return false;
  };
  if (role === 'owner') {
    const out: number[] = [];
    // 'MHK HT 2024': a word that opens a time with the word after it ('HT 2024') is the time's, not the unit's.
    const opensTime = (e: number) => e < words.length && timeLength(`${words[e - 1]} ${words[e]}`) === words[e - 1].length + 1 + words[e].length;
    for (let e = Math.min(words.length, at + 8); e > at; e--) if (ownerStart(words, e, names, at) === at && !opensTime(e)) out.push(e);
    return out;
  }
  if (!['status', 'time', 'year', 'progress', 'track'].includes(role)) return null;
  const out: number[] = [];
  for (let e = Math.min(words.length, at + 6); e > at; e--) if (fits(words.slice(at, e).join(' '))) out.push(e);
  return out;
}

/** Reads roles[r…] from token `at` into `cells`; whether the whole row was read. */
function readFrom(words: string[], at: number, roles: FieldRole[], r: number, names: string[][], skips: number, cells: Cells): boolean {
  if (r === roles.length) return at === words.length;
  const role = roles[r];
  const ends = typedEnds(role, words, at, names);
  if (ends === null) {
    if (r === roles.length - 1) {
      cells[role] = words.slice(at).join(' ');
      return true;
    }
    // A text cell in the middle: up to the first place the rest of the row reads.
    for (let e = at; e <= words.length; e++) {
      const rest: Cells = {};
      if (readFrom(words, e, roles, r + 1, names, skips, rest)) {
        Object.assign(cells, rest, { [role]: words.slice(at, e).join(' ') });
        return true;
      }
    }
    return false;
  }
  for (const e of ends) {
    const rest: Cells = {};
    if (readFrom(words, e, roles, r + 1, names, skips, rest)) {
      Object.assign(cells, rest, { [role]: words.slice(at, e).join(' ') });
      return true;
    }
  }
  return skips > 0 && readFrom(words, at, roles, r + 1, names, skips - 1, cells);
}

/** The row's cells: the activity and the cells after it (`tail`, in the header's order), or null when they cannot be told apart. */
export function readRowForward(words: string[], tail: FieldRole[], names: string[][]): Cells | null {
  // A row is a few dozen words; more is a page that lost its row breaks, and no reading of it would be sure.
  if (words.length > MAX_ROW_WORDS) return null;
  for (const skips of [0, 1]) {
    for (let p = 2; p < words.length; p++) {
      const cells: Cells = {};
      if (readFrom(words, p, tail, 0, names, skips, cells)) return { ...cells, activity: words.slice(0, p).join(' ') };
    }
  }
  return null;
}

/** Whether a column holds free text, so that only reading forwards can find where it ends. */
export function isTextColumn(role: FieldRole): boolean {
  return typedEnds(role, ['x'], 0, []) === null;
}
