/**
 * A small table under one action that says which units take part, who in
 * each carries it and by when ('Förvaltning | Ansvarig | Tidsplan'), as a
 * transcript runs it into the page's line: row by row ('Förvaltning Ansvarig
 * Tidsplan Socialförv Enhetschef 30 jun 2025 Kulturförv …') or column by
 * column ('Förvaltning Socialförv Kulturförv … Ansvarig Enhetschef …
 * Tidsplan 30 jun 2025 …'). Its header is known by its words alone: column
 * words in capitals, two naming who (the unit, the person) before one naming
 * when, and none naming an action (that is a plan's own table, read by
 * run-on-table.ts). Such a table is a field of the action above it: its
 * deadlines survive either order, while which unit a person belongs to is
 * lost in the column order, so there only its times are read. In the row
 * order, where a document sets the same table under three actions or more,
 * the units are the words every one of those tables lists, in the same order
 * ('Socialförv.', 'Kulturförv.', 'Vård- och omsorgsförv.'): the words between
 * two of them are the first one's cells, and the table is read as rows, as
 * the page shows it (a unit whose row names someone or a date owns a share of
 * the action, table-rows.ts).
 */
import type { RawBlock } from '../core/types.js';
import type { Field } from './bare-fields.js';
import { timeLength } from './cell-kinds.js';
import { headerRole } from './header-role.js';
import { isFiniteVerb } from '../lang/morphology.js';

/** The header's column words stand within this many words of each other: cells between them are one column's. */
const MAX_COLUMN_CELLS = 30;

interface Word {
  text: string;
  at: number;
}

/** The role a capitalised word (or two, 'Vem ansvarar') names as a column's header, and how many words it takes. */
function columnWord(words: Word[], k: number): { role: string; length: number } | null {
  if (!/^\p{Lu}/u.test(words[k].text)) return null;
  for (const length of [1, 2]) {
    if (k + length > words.length) continue;
    const role = headerRole(words.slice(k, k + length).map((w) => w.text).join(' ')).role;
    if (role) return { role, length };
  }
  return null;
}

/**
 * Where a unit table starts in a text, or -1: an owner column word, a second
 * owner column word and then a time column word, each within a column's cells
 * of the one before; a time after the last; no action column among them and no
 * finite verb anywhere after the header starts (a table holds names and dates,
 * not sentences).
 */
export function unitTableStart(text: string): number {
  const words = wordsOf(text);
  for (let k = 0; k < words.length; k++) {
    const found = tableAt(text, words, k);
    if (found === 'none') return -1;
    if (found === 'table') return words[k].at;
  }
  return -1;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index! }));
}

/** Whether a unit table starts at word k ('table'), not there ('next'), or nowhere from there on, a finite verb following ('none'). */
function tableAt(text: string, words: Word[], k: number): 'table' | 'next' | 'none' {
  const first = columnWord(words, k);
  if (first?.role !== 'owner') return 'next';
  const roles: string[] = ['owner'];
  let last = k;
  let j = k + first.length;
  while (j < words.length && j - last <= MAX_COLUMN_CELLS && roles.length < 3) {
    const w = columnWord(words, j);
    if (w) {
      roles.push(w.role);
      last = j;
      j += w.length;
    } else j++;
  }
  if (roles.join() !== 'owner,owner,time') return 'next';
  const rest = words.slice(k);
  if (rest.some((w) => /^\p{Ll}/u.test(w.text) && isFiniteVerb(w.text.replace(/[,.;:]$/, '')))) return 'none';
  return times(text.slice(words[last].at)).length ? 'table' : 'next';
}

/** The times a unit table gives (its deadline cells), with their offsets in the text. */
function times(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/(?<=^|\s)(?=\S)/g)) {
    const at = m.index!;
    if (out.length && at < out[out.length - 1].end) continue;
    const length = timeLength(text.slice(at));
    if (length > 0 && /\d{4}/.test(text.slice(at, at + length))) out.push({ start: at, end: at + length });
  }
  return out;
}

