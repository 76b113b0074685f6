import type { Message, RawBlock } from '../core/types.js';
import type { FieldRole } from '../lang/fields.js';
import { headerRole } from './header-role.js';
import { cellEnd } from './action-stretches.js';
import { follows, parseId, type ItemId } from './numbering.js';
import { typedEnds } from './row-sequence.js';
import { DANGLING_WORDS } from '../lang/language.js';

/**
 * A table a PDF-to-text tool gave in its plain reading order, the id and
 * action columns first, read as numbered items (with the areas' bands as
 * headings between them), and only then the head of the other columns and
 * their cells, each column's cells down the page in its rows' order but the
 * columns interleaved, a comment's sentence among them:
 *
 *   '1.1 Rensa diken längs Åvägen 1.2 Byta trummor under vägen …
 *    Ansvar Tid Status Driftenheten Driftenheten 2026 Klar Trumman var
 *    trasig. 2027 Pågår …'
 *
 * The items' count is known from their ids; each typed column the head
 * names (owner, time, status) is read from the cells by its type, and a
 * column that gives exactly as many cells as there are items gives the k-th
 * to the k-th item. A column whose count does not add up gives nothing (no
 * pairing is guessed) and is named in a message. Not read: items with no
 * head of typed columns after them, ids that do not follow each other, fewer
 * than three items, a head whose words name no typed column.
 */

/** Items a table must hold for its columns to be believed, as for other id chains. */
const MIN_ROWS = 3;
const TYPED: FieldRole[] = ['owner', 'time', 'status'];

/** A column word's role, where the word opens with a capital as a head's words do. */
export const roleOf = (word: string) => (/^\p{Lu}/u.test(word) ? headerRole(word).role : null);

interface Item {
  /** Index of the item's block. */
  at: number;
  id: ItemId;
}

/** The numbered items (and band headings) right before block `h`, in order; null when their ids do not follow each other. */
function itemsBefore(blocks: RawBlock[], h: number): { from: number; items: Item[] } | null {
  let from = h;
  const items: Item[] = [];
  while (from > 0 && (blocks[from - 1].kind === 'item' || blocks[from - 1].kind === 'heading')) {
    const b = blocks[from - 1];
    const id = b.kind === 'item' && b.marker !== undefined ? parseId(b.marker) : null;
    if (b.kind === 'item' && !id) break;
    if (id) items.unshift({ at: from - 1, id });
    from--;
  }
  // Headings before the first item are the text's, not the table's bands: the first band is the one right before it.
  while (from < h && blocks[from].kind === 'heading' && blocks[from + 1]?.kind === 'heading') from++;
  if (items.length < MIN_ROWS || !items.every((it, k) => k === 0 || follows(items[k - 1].id, it.id))) return null;
  return { from, items };
}

const SENTENCE_END = /[.!?:;]$/;
/** A month or a day written in figures alone. */
const NUMERIC_TIME = /^(?:19|20)\d\d-\d\d(?:-\d\d)?$/;
const dangling = new Set(DANGLING_WORDS);

/**
 * Where a cell of the role read from token k ends, or k. A cell opens a
 * column's line: with a capital or a digit, not after a word that leaves a
 * sentence open ('… försenade på grund av …', '… per den 31 december 2026')
 * unless a cell ends there or the cell is a unit's abbreviation,
 * and holds no sentence's end inside it. A unit followed by its partner in
 * lower case ('Tekniska förvaltningen i samverkan med …') is the unit.
 */
function columnCellEnd(role: FieldRole, words: string[], k: number, afterCell: boolean): number {
  const before = words[k - 1] ?? '.';
  // A unit's abbreviation ('FA', 'KFF/SBF') is no word of a sentence: it may follow a text cell's last word ('Samtliga skolor FA').
  const abbreviation = role === 'owner' && /^\p{Lu}{2,}(?:\/\p{Lu}{2,})*$/u.test(words[k]);
  // A month or day in figures ('2026-06', '2026-06-30') is a column's, not a sentence's word, after any word but a preposition: it may follow a text column's last word ('… Ekbackens lekplats 2027-06').
  const figures = role === 'time' && NUMERIC_TIME.test(words[k]) && !dangling.has(before.toLowerCase());
  if (!/^[\p{Lu}\d]/u.test(words[k]) || (!afterCell && !abbreviation && !figures && /^\p{Ll}/u.test(before) && !SENTENCE_END.test(before))) return k;
  let end = cellEnd(role, words, k);
  if (end === k && role === 'owner') end = (typedEnds('owner', words, k, []) ?? []).findLast((e) => /^\p{Ll}/u.test(words[e] ?? '') && !/[-/,]$/.test(words[e - 1])) ?? k;
  return words.slice(k, end - 1).some((w) => SENTENCE_END.test(w)) ? k : end;
}

const isUnit = (word: string) => (typedEnds('owner', [word], 0, []) ?? []).length > 0;

