import type { Message, RawBlock } from '../core/types.js';
import type { FieldRole } from '../lang/fields.js';
import { DANGLING_WORDS, PREPOSITIONS } from '../lang/language.js';
import { ownerStart } from './cell-kinds.js';
import { follows, parseId, type ItemId } from './numbering.js';
import { typedEnds } from './row-sequence.js';
import { firstColumnWords, roleOf } from './late-columns.js';

/**
 * A table that a plain PDF-to-text order gave block by block: the id and
 * action column of a few rows, then the typed columns' head and the cells of
 * the rows read so far, then more actions and more cells, each row's cells
 * after its action but not beside it, a comment's sentence among them, a
 * row's cells sometimes run into an action's text before or after it:
 *
 *   '1.1 Röja sly längs vandringsleden 1.2 Bygga en spång över myren Ansvar
 *    Tid Status Parkenheten 2027 Pågår Leden är röjd till hälften.
 *    Fritidsenheten HT 2027 Ej påbörjad 1.3 Sätta upp skyltar vid
 *    parkeringen Område 2: Badplatser 2.1 Parkenheten VT 2028 Klar Rensa …'
 *
 * The head's words give the order of the typed cells (owner, time, status).
 * A row's cells are a group: a time or status cell read by its type, each
 * next typed cell right after the one before it, and an owner before them
 * read by its place (a unit's name, or a few words from a capital after the
 * text before it: 'Medicinskt ansvarig sjuksköterska', 'Kultur och fritid').
 * A typed cell opens a group only where a cell can open (after a sentence's
 * end, another group or a block's start, or after the owner read before it),
 * so a time inside a comment's sentence ('… flyttad till hösten 2027') is no
 * group. The k-th group is the k-th item's when there are at least as many
 * groups as items and each stands after its item's id; groups left after the
 * last item's, and every word no group takes, stay as text. Not read: fewer
 * than three items, ids that do not follow each other, no head of typed
 * columns among the items, fewer groups than items (a row left blank would
 * shift every row after it), a group before its item's id.
 */

const MIN_ROWS = 3;
const TYPED: FieldRole[] = ['owner', 'time', 'status'];
/** Words of an owner read by its place at most. */
const MAX_OWNER_WORDS = 5;
const SENTENCE_END = /[.!?:;]$/;
const dangling = new Set(DANGLING_WORDS);
const sentenceWords = new Set([...DANGLING_WORDS, ...PREPOSITIONS]);


/**
 * A day a PDF-to-text tool broke over two lines of a narrow cell and joined
 * without its hyphen ('2026-' + '06-30' → '202606-30'), read as the day.
 */
const JOINED_DAY = /^((?:19|20)\d\d)(0[1-9]|1[0-2])-(\d\d)$/;
const repairDay = (word: string) => word.replace(JOINED_DAY, '$1-$2-$3');

interface Token {
  word: string;
  /** The block the word stands in, and where its block's words start in the stream. */
  block: number;
  blockStart: number;
}

interface Group {
  from: number;
  to: number;
  cells: Partial<Record<FieldRole, string>>;
  last: number;
}

/** The head's typed roles in order and its words: a block of column words alone (a paragraph, or a header row no row followed); null for any other block. */
function headOf(b: RawBlock): { roles: FieldRole[]; words: string[] } | null {
  const text = b.kind === 'paragraph' ? b.text : b.kind === 'row' && b.cells ? b.cells.join(' ') : '';
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length || words.some((w) => roleOf(w) === null)) return null;
  const roles = words.map(roleOf).filter((r): r is FieldRole => r !== null && TYPED.includes(r));
  return roles.some((r) => r !== 'owner') && roles.length >= 2 ? { roles: [...new Set(roles)], words } : null;
}

/** Where an owner ends at token `k` by its place: its first token, or k for none. */
function ownerBefore(words: string[], k: number, bound: number): number {
  const unit = ownerStart(words, k, [], bound);
  if (unit < k) return unit;
  for (let j = k - 1; j >= Math.max(bound, k - MAX_OWNER_WORDS); j--) {
    const w = words[j];
    // A unit's name joins its parts with 'och' and names a post's field with 'för' ('Chef för elevhälsan'); any other such word is a sentence's ('Arbetet flyttas till hösten').
    if (SENTENCE_END.test(w) || /[,\d]/.test(w) || (sentenceWords.has(w) && w !== 'och' && w !== 'för')) return k;
    if (!/^\p{Lu}/u.test(w)) continue;
    const before = words[j - 1] ?? '.';
    if (j === bound || SENTENCE_END.test(before) || (/^\p{Ll}/u.test(before) && !dangling.has(before.toLowerCase()))) return j;
  }
  return k;
}

