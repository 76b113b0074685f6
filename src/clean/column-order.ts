import type { FieldRole } from '../lang/fields.js';
import { isAreaColumnWord } from './column-areas.js';
import { sv } from '../lang/pattern.js';
import { headerRole } from './header-role.js';
import { SECTION_LABEL_WORDS } from '../lang/sections.js';

/**
 * The order of a run-on table's columns, as its header gives it, and what a
 * header repeated on a later page says of it. A transcript keeps the header's
 * words, not its cells: the first column may be the area's, merged down its
 * rows ('Målområde', 'Tema' before 'Nr Åtgärd Ansvar …'), whose cells come as
 * band rows; a reading order by position may set the first columns' words of
 * a repeated header elsewhere on the page, so that the page shows only the
 * columns after them ('Ansvar Tid Status' where page one had 'Nr Åtgärd Ansvar
 * Tid Status').
 *
 * Examples:
 * - 'Område Nr Insats Ansvarig Klart': the area's column, then number, activity, owner, time.
 * - page two 'Ansvarig Klart Status' under page one's 'Nr Insats Ansvarig Klart Status': the same table.
 * - 'Ansvarig Klart' under 'Nr Insats Ansvarig Status Klart': another order, another table.
 */


/**
 * Whether the word before a header's first column word names the area's
 * column: a capitalised area word before a header that names the activity's
 * column, so the area is the first column and the activity's comes after it.
 */
export function opensWithAreaColumn(words: string[], at: number, roles: FieldRole[]): boolean {
  const before = words[at - 1];
  if (at === 0 || !roles.includes('activity')) return false;
  // A section label of a lower rank ('Strategi Nr Åtgärd …') names the area column too where the rows after the header carry it with their areas' numbers ('Strategi 1 Rusta …'): the column's cells, merged down, give the table's areas.
  return isAreaColumnWord(before) || (isLabelColumnWord(before) && words.slice(at).some((w, k) => w === before && /^\d{1,2}\b/.test(words[at + k + 1] ?? '')));
}

/** A section's label word alone ('Strategi', 'Delområde'). */
const LABEL_WORD = sv(`^(?:${SECTION_LABEL_WORDS})$`, 'i');
/** A label the rows carry names the area column when capitalised, as a header's words are, and not a goal's ('Mål', 'Delmål': goals, not areas). */
const isLabelColumnWord = (word: string): boolean => /^\p{Lu}/u.test(word) && LABEL_WORD.test(word) && headerRole(word).role !== 'goal';

/**
 * The table's column order for a header found on a page: the table's own
 * when the page's header is the end of it (its first columns' words set
 * apart), else the page's own. At least three columns must repeat, so that
 * two column words in prose do not pass for the table's header.
 */
export function learnColumnOrder(page: FieldRole[], table: FieldRole[] | null): FieldRole[] {
  if (!table || page.length < 3 || page.length >= table.length) return page;
  const tail = table.slice(table.length - page.length);
  return tail.every((r, k) => r === page[k]) && !page.includes('activity') ? table : page;
}

/** Columns whose cells are read by their type, not as free text. */
const TYPED: FieldRole[] = ['owner', 'time', 'status', 'year', 'progress', 'track'];

/**
 * Whether cells read between two ids fit the header's order as a row: an
 * activity, and at least two of the typed columns the header names filled
 * (a unit, a time, a status), as prose between rows seldom gives them in order.
 */
export function holdsAsTable(cells: Partial<Record<FieldRole, string>>, roles: FieldRole[]): boolean {
  const typed = roles.filter((r) => TYPED.includes(r));
  return !!cells.activity?.trim() && typed.filter((r) => cells[r]?.trim()).length >= Math.min(2, typed.length);
}

/** Words after a header within which the rest of its words, set among a row's wrapped lines, would stand: a cell's line or two. */
const INTERLEAVED_REACH = 10;

/**
 * Whether two column words are the table's header repeated with its last
 * columns' words set elsewhere on the page: they open the header known before,
 * in its order ('Aktivitet Ansvarig' under 'Aktivitet Ansvarig Status
 * Färdiggrad'), as a reading order by position gives a header whose last
 * columns hold drawn symbols, their words gathered at the page's end. When
 * the rest of its words follow within a line or two ('Insats Ansvarig väg in
 * för … Tidplan Status'), the header is interleaved with a row's lines, and
 * read as such elsewhere; so is a page's head set apart with its first row's
 * id ('Nr Åtgärd 1.3').
 */
export function repeatsHeaderHead(page: FieldRole[], table: { roles: FieldRole[]; words: string[] } | null, after: string): boolean {
  if (!table || page.length >= table.roles.length || !page.every((r, k) => table.roles[k] === r)) return false;
  // An id right after ('Nr Åtgärd 1.3 …'): the first columns' words set apart with the first row's id, read where the header's tail is.
  if (/^\s*(?:\p{Lu}{1,2})?\d/u.test(after)) return false;
  const next = after.trim().split(/\s+/).slice(0, INTERLEAVED_REACH);
  return !table.words.slice(page.length).some((w) => next.includes(w.split(/\s+/)[0]));
}
