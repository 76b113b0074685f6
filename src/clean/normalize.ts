const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/**
 * Character-level repairs that keep the length of the text where they can:
 * non-breaking and odd spaces become spaces, soft hyphens go (one that ends
 * the text marks a break, and becomes a hyphen), ligatures open,
 * combining diacritics compose (a + ring → å).
 */
import { JOINING_WORD_AFTER_HYPHEN } from '../lang/language.js';
export function normalizeChars(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003]/g, ' ')
    // A soft hyphen that ends a line (or a PDF text item) is where the word broke: a hyphen to join across.
    .replace(/\u00AD(?=\s*$)/, '-')
    .replace(/[\u00AD\u200B\uFEFF]/g, '')
    .replace(/[ﬀﬁﬂﬃﬄﬅﬆ]/g, (m) => LIGATURES[m] ?? m);
}

/**
 * Joins a word hyphenated across a line break ('rekryterings-' + 'arrangemang'),
 * but keeps a suspended hyphen before a conjunction ('innovations- och').
 */
export function joinLines(left: string, right: string): string {
  const l = left.replace(/\s+$/, '');
  const r = right.replace(/^\s+/, '');
  if (l === '') return r;
  if (r === '') return l;
  // A range or a pair broken after its dash or slash ('2019–' + '2020', 'luncher/' + 'frukostar') is one word.
  if (/\d[–-]$/.test(l) && /^\d/.test(r)) return l + r;
  if (/\p{L}\/$/u.test(l) && /^\p{L}/u.test(r)) return l + r;
  if (/[A-Za-zÅÄÖåäö]-$/.test(l)) {
    if (JOINING_WORD_AFTER_HYPHEN.test(r)) return `${l} ${r}`;
    // A prefix of a letter or two, or an acronym, keeps its hyphen: 'e-' + 'tjänster', 'IT-' + 'området'.
    if (/(?:^|[^\p{L}])(?:\p{L}{1,2}|\p{Lu}{2,})-$/u.test(l)) return l + r;
    if (/^\p{Ll}/u.test(r)) return l.slice(0, -1) + r;
    return l + r;
  }
  return `${l} ${r}`;
}

/**
 * Display type set with its letters spaced ('T E M A 1', 'K U L T U R'), as a
 * layout program's theme labels are: four single capitals or more in a row
 * are joined into their word; a number after them stays a word of its own.
 */
export function joinLetterSpaced(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])\p{Lu}(?: \p{Lu}){3,}(?![\p{L}\p{N}])/gu, (m) => m.replace(/ /g, ''));
}