/** A unit table's deadlines as time fields, when the text opens with one; null otherwise. */
export function unitTableFields(text: string): Field[] | null {
  // Only a table at the text's first word counts, an owner's column word in capitals (of one word or two): a paragraph
  // that opens otherwise is not cut into words and looked through.
  const opening = /^\p{Lu}\S*(?:\s+\S+)?/u.exec(text);
  if (!opening || columnWord(wordsOf(opening[0]), 0)?.role !== 'owner' || tableAt(text, wordsOf(text), 0) !== 'table') return null;
  const words = [...text.matchAll(/\S+/g)];
  const timeWord = words.findIndex((w, k) => k > 0 && headerRole(w[0]).role === 'time');
  const from = words[timeWord].index! + words[timeWord][0].length;
  const found = times(text.slice(from));
  if (!found.length) return null;
  return found.map(({ start, end }) => ({ role: 'time', label: words[timeWord][0], value: text.slice(from + start, from + end), start: from + start, end: from + end, rule: 'field/unit-table' }));
}

/**
 * Cuts each unit table out of the transcript's block it ran into and sets it
 * right after the item it belongs to, before the sentences that describe the
 * item: the action's fields follow the action, as in the page's own layout
 * where the table stands under the action's title.
 */
export function placeUnitTables(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  const units = sharedUnits(blocks);
  let tables = 0;
  let item = -1;
  for (const b of blocks) {
    const at = b.kind === 'paragraph' || b.kind === 'item' ? unitTableStart(b.text) : -1;
    if (at < 0) {
      if (b.kind === 'item') item = out.length;
      else if (b.kind === 'heading' || b.kind === 'row') item = -1;
      out.push(b);
      continue;
    }
    const head = b.text.slice(0, at).trimEnd();
    const paragraph: RawBlock = { kind: 'paragraph', text: b.text.slice(at), page: b.page };
    if (b.source !== undefined) paragraph.source = b.source + at;
    const rows = units ? unitRows(paragraph, units, FIRST_TABLE + tables) : null;
    if (rows) tables++;
    const table = rows ?? [paragraph];
    if (head) out.push({ ...b, text: head });
    if (b.kind === 'item' && head) item = out.length - 1;
    // Only descriptions stand between the item and its table: the table goes back beside the item.
    const between = item >= 0 ? out.slice(item + 1) : [];
    if (item >= 0 && between.every((x) => x.kind === 'paragraph' || x.kind === 'furniture')) out.splice(item + 1, 0, ...table);
    else out.push(...table);
    item = -1;
  }
  return out;
}

/** Table indexes of unit tables read as rows start here, clear of the other transcript readers' (run-on-table.ts 1000, column-streams.ts 2000, numbered-typed-rows.ts 3000). */
const FIRST_TABLE = 4000;
/** The same table under this many actions or more: fewer could share a person or a date by chance. */
const MIN_TABLES = 3;
/** A unit's name is a few words. */
const MAX_UNIT_WORDS = 5;
/** The last unit's cells end the table: a person and a date, a few words, not the prose after it. */
const MAX_LAST_CELLS = 6;

/** Words compared as a table's units: a stop after an abbreviation and the case aside ('Kommunledningsförv.' is 'Kommunledningsförv'). */
const unitKey = (word: string) => word.replace(/\.$/, '').toLowerCase();

/**
 * The words of a table's body as compared across tables: the words of its
 * dates stand for nothing, since two tables may share a deadline by chance
 * ('31 dec 2025') and a unit's name holds no date.
 */
function unitKeys(body: Word[], table: number): string[] {
  const starts: number[] = [];
  let text = '';
  for (const w of body) {
    starts.push(text ? text.length + 1 : 0);
    text = text ? `${text} ${w.text}` : w.text;
  }
  const dates = times(text);
  return body.map((w, k) => (dates.some((t) => starts[k] >= t.start && starts[k] < t.end) ? `\u0000${table}:${k}` : unitKey(w.text)));
}

/** The body of a unit table set row by row (its three column words side by side at its start): its words after the header; else null. */
function rowOrderBody(text: string): Word[] | null {
  const words: Word[] = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index! }));
  let j = 0;
  for (let n = 0; n < 3; n++) {
    const w = j < words.length ? columnWord(words, j) : null;
    if (!w) return null;
    j += w.length;
  }
  return words.slice(j);
}

/**
 * The units the row-order unit tables of a document all list: the words
 * every table's body has, in order (a longest common subsequence), grouped
 * into names by the words every table keeps side by side. Null for fewer than
 * MIN_TABLES tables, or a name longer than a unit's.
 */
