import type { Message, RawBlock } from '../core/types.js';
import type { FieldRole } from '../lang/fields.js';
import { DANGLING_WORDS } from '../lang/language.js';
import { SECTION_LABEL_WORDS } from '../lang/sections.js';
import { sv } from '../lang/pattern.js';
import { ROLE_HEADS } from '../lang/units.js';
import { isInfinitive } from '../lang/morphology.js';
import { headerRole } from './header-role.js';
import { isAreaColumnWord } from './column-areas.js';
import { follows, parseId, type ItemId } from './numbering.js';
import { isTextColumn, readCellsAt, typedEnds, type Cells } from './row-sequence.js';

/**
 * A table whose activity column a PDF-to-text tool gave as one stretch, the
 * other columns' cells after it in an order no type tells apart (cells of
 * two tables side by side, a row's time set below the next row's owner):
 * the column's word, then actions each opening with a capitalised
 * infinitive, up to the next column's word.
 *
 *   'Aktivitet Rusta upp lekplatsen i Norrby Anlägga en hundrastgård Måla
 *    om paviljongen Ansvar Parkenheten Tid 2026 …'
 *
 * The actions are the rows. The cells after them are kept as text, and a
 * typed column (owner, time, status) whose column word stands among them and
 * whose cells number the rows gives each row the cell that stands between
 * its neighbours' cells (readColumnCells). Where the id
 * column came before it, its ids in order and the areas' titles merged down
 * among them ('Område Lekplatser Nr P1 P2 Hundparker P3 Åtgärd …'), each
 * action takes the next id and its area. A stretch with fewer actions than
 * ids goes on further down the page, after the first rows' cells, until a
 * unit's name ends its last action. Not read: a stretch that no column word
 * ends, here or at the start of the next block, or whose column word goes on
 * in lower case (prose that names a column), or one whose actions hold a
 * sentence's end inside them.
 */

const dangling = new Set(DANGLING_WORDS);
const SENTENCE_END = /[.!?:;]$/;
/** Actions a stretch holds at least: fewer is no table to read this way. */
const MIN_ROWS = 3;
/** An area's title merged down the id column is a few words. */
const MAX_TITLE_WORDS = 6;
const ID_TOKEN = /^\p{Lu}{0,2}\d{1,2}(?:\.\d{1,2}){0,2}$/u;

const roleOf = (word: string) => (/^\p{Lu}/u.test(word) ? headerRole(word).role : null);
const AREA_LABEL = sv(`^(?:${SECTION_LABEL_WORDS})$`, 'iu');
/** A column's word that ends the activity column's stretch. */
const endsStretch = (word: string) => roleOf(word) !== null && roleOf(word) !== 'activity';

/** An action opens at token k: a capitalised infinitive after no word that needs one after it ('… i samverkan med'). */
export function opensAction(words: string[], k: number): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(words[k]) && isInfinitive(words[k]) && !dangling.has((words[k - 1] ?? '').toLowerCase());
}

/** Actions cut before each capitalised infinitive in [from, to), the first opening at `from`; null when one holds a sentence's end inside it. */
export function cutActions(words: string[], from: number, to: number): string[] | null {
  const starts: number[] = [];
  for (let k = from; k < to; k++) if (opensAction(words, k)) starts.push(k);
  const actions = starts.map((s, k) => words.slice(s, starts[k + 1] ?? to));
  if (starts[0] !== from || actions.some((a) => a.slice(0, -1).some((w) => SENTENCE_END.test(w)))) return null;
  return actions.map((a) => a.join(' '));
}

interface IdColumn {
  /** Where the column's words start: the area's column word, or the number's. */
  start: number;
  ids: string[];
  /** Each id's area title, '' where the column has none. */
  areas: string[];
  header: string[];
  /** The ids repeat the column's word ('Akt 4'): they number the stretch's actions only where as many. */
  worded?: boolean;
}

