import type { Message, RawBlock } from '../core/types.js';
import type { FieldRole } from '../lang/fields.js';
import { DANGLING_WORDS } from '../lang/language.js';
import { isInfinitive } from '../lang/morphology.js';
import { headerRole } from './header-role.js';
import { headingTitleEnd } from './inline-headings.js';
import { isTextColumn, typedEnds } from './row-sequence.js';

/**
 * A table a PDF-to-text tool read in its plain order, column block by column
 * block, run into a transcript's line: the head's first words ('Nr Åtgärd'),
 * then the numbered rows' actions, with the titles of the bands between them;
 * then the rest of the head ('Ansvarig Klart Status') and each row's typed
 * cells in turn (a unit, a time, a status or share done), the free-text
 * comments among them; where a page's text goes on, rows and cells alternate
 * again. The rows are known by their numbers 1, 2, 3 …, the cells by their
 * types, and the k-th run of typed cells is the k-th row's.
 *
 * Example (a school-meals plan): 'Nr Åtgärd Kök 1 Byta ugnar i Norrskolan
 * 2 Införa … Ansvarig Klart Status KOST 2027 Pågår KOST VT 2028 Ej påbörjad
 * Ugnarna är beställda. …': rows 1 and 2 under the band 'Kök', with their
 * owners, times and statuses; the comment is left out. Not read: a table whose
 * head stands whole before its rows (the run-on table reader's), a numbered
 * list with no head, or rows whose cells never follow as typed runs.
 */

const dangling = new Set(DANGLING_WORDS);
/** Rows in order for the table to be believed, as for other id chains. */
const MIN_ROWS = 3;
/** A band's title is a few words. */
const MAX_BAND_WORDS = 6;
const TYPED_FALLBACK: FieldRole = 'status';

interface Token {
  word: string;
  at: number;
}

interface Run {
  start: number;
  end: number;
  cells: string[];
}