export function sharedUnits(blocks: RawBlock[]): string[][] | null {
  const bodies: string[][] = [];
  for (const b of blocks) {
    const at = b.kind === 'paragraph' || b.kind === 'item' ? unitTableStart(b.text) : -1;
    const body = at >= 0 ? rowOrderBody(b.text.slice(at)) : null;
    if (body) bodies.push(unitKeys(body, bodies.length));
  }
  if (bodies.length < MIN_TABLES) return null;
  // The common words, with where each stands in every body so far.
  let common = bodies[0].map((w, k) => ({ word: w, at: [k] }));
  for (const body of bodies.slice(1)) {
    const pairs = commonSubsequence(common.map((c) => c.word), body);
    common = pairs.map(([i, k]) => ({ word: common[i].word, at: [...common[i].at, k] }));
  }
  const units: string[][] = [];
  common.forEach((c, i) => {
    const joined = i > 0 && c.at.every((k, t) => k === common[i - 1].at[t] + 1);
    if (joined) units[units.length - 1].push(c.word);
    else units.push([c.word]);
  });
  return units.length >= 2 && units.every((u) => u.length <= MAX_UNIT_WORDS && /^\p{L}/u.test(u[0])) ? units : null;
}

/** Index pairs of a longest common subsequence of two word lists, in order. */
function commonSubsequence(a: string[], b: string[]): Array<[number, number]> {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let k = b.length - 1; k >= 0; k--) lengths[i][k] = a[i] === b[k] ? lengths[i + 1][k + 1] + 1 : Math.max(lengths[i + 1][k], lengths[i][k + 1]);
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, k = 0; i < a.length && k < b.length; ) {
    if (a[i] === b[k]) pairs.push([i++, k++]);
    else if (lengths[i + 1][k] >= lengths[i][k + 1]) i++;
    else k++;
  }
  return pairs;
}

/**
 * A row-order unit table as the rows the page shows: its header, then one
 * row per unit of `units` with the words up to the next unit as its cells
 * (a person, then the date the words end on). Null where the table does not
 * open with the first unit, misses one, or its last unit's cells run on.
 */
export function unitRows(table: RawBlock, units: string[][], index: number): RawBlock[] | null {
  const body = rowOrderBody(table.text);
  if (!body || !body.length) return null;
  const starts: number[] = [];
  let k = 0;
  for (const unit of units) {
    while (k < body.length && !unit.every((w, t) => unitKey(body[k + t]?.text ?? '') === w)) k++;
    if (k >= body.length) return null;
    starts.push(k);
    k += unit.length;
  }
  if (starts[0] !== 0 || body.length - (starts[starts.length - 1] + units[units.length - 1].length) > MAX_LAST_CELLS) return null;
  const source = (at: number) => (table.source === undefined ? undefined : table.source + at);
  const header = columnCells(table.text.slice(0, body[0].at));
  const headerRow: RawBlock = { kind: 'row', text: '', page: table.page, cells: header, table: index, header: true, source: source(0) };
  const rows = starts.map((start, r): RawBlock => {
    const nameEnd = start + units[r].length;
    const end = r + 1 < starts.length ? starts[r + 1] : body.length;
    const name = body.slice(start, nameEnd).map((w) => w.text).join(' ');
    const rest = body.slice(nameEnd, end).map((w) => w.text).join(' ');
    const date = dateAtEnd(rest);
    return { kind: 'row', text: '', page: table.page, cells: [name, rest.slice(0, rest.length - date.length).trim(), date], table: index, source: source(body[start].at) };
  });
  return [headerRow, ...rows];
}

/** The header's three column words as cells ('Förvaltning/Bolag', 'Ansvarig', 'Tidsplan'). */
function columnCells(text: string): string[] {
  const words: Word[] = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index! }));
  const cells: string[] = [];
  for (let j = 0; j < words.length; ) {
    const length = columnWord(words, j)?.length ?? 1;
    cells.push(words.slice(j, j + length).map((w) => w.text).join(' '));
    j += length;
  }
  return cells;
}

/** The date a unit's cells end on ('Genom KLF 31 dec 2024' → '31 dec 2024'), '' for none. */
function dateAtEnd(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  for (let k = 0; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    if (timeLength(tail) === tail.length && /\d{4}/.test(tail)) return tail;
  }
  return '';
}
