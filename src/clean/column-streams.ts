import type { Message, RawBlock } from '../core/types.js';
import { SECTION_LABEL_WORDS } from '../lang/sections.js';
import { sv } from '../lang/pattern.js';
import { headerRole } from './header-role.js';
import { isAreaColumnWord } from './column-areas.js';
import { follows, parseId, type ItemId } from './numbering.js';
import { typedEnds } from './row-sequence.js';
import { isSymbolCell } from './cell-kinds.js';
import { readLegendStreams } from './legend-streams.js';
import { cutActions, leadingCells, readStretchBlock } from './action-stretches.js';

/**
 * A table that a PDF-to-text tool gave column by column, as its plain reading
 * order does with a landscape table whose first columns are tall: the ids of
 * the number column together (the area's merged cells among them, 'Strategi
 * 2 Kemikaliesmart upphandling 2.1 2.2'), then the activity column's word and
 * every activity run into one stretch, then the short cells row by row (unit,
 * time, status symbol) with the comments between them:
 *
 *   'Tema Nr 1.1 1.2 Tema 2 Cykelvägar 2.1 Åtgärd Laga gångbron vid ån
 *    Märka upp cykelvägen Bygga en cykelparkering Ansvar TK Klart 2026 Status
 *    TK 2027 ◐ Klar i maj. SBN HT 2026 ○ ●'
 *
 * The ids say how many rows there are and, sorted, their order and area; the
 * activity stretch is cut before each capitalised infinitive, and only when
 * that gives as many actions as ids; each row's unit and time come in order,
 * and a status symbol right after them is the row's. The first row's cells
 * stand among the header's words, and its symbol, set lower, comes after the
 * other rows': a symbol left over goes to the row that has none. A page whose
 * counts disagree is left as it is.
 */

const FIRST_TABLE = 2000;
/** Tables of an activity column read alone, clear of the tables read with their ids. */
const STRETCH_TABLE = 2500;
/** A row's id as its own token ('1.1', '2.3'): two parts, as a table numbered under its areas writes them. */
const ID_TOKEN = /^\d{1,2}\.\d{1,2}$/;
const LABEL = sv(`^(?:${SECTION_LABEL_WORDS})$`, 'i');
const SENTENCE_END = /[.!?:;]$/;
/** Rows a page of such a table holds at least: fewer is no table to read this way. */
const MIN_ROWS = 3;
/** Words a time may take that no typer reads ('Senast 202606-30'), between a unit and its status symbol. */
const MAX_LOOSE_TIME = 3;
const ROLES = ['focus-area', 'number', 'activity', 'owner', 'time', 'status'] as const;

interface Area {
  number: number;
  title: string;
}

interface Typed {
  owner: string;
  time: string;
  status: string;
}

const roleOf = (word: string) => (/^\p{Lu}/u.test(word) ? headerRole(word).role : null);
/** The number column's word or the area column's ('Nr', 'Strategi', 'Målområde'). */
const isColumnWord = (word: string) => roleOf(word) === 'number' || isAreaColumnWord(word) || (LABEL.test(word) && /^\p{Lu}/u.test(word));

/** The ids and area cells of the number column, read from the header's first word to the activity's column word; null when anything else stands there. */
function readIds(words: string[], from: number, to: number): { ids: ItemId[]; areas: Area[] } | null {
  const ids: ItemId[] = [];
  const areas: Area[] = [];
  for (let k = from; k < to; k++) {
    if (ID_TOKEN.test(words[k])) ids.push(parseId(words[k])!);
    else if (LABEL.test(words[k]) && /^\d{1,2}$/.test(words[k + 1] ?? '')) {
      // An area's merged cell: its label, number and title, up to the next id or label.
      let end = k + 2;
      while (end < to && !ID_TOKEN.test(words[end]) && !LABEL.test(words[end]) && roleOf(words[end]) !== 'number') end++;
      if (end === k + 2) return null;
      areas.push({ number: Number(words[k + 1]), title: words.slice(k, end).join(' ') });
      k = end - 1;
    } else if (!isColumnWord(words[k])) return null;
  }
  return ids.length >= MIN_ROWS ? { ids, areas } : null;
}