/** The typed role (after `after` in the head's order) that reads at token k, and where it ends. */
function cellAt(words: string[], k: number, roles: FieldRole[], after: number): { r: number; end: number } | null {
  if (!/^[\p{Lu}\d]/u.test(words[k])) return null;
  for (let r = after + 1; r < roles.length; r++) {
    if (roles[r] === 'owner') continue;
    const end = typedEnds(roles[r], words, k, [])?.[0];
    if (end !== undefined && end > k) return { r, end };
  }
  return null;
}

/** An owner opening at token k and the typed cell after it, later in the head's order than the owner: where each starts and ends. */
function ownerThenCell(words: string[], k: number, roles: FieldRole[], owner: number): { at: number; r: number; end: number } | null {
  for (let at = k + 1; at <= Math.min(words.length - 1, k + MAX_OWNER_WORDS); at++) {
    const cell = cellAt(words, at, roles, owner);
    if (cell && ownerBefore(words, at, k) === k) return { at, ...cell };
  }
  return null;
}

/** The groups of typed cells in the stream, in order. */
function readGroups(tokens: Token[], roles: FieldRole[]): Group[] {
  const words = tokens.map((t) => repairDay(t.word));
  const groups: Group[] = [];
  const owner = roles.indexOf('owner');
  for (let k = 0; k < words.length; ) {
    const open = groups.at(-1);
    // A cell right after the group's last, later in the head's order, goes on with the row.
    const next = open && open.to === k && tokens[k].block === tokens[open.from].block ? cellAt(words, k, roles, open.last) : null;
    if (open && next) {
      open.cells[roles[next.r]] = words.slice(k, next.end).join(' ');
      Object.assign(open, { to: next.end, last: next.r });
      k = next.end;
      continue;
    }
    // An owner the head sets between two typed cells ('Tid Ansvarig Status': '2027 Parkenheten Pågår').
    const inner = open && open.to === k && tokens[k].block === tokens[open.from].block && owner > open.last ? ownerThenCell(words, k, roles, owner) : null;
    if (open && inner) {
      Object.assign(open.cells, { owner: words.slice(k, inner.at).join(' '), [roles[inner.r]]: words.slice(inner.at, inner.end).join(' ') });
      Object.assign(open, { to: inner.end, last: inner.r });
      k = inner.end;
      continue;
    }
    const cell = cellAt(words, k, roles, -1);
    // A time whose phrase opens in lower case before it ('hösten 2027') is a sentence's.
    const inPhrase = k > 0 && (typedEnds('time', words, k - 1, [])?.[0] ?? k) > k;
    if (!cell || inPhrase) {
      k++;
      continue;
    }
    const bound = Math.max(open?.to ?? 0, tokens[k].blockStart);
    const from = owner >= 0 && owner < cell.r ? ownerBefore(words, k, bound) : k;
    const atBoundary = k === bound || SENTENCE_END.test(words[k - 1]);
    // Inside a sentence ('… till hösten 2027') a time opens no cell: only after an owner read before it, or with the row's next cell after it.
    const goesOn = () => cellAt(words, cell.end, roles, cell.r) !== null || (owner > cell.r && ownerThenCell(words, cell.end, roles, owner) !== null);
    if (from === k && !atBoundary && !goesOn()) {
      k++;
      continue;
    }
    const cells: Partial<Record<FieldRole, string>> = { [roles[cell.r]]: words.slice(k, cell.end).join(' ') };
    if (from < k) cells.owner = words.slice(from, k).join(' ');
    groups.push({ from, to: cell.end, cells, last: cell.r });
    k = cell.end;
  }
  return groups;
}

interface Region {
  from: number;
  to: number;
  head: number;
  roles: FieldRole[];
  headWords: string[];
}

/** The items, bands and paragraphs around a head of typed columns, their ids following each other; null when fewer than three items or none before the head. */
function regionAt(blocks: RawBlock[], h: number): Region | null {
  const head = headOf(blocks[h]);
  if (!head) return null;
  let from = h;
  while (from > 0 && (blocks[from - 1].kind === 'item' || blocks[from - 1].kind === 'heading')) from--;
  let last: ItemId | null = null;
  let before = 0;
  let to = from;
  for (; to < blocks.length && (to === h || ['item', 'heading', 'paragraph'].includes(blocks[to].kind)); to++) {
    const b = blocks[to];
    if (b.kind === 'item') {
      const id = parseId(b.marker ?? '');
      if (!id || (last && !follows(last, id))) break;
      last = id;
      if (to < h) before++;
    }
    // A paragraph that no item or band follows closes the table.
    if (b.kind === 'paragraph' && to > h && !['item', 'heading'].includes(blocks[to + 1]?.kind ?? '')) {
      to++;
      break;
    }
  }
  const items = blocks.slice(from, to).filter((b) => b.kind === 'item').length;
  return items >= MIN_ROWS && before > 0 ? { from, to, head: h, roles: head.roles, headWords: head.words } : null;
}

