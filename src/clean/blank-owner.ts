import type { FieldRole } from '../lang/fields.js';
import { isUnitWord } from './cell-kinds.js';
import { isTextColumn, readRowForward, type Cells } from './row-sequence.js';

/**
 * A row of a table run into a line whose owner cell the document left blank:
 * the activity runs straight into the next typed cell ('Se över taxorna för
 * säsongsplatser 2027-12-31 25 %'). The row reads in the header's order
 * without the owner; it is read so only where nothing at the activity's end
 * could be an owner the typer cannot see: no capitalised word after a
 * lower-case one among its last words (a unit or a post: '… för unga Kultur
 * och fritid 2026'), no unit word or abbreviation ('… lekplatsen TEK 2026').
 * Tried last, after every reading with an owner.
 *
 * Examples (header 'Nr Aktivitet Ansvar Klart Status'):
 * - 'Se över taxorna för säsongsplatser 2027-12-31 Pågår' → owner blank, time '2027-12-31', status 'Pågår'.
 * - 'Starta läxhjälp för unga Fritidsgården 2027 Pågår' → not read (a capital after a lower-case word).
 * - 'Rusta upp lekplatsen TKF 2027 Pågår' → not read (an abbreviation at the activity's end).
 */

/** Last words of the activity searched for an owner the typer cannot see. */
const OWNER_WORDS = 4;
/** Words an activity holds at least. */
const MIN_ACTIVITY_WORDS = 3;

/** Whether the activity's last words may hold an owner: a capital after a lower-case word, a unit word or an abbreviation. */
function mayEndOnOwner(words: string[]): boolean {
  for (let k = Math.max(1, words.length - OWNER_WORDS); k < words.length; k++) {
    if (isUnitWord(words[k]) || /^\p{Lu}{2,}/u.test(words[k])) return true;
    if (/^\p{Lu}/u.test(words[k]) && /^\p{Ll}/u.test(words[k - 1]) && !/[.!?:;]$/.test(words[k - 1])) return true;
  }
  return false;
}

/** The row's cells with its owner blank, and the words read (all of them); null when the row does not read so. */
export function readBlankOwner(words: string[], tail: FieldRole[], names: string[][]): { cells: Cells; words: number } | null {
  const rest = tail.filter((r) => r !== 'owner');
  if (rest.length === tail.length || rest.length === 0) return null;
  const read = readRowForward(words, rest, names);
  // The owner is the row's one blank cell: every other typed cell reads.
  if (!read || read.words !== words.length || rest.some((r) => !isTextColumn(r) && !read.cells[r])) return null;
  const activity = (read.cells.activity ?? '').split(/\s+/).filter(Boolean);
  if (activity.length < MIN_ACTIVITY_WORDS || mayEndOnOwner(activity)) return null;
  return { cells: { ...read.cells, owner: '' }, words: read.words };
}
