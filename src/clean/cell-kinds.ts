import { memoize } from '../core/memo.js';
import { COMPANY_FORMS, ROLE_HEADS, UNIT_HEADS, UNIT_JOINERS } from '../lang/units.js';
import { CONTINUOUS_STATUS, LEGEND_GLYPHS, LIGHT_SYMBOLS, STATUS_PATTERNS, STATUS_SYMBOLS } from '../lang/status.js';
import { TIME_CELL } from '../lang/timeline.js';
import { YEAR_MARK } from '../lang/fields.js';
import { UNTIL_YEAR } from '../lang/structure.js';
import { DEFINITE_ENDING } from '../lang/morphology.js';
import { DANGLING_WORDS } from '../lang/language.js';

/**
 * What a table cell holds, read from the cell alone: a status phrase, a time,
 * a unit's name or abbreviation, a mark under a year, a percentage or a
 * number, an id, or text (an activity states an action in words). Table
 * readers of every format type their columns by these kinds; a transcript's
 * reader labels the tokens of a row with them.
 */
export type CellKind = 'empty' | 'status' | 'symbol' | 'time' | 'owner' | 'mark' | 'percent' | 'number' | 'id' | 'text';

/** Every symbol a status or a light is drawn with ('●', '◐', '✕', '✅', '🟡'): what a legend explains. */
const GLYPHS = new Set([...STATUS_SYMBOLS.flatMap((s) => [...s.symbols]), ...LIGHT_SYMBOLS]);
/** A symbol of the blocks a document's own legend draws from ('⊘', '◆'). */
const LEGEND_GLYPH = new RegExp(`^[${LEGEND_GLYPHS}]$`, 'u');
/** A cell holds a symbol and no words: one, or two where a reader wrote a picture beside the author's own. */
const MAX_CELL_GLYPHS = 2;

/** Whether a cell holds only status or light symbols ('◐', '✓', '⛔'). */
export function isSymbolCell(cell: string): boolean {
  const glyphs = [...cell.replace(/[\s\uFE0F]/gu, '')];
  return glyphs.length > 0 && glyphs.length <= MAX_CELL_GLYPHS && glyphs.every((g) => GLYPHS.has(g) || LEGEND_GLYPH.test(g));
}

const unitHead = new RegExp(`(?:${UNIT_HEADS.words.join('|')})\\)?[,;.]?$`, 'iu');
const company = new RegExp(`^(?:${COMPANY_FORMS.words.map((w) => w.replace(/\./g, '\\.')).join('|')})[,;]?$`, 'u');
const joiners = new Set(UNIT_JOINERS.words);
const bareHead = new RegExp(`^(?:${UNIT_HEADS.words.join('|')})[,;.]?$`, 'u');
/** An abbreviation of a unit ('KLF', 'SBF/NLE', '(BUF)'). */
export const ABBREVIATION = /^\(?\p{Lu}{2,6}\d?(?:[/,]\p{Lu}{2,6}\d?)*\)?[,;]?$/u;
/** Capitalised words a company's form takes before it as its name. */
const MAX_COMPANY_NAME = 2;
/** A post named by a unit's abbreviation and a role's head ('NL-chef', 'IT-samordnare'): the abbreviation makes it a unit's post, not a sentence's word. */
const ABBREVIATED_POST = new RegExp(`^\\p{Lu}{2,6}-(?:${ROLE_HEADS.words.join('|')})[,;]?$`, 'u');
const ID_CELL = /^(?:\p{Lu}{1,2})?\d{1,3}(?:\.\d{1,2}){0,2}\.?$/u;

/**
 * The status patterns tried at the start of a text only (sticky): searched
 * through the whole text, their word boundaries (lookarounds) were tried at
 * every position of every cell, for a match that counts only at the start.
 */
const STATUS_AT_START = STATUS_PATTERNS.map((p) => new RegExp(p.pattern.source, `${p.pattern.flags.replace('g', '')}y`));

/**
 * The length of the status phrase at the start of a text ('Uppskjuten till 2025' whole), 0 for none.
 * Kept per text: every status pattern is tried, and a document's rows ask for the same cells and values.
 */
export const statusLength = memoize(statusLengthOf, 8192);

function statusLengthOf(text: string): number {
  let best = 0;
  const first = /^\S+/.exec(text);
  if (first && CONTINUOUS_STATUS.test(first[0])) best = first[0].length;
  for (const pattern of STATUS_AT_START) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (m && m[0].length > best) best = m[0].length;
  }
  if (best === 0) return 0;
  const until = UNTIL_YEAR.exec(text.slice(best));
  return best + (until ? until[0].length : 0);
}

/** The length of the time expression at the start of a text ('VT 2024', '2023–2024', 'Löpande'), 0 for none. */
export function timeLength(text: string): number {
  return TIME_CELL.exec(text)?.[0].length ?? 0;
}

/** A word of a unit's name as a cell gives it: an abbreviation, a word ending in a unit's head, a company form. */
export function isUnitWord(word: string): boolean {
  return ABBREVIATION.test(word) || ABBREVIATED_POST.test(word) || unitHead.test(word) || company.test(word);
}

/**
 * Whether `tail` is the last letters of a unit's name that a narrow column
 * broke off `head` ('Miljöförvaltninge' + 'n'; 'Stadsbyggnadsförvaltnin' +
 * 'gen'; 'Samhällsbyggnadsförvaltning' + 'en', the head a unit's word
 * already: no owner cell ends on an article).
 */
