import { FIELD_LABELS, GENERIC_HEADER_HEADS, RETROSPECTIVE_HEADER, SHARE_HEADER_UNIT, YEAR_COLUMN, type FieldRole } from '../lang/fields.js';
import { swedishLexicon } from '../lang/lexicon.js';
import { sv } from '../lang/pattern.js';
import { memoize } from '../core/memo.js';

/**
 * The role a table's header cell names. A header is read as a whole word
 * first ('Ansvarig'), then as a compound split by the word list
 * ('Lägesbedömning' = läge + bedömning): the head decides, and where the head
 * only says 'description' the first part does ('Statusbeskrivning'). Table
 * readers of every format, and the reader of tables run into a transcript's
 * line, name their columns with it.
 */

/** Swedish letters without their marks, as OCR often reads a bold header's ('Atgärd' for 'Åtgärd'). */
const unmarked = (text: string) => text.replace(/[åä]/g, 'a').replace(/[ÅÄ]/g, 'A').replace(/ö/g, 'o').replace(/Ö/g, 'O');
/**
 * The labels as one pattern, each in a group of its own, in table order: the
 * first label that matches is the one found, as trying them one by one would
 * find it, for one pass over the text instead of one per label (a compound
 * header is tried at every split).
 */
function firstLabel(make: (words: string) => string, tail: string): (text: string) => FieldRole | null {
  const pattern = sv(`^(?:${FIELD_LABELS.map((f, i) => `(?<f${i}>${make(f.words)})`).join('|')})${tail}`, 'i');
  return (text) => {
    const groups = pattern.exec(text)?.groups;
    if (!groups) return null;
    const i = FIELD_LABELS.findIndex((_, k) => groups[`f${k}`] !== undefined);
    return FIELD_LABELS[i]?.role ?? null;
  };
}
const labelAtStart = firstLabel((w) => w, '(?:\\b|$)');
const labelAtStartUnmarked = firstLabel(unmarked, '(?:\\b|$)');
const generic = new Set(GENERIC_HEADER_HEADS.words);

export interface HeaderRole {
  role: FieldRole | null;
  year: number | null;
}

/** The role a word names on its own, as a whole ('tid', 'status'), or null. */
const wordRole = firstLabel((w) => w, '$');

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

/**
 * The role a header cell names, and the year of a year column. Kept per
 * text: table readers ask it of a table's header and of every row that might
 * be one, transcript readers of each capitalised word and pair of words, and
 * a long word is tried at every split of its compound.
 */
export const headerRole: (raw: string) => Readonly<HeaderRole> = memoize((raw) => Object.freeze(readHeaderRole(raw)), 4096);

function readHeaderRole(raw: string): HeaderRole {
  const text = raw.replace(/\s+/g, ' ').trim();
  const year = YEAR_COLUMN.exec(text);
  if (year) return { role: 'year', year: Number(year[1]) };
  // 'Vad har gjorts?': what was done is a report on the action, never the action.
  if (RETROSPECTIVE_HEADER.pattern.test(text)) return { role: 'comment', year: null };
  // A header counted in hundredths ('% klart', 'Klart (%)') names its field by the words beside the unit;
  // a time word so counted ('klart', 'slut') says how much is done, not when.
  const words = text.replace(SHARE_HEADER_UNIT.pattern, '').trim();
  if (words && words !== text) {
    const shared = headerRole(words).role;
    return { role: shared === 'time' ? 'progress' : shared, year: null };
  }
  // A header read with a letter's mark lost still names its column; the word as written is tried first.
  const named = labelAtStart(text) ?? labelAtStartUnmarked(unmarked(text));
  if (named) return { role: named, year: null };
  return { role: /^\p{L}+$/u.test(text) ? compoundRole(text) : null, year: null };
}
