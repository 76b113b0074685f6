import { FIELD_LABELS } from '../lang/fields.js';
import { DANGLING_WORDS } from '../lang/language.js';
import { sv } from '../lang/pattern.js';

/**
 * Areas as the first column of a table that a transcript ran into its line.
 * The header then opens with the area column's word ('Målområde Nr Åtgärd
 * Ansvarig Kostnad …'), and each area's title stands once, in the row that
 * opens the area, its cell merged down the rows below. Run into the line, the
 * title comes right before that row's id, so it ends the text of the row before
 * it, after that row's last cell:
 *
 *   'Målområde Nr Åtgärd Ansvarig Kostnad Trygga skolvägar 1 Ordna … Tekniska
 *    förvaltningen Inom ram 2 Bygga … Tekniska förvaltningen 200 tkr Levande
 *    centrum 3 Anordna …' — 'Trygga skolvägar' opens the table, 'Levande
 *    centrum' follows the last cell ('200 tkr') of row 2 and opens row 3's area.
 *
 * A free-text last cell takes whatever stands before the next row's id, so the
 * title is cut back from its end: the words after the last capitalised word,
 * where the cell's own value stands before them ('Inom ram Hållbart resande');
 * a cell that is all one capitalised phrase ('Medel för översyn') is its own
 * value, and a sentence before ('… klart i maj. Uppföljning sker årligen') is
 * a comment's prose, not a title after a value.
 */

/** The area column's word, whole ('Fokusområde', 'Strategiskt område', 'Målområden'). */
const AREA_COLUMN_WORD = sv(`^(?:${FIELD_LABELS.filter((f) => f.role === 'focus-area').map((f) => f.words).join('|')})$`, 'i');

/** Whether a capitalised word or phrase names the area column, as a header's first word does. */
export const isAreaColumnWord = (phrase: string): boolean => /^\p{Lu}/u.test(phrase) && AREA_COLUMN_WORD.test(phrase);

/** Words an area column's word may take ('Strategiskt område'). */
const MAX_AREA_WORDS = 3;

/**
 * Where the area column's word starts that stands right before a header's
 * first column word at `headerStart` ('Tema Nr Åtgärd …'), or null. The word is
 * capitalised, as a header's words are.
 */
export function areaColumnBefore(text: string, headerStart: number): number | null {
  const before = [...text.slice(0, headerStart).matchAll(/\S+/g)];
  for (let k = Math.min(MAX_AREA_WORDS, before.length); k >= 1; k--) {
    const words = before.slice(before.length - k);
    const phrase = words.map((w) => w[0]).join(' ');
    if (isAreaColumnWord(phrase)) return words[0].index!;
  }
  return null;
}

const dangling = new Set(DANGLING_WORDS);

/** An area's number as its cell gives it ('3.', '3'). */
const AREA_NUMBER = /^\d{1,2}\.?$/;

/** An area's cell that gives its number alone: the title comes later in the reading order. */
export const isAreaNumber = (text: string): boolean => AREA_NUMBER.test(text.trim());

/**
 * Whether the text before a row's id is an area's cell: a title of a few
 * words, its number before it ('2. Trygga skolvägar'), or the number alone
 * where the reading order set the title elsewhere ('1.' before '1.1 Ordna …').
 */
export function isAreaCell(text: string): boolean {
  if (!text.trim()) return false;
  const words = text.trim().split(/\s+/);
  const title = AREA_NUMBER.test(words[0]) ? words.slice(1) : words;
  if (title.length === 0) return AREA_NUMBER.test(words[0]);
  return title.length <= MAX_TITLE_WORDS && CAPITAL_WORD.test(title[0]) && !/[.!?:;]/.test(title.join(' '));
}

/** A title's words after its first: lower case (a comma may end one), no figure. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*,?$/u;
const CAPITAL_WORD = /^\p{Lu}[\p{Ll}-]+,?$/u;
/** An area's title has a word or two after its first; one capitalised word alone is as likely a name ('… Region Halland'). */
const MIN_TITLE_WORDS = 2;
const MAX_TITLE_WORDS = 8;

/**
 * The title of the next area at the end of a row's last, free-text cell, and
 * the cell without it; null when the cell ends in no such title.
 */
export function trailingAreaTitle(cell: string): { cell: string; title: string } | null {
  const words = [...cell.matchAll(/\S+/g)];
  let k = words.length;
  while (k > 0 && LOWER_WORD.test(words[k - 1][0])) k--;
  let first = k - 1;
  if (first < 1 || !CAPITAL_WORD.test(words[first][0])) return null;
  const count = words.length - first;
  // The area's number before its title ('… 80 tkr 3. Mark och lokaler') is the title's, and a title of one word is sure with it.
  const numbered = AREA_NUMBER.test(words[first - 1][0]);
  if (count < (numbered ? 1 : MIN_TITLE_WORDS) || count > MAX_TITLE_WORDS || /,$/.test(words[words.length - 1][0])) return null;
  if (numbered) first--;
  // A sentence ends before it: the cell is prose, and its last sentence no title.
  if (first < 1 || /[.!?:;]$/.test(words[first - 1][0])) return null;
  // After a word no phrase ends on ('Bekostas av Länsstyrelsen'), a capital opens a name in the cell.
  if (dangling.has(words[first - 1][0].toLowerCase())) return null;
  const at = words[first].index!;
  return { cell: cell.slice(0, at).trimEnd(), title: cell.slice(at).trim() };
}
