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
 * lost in the column order, so only its times are read.
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
  const words: Word[] = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index! }));
  for (let k = 0; k < words.length; k++) {
    const first = columnWord(words, k);
    if (first?.role !== 'owner') continue;
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
    if (roles.join() !== 'owner,owner,time') continue;
    const rest = words.slice(k);
    if (rest.some((w) => /^\p{Ll}/u.test(w.text) && isFiniteVerb(w.text.replace(/[,.;:]$/, '')))) return -1;
    if (!times(text.slice(words[last].at)).length) continue;
    return words[k].at;
  }
  return -1;
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
  if (unitTableStart(text) !== 0) return null;
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
    const table: RawBlock = { kind: 'paragraph', text: b.text.slice(at), page: b.page };
    if (b.source !== undefined) table.source = b.source + at;
    if (head) out.push({ ...b, text: head });
    if (b.kind === 'item' && head) item = out.length - 1;
    // Only descriptions stand between the item and its table: the table goes back beside the item.
    const between = item >= 0 ? out.slice(item + 1) : [];
    if (item >= 0 && between.every((x) => x.kind === 'paragraph' || x.kind === 'furniture')) out.splice(item + 1, 0, table);
    else out.push(table);
    item = -1;
  }
  return out;
}