/**
 * The id column right before the activity's word: its number word, ids that
 * follow each other, and, after an area column word before it, the areas'
 * titles among the ids, each before its first id; null when anything else
 * stands there.
 */
function readIdColumn(words: string[], activity: number): IdColumn | null {
  const worded = readWordedIds(words, activity);
  if (worded) return worded;
  let number = activity - 1;
  while (number >= 0 && roleOf(words[number]) !== 'number') number--;
  if (number < 0) return null;
  const areaWord = number >= 2 && isAreaColumnWord(words.slice(0, number).findLast((w) => isAreaColumnWord(w)) ?? '') ? words.slice(0, number).findLastIndex((w) => isAreaColumnWord(w)) : -1;
  const firstTitle = areaWord >= 0 && number - areaWord - 1 <= MAX_TITLE_WORDS ? words.slice(areaWord + 1, number).join(' ') : '';
  const ids: string[] = [];
  const areas: string[] = [];
  let title = firstTitle;
  let pending: string[] = [];
  for (let k = number + 1; k < activity; k++) {
    if (ID_TOKEN.test(words[k]) && parseId(words[k])) {
      if (pending.length) title = pending.join(' ');
      if (pending.length && !firstTitle) return null;
      pending = [];
      ids.push(words[k]);
      areas.push(title);
    } else if (/^\p{Lu}/u.test(words[k]) || pending.length) pending.push(words[k]);
    else return null;
    if (pending.length > MAX_TITLE_WORDS) return null;
  }
  const parsed = ids.map((id) => parseId(id)) as ItemId[];
  if (pending.length || ids.length < MIN_ROWS || !parsed.every((id, k) => k === 0 || follows(parsed[k - 1], id))) return null;
  const header = firstTitle ? [words[areaWord], words[number]] : ['', words[number]];
  return { start: firstTitle ? areaWord : number, ids, areas, header };
}

/** An id column's word: a short abbreviation no column's role reads ('Åtg', 'Akt'). */
const ID_WORD = /^\p{Lu}\p{Ll}{1,3}\.?$/u;

/**
 * An id column whose ids repeat its word before each number, right before
 * the activity's word: 'Akt Akt 4 Akt 5 Aktivitet …', the numbers following
 * each other (running on from an earlier table's, so the first need not be
 * 1); null when anything else stands there.
 */
function readWordedIds(words: string[], activity: number): IdColumn | null {
  const word = words[activity - 2] ?? '';
  if (!ID_WORD.test(word) || roleOf(word) !== null) return null;
  let k = activity;
  const ids: string[] = [];
  while (k >= 3 && /^\d{1,3}$/.test(words[k - 1]) && words[k - 2] === word) {
    ids.unshift(`${word} ${words[k - 1]}`);
    k -= 2;
  }
  const numbers = ids.map((id) => Number(id.split(' ')[1]));
  if (!ids.length || words[k - 1] !== word || !numbers.every((n, q) => q === 0 || n === numbers[q - 1] + 1)) return null;
  return { start: k - 1, ids, areas: ids.map(() => ''), header: ['', word], worded: true };
}

/**
 * The rest of the activity column further down the page: from the first
 * capitalised infinitive after `from`, `count` actions, the last ending
 * before a unit's name; null unless exactly that many read.
 */
function readRestOfColumn(words: string[], from: number, count: number): { start: number; end: number; actions: string[] } | null {
  const start = words.findIndex((_, k) => k >= from && opensAction(words, k));
  if (start < 0) return null;
  const end = words.findIndex((w, k) => k > start && /^\p{Lu}/u.test(w) && !opensAction(words, k) && !dangling.has(words[k - 1].toLowerCase()) && (endsStretch(w) || (typedEnds('owner', words, k, []) ?? []).length > 0));
  const actions = end < 0 ? null : cutActions(words, start, end);
  return actions && actions.length === count ? { start, end, actions } : null;
}