/** Ids sorted in the numbering's order, when they form one unbroken sequence (a page goes on from the last id of the page before). */
function sortedSequence(ids: ItemId[]): ItemId[] | null {
  const sorted = [...ids].sort((a, b) => a.parts[0] - b.parts[0] || a.parts[1] - b.parts[1]);
  return sorted.every((id, k) => k === 0 || follows(sorted[k - 1], id)) ? sorted : null;
}

/** Each row's unit, time and status symbol in order, symbols left over given to the rows without one; null unless `count` rows read. */
function readTyped(words: string[], from: number, count: number): Typed[] | null {
  const rows: Typed[] = [];
  const loose: string[] = [];
  const isHeader = (k: number) => k < words.length && ['owner', 'time', 'status', 'comment'].includes(roleOf(words[k]) ?? '');
  const skipHeaders = (k: number) => {
    while (isHeader(k)) k++;
    return k;
  };
  for (let k = from; k < words.length; ) {
    // The table ends with its last row's cells and the symbols after them, before the next table's column word ('Nyckeltal', 'Indikator').
    if (rows.length === count && (roleOf(words[k]) || !isSymbolCell(words[k]))) {
      if (roleOf(words[k])) break;
      k++;
      continue;
    }
    if (isSymbolCell(words[k])) {
      loose.push(words[k++]);
      continue;
    }
    const owner = /^\p{Lu}/u.test(words[k]) && !isHeader(k) ? typedEnds('owner', words, k, [])?.[0] : undefined;
    const t = owner === undefined ? -1 : skipHeaders(owner);
    const timeEnd = t >= 0 && t < words.length ? typedEnds('time', words, t, [])?.[0] : undefined;
    const symbolAt = t < 0 ? -1 : words.slice(t, t + MAX_LOOSE_TIME + 1).findIndex((w) => isSymbolCell(w));
    const end = timeEnd ?? (symbolAt > 0 ? t + symbolAt : undefined);
    if (owner === undefined || end === undefined) {
      k++;
      continue;
    }
    const s = skipHeaders(end) === end ? end : -1;
    const status = s >= 0 && isSymbolCell(words[s] ?? '') ? words[s] : '';
    rows.push({ owner: words.slice(k, owner).join(' '), time: words.slice(t, end).join(' '), status });
    k = status ? s + 1 : end;
  }
  if (rows.length !== count) return null;
  const blank = rows.filter((r) => !r.status);
  if (blank.length === loose.length) blank.forEach((r, k) => (r.status = loose[k]));
  return rows;
}

/** Where the table's first word stands before the activity's column word: the first column word after the last sentence's end. */
function tableStart(words: string[], activity: number): number {
  let k = activity - 1;
  while (k >= 0 && !SENTENCE_END.test(words[k])) k--;
  for (let j = k + 1; j < activity; j++) if (isColumnWord(words[j]) || ID_TOKEN.test(words[j])) return j;
  return activity;
}

interface Read {
  before: number;
  /** Where the short cells start: they, the comments among them and the text after the table stay a paragraph, so that no word is lost. */
  after: number;
  rows: Array<{ id: ItemId; action: string; typed: Typed }>;
  areas: Area[];
  header: string[];
}