/** A unit's name a narrow column broke over two lines ('Kommunledningsförvaltni ngen') made whole again. */
function joinBrokenUnits(words: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const joined = words[k] + (words[k + 1] ?? '');
    const broken = /^\p{Lu}/u.test(words[k]) && /^\p{Ll}+$/u.test(words[k + 1] ?? '') && !isUnit(words[k]);
    // Two words that read as a unit together ('Tekniska förvaltningen') were never one.
    if (broken && isUnit(joined) && !(typedEnds('owner', words.slice(k, k + 2), 0, []) ?? []).includes(2)) out.push(joined), k++;
    else out.push(words[k]);
  }
  return out;
}

interface Cell {
  text: string;
  /** The cell's place among the cells read. */
  at: number;
}

/** The typed cells of the words, each column's in the order they stand. */
export function typedColumns(raw: string[]): Map<FieldRole, Cell[]> {
  // A key set after the table ('Förkortningar: FA = …', 'Signal: grön = …') closes it: what follows is the page's text.
  const key = raw.indexOf('=');
  const words = joinBrokenUnits(key > 0 ? raw.slice(0, key - 1) : raw);
  const out = new Map<FieldRole, Cell[]>(TYPED.map((r) => [r, []]));
  let cellEndsAt = 0;
  for (let k = 0; k < words.length; ) {
    const read = roleOf(words[k]) === null ? TYPED.map((r) => ({ r, e: columnCellEnd(r, words, k, k === cellEndsAt) })).find(({ e }) => e > k) : undefined;
    if (read) out.get(read.r)!.push({ text: words.slice(k, read.e).join(' '), at: k });
    k = read ? read.e : k + 1;
    if (read) cellEndsAt = k;
  }
  return out;
}

/**
 * The columns cut where the table ends: at the last cell of the columns that
 * give one cell per row, the cells of another column further on are the
 * page's text after the table (a footer's unit, a date in the next section).
 */
function endOfTable(columns: Map<FieldRole, Cell[]>, count: number): Map<FieldRole, string[]> {
  const whole = [...columns.values()].filter((c) => c.length === count);
  const end = whole.length ? Math.max(...whole.map((c) => c.at(-1)!.at)) : Infinity;
  return new Map([...columns].map(([r, cells]) => [r, cells.filter((c) => c.at <= end || cells.length === count).map((c) => c.text)]));
}

/** The head's words and the columns they name: a header row's cells or a line of column words alone before the cells' paragraph, or the paragraph's opening column words. */
function headOf(blocks: RawBlock[], h: number): { words: string[]; cellsAt: number; skip: number } | null {
  const b = blocks[h];
  const words = b.kind === 'row' && b.header && b.cells ? b.cells : b.kind === 'paragraph' ? b.text.split(/\s+/) : [];
  let n = 0;
  while (n < words.length && roleOf(words[n]) !== null) n++;
  if (n < 2) return null;
  if (n === words.length && blocks[h + 1]?.kind === 'paragraph') return { words, cellsAt: h + 1, skip: 0 };
  return b.kind === 'paragraph' && n < words.length ? { words: words.slice(0, n), cellsAt: h, skip: n } : null;
}

/**
 * The head's first words, the number's and the activity's ('Nr Åtgärd'),
 * where they end the text before the first band or item: taken from it, so
 * that the table's head names its columns; else the columns go unnamed.
 */
export function firstColumnWords(out: RawBlock[]): string[] {
  const last = out.at(-1);
  const m = last?.kind === 'paragraph' ? /(?:^|\s)(\S+)\s+(\S+)$/.exec(last.text) : null;
  if (!last || !m || roleOf(m[1]) !== 'number' || roleOf(m[2]) !== 'activity') return ['', ''];
  const text = last.text.slice(0, m.index).trim();
  if (text) out[out.length - 1] = { ...last, text };
  else out.pop();
  return [m[1], m[2]];
}

interface Table {
  /** The head's words. */
  head: string[];
  /** The blocks the table spans: its items, bands and the paragraphs of cells among and after them. */
  from: number;
  to: number;
  /** The words the cells are read from. */
  cells: string[];
  /** Where the untouched text goes on. */
  next: number;
  /** A head before the items: its number and activity words, and the text before it. */
  first?: string[];
  headText?: string;
}

/** Words in lower case that may follow the last column's word of a head ('Klart senast'). */
const MAX_HEAD_TAIL = 2;
/** Words a head before its items holds at most. */
const MAX_HEAD_WORDS = 9;

/** Items followed by their typed columns' head and cells ('1.1 … 1.2 … Ansvar Tid Status TF 2026 Klar …'), or null. */
function headAfter(blocks: RawBlock[], h: number): Table | null {
  const head = headOf(blocks, h);
  const before = head ? itemsBefore(blocks, h) : null;
  if (!head || !before) return null;
  return { head: head.words, from: before.from, to: h, cells: blocks[head.cellsAt].text.split(/\s+/).slice(head.skip), next: head.cellsAt };
}