const TYPED: FieldRole[] = ['time', 'status', 'owner'];
/** The heads of a post's name as an alternation. */
const POST_HEAD = `(?:${ROLE_HEADS.words.join('|')})`;
/** A head standing alone as the post's whole name ('Rektor', 'Chef'). */
const POST_ALONE = `(?:${ROLE_HEADS.words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})`;
/**
 * One capitalised word whose head names a post ('Folkhälsostrategen',
 * 'Säkerhetssamordnaren', 'Rektor'), or posts that share the work joined by a
 * slash ('Rektor/förstelärare'): a plural ('Rektorerna', 'Chefer') or another
 * word the head opens ('Chefsdagar') names no one post.
 */
const POST = new RegExp(`^(?:\\p{Lu}\\p{Ll}*${POST_HEAD}|${POST_ALONE})(?:/\\p{Ll}*${POST_HEAD})*$`, 'u');

/**
 * The typed cells of the spans, each column's in its order: a column's cells
 * come down the page in its rows' order though the columns interleave. A
 * column is read only when it gives one cell per row and the column words
 * among the cells name it; a cell is its row's only where it stands after
 * every cell of the row before and before every cell of the row after (a
 * cell a tall row set lower, 'RTJ Senast juni 2026' after the next row's
 * unit, is left out, not given to the wrong row), and the first and last
 * rows' only where their one neighbour's cells all stand so. Comments and
 * words no type reads are passed over.
 */
function readColumnCells(words: string[], spans: Array<[number, number]>, count: number): { header: string[]; roles: FieldRole[]; cells: string[][] } {
  const queues = new Map<FieldRole, Array<{ text: string; at: number }>>(TYPED.map((r) => [r, []]));
  const named = new Map<FieldRole, string>();
  const whole = new Map<FieldRole, Array<{ text: string; at: number }>>();
  for (const [from, to] of spans) {
    const part = words.slice(from, to);
    // The column whose word opened the words read since: its cells alone, or null once anything else stood there.
    let open: { role: FieldRole; cells: Array<{ text: string; at: number }> } | null = null;
    const close = () => open && open.cells.length === count && !whole.has(open.role) && whole.set(open.role, open.cells);
    for (let k = 0; k < part.length; ) {
      const role = roleOf(part[k]);
      if (role !== null) {
        close();
        open = TYPED.includes(role) ? { role, cells: [] } : null;
        if (!named.has(role)) named.set(role, part[k]);
      }
      const read = role === null ? TYPED.map((r) => ({ r, e: cellEnd(r, part, k) })).find(({ e }) => e > k) : undefined;
      if (read) queues.get(read.r)!.push({ text: part.slice(k, read.e).join(' '), at: from + k });
      if (open && role === null) {
        if (read?.r === open.role) open.cells.push(queues.get(read.r)!.at(-1)!);
        else open = null;
      }
      k = read ? read.e : k + 1;
    }
    close();
  }
  // A column given whole under its word ('Ansvar KOST SKOL KOST Samverkan …') holds its rows' cells in order; cells of its type further on are another column's (a partner's unit).
  for (const [r, cells] of whole) queues.set(r, cells);
  const roles = TYPED.filter((r) => queues.get(r)!.length === count && named.has(r));
  const interleaved = roles.filter((r) => !whole.has(r));
  const at = (i: number) => interleaved.map((r) => queues.get(r)![i].at);
  const between = (r: FieldRole, i: number) => {
    const own = queues.get(r)![i].at;
    return (i === 0 || at(i - 1).every((p) => p < own)) && (i === count - 1 || at(i + 1).every((p) => p > own));
  };
  // The first and last rows have a neighbour on one side only: that neighbour's cells must all stand where they belong.
  const edge = (i: number) => (i === 0 ? 1 : i === count - 1 ? count - 2 : -1);
  const placed = (r: FieldRole, i: number) => whole.has(r) || (between(r, i) && (edge(i) < 0 || interleaved.every((o) => between(o, edge(i)))));
  const grouped = groupByOwner(interleaved.map((r) => queues.get(r)!), interleaved.indexOf('owner'), count);
  const cells = Array.from({ length: count }, (_, i) =>
    roles.map((r) => (placed(r, i) ? queues.get(r)![i].text : interleaved.includes(r) ? grouped?.[i][interleaved.indexOf(r)] ?? '' : '')),
  );
  const byRows = readRowWise(words, spans[0][0], spans[0][1], count);
  const filled = (rows: string[][]) => rows.flat().filter(Boolean).length;
  // The cells came row by row, the head's words among the first row's ('Ansvar DIG Tid 2026 Status Klar BUF 2027 Pågår …'): no column's cells stand together, so the rows read in the head's order say more.
  if (byRows && filled(byRows.cells) > filled(cells)) return byRows;
  return { header: roles.map((r) => named.get(r)!), roles, cells };
}