function isBrokenTail(head: string, tail: string): boolean {
  return /^\p{Ll}{1,3}$/u.test(tail) && /^\p{Lu}\p{Ll}{3,}$/u.test(head) && isUnitWord(head + tail) && (!isUnitWord(head) || DEFINITE_ENDING.test(tail));
}

/** A unit's name with the letters a narrow column broke off joined back ('Tekniska förvaltninge n' → 'Tekniska förvaltningen'). */
export function joinBrokenUnits(text: string): string {
  return text.replace(/(\S+) (\p{Ll}{1,3})(?=\s|$)/gu, (whole, head: string, tail: string) => (isBrokenTail(head, tail) ? head + tail : whole));
}

/** The most lower-case words a unit's name takes after it for the branch it names ('Socialtjänsten barn och unga'). */
const MAX_BRANCH_WORDS = 3;
const dangling = new Set(DANGLING_WORDS);

/**
 * How many tokens before `end` name the branch of the unit before them: a few lower-case words
 * after a unit's word in the definite form ('Socialtjänsten barn och unga', 'Förvaltningen äldreomsorg'),
 * neither first nor last a word no name opens or ends on ('för', 'och'). 0 where there is none.
 */
function branchLength(tokens: string[], end: number, from: number): number {
  let k = 0;
  while (k < MAX_BRANCH_WORDS && end - k - 1 > from && /^\p{Ll}+$/u.test(tokens[end - k - 1])) k++;
  if (k === 0 || dangling.has(tokens[end - 1]) || dangling.has(tokens[end - k])) return 0;
  const unit = tokens[end - k - 1];
  return /^\p{Lu}\p{Ll}+$/u.test(unit) && unitHead.test(unit) && DEFINITE_ENDING.test(unit.slice(-2)) ? k : 0;
}

/**
 * Where the owner ends that closes at token `end` of `tokens` (exclusive):
 * the index of its first token, or `end` when none. Units are read back from
 * the end: unit words, names the document itself lists (`names`, as token
 * runs), a truncated first part before a joiner ('Miljö- och …').
 */
export function ownerStart(tokens: string[], end: number, names: string[][] = [], from = 0): number {
  let o = end - branchLength(tokens, end, from);
  while (o > from) {
    const named = names.find((n) => n.length <= o - from && n.every((w, k) => tokens[o - n.length + k].replace(/[,;]$/, '') === w));
    if (named) {
      o -= named.length;
      continue;
    }
    const word = tokens[o - 1];
    // 'Tekniska förvaltningen', 'Sociala enheten': a capitalised word names the unit whose head stands alone.
    if (o - 1 > from && o < end + 1 && bareHead.test(word) && /^\p{Lu}\p{Ll}+$/u.test(tokens[o - 2])) {
      o -= 2;
      continue;
    }
    // 'Norrby Vatten AB', 'Västra Hamnens Energi- och Fiber AB': a company's name is the capitalised words before its form, two at most.
    if (company.test(word)) {
      o--;
      for (let names = 0; o > from && names < MAX_COMPANY_NAME; o--) {
        const before = tokens[o - 1];
        if (/^\p{Lu}\p{Ll}+$/u.test(before)) names++;
        else if (!joiners.has(before) && !/^\p{Lu}\p{Ll}*-$/u.test(before)) break;
      }
      continue;
    }
    // A unit's name a narrow column broke before its last letters ('Samhällsbyggnadskontore t'): one word.
    if (o - 1 > from && isBrokenTail(tokens[o - 2], word)) {
      o -= 2;
      continue;
    }
    const truncated = /^\p{Lu}[\p{Ll}]+-$/u.test(word);
    const joined = joiners.has(word) && o - 1 > from && (/-$/.test(tokens[o - 2]) || isUnitWord(tokens[o - 2]));
    // 'SBF/ MHF': a unit before a slash a line break cut from the next unit is one of the owners, never the owner's last word.
    const listed = o < end && /^[^/]+\/$/.test(word) && isUnitWord(word.slice(0, -1));
    if (isUnitWord(word) || truncated || joined || listed) o--;
    else break;
  }
  // An owner opens with a capital: a joiner or truncated part left first is the activity's.
  while (o < end && !/^[\p{Lu}(]/u.test(tokens[o])) o++;
  return o;
}

/**
 * Cells already typed: a table's columns are typed by header, body, figure and
 * row checks, each asking for the kinds of the same cells.
 */
export const cellKind = memoize(kindOf, 8192);

function kindOf(cell: string): CellKind {
  const text = cell.replace(/\s+/g, ' ').trim();
  if (!text) return 'empty';
  if (YEAR_MARK.test(text)) return 'mark';
  if (isSymbolCell(text)) return 'symbol';
  if (statusLength(text) === text.length) return 'status';
  if (timeLength(text) === text.length) return 'time';
  if (/^[<>≈~±+-]?\s*\d+(?:[,.]\d+)?\s*%$/.test(text)) return 'percent';
  if (ID_CELL.test(text)) return 'id';
  if (/^[-+−]?\d[\d\s]*(?:[,.]\d+)?$/.test(text)) return 'number';
  const words = text.split(' ');
  if (words.length <= 8 && ownerStart(words, words.length) === 0) return 'owner';
  return 'text';
}
