import type { RawBlock } from '../core/types.js';
import type { FieldRole } from '../lang/fields.js';
import { isInfinitive } from '../lang/morphology.js';
import { sv } from '../lang/pattern.js';
import { SECTION_LABEL_WORDS } from '../lang/sections.js';
import { DANGLING_WORDS } from '../lang/language.js';
import { findItemIds, type IdHit } from './numbering.js';
import { readRowForward } from './row-sequence.js';
import { isSymbolCell, timeLength } from './cell-kinds.js';
import { postStart } from './run-on-table.js';

/**
 * A table without a header row whose rows carry ids, run into a transcript's
 * line: each row its id, the action, the unit that owns it, its time and its
 * status symbol, the areas as labelled bands between them ('Tema 2 Rent
 * vatten 2.1 Byta ledningar i Norrby Tekniska förvaltningen 2026 ◐ 2.2 …').
 * The ids say where rows start; the cells after the action are read by their
 * types, as a table without a header is (typed-rows.ts). Only a run of rows
 * most of which read whole, each opening with an infinitive and closing with
 * a status, is taken as the table: numbered actions with prose after them, or
 * with a unit and a time alone, stay the items they are.
 *
 * Examples:
 * - 'Tema 1 Säkra skolvägar 1.1 Bygga en cykelbana Tekniska förvaltningen
 *   2026 ◐ 1.2 Sänka hastigheten TK 2025 ✓ 1.3 …': rows with their band.
 * - '1.1 Bakgrund 3 1.2 Syfte 4 1.3 Mål 5': a contents page; no row reads.
 * - '1.1 Skolan ska erbjuda läxhjälp. 1.2 Biblioteket ska …': goals in
 *   sentences; no unit and time after them.
 */

const dangling = new Set(DANGLING_WORDS);
const ROLES: FieldRole[] = ['number', 'activity', 'owner', 'time', 'status'];
const TAIL: FieldRole[] = ['owner', 'time', 'status'];
/** Rows read whole needed, and their share of the numbered items. */
const MIN_ROWS = 3;
const READ_SHARE = 0.75;
const FIRST_TABLE = 3000;
/** Words a time takes at most ('Senast 30 juni 2026'). */
const MAX_TIME_WORDS = 4;
/** An area's band at the end of a text: its label, number and a title of a few words ('… Tema 2 Vatten och våtmarker'). */
const BAND_AT_END = sv(`(?:^|\\s)((?:${SECTION_LABEL_WORDS})\\s+\\d{1,2}[.:]?\\s+\\p{Lu}[^.!?:;]{2,80})$`, 'iu');

interface Piece {
  band?: string;
  row?: Partial<Record<FieldRole, string>>;
  prose?: string;
  at: number;
}

/**
 * A row whose owner is named by a post, no unit's shape ('Miljöstrategen',
 * 'Rektor'): read back from its end, a status symbol, a time before it, and the
 * capitalised words the action's lower case ends before.
 */
function readPostRow(words: string[], last: boolean): { cells: Partial<Record<FieldRole, string>>; words: number } | null {
  // The last row of a page may have prose after its symbol ('… Löpande ◐ Nästa uppföljning …').
  const symbol = last ? words.findLastIndex((w) => isSymbolCell(w)) : -1;
  let end = symbol >= 0 ? symbol + 1 : words.length;
  const read = end;
  const status = end > 0 && isSymbolCell(words[end - 1]) ? words[--end] : '';
  let time = end;
  for (let k = Math.max(1, end - MAX_TIME_WORDS); k < end && time === end; k++) {
    const text = words.slice(k, end).join(' ');
    if (timeLength(text) === text.length) time = k;
  }
  const owner = time < end ? postStart(words, time) : time;
  if (owner >= time) return null;
  return { cells: { activity: words.slice(0, owner).join(' '), owner: words.slice(owner, time).join(' '), time: words.slice(time, end).join(' '), status }, words: read };
}

/**
 * An action does not end on a word that needs one after it ('… i samverkan
 * med', '… fisk i'): the owner's first word is then the name it governs
 * ('Länsstyrelsen', 'Byälven'), the action's, when the owner keeps a word.
 */