/** Columns a head read row by row may name: the typed ones, and text between them (a partner, a comment). */
const ROW_WISE_TYPED: FieldRole[] = [...TYPED, 'progress', 'track'];

interface HeadWord {
  role: FieldRole;
  word: string;
  /** How many of the other words stand before it. */
  at: number;
}

/** The head's columns in the order its words stand from `from`, up to a word of a column it names already (the next table's head), and the other words. */
function splitHead(words: string[], from: number, to: number): { head: HeadWord[]; stream: string[] } {
  const head: HeadWord[] = [];
  const stream: string[] = [];
  for (let k = from; k < to; k++) {
    // A head word that goes on in lower case ('Andel klart', 'Klart senast') is read whole.
    const two = /^\p{Ll}/u.test(words[k + 1] ?? '') && /^\p{Lu}/u.test(words[k]) ? headerRole(`${words[k]} ${words[k + 1]}`).role : null;
    const role = two ?? roleOf(words[k]);
    if (role === null) {
      stream.push(words[k]);
      continue;
    }
    if (head.some((h) => h.role === role)) break;
    head.push({ role, word: two ? `${words[k]} ${words[k + 1]}` : words[k], at: stream.length });
    if (two) k++;
  }
  return { head, stream };
}

/**
 * The typed cells read row by row: the head's words in [from, to) give the
 * columns and their order, wherever they stand among the first row's cells
 * (a reading order that took the head and the first row as one block per
 * column, 'Ansvar TK Klart 2026 Status Pågår', and the rows after it line by
 * line); the words left are read as `count` rows in that order. Null unless
 * every row reads, no typed cell is left over after the last, and two typed
 * columns or more are named; a text column
 * last (a comment, a financing note) is not read, as it would run to the end:
 * its words are passed over up to where the next row's cells read.
 */