/**
 * A head whose words end the text before the items ('… Nr Åtgärd Lokal
 * Ansvar Klart'), then the items with their bands, and the cells in the
 * paragraphs among and right after them, as a reading order by columns gives
 * a page whose ids came as runs; or null.
 */
function headBefore(blocks: RawBlock[], h: number): Table | null {
  const b = blocks[h];
  if (b.kind !== 'paragraph' || (blocks[h + 1]?.kind !== 'item' && blocks[h + 1]?.kind !== 'heading')) return null;
  const words = b.text.split(/\s+/);
  // The number's and activity's words open the head; the other columns' words follow, a column no type names among them ('Plats'), the last perhaps going on in lower case ('Klart senast').
  const n = words.findLastIndex((w, k) => k >= words.length - MAX_HEAD_WORDS && roleOf(w) === 'number' && roleOf(words[k + 1] ?? '') === 'activity');
  if (n < 0) return null;
  const head = words.slice(n);
  const lower = head.filter((w) => !/^\p{Lu}/u.test(w)).length;
  if (lower > MAX_HEAD_TAIL || head.slice(0, head.length - lower).some((w) => !/^\p{Lu}\p{L}*$/u.test(w))) return null;
  const cells: string[] = [];
  let last: ItemId | null = null;
  let to = h + 1;
  for (; to < blocks.length && ['item', 'heading', 'paragraph'].includes(blocks[to].kind); to++) {
    const id = blocks[to].kind === 'item' ? parseId(blocks[to].marker ?? '') : null;
    if (blocks[to].kind === 'item' && (!id || (last && !follows(last, id)))) break;
    if (id) last = id;
    if (blocks[to].kind === 'paragraph') cells.push(...blocks[to].text.split(/\s+/));
    // The paragraph after the last item closes the table.
    if (blocks[to].kind === 'paragraph' && !['item', 'heading'].includes(blocks[to + 1]?.kind ?? '')) break;
  }
  to = Math.min(to + 1, blocks.length);
  return { head: head.slice(2), first: head.slice(0, 2), headText: b.text.slice(0, b.text.lastIndexOf(head[0] + ' ' + head[1])).trim(), from: h + 1, to, cells, next: to };
}

/** Items and their typed columns read into one table; other blocks pass unchanged. */
export function pairLateColumns(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  let table = blocks.reduce((n, b) => Math.max(n, (b.table ?? -1) + 1), 0);
  const out: RawBlock[] = [];
  let done = 0;
  for (let h = 1; h < blocks.length; h++) {
    if (h < done) continue;
    const read = headAfter(blocks, h) ?? headBefore(blocks, h);
    const typedHead = read?.head.map((w) => roleOf(w)).filter((r): r is FieldRole => r !== null && TYPED.includes(r)) ?? [];
    if (!read || !typedHead.length || read.from < done) continue;
    const items = blocks.slice(read.from, read.to).filter((b) => b.kind === 'item');
    const count = items.length;
    if (count < MIN_ROWS) continue;
    const columns = endOfTable(typedColumns(read.cells), count);
    const placed = typedHead.filter((r) => columns.get(r)!.length === count);
    const left = typedHead.filter((r) => !placed.includes(r));
    if (left.length) messages.push({ severity: 'info', reason: `Unexpected ${left.map((r) => `${columns.get(r)!.length} ${r} cells`).join(', ')} for ${count} numbered items, expected ${count} each: those columns are not paired`, ruleId: 'clean/late-columns' });
    if (!placed.length) continue;
    out.push(...blocks.slice(done, read.from));
    if (read.headText !== undefined) {
      const last = out.pop()!;
      if (read.headText) out.push({ ...last, text: read.headText });
    }
    const first = read.first ?? firstColumnWords(out);
    const named = placed.map((r) => read.head.find((w) => roleOf(w) === r)!);
    const row = (b: RawBlock, cells: string[], header = false): RawBlock => ({ kind: 'row', text: '', page: b.page, cells, table, source: b.source, ...(header ? { header } : {}) });
    const kept: RawBlock[] = [];
    let k = 0;
    for (const b of blocks.slice(read.from, read.to)) {
      // A band's title stays a heading, as the areas the text labels further on are: one level for all of them.
      if (b.kind === 'heading') out.push(b);
      else if (b.kind === 'paragraph') kept.push(b);
      else {
        if (k === 0) out.push(row(b, [...first, ...named], true));
        out.push(row(b, [b.marker!, b.text, ...placed.map((r) => columns.get(r)![k])]));
        k++;
      }
    }
    // The head's row goes; the cells stay as text after the table: comments among them are the rows' but no type places them.
    out.push(...kept);
    done = read.next;
    table++;
    messages.push({ severity: 'info', reason: `Paired ${placed.join(', ')} columns given apart from ${count} numbered items back to them in order`, ruleId: 'clean/late-columns' });
  }
  out.push(...blocks.slice(done));
  return out;
}
