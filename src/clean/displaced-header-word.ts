import type { FieldRole } from '../lang/fields.js';
import { nextRowAt } from './numbered-rows.js';
import { parseId } from './numbering.js';

/**
 * 'Nr Ansvar Samverkanspart Klart Status 3.1 Ta fram en plan … Insats SBF …':
 * a table's header repeated on a later page with one column word missing,
 * that word standing among the words of the first row under it. A header cell
 * set lower than its neighbours (centred in a taller cell) is read after the
 * first line of the row beside it, so a transcript ran the word into the row.
 * The header is the table's own when the words it shows are the table's,
 * in order, but for that one word, and that word stands whole inside the
 * first row (not opening it, where it would be the row's own text). The word's
 * span in the text, to be blanked so that offsets hold; null otherwise.
 */
export function displacedHeaderWord(
  text: string,
  header: { roles: FieldRole[]; words: string[]; end: number },
  known: { roles: FieldRole[]; words: string[] } | null,
): { start: number; end: number } | null {
  if (!known || known.words.length !== header.words.length + 1 || header.words.length < 3) return null;
  const gap = known.words.findIndex((w, k) => w !== header.words[k]);
  // The missing word is not the first (a header without its first columns is read elsewhere: column-order.ts).
  if (gap <= 0 || known.words.slice(gap + 1).join('\u0000') !== header.words.slice(gap).join('\u0000')) return null;
  const word = known.words[gap];
  if (/\s/.test(word)) return null;
  const after = text.slice(header.end);
  const opening = FIRST_ROW.exec(after);
  const id = opening ? parseId(opening[1]) : null;
  if (!opening || !id) return null;
  const body = opening[0].length;
  const next = nextRowAt(after.slice(body), id);
  const row = after.slice(body, next >= 0 ? body + next : after.length);
  // Not the row's first word: a row may open with the column's word as its own ('Insats för …').
  for (const m of row.matchAll(/\S+/g)) {
    if (m.index! > 0 && m[0] === word) return { start: header.end + body + m.index!, end: header.end + body + m.index! + word.length };
  }
  return null;
}

/** The first row's id right after the header, before a capitalised word. */
const FIRST_ROW = /^\s*((?:\p{Lu}{1,2})?\d{1,3}(?:\.\d{1,2}){0,2})[.:)]?\s+(?=\p{Lu})/u;