function readRowWise(words: string[], from: number, to: number, count: number): { header: string[]; roles: FieldRole[]; cells: string[][] } | null {
  const { head, stream } = splitHead(words, from, to);
  const textLast = head.length > 0 && isTextColumn(head.at(-1)!.role);
  while (head.length && isTextColumn(head.at(-1)!.role)) head.pop();
  const roles = head.map((h) => h.role);
  if (roles.some((r) => !ROW_WISE_TYPED.includes(r) && !isTextColumn(r)) || roles.filter((r) => TYPED.includes(r)).length < 2) return null;
  const rows: Cells[] = [];
  let at = 0;
  while (rows.length < count) {
    // A text column last (a financing note, a comment) runs up to where the next row's cells read.
    if (textLast && rows.length > 0) while (at < stream.length && !readCellsAt(stream, at, roles, [])) at++;
    const read = readCellsAt(stream, at, roles, []);
    if (!read || read.end === at) return null;
    rows.push(read.cells);
    at = read.end;
  }
  // The head stands whole before the cells, or each of its words right before the first row's cell of its column: else the words were not read in the head's order.
  const starts = roles.map((_, c) => roles.slice(0, c).reduce((n, r) => n + (rows[0][r] ?? '').split(' ').filter(Boolean).length, 0));
  if (!head.every((h) => h.at === 0) && !head.every((h, c) => h.at === starts[c])) return null;
  // Typed cells left over after the last row are rows' cells the reading lost count of (a cell set below the next row's): no row's reading is then sure.
  // Where a text column is last, the last row's text runs on as the others' did (a dash for none, words of the page after the table): only a whole row left over says the count was lost.
  const rowAfter = () => stream.some((_, q) => q >= at && (readCellsAt(stream, q, roles, [])?.end ?? q) > q);
  if (textLast ? rowAfter() : at < stream.length && TYPED.some((r) => cellEnd(r, stream, at) > at)) return null;
  const typed = TYPED.filter((r) => roles.includes(r));
  return { header: typed.map((r) => head.find((h) => h.role === r)!.word), roles: typed, cells: rows.map((row) => typed.map((r) => row[r] ?? '')) };
}

type Cell = { text: string; at: number };

/**
 * Each row's cells read as the group that its unit opens, the unit being the
 * row's first cell: a group with one cell of each column gives them to its
 * row. A cell set lower than the next row's unit ('TF Klar RTJ Senast juni
 * 2026 Q2 2027') makes that group hold two of a column and its row before
 * none: the first is the row before's, when that row lacks nothing else; one
 * left over after the last row goes to the one row that lacks that column,
 * unless that row is the last but one (then either reading holds).
 * A group left with two of a column gives its row nothing. `columns`: each column's cells, in order.
 */
function groupByOwner(columns: Cell[][], owner: number, count: number): string[][] | null {
  if (owner < 0 || columns.length < 2) return null;
  const starts = columns[owner].map((c) => c.at);
  const groups = starts.map((start, i) => columns.map((col) => col.filter((c) => c.at > start && c.at < (starts[i + 1] ?? Infinity)).map((c) => c.text)));
  groups.forEach((g, i) => (g[owner] = [columns[owner][i].text]));
  // Two in the last group are either the row before's set lower or a cell left over at the end: which is not known, so the set-lower reading stops before it.
  for (let i = 1; i < count - 1; i++)
    for (let c = 0; c < columns.length; c++) {
      const lacks = groups[i - 1].filter((col) => col.length === 0).length;
      if (groups[i][c].length === 2 && groups[i - 1][c].length === 0 && lacks === 1) groups[i - 1][c].push(groups[i][c].shift()!);
    }
  for (let c = 0; c < columns.length; c++) {
    const last = groups[count - 1][c];
    const lacking = groups.filter((g) => g[c].length === 0);
    if (last.length === 2 && lacking.length === 1 && lacking[0] !== groups[count - 2]) lacking[0][c].push(last.pop()!);
  }
  // A group still holding two of a column took cells of rows whose order is lost ('Miljö Komm 2025–2026 2026 Avbruten'): none of it is believed.
  return groups.map((g) => (g.some((col) => col.length > 1) ? g.map(() => '') : g.map((col) => col[0] ?? '')));
}

/** Where a cell of the role read from token k ends: the longest reading, an owner's whole ('SOC (RTJ)', 'Miljö- och byggförvaltningen') but not two rows' units run together ('VA-enheten Socialförvaltningen'). */
export function cellEnd(role: FieldRole, words: string[], k: number): number {
  const ends = typedEnds(role, words, k, []) ?? [];
  if (role !== 'owner') return ends[0] ?? k;
  const whole = ends.filter((e) => !/[-/,]$/.test(words[e - 1]) && !/^\p{Ll}/u.test(words[e] ?? 'X'));
  // Two units' names run together, the second opening with a capital, are two rows' cells; a unit in parentheses after the lead's is the row's own.
  const split = whole.findLast((e) => /^\p{Lu}/u.test(words[e] ?? '') && (typedEnds('owner', words, e, []) ?? []).length > 0);
  // In a column its header names the owner's, a post's name is a cell too ('Säkerhetssamordnaren'), as no unit's shape is.
  return split ?? whole[0] ?? (POST.test(words[k]) ? k + 1 : k);
}

