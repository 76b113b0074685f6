import type { FieldRole } from '../lang/fields.js';
import { isUnitWord, ownerStart } from './cell-kinds.js';
import { readRowForward, type Cells } from './row-sequence.js';

/**
 * A row of a table run into a line whose owner cell stands out of its place:
 * a reading order by position puts a short cell's line where it falls among
 * the wrapped lines of the cells beside it ('Kartlägga behovet KFF i
 * föreningslivet 2026 Pågår …'), or after them ('… klart i maj. KFF'). When
 * the row does not read in the header's order, a run of unit words that the
 * table has already shown as an owner is taken from where it stands into the
 * owner's column, if the rest then reads in order.
 *
 * Examples (header 'Åtgärd Ansvar Klart Status Kommentar', 'KFF' an owner of earlier rows):
 * - 'Rusta upp KFF badplatsen i Norrby 2026 Pågår Bryggan är klar.' → owner 'KFF'.
 * - 'Rusta upp badplatsen i Norrby 2026 Pågår Bryggan är klar. KFF' → owner 'KFF'.
 * - 'Rusta upp EU-finansierad badplats 2026 Pågår …' with no owner the table knows: not read.
 */

/** Words of a displaced owner at most ('ME (SLK)', 'BUF, AMF'). */
const MAX_OWNER_WORDS = 3;

/** Whether a run of words is a unit's name the table has shown as an owner: unit words only, one of them seen. */
function isKnownOwner(run: string[], seen: Set<string>): boolean {
  return run.every(isUnitWord) && ownerStart(run, run.length) === 0 && run.some((w) => seen.has(ownerKey(w)));
}

/** A word of an owner cell as compared with other rows' ('(SLK),' → 'SLK'). */
export function ownerKey(word: string): string {
  return word.replace(/^\(|[),;.]+$/g, '');
}

/**
 * The row's cells with its owner taken from where it stands, and the number
 * of words read (all of them); null when no known owner stands out of place
 * or the rest does not read in order.
 */
export function readDisplacedOwner(words: string[], tail: FieldRole[], names: string[][], seen: Set<string>): { cells: Cells; words: number } | null {
  const rest = tail.filter((r) => r !== 'owner');
  if (rest.length === tail.length || seen.size === 0) return null;
  // Never the first word: the activity opens the row.
  for (let s = 1; s < words.length; s++) {
    for (let e = Math.min(words.length, s + MAX_OWNER_WORDS); e > s; e--) {
      const run = words.slice(s, e);
      // A run inside a longer name ('Region SLK AB') is not a cell of its own.
      if (!isKnownOwner(run, seen) || isUnitWord(words[s - 1]) || (e < words.length && isUnitWord(words[e]))) continue;
      const kept = [...words.slice(0, s), ...words.slice(e)];
      const read = readRowForward(kept, rest, names);
      if (read && read.words === kept.length) return { cells: { ...read.cells, owner: run.join(' ') }, words: words.length };
    }
  }
  return null;
}
