import { YEAR_MARK, type FieldRole } from '../lang/fields.js';
import { LIGHT_SYMBOLS, TRACK_PATTERNS } from '../lang/status.js';
import { cellKind, ownerStart, statusLength, timeLength } from './cell-kinds.js';
import { isLegendStatus, type DocumentWords } from './legend-cells.js';
import { DANGLING_WORDS, DEFINITE_FORM_ENDINGS } from '../lang/language.js';

const dangling = new Set(DANGLING_WORDS);

/**
 * The cells of one row of a table run into a line, read forwards in the order
 * the header gives: the activity first, then each cell after it. A cell whose
 * column is typed (a status phrase, a time, a unit's name, a percentage, a
 * light symbol) closes where its typed text ends; a text cell (a comment, a
 * partner, a financing note) runs to where the next typed cell can be read,
 * or to the row's end when it is last. The activity is the shortest opening
 * after which every cell reads; a typed cell other than the owner may be empty
 * once (a column the document leaves blank), but never two.
 */
export type Cells = Partial<Record<FieldRole, string>>;

const SYMBOLS = new Set(LIGHT_SYMBOLS);
/** One symbol alone ('●', '◐', '✔'): a mark a legend explains. */
const isSymbol = (text: string) => SYMBOLS.has(text) || /^\p{So}\uFE0F?$/u.test(text);
/** A light's colour as one word ('Grön', 'gul'): what a judgement column writes where it gives no symbol. */
const isLightWord = (text: string) => /^\p{L}+$/u.test(text) && TRACK_PATTERNS.some((p) => p.pattern.test(text));
/** A symbol and how much is done, run together by a reading that dropped the space between them ('○0%'). */
const SYMBOL_PERCENT = /^\p{So}\uFE0F?\d{1,3}\s?%$/u;
const MAX_ROW_WORDS = 160;
/** A dash for a cell with nothing in it. */
const DASH = /^[–—-]$/;