/** An outline number of two or three parts ('3.1', '3.1.2'). */
const OUTLINE_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,2}$/;

/**
 * Where a numbered title opens that ends the words in [from, to): an outline
 * number, then a few words, the first capitalised, with no figure or
 * sentence's end (a column's word may open it: 'Uppföljning av …'); `to` for none.
 */
function numberedTitleAt(words: string[], from: number, to: number): number {
  for (let q = to - 2; q >= Math.max(from, to - 1 - MAX_TITLE_WORDS); q--) {
    if (!OUTLINE_NUMBER.test(words[q])) continue;
    const title = words.slice(q + 1, to);
    const plain = title.every((w) => !/\d|[.!?:;]$/u.test(w));
    return plain && /^\p{Lu}\p{Ll}/u.test(title[0]) ? q : to;
  }
  return to;
}

/** Capitalised words of a head no type reads ('Trend') that may stand between carried cells and a column's word. */
const MAX_HEAD_WORDS = 2;

/**
 * The typed cells a block opens with when a page's marker set in the middle
 * of the page cut them from the table above: cells no type leaves a word of,
 * then the next columns' head ('Klar Trend Kommentar …', 'Ej påbörjad
 * Kommentar …'); empty when the block opens with anything else (prose, a
 * heading, a cell then prose).
 */
export function leadingCells(words: string[]): string[] {
  let k = 0;
  while (k < words.length && roleOf(words[k]) === null) {
    const end = Math.max(k, ...TYPED.map((r) => cellEnd(r, words, k)));
    if (end === k) break;
    k = end;
  }
  let head = k;
  while (head < words.length && head - k < MAX_HEAD_WORDS && roleOf(words[head]) === null && /^\p{Lu}\p{Ll}+$/u.test(words[head])) head++;
  return k > 0 && head < words.length && endsStretch(words[head]) ? words.slice(0, k) : [];
}

interface Stretch {
  before: number;
  after: number;
  header: string[];
  rows: string[][];
  /** Where the rest of the column stood further down, its words now rows. */
  rest?: { start: number; end: number };
}

/**
 * Where the stretch's last action ends, before `end`: at a unit's name after
 * a word that ends a line ('… som leverantörer KLF Inom ram 6.3 …': the
 * last row's cells, and the next table's title, that the reading order set
 * before the next head), as the rest of a column ends (readRestOfColumn).
 */
function lastActionEnd(words: string[], from: number, end: number): number {
  let last = from;
  for (let k = from; k < end; k++) if (opensAction(words, k)) last = k;
  // A unit's name the sentence goes on after in lower case ('… gator där kommunalt VA saknas vintertid') is the action's own word.
  const closesCell = (k: number) => (typedEnds('owner', words, k, []) ?? []).some((e) => e >= end || !/^\p{Ll}/u.test(words[e]));
  const unit = words.findIndex((w, k) => k > last + 1 && k < end && /^\p{Lu}/u.test(w) && !opensAction(words, k) && /\p{Ll}$/u.test(words[k - 1]) && !dangling.has(words[k - 1].toLowerCase()) && closesCell(k));
  return unit < 0 ? end : unit;
}

