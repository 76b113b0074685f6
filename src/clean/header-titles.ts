import { cellKind } from './cell-kinds.js';
import { headingTitleEnd } from './inline-headings.js';
import { DANGLING_WORDS, PREPOSITIONS } from '../lang/language.js';
import { isInfinitive } from '../lang/morphology.js';
import { sv } from '../lang/pattern.js';
import { SECTION_LABEL_WORDS } from '../lang/sections.js';

/**
 * The title of a table that a transcript ran into the line before the table's
 * header, where a document sets one table per area, each with its title above
 * it and the header repeated under it:
 *
 *   '… klar under våren. Del 2: Trygga bostäder Insats Ansvar Tid …'
 *   '… Region Skåne Genomförd meänkieli 3 Rent vatten Insats Ansvar Tid …'
 *
 * With the line breaks gone the title is known by its shape and its place:
 * right before the header, a short capitalised phrase with no finite verb and
 * no sentence end (a heading's shape, inline-headings.ts), with its number
 * before it ('3', '2.', 'Del 2:'), the numbering a heading carries, whatever
 * ran into it before (a row's last words). Without a number, a sentence's
 * last words ('… i samverkan med Region Skåne'), a running head or a
 * heading of the frame text before a table look the same: they stay prose.
 * A labelled title ('Tema 2: …') is left to the label passes, and a number
 * that goes on from the table's rows opens a row (the caller knows the rows).
 */

/** A heading's number: '3', '2.', '1.2', '4:'. */
const NUMBER = /^\d{1,2}(?:\.\d{1,2})*[.:]?$/u;
/** The dash or colon between a heading's number and its title ('Område 2 – Trygghet'). */
const NUMBER_SEPARATOR = /^[–:-]$/u;
/** A capitalised word that names the numbering ('Del', 'Område', 'Kapitel'), before the number. */
const LABEL_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A title's first word, then words in lower case (a comma may end one) or a dash. */
const FIRST_WORD = /^\p{Lu}[\p{Ll}-]+$/u;
const LATER_WORD = /^(?:\p{Ll}[\p{Ll}-]*,?|–|&)$/u;
const noTitleEnd = new Set([...DANGLING_WORDS, ...PREPOSITIONS]);
/** A section label opening the title ('Målområde 2: …', 'Tema Trygghet'). */
const LABELLED = sv(`^(?:${SECTION_LABEL_WORDS})(?=\\s|:|$)`, 'i');
/** A table's title is a few words: more is a sentence's end. */
const MAX_TITLE_WORDS = 8;

export interface HeaderTitle {
  /** Where the title starts in the text given, its numbering included. */
  at: number;
  /** The number before it as written ('3', '2.'), '' for none. */
  number: string;
}

/** The title that ends the text before a header, or null when the text ends in no title. */
export function titleBeforeHeader(text: string): HeaderTitle | null {
  const words = [...text.matchAll(/\S+/g)];
  let first = words.length;
  while (first > 0 && LATER_WORD.test(words[first - 1][0])) first--;
  first--;
  if (first < 0 || !FIRST_WORD.test(words[first][0]) || words.length - first > MAX_TITLE_WORDS) return null;
  const title = text.slice(words[first].index!).trim();
  // A title ends on no preposition ('… kalender med' is a row's text cut at the page break).
  if (headingTitleEnd(title) !== title.length || noTitleEnd.has(words[words.length - 1][0].toLowerCase())) return null;
  // A labelled title ('Tema 2: …') is read by the labels' own passes (area-headings.ts, the bands above).
  if (LABELLED.test(title)) return null;
  let start = first;
  const separated = start > 0 && NUMBER_SEPARATOR.test(words[start - 1][0]);
  if (separated) start--;
  const numbered = start > 0 && NUMBER.test(words[start - 1][0]);
  if (numbered) start--;
  const number = numbered ? words[start][0] : '';
  // A section label before the number ('Målområde 2:', 'Strategiskt område 3 –') is read by the labels' own passes too.
  if (numbered && [1, 2].some((n) => start >= n && LABELLED.test(words.slice(start - n, start).map((w) => w[0]).join(' ')))) return null;
  // A status or unit before the number is the last cell of the row before, not the numbering's name ('… Pågår 3 Rent vatten').
  // The word is the numbering's name only with a dash or colon after the number ('Område 2 –', 'Del 2:'); else it is the end of what ran in ('… Norrby 3. Parker').
  const named = numbered && (separated || number.endsWith(':')) && start > 0 && LABEL_WORD.test(words[start - 1][0]) && cellKind(words[start - 1][0]) === 'text';
  if (named) start--;
  // Without its number a title is no surer than a sentence's last words.
  if (!numbered) return null;
  // Unless a word names the numbering, a title that opens with an infinitive is an action: a row's text.
  if (!named && isInfinitive(words[first][0])) return null;
  return { at: words[start].index!, number };
}