/** Where a typed cell starting at token `at` may end, longest first; null when the column holds free text. */
export function typedEnds(role: FieldRole, words: string[], at: number, names: DocumentWords): number[] | null {
  const fits = (text: string): boolean => {
    // A status column may show a symbol its legend explains ('● Genomförd'), or how much is done ('60 %'), or a dash for nothing yet.
    if (role === 'status') return statusLength(text) === text.length || isLegendStatus(text, names) || isSymbol(text) || SYMBOL_PERCENT.test(text) || cellKind(text) === 'percent' || DASH.test(text);
    if (role === 'time') return timeLength(text) === text.length || DASH.test(text);
    // The year columns of a row read as one cell: their marks in order ('X X'), or a time.
    if (role === 'year') return timeLength(text) === text.length || DASH.test(text) || text.split(' ').every((w) => YEAR_MARK.test(w));
    // A share-done column may give a status word where no share applies ('Löpande' for recurring work).
    if (role === 'progress') return cellKind(text) === 'percent' || DASH.test(text) || statusLength(text) === text.length;
    // A judgement column ('Lägesbedömning') gives a light as a symbol or in words ('Pågår enligt plan').
    if (role === 'track') return isSymbol(text) || DASH.test(text) || statusLength(text) === text.length || isLightWord(text);
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
  // An open time ('2023–') is open only where no year follows: '2023– 2025' is a range a line break cut.
  const cutRange = (e: number) => /[-–]$/.test(words[e - 1]) && e < words.length && /^(?:19|20)\d\d\b/.test(words[e]);
  for (let e = Math.min(words.length, at + 6); e > at; e--) if (fits(words.slice(at, e).join(' ')) && !cutRange(e)) out.push(e);
  return out;
}

/** How a row is read: how many typed cells may be blank, and whether text may follow its last typed cell (prose after the table). */
interface Mode {
  skips: number;
  open: boolean;
  /** An owner without a unit's shape may be read up to the dash of an empty text cell after it. */
  posts?: boolean;
  /** Where the reading ended, set when it succeeds. */
  end?: number;
}

/** Reads roles[r…] from token `at` into `cells`; whether the row was read. */
function readFrom(words: string[], at: number, roles: FieldRole[], r: number, names: string[][], mode: Mode, cells: Cells): boolean {
  if (r === roles.length) {
    mode.end = at;
    return at === words.length || mode.open;
  }
  const role = roles[r];
  let ends = typedEnds(role, words, at, names);
  // An owner before a text column (a partner) is the shortest whole unit name: the partner's units follow it.
  if (ends && role === 'owner' && r + 1 < roles.length && isTextColumn(roles[r + 1])) ends = ends.filter((e) => !/-$/.test(words[e - 1]) && !/^\p{Ll}/u.test(words[e] ?? 'X')).reverse();
  if (ends === null) {
    if (r === roles.length - 1) {
      cells[role] = words.slice(at).join(' ');
      mode.end = words.length;
      return true;
    }
    // A text cell in the middle: up to the first place the rest of the row reads. A dash where it opens is its own mark for nothing ('MHF – Senast 2027'), not a later cell's.
    for (let e = DASH.test(words[at] ?? '') ? at + 1 : at; e <= words.length; e++) {
      const rest: Cells = {};
      if (readFrom(words, e, roles, r + 1, names, mode, rest)) {
        // Read whole, a text cell would hold every cell after it already, each filled: those were the row's, and the text after them is another row's.
        if (!mode.open && holdsRest(words, at, e, roles, r + 1, names)) return false;
        Object.assign(cells, rest, { [role]: words.slice(at, e).join(' ') });
        return true;
      }
    }
    return false;
  }
  for (const e of ends) {
    const rest: Cells = {};
    if (readFrom(words, e, roles, r + 1, names, mode, rest)) {
      Object.assign(cells, rest, { [role]: words.slice(at, e).join(' ') });
      return true;
    }
  }
  const dashed = role === 'owner' && mode.posts && r + 1 < roles.length && isTextColumn(roles[r + 1]) ? dashedOwnerEnd(words, at) : -1;
  if (dashed > at) {
    const rest: Cells = {};
    if (readFrom(words, dashed, roles, r + 1, names, mode, rest)) {
      Object.assign(cells, rest, { [role]: words.slice(at, dashed).join(' ') });
      return true;
    }
  }
  // An owner named by a post ('Förstelärare i slöjd', 'Rektor Norrskolan') before a typed cell: a few words up to where that cell reads.
  for (const e of role === 'owner' && mode.posts && r + 1 < roles.length && !isTextColumn(roles[r + 1]) ? postEnds(words, at) : []) {
    const rest: Cells = {};
    if (readFrom(words, e, roles, r + 1, names, mode, rest)) {
      Object.assign(cells, rest, { [role]: words.slice(at, e).join(' ') });
      return true;
    }
  }
  // Documents leave a status or a time blank; an owner left out is more likely an owner the typer cannot see.
  if (mode.skips === 0 || role === 'owner') return false;
  mode.skips--;
  if (readFrom(words, at, roles, r + 1, names, mode, cells)) return true;
  mode.skips++;
  return false;
}

/** Words of an owner read up to a partner's dash at most ('Miljö och bygg –'). */
const MAX_DASHED_OWNER_WORDS = 4;

/**
 * 'Korta handläggningstiden … veckor Miljö och bygg – 2027 Pågår': an owner
 * with no unit's shape (a department named by its field, a post) before a
 * text column left empty with a dash. The dash ends the owner: capitalised at
 * its start, a few words with no figure or sentence's end. The dash's index,
 * or -1.
 */
function dashedOwnerEnd(words: string[], at: number): number {
  if (!/^\p{Lu}/u.test(words[at] ?? '')) return -1;
  for (let e = at + 1; e <= Math.min(words.length - 1, at + MAX_DASHED_OWNER_WORDS); e++) {
    if (DASH.test(words[e])) return e;
    if (/[.!?:;]$|\d/u.test(words[e])) return -1;
  }
  return -1;
}

/** Words of an owner named by a post at most ('Chef för elevhälsan', 'Samordnare för skolans IT'). */
const MAX_POST_WORDS = 4;

/**
 * Where an owner named by a post may end that opens at token `at`, shortest
 * first: it opens with a capital right after the activity's last word, in
 * lower case and no preposition ('… i fritidshemmet Förstelärare slöjd'),
 * and holds no figure, no sentence's end, and no second capital after a
 * lower-case word (that is a name inside the activity: '… på Norrskolans
 * gård Rektor …'); it opens with a word, not an abbreviation. The cell after
 * it must read where it ends.
 */
/** A unit's name closing on a noun in the definite form ('Tekniska förvaltningen', 'Kultur- och fritidsförvaltningen'). */
const UNIT_END = new RegExp(`^\\p{Ll}{3,}(?:${DEFINITE_FORM_ENDINGS})$`, 'u');

function postEnds(words: string[], at: number): number[] {
  const before = words[at - 1] ?? '';
  // After a unit's name the unit is the owner: a capital after it opens the next cell, one the typer cannot read (a status
  // word only the document's legend defines), never a post.
  if (UNIT_END.test(before) && /^\p{Lu}/u.test(words[at - 2] ?? '')) return [];
  // A unit's abbreviation ('KFF') opens no post: where the typer did not read it as the owner, it stands among the activity's words.
  if (!/^\p{Lu}\p{Ll}/u.test(words[at] ?? '') || !/^\p{Ll}/u.test(before) || /[.!?:;,]$/.test(before) || dangling.has(before.toLowerCase())) return [];
  const out: number[] = [];
  for (let e = at + 1; e <= Math.min(words.length - 1, at + MAX_POST_WORDS); e++) {
    const w = words[e - 1];
    if (/[.!?:;]$|\d/u.test(w) || (e - 1 > at && /^\p{Lu}/u.test(w) && /^\p{Ll}/u.test(words[e - 2]))) break;
    out.push(e);
  }
  return out;
}

/** Whether the rest of a row, roles[r…], reads whole and filled inside words[from, to), each cell from a capital. */
function holdsRest(words: string[], from: number, to: number, roles: FieldRole[], r: number, names: DocumentWords): boolean {
  for (let q = from + 1; q < to; q++) {
    const mode: Mode = { skips: 0, open: true };
    const rest: Cells = {};
    if (readFrom(words.slice(0, to), q, roles, r, names, mode, rest) && mode.end === to && roles.slice(r).every((role) => rest[role])) return true;
  }
  return false;
}

/**
 * The row's cells: the activity and the cells after it (`tail`, in the
 * header's order), and the number of words they take; null when they cannot
 * be told apart. Readings that take the whole text come first, then one
 * blank typed cell, then (for the last row before prose) text after it.
 */
export function readRowForward(words: string[], tail: FieldRole[], names: string[][]): { cells: Cells; words: number } | null {
  // A row is a few dozen words; more is a page that lost its row breaks, and no reading of it would be sure.
  if (words.length > MAX_ROW_WORDS) return null;
  // Last, an owner the typer cannot see, before a partner's dash (see dashedOwnerEnd): only where no other reading holds.
  for (const [skips, open, posts] of [[0, false, false], [1, false, false], [0, true, false], [1, true, false], [0, false, true], [1, false, true]] as const) {
    for (let p = 2; p < words.length; p++) {
      // With a post and a blank cell both, the reading is the loosest: its activity is one phrase, no sentence's end inside (a row run into the prose after the table holds one).
      if (posts && skips > 0 && words.slice(0, p - 1).some((w) => /[.!?]$/.test(w))) break;
      const cells: Cells = {};
      const mode: Mode = { skips, open, posts };
      if (readFrom(words, p, tail, 0, names, mode, cells)) return { cells: { ...cells, activity: words.slice(0, p).join(' ') }, words: mode.end ?? words.length };
    }
  }
  return null;
}

/**
 * The cells of one row that holds no activity, read from token `at` in the
 * order `roles` gives (a typed cell closing where its type ends, a text cell
 * running to where the next reads), and where they end; null when they do
 * not read whole (a blank cell shows as a dash, or the row is not read).
 */
export function readCellsAt(words: string[], at: number, roles: FieldRole[], names: string[][]): { cells: Cells; end: number } | null {
  const cells: Cells = {};
  const mode: Mode = { skips: 0, open: true };
  return readFrom(words, at, roles, 0, names, mode, cells) ? { cells, end: mode.end ?? words.length } : null;
}

/** Whether a column holds free text, so that only reading forwards can find where it ends. */
export function isTextColumn(role: FieldRole): boolean {
  return typedEnds(role, ['x'], 0, []) === null;
}

/**
 * The rest of a row that a page break cut, as the next page gives it: each
 * cell's last lines, most of them blank ('skolor under hösten 2024
 * och resten i vår.'). The activity's words come first, up to the first
 * word a typed cell reads; each cell after it takes what its type reads there
 * or nothing; a text cell runs to where a later typed cell reads. Null when
 * words are left over or nothing reads.
 */
export function readContinuation(words: string[], tail: FieldRole[], names: string[][]): Cells | null {
  // A cell's last lines go on in lower case ('slutförs i tre …'): a typed cell opens otherwise.
  const reads = (role: FieldRole, at: number) => at < words.length && !/^\p{Ll}/u.test(words[at]) && (typedEnds(role, words, at, names) ?? []).length > 0;
  let at = 0;
  while (at < words.length && !tail.some((r) => reads(r, at))) at++;
  const cells: Cells = { activity: words.slice(0, at).join(' ') };
  tail.forEach((role, r) => {
    const ends = typedEnds(role, words, at, names);
    let end = at;
    if (ends) end = reads(role, at) ? ends[0] : at;
    else {
      while (end < words.length && !tail.slice(r + 1).some((later) => !isTextColumn(later) && reads(later, end))) end++;
    }
    cells[role] = words.slice(at, end).join(' ');
    at = end;
  });
  return at === words.length && Object.values(cells).some(Boolean) ? cells : null;
}