/** The activity column's stretch at or after token `from`, with its id column where one reads; `minRows` actions at least. */
function readStretch(words: string[], from: number, closed: boolean, minRows = MIN_ROWS): Stretch | null {
  for (let at = from; at < words.length - 1; at++) {
    if (roleOf(words[at]) !== 'activity' || !opensAction(words, at + 1)) continue;
    const found = words.findIndex((w, k) => k > at + 1 && endsStretch(w));
    // A page's footer set among the cells cut the page's text: the next column's word then opens the next block.
    const end = found < 0 && closed ? words.length : found;
    if (end < 0) return null;
    // A column's word before lower-case words is a sentence's ('Ansvar ligger hos nämnden'): a header's is followed by another or by a cell.
    if (/^\p{Ll}/u.test(words[end + 1] ?? '')) continue;
    const stop = lastActionEnd(words, at + 1, end);
    const actions = cutActions(words, at + 1, stop);
    // Row numbers among the actions ('Nr Åtgärd Förskola 1 Bygga … 2 Avveckla …'): rows read in the column blocks' order (column-blocks.ts).
    const numbered = roleOf(words[at - 1] ?? '') === 'number' || (actions ?? []).filter((a) => /\s\d{1,2}$/.test(a)).length >= 2;
    if (!actions || actions.length < minRows || numbered) continue;
    const column = readIdColumn(words, at);
    if (!column || column.start < from || (column.worded && column.ids.length !== actions.length)) return { before: at, after: stop, header: [words[at]], rows: actions.map((a) => [a]) };
    const rest = actions.length < column.ids.length ? readRestOfColumn(words, end, column.ids.length - actions.length) : null;
    const all = [...actions, ...(rest?.actions ?? [])].slice(0, column.ids.length);
    const rows = all.map((a, k) => [k === 0 || column.areas[k] !== column.areas[k - 1] ? column.areas[k] : '', column.ids[k], a]);
    return { before: column.start, after: stop, header: [...column.header, words[at]], rows, ...(rest ? { rest: { start: rest.start, end: rest.end } } : {}) };
  }
  return null;
}

/**
 * Where the next table opens among the cells after a stretch, or `to`: an
 * area's label with its number ('Tema 2 Utemiljö', 'Målområde 3:') or the id
 * or activity column's word of the next head ('Nr', 'Id', 'Åtgärd'), or an
 * indicator table's ('Indikator', 'Målvärde'). The
 * cells after it are that table's, which a reading order by columns gives
 * in the same stream ('… Ansvar TK Tid 2026 Status Klar … Tema 2 … Id B1 B2
 * Åtgärd … Ansvar …'): counted with this table's, no column would add up.
 */
function nextTableAt(words: string[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const role = roleOf(words[k]);
    if (role === 'number' || role === 'activity' || role === 'indicator' || (AREA_LABEL.test(words[k]) && /^\p{Lu}/u.test(words[k]) && /^\d{1,2}\b/.test(words[k + 1] ?? ''))) return k;
  }
  return to;
}

/**
 * Where the head's first column word comes again among a table's cells in
 * [from, to) ('… KFF Löpande Inom ram Ansvar KLF Tid 2026 …'): the next
 * table's head and cells, which a reading order by lines set there, before
 * that table's title and actions; `to` for none.
 */
function repeatedHeadAt(words: string[], from: number, to: number): number {
  const first = words.findIndex((w, q) => q >= from && q < to && roleOf(w) !== null);
  const again = first < 0 ? -1 : words.findIndex((w, q) => q > first && q < to && w === words[first]);
  return again < 0 ? to : again;
}

/**
 * Whether the head's column words come again after a stretch's cells, from
 * `from` on, before the next table's activity word ('… TEK Löpande – Ansvar
 * GAT Tid Löpande … 3.2 Halkbekämpning Åtgärd Sanda …'): the next table's
 * head and cells came before its title and actions. That table is read
 * however few its actions and whether or not a column word closes them,
 * since its cells stand ready (withCellsAhead).
 */
function headAhead(words: string[], from: number): boolean {
  const stop = nextTableAt(words, from, words.length);
  return stop < words.length && repeatedHeadAt(words, from, stop) < stop;
}