/** One page's table read by its columns, or null. */
function readPage(words: string[]): Read | null {
  const activity = words.findIndex((w, k) => roleOf(w) === 'activity' && k > 0 && (ID_TOKEN.test(words[k - 1]) || roleOf(words[k - 1]) === 'number'));
  if (activity < 0) return null;
  const start = tableStart(words, activity);
  const numbered = readIds(words, start, activity);
  const ids = numbered && sortedSequence(numbered.ids);
  if (!numbered || !ids) return null;
  let typedAt = activity + 1;
  while (typedAt < words.length && !['owner', 'time', 'status'].includes(roleOf(words[typedAt]) ?? '')) typedAt++;
  const cut = cutActions(words, activity + 1, typedAt);
  const actions = cut && cut.length === ids.length ? cut : null;
  const typed = actions && readTyped(words, typedAt, ids.length);
  if (!actions || !typed) return null;
  // The header's words by their roles; the area's is its column word where no number follows it.
  const area = words.slice(start, activity).find((w, k) => isColumnWord(w) && roleOf(w) !== 'number' && !/^\d/.test(words[start + k + 1] ?? ''));
  const header = ROLES.map((r) => (r === 'focus-area' ? area ?? '' : words.slice(start).find((w) => roleOf(w) === r) ?? ''));
  return { before: start, after: typedAt, rows: ids.map((id, k) => ({ id, action: actions[k], typed: typed[k] })), areas: numbered.areas, header };
}

/** Legends and tables that came column by column, read into rows: the text before a table stays, the rest of the page after it too. */
export function readColumnStreams(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  return readTables(readLegendStreams(blocks), messages);
}

function readTables(blocks: RawBlock[], messages: Message[]): RawBlock[] {
  const titles = new Map<number, string>();
  let area: number | null = null;
  let headerDone = false;
  let pages = 0;
  let stretches = 0;
  const out = blocks.flatMap((b, i) => {
    // A numbered section's page may be read as an item ('3.2 Halkbekämpning … Åtgärd Sanda …'): its table is read the same way.
    if (b.kind !== 'paragraph' && b.kind !== 'item') return [b];
    const tokens = [...b.text.matchAll(/\S+/g)];
    const read = b.kind === 'paragraph' ? readPage(tokens.map((t) => t[0])) : null;
    if (!read) {
      const following = blocks[i + 1]?.kind === 'paragraph' || blocks[i + 1]?.kind === 'heading' ? blocks[i + 1].text.split(/\s+/) : [];
      const closed = following.length > 0 && roleOf(following[0]) !== null && roleOf(following[0]) !== 'activity';
      const parts = readStretchBlock(b, tokens, messages, STRETCH_TABLE + stretches, closed ? following : null, closed ? [] : leadingCells(following));
      // The item keeps its marker on the text before its table; one whose table opens it stays as it was.
      if (b.kind === 'item' && parts.length > 1 && parts[0].kind !== 'paragraph') return [b];
      if (b.kind === 'item' && parts.length > 1) parts[0] = { ...b, text: parts[0].text };
      stretches += parts.filter((p) => p.header).length;
      return parts;
    }
    pages++;
    for (const a of read.areas) titles.set(a.number, a.title);
    const source = (k: number) => (b.source === undefined ? undefined : b.source + tokens[k].index!);
    const parts: RawBlock[] = [];
    if (read.before > 0) parts.push({ ...b, text: b.text.slice(0, tokens[read.before].index!).trim() });
    if (!headerDone) parts.push({ kind: 'row', text: '', page: b.page, cells: read.header, table: FIRST_TABLE, header: true, source: source(read.before) });
    headerDone = true;
    for (const row of read.rows) {
      const opens = row.id.parts[0] !== area;
      area = row.id.parts[0];
      const cells = { 'focus-area': opens ? titles.get(area) ?? '' : '', number: row.id.parts.join('.'), activity: row.action, ...row.typed };
      parts.push({ kind: 'row', text: '', page: b.page, cells: ROLES.map((r) => cells[r]), table: FIRST_TABLE, source: source(read.before) });
    }
    parts.push({ kind: 'paragraph', text: b.text.slice(tokens[read.after].index!).trim(), page: b.page, source: source(read.after) });
    return parts;
  });
  if (pages) messages.push({ severity: 'info', reason: `Read a table given column by column on ${pages} ${pages === 1 ? 'page' : 'pages'}: ids, actions and each row's unit, time and status`, ruleId: 'clean/column-streams' });
  return out;
}