function giveBackName(cells: Partial<Record<FieldRole, string>>): Partial<Record<FieldRole, string>> {
  const action = (cells.activity ?? '').split(' ');
  const owner = (cells.owner ?? '').split(' ');
  if (owner.length < 2 || !dangling.has(action[action.length - 1]?.toLowerCase())) return cells;
  return { ...cells, activity: [...action, owner[0]].join(' '), owner: owner.slice(1).join(' ') };
}

/** A row's text read as its cells, a band cut from its end first; null when the cells do not read. */
function readRow(text: string, id: string, at: number, last: boolean): Piece[] | null {
  const band = BAND_AT_END.exec(text);
  const own = band ? text.slice(0, band.index).trim() : text.trim();
  const words = own.split(/\s+/);
  if (!isInfinitive(words[0] ?? '')) return null;
  const read = readRowForward(words, TAIL, []) ?? readPostRow(words, last);
  // A status closes each row: numbered actions with a unit and a time alone are items with fields, read by their numbering.
  if (!read || (!last && read.words < words.length) || !read.cells.owner || !read.cells.time || !read.cells.status) return null;
  const out: Piece[] = [{ row: { number: id, ...giveBackName(read.cells) }, at }];
  if (read.words < words.length) out.push({ prose: words.slice(read.words).join(' '), at });
  if (band) out.push({ band: band[1].trim(), at: at + band.index });
  return out;
}

/** One block's rows, bands and text around them; null when too few rows read. */
function readBlock(b: RawBlock, hits: IdHit[], min: number): Piece[] | null {
  const before = b.text.slice(0, hits[0].at);
  const lead = BAND_AT_END.exec(before.trimEnd());
  const out: Piece[] = [];
  if ((lead ? before.slice(0, lead.index) : before).trim()) out.push({ prose: (lead ? before.slice(0, lead.index) : before).trim(), at: 0 });
  if (lead) out.push({ band: lead[1].trim(), at: lead.index });
  let rows = 0;
  for (const [k, hit] of hits.entries()) {
    const end = hits[k + 1]?.at ?? b.text.length;
    const pieces = readRow(b.text.slice(hit.after, end), hit.marker, hit.at, k === hits.length - 1);
    if (pieces) rows++;
    out.push(...(pieces ?? [{ row: { number: hit.marker, activity: b.text.slice(hit.after, end).trim() }, at: hit.at }]));
  }
  return rows >= min && rows >= hits.length * READ_SHARE ? out : null;
}

/** Paragraphs whose numbered rows read as a table without a header: their rows and bands, the text around them kept. */
export function readNumberedTypedRows(blocks: RawBlock[]): RawBlock[] {
  // A page that opens with a row ('2.2 Utbilda …') was read as an item: its id is its marker, put back before its text.
  const views = blocks.map((b): RawBlock | null => {
    if (b.kind === 'paragraph') return b;
    if (b.kind !== 'item' || !/^\d{1,2}\.\d{1,2}$/.test(b.marker ?? '')) return null;
    const lead = b.marker!.length + 1;
    return { kind: 'paragraph', text: `${b.marker} ${b.text}`, page: b.page, ...(b.source === undefined ? {} : { source: b.source - lead }) };
  });
  const paragraphs = views.map((b) => b?.text ?? '');
  const hits = findItemIds(paragraphs, MIN_ROWS);
  const table = FIRST_TABLE;
  // A table read on one page goes on with the rows of the next, however few.
  let going = false;
  return blocks.flatMap((original, i) => {
    const b = views[i];
    if (!b || !hits[i].length) return [original];
    const pieces = readBlock(b, hits[i], going ? 1 : MIN_ROWS);
    going = pieces !== null;
    if (!pieces) return [original];
    const source = (at: number) => (b.source === undefined ? undefined : b.source + at);
    return pieces.map((p): RawBlock => {
      if (p.prose !== undefined) return { kind: 'paragraph', text: p.prose, page: b.page, source: source(p.at) };
      const cells: Partial<Record<FieldRole, string>> = p.band !== undefined ? { activity: p.band } : p.row!;
      return { kind: 'row', text: '', page: b.page, cells: ROLES.map((r) => cells[r] ?? ''), table, source: source(p.at) };
    });
  });
}