/**
 * The cells of a table read with the cells that came before its actions
 * (`ahead`: its head and first rows' cells, set among the table above's),
 * or without them: the reading that places more cells.
 */
function withCellsAhead(words: string[], spans: Array<[number, number]>, count: number, ahead: string[]): ReturnType<typeof readColumnCells> {
  const own = readColumnCells(words, spans, count);
  if (!ahead.length) return own;
  const joined = [...ahead, ...spans.flatMap(([a, b]) => words.slice(a, b))];
  const both = readColumnCells(joined, [[0, joined.length]], count);
  const filled = (r: ReturnType<typeof readColumnCells>) => r.cells.flat().filter(Boolean).length;
  return filled(both) > filled(own) ? both : own;
}

/**
 * A block whose activity columns came as stretches: the text before each, a
 * header and a row for each action with the cells its columns give, the text
 * after it kept. `next`: the words of the next block when it opens with a
 * column's word (the cells a footer cut from the stretch); `carried`: else
 * the cells the next block opens with before the next columns' head
 * (leadingCells), read as the last of this table's.
 */
export function readStretchBlock(b: RawBlock, tokens: RegExpMatchArray[], messages: Message[], table: number, next: string[] | null, carried: string[] = []): RawBlock[] {
  const words = tokens.map((t) => t[0]);
  const stretches: Stretch[] = [];
  for (let read = readStretch(words, 0, next !== null); read; ) {
    stretches.push(read);
    const after = read.rest?.end ?? read.after;
    read = (headAhead(words, after) ? readStretch(words, after, true, 1) : null) ?? readStretch(words, after, next !== null);
  }
  if (stretches.length === 0) return [b];
  const source = (k: number) => (b.source === undefined ? undefined : b.source + tokens[k].index!);
  const cut = (from: number, to: number) => b.text.slice(tokens[from].index!, to < tokens.length ? tokens[to].index! : b.text.length).trim();
  const parts: RawBlock[] = [];
  const text = (from: number, to: number) => from < to && parts.push({ kind: 'paragraph', text: cut(from, to), page: b.page, source: source(from) });
  const all = [...words, ...(next ?? carried)];
  let from = 0;
  let ahead: string[] = [];
  stretches.forEach((read, k) => {
    const stop = nextTableAt(all, read.rest?.end ?? read.after, stretches[k + 1]?.before ?? all.length);
    const end = repeatedHeadAt(all, read.rest?.end ?? read.after, stop);
    const spans: Array<[number, number]> = read.rest ? [[read.after, read.rest.start], [read.rest.end, end]] : [[read.after, end]];
    const cells = withCellsAhead(all, spans, read.rows.length, read.rest ? [] : ahead);
    ahead = all.slice(end, stop);
    // A numbered title right before the table ('… 350 tkr 3.1.2 Sandning Akt …') is its section's heading, not the cells' text.
    const title = numberedTitleAt(words, from, read.before);
    text(from, title);
    if (title < read.before) parts.push({ kind: 'heading', text: cut(title, read.before), page: b.page, source: source(title) });
    parts.push({ kind: 'row', text: '', page: b.page, cells: [...read.header, ...cells.header], table: table + k, header: true, source: source(read.before) });
    read.rows.forEach((row, i) => parts.push({ kind: 'row', text: '', page: b.page, cells: [...row, ...cells.cells[i]], table: table + k, source: source(read.before) }));
    const typed = cells.roles.length ? `, its ${cells.roles.join(', ')} from those columns' cells in order` : '';
    messages.push({ severity: 'info', reason: `Read an activity column given as one stretch: ${read.rows.length} actions${typed}; the cells after it kept as text`, ruleId: 'clean/action-stretches' });
    // The cells between the column's two parts stay text; reading goes on after its rest.
    if (read.rest) text(read.after, read.rest.start);
    from = read.rest?.end ?? read.after;
  });
  text(from, tokens.length);
  return parts;
}