/** Words seen, with the column each names: a page runs to thousands of words, and the same few recur. */
const roles = new Map<string, ReturnType<typeof headerRole>['role']>();
const MAX_REMEMBERED = 5000;
function roleOf(word: string): ReturnType<typeof headerRole>['role'] {
  let role = roles.get(word);
  if (role === undefined) {
    if (roles.size >= MAX_REMEMBERED) roles.clear();
    role = headerRole(word.replace(/[,:]$/, '')).role;
    roles.set(word, role);
  }
  return role;
}
/** A column word for a row's number is short and capitalised ('Nr', 'Id', '#'): other words are not looked up. */
const mayNumberRows = (word: string) => word.length <= 6 && /^[\p{Lu}#]/u.test(word);

/** Reads each block that holds such a table into a header row, band rows and rows; other blocks pass unchanged. */
export function readColumnBlocks(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  let table = blocks.reduce((n, b) => Math.max(n, (b.table ?? -1) + 1), 0);
  return blocks.flatMap((b) => {
    if (b.kind !== 'paragraph') return [b];
    const read = readBlock(b, table);
    if (!read) return [b];
    table++;
    messages.push({ severity: 'info', reason: `Read a table given column block by column block: ${read.filter((r) => r.kind === 'row' && !r.header && r.cells![0]).length} rows`, ruleId: 'clean/column-blocks' });
    return read;
  });
}

function readBlock(b: RawBlock, table: number): RawBlock[] | null {
  const tokens: Token[] = [...b.text.matchAll(/\S+/g)].map((m) => ({ word: m[0], at: m.index! }));
  const words = tokens.map((t) => t.word);
  const head = words.findIndex((w, i) => mayNumberRows(w) && roleOf(w) === 'number' && roleOf(words[i + 1] ?? '') === 'activity');
  if (head < 0) return null;
  const rows = rowStarts(words, head + 2);
  if (rows.length < MIN_ROWS) return null;
  const rest = restOfHead(words, rows[0]);
  // The head said again whole ('Nr Åtgärd Ansvarig …' on the next page) is a repeated head, and rows with their cells before the head's rest are a table read row by row.
  if (!rest || (rest.start >= 2 && roleOf(words[rest.start - 1]) === 'activity') || typedRuns(words.slice(0, rest.start), rows[0], rest.roles).length) return null;
  const runs = typedRuns(words, rest.end, rest.roles);
  if (runs.length < MIN_ROWS) return null;
  const src = (i: number) => (b.source === undefined ? undefined : b.source + tokens[i].at);
  const cut = (from: number, to: number) => (from < to ? b.text.slice(tokens[from].at, tokens[to - 1].at + tokens[to - 1].word.length) : '');
  const row = (cells: string[], at: number, header = false): RawBlock => ({ kind: 'row', text: '', page: b.page, cells, table, source: src(at), ...(header ? { header } : {}) });
  const band = (from: number, to: number) => row(['', cut(from, to), ...rest.roles.map(() => '')], from);
  const out: RawBlock[] = [];
  if (head > 0) out.push({ ...b, text: cut(0, head), source: b.source });
  out.push(row([words[head], words[head + 1], ...rest.words], head, true));
  // The text between the head and the first row is the first band's title.
  if (rows[0] > head + 2 && isBandTitle(words, head + 2, rows[0])) out.push(band(head + 2, rows[0]));
  const texts = rowTexts(words, rows, runs, rest.start);
  texts.forEach(({ from, to, title, end }, k) => {
    const cells = runs[k]?.cells ?? rest.roles.map(() => '');
    out.push(row([words[rows[k]], cut(from, to), ...cells], rows[k]));
    if (title !== null) out.push(band(title, end));
  });
  return out;
}

/** Row numbers 1, 2, 3 … in order from token `from`, each before a capitalised word or a typed run. */
function rowStarts(words: string[], from: number): number[] {
  const out: number[] = [];
  for (let i = from; i < words.length - 1; i++) {
    if (words[i] === String(out.length + 1) && /^\p{Lu}/u.test(words[i + 1])) out.push(i);
  }
  return out;
}

/** The rest of the head: two or more column words in a row after the first row, with the typed columns among them. */
function restOfHead(words: string[], after: number): { start: number; end: number; words: string[]; roles: FieldRole[] } | null {
  for (let i = after; i < words.length - 1; i++) {
    let j = i;
    while (j < words.length && roleOf(words[j]) !== null) j++;
    if (j - i < 2) continue;
    const roles = words.slice(i, j).map((w) => roleOf(w) as FieldRole);
    const typed = roles.map((r, k) => ({ r, k })).filter(({ r }) => !isTextColumn(r));
    if (typed.length < 2 || !roles.includes('owner')) return null;
    return { start: i, end: j, words: typed.map(({ k }) => words[i + k]), roles: typed.map(({ r }) => r) };
  }
  return null;
}

/** Where each cell may end when read from token `at`: its own type, or a status or share done in a column whose word names a time ('Klart'). */
function cellEnds(role: FieldRole, words: string[], at: number): number[] {
  const own = typedEnds(role, words, at, []) ?? [];
  return role === 'owner' || own.length ? own : (typedEnds(TYPED_FALLBACK, words, at, []) ?? []);
}

/** Reads roles[r…] from token `at`; the end of the run and its cells, or null. */
function readRun(words: string[], at: number, roles: FieldRole[], r = 0): { end: number; cells: string[] } | null {
  if (r === roles.length) return { end: at, cells: [] };
  if (at >= words.length || (r === 0 && /^\d{1,2}$/.test(words[at]))) return null;
  for (const e of cellEnds(roles[r], words, at)) {
    const rest = readRun(words, e, roles, r + 1);
    if (rest) return { end: rest.end, cells: [words.slice(at, e).join(' '), ...rest.cells] };
  }
  return null;
}

/** The runs of typed cells after the head's rest, in order; a run that reads from a capitalised word later and ends at the same place starts there (a place's name before a unit is the action's). */
function typedRuns(words: string[], from: number, roles: FieldRole[]): Run[] {
  const out: Run[] = [];
  for (let i = from; i < words.length; i++) {
    let run = readRun(words, i, roles);
    if (!run) continue;
    let start = i;
    // A unit's second name in brackets or after a slash ('FSA (BUF)') goes with the first.
    for (let later = i + 1; later < run.end && /^\p{Lu}/u.test(words[later]); later++) {
      const other = readRun(words, later, roles);
      if (other && other.end === run.end) {
        run = other;
        start = later;
      }
    }
    out.push({ start, end: run.end, cells: run.cells });
    i = run.end - 1;
  }
  return out;
}

/** Where row k's words end: at the next row's number, the head's rest or a typed run, whichever comes first. */
function rowEnd(rows: number[], k: number, words: string[], runs: Run[], restStart: number): number {
  const from = rows[k] + 1;
  const stops = [rows[k + 1] ?? words.length, ...(restStart >= from ? [restStart] : []), ...runs.map((r) => r.start).filter((s) => s >= from)];
  return Math.min(...stops);
}

/**
 * Each row's words, and the band title that ends them before the next row. A
 * row left with no words of its own (its number read beside its cells) takes
 * the first of two actions the next row's words hold.
 */
function rowTexts(words: string[], rows: number[], runs: Run[], restStart: number): Array<{ from: number; to: number; title: number | null; end: number }> {
  const out = rows.map((r, k) => {
    const end = rowEnd(rows, k, words, runs, restStart);
    const title = end === rows[k + 1] ? bandStart(words, r + 1, end) : null;
    return { from: r + 1, to: title ?? end, title, end };
  });
  out.forEach((row, k) => {
    const next = out[k + 1];
    if (row.from < row.to || !next) return;
    const opensAction = (i: number) => i > next.from && i < next.to && /^\p{Lu}/u.test(words[i]) && isInfinitive(words[i]) && !dangling.has(words[i - 1].toLowerCase());
    const second = words.findIndex((_, i) => opensAction(i));
    if (second < 0) return;
    out[k] = { ...row, from: next.from, to: second };
    out[k + 1] = { ...next, from: second };
  });
  return out;
}

/** Where a band's title starts at the end of a row's words [from, to), or null. */
function bandStart(words: string[], from: number, to: number): number | null {
  for (let s = Math.max(from + 1, to - MAX_BAND_WORDS); s < to; s++) {
    if (isBandTitle(words, s, to) && (to - s >= 2 || /^\p{Ll}/u.test(words[s - 1])) && !dangling.has(words[s - 1].toLowerCase())) return s;
  }
  return null;
}

/** Words [from, to) read as a band's title: a heading's shape, its words after the first in lower case (a name's capitals are no band's). */
function isBandTitle(words: string[], from: number, to: number): boolean {
  const title = words.slice(from, to).join(' ');
  return to - from <= MAX_BAND_WORDS && headingTitleEnd(title) === title.length && words.slice(from + 1, to).every((w) => /^[\p{Ll},&–-]/u.test(w));
}