/** The table's rows, bands and left-over text, or null when its groups cannot be paired with its items. */
function pairRegion(blocks: RawBlock[], region: Region, table: number, out: RawBlock[], messages: Message[]): RawBlock[] | null {
  const tokens: Token[] = [];
  const starts = new Map<number, number>();
  for (let i = region.from; i < region.to; i++) {
    const b = blocks[i];
    if (i === region.head || b.kind === 'heading') continue;
    starts.set(i, tokens.length);
    const blockStart = tokens.length;
    for (const word of b.text.split(/\s+/).filter(Boolean)) tokens.push({ word, block: i, blockStart });
  }
  const items = [...starts.keys()].filter((i) => blocks[i].kind === 'item');
  const groups = readGroups(tokens, region.roles);
  const paired = groups.slice(0, items.length);
  if (groups.length < items.length || paired.some((g, k) => g.from < starts.get(items[k])!)) {
    messages.push({ severity: 'info', reason: `Unexpected ${groups.length} groups of typed cells for ${items.length} numbered items among them, expected one after each item's id: not paired`, ruleId: 'clean/interleaved-cells' });
    return null;
  }
  const opens = new Set(groups.map((g) => g.from));
  const taken = new Set(paired.flatMap((g) => Array.from({ length: g.to - g.from }, (_, j) => g.from + j)));
  const free = (i: number) => {
    const s = starts.get(i)!;
    const n = blocks[i].text.split(/\s+/).filter(Boolean).length;
    return Array.from({ length: n }, (_, j) => s + j);
  };
  const rows: RawBlock[] = [];
  const kept: RawBlock[] = [];
  const first = firstColumnWords(out);
  const named = region.roles.map((r) => region.headWords.find((w) => roleOf(w) === r)!);
  const keep = (b: RawBlock, ids: number[]) => ids.length && kept.push({ kind: 'paragraph', text: ids.map((t) => tokens[t].word).join(' '), page: b.page, source: b.source });
  let k = 0;
  for (let i = region.from; i < region.to; i++) {
    const b = blocks[i];
    if (i === region.head) continue;
    if (b.kind === 'heading') {
      rows.push(b);
      continue;
    }
    const ids = free(i).filter((t) => !taken.has(t));
    if (b.kind !== 'item') {
      keep(b, ids);
      continue;
    }
    // The action is the item's first run of words no group takes, up to where a group left over opens; words after it stay as text.
    let n = 0;
    while (n < ids.length && (n === 0 || (ids[n] === ids[n - 1] + 1 && !opens.has(ids[n])))) n++;
    const g = paired[k++];
    if (k === 1) rows.push({ kind: 'row', text: '', page: b.page, cells: [...first, ...named], table, source: b.source, header: true });
    rows.push({ kind: 'row', text: '', page: b.page, cells: [b.marker!, ids.slice(0, n).map((t) => tokens[t].word).join(' '), ...region.roles.map((r) => g.cells[r] ?? '')], table, source: b.source });
    keep(b, ids.slice(n));
  }
  messages.push({ severity: 'info', reason: `Paired ${items.length} groups of typed cells read apart from their rows back to ${items.length} numbered items in order`, ruleId: 'clean/interleaved-cells' });
  return [...rows, ...kept];
}

/** Items whose typed cells a reading order set among them, read into one table; other blocks pass unchanged. */
export function pairInterleavedCells(blocks: RawBlock[], messages: Message[] = []): RawBlock[] {
  let table = blocks.reduce((n, b) => Math.max(n, (b.table ?? -1) + 1), 0);
  const out: RawBlock[] = [];
  let done = 0;
  for (let h = 1; h < blocks.length; h++) {
    const region = h >= done ? regionAt(blocks, h) : null;
    if (!region || region.from < done) continue;
    const before = out.length;
    out.push(...blocks.slice(done, region.from));
    const read = pairRegion(blocks, region, table, out, messages);
    if (!read) {
      out.length = before;
      continue;
    }
    out.push(...read);
    done = region.to;
    h = done - 1;
    table++;
  }
  out.push(...blocks.slice(done));
  return out;
}
