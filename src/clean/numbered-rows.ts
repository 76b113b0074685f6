import { follows, parseId, type ItemId } from './numbering.js';

/**
 * The rows of a table a transcript ran into one line, found by their
 * numbering: each row opens with an id that continues the one before ('1.1',
 * '1.2', '2.1'; 'A1', 'A2'), and a number whose children follow ('2.' before
 * '2.1') is the number of the band (the area) those rows belong to, set in a
 * first column merged down its rows. Such a number may stand alone, its title
 * coming later: a reading order that takes a merged cell's lines where they
 * fall on the page puts the number before the area's first row and the title
 * after the header repeated on the next page.
 *
 * Examples (the reader's text after a header 'Nr Åtgärd Ansvar Tid'):
 * - '1. Rent vatten 1.1 Byta ledningar … 1.2 …': a band '1. Rent vatten', then rows 1.1, 1.2.
 * - '2. 2.1 Sanera …': the band number 2 alone; its title is looked for later.
 * - '2. Vi ska 2.1 …' in a sentence, or '2 Kapitel 3.1 …' (3.1 is no child of 2): no band.
 */

/** A row's id inside a text, after a space and before a capitalised word; the id is group 1. */
const ROW_ID_INSIDE = /\s((?:\p{Lu}{1,2})?\d{1,3}(?:\.\d{1,2}){0,2})[.:)]?\s+(?=\p{Lu})/gu;
/** A bare number opening a text ('2.', '3', 'B'), as a merged first column gives a band's number. */
const BAND_NUMBER = /^((?:\p{Lu}{1,2})?\d{1,2}(?:\.\d{1,2})?)\.?(?=\s)/u;
/** Words of a band's title at most. */
const MAX_TITLE_WORDS = 8;

/** The id of a row that opens with none, after `last`: the one before the first id the text goes on with, when it follows `last`. */
export function idBefore(text: string, last: ItemId): string | null {
  for (const m of ` ${text}`.matchAll(ROW_ID_INSIDE)) {
    const id = parseId(m[1]);
    if (!id) continue;
    const parts = [...id.parts];
    parts[parts.length - 1] -= 1;
    const before = { prefix: id.prefix, parts };
    return parts[parts.length - 1] >= 1 && follows(last, before) ? `${id.prefix}${parts.join('.')}` : null;
  }
  return null;
}

/** Where the row after `last` opens in a text (the space before its id), -1 for nowhere; with no row read yet, a first id ('1.1', 'A1'). */
export function nextRowAt(text: string, last: ItemId | null): number {
  // Ids that skip one, waiting for an id that follows them within a few ids; read once, stopping at the first row found, so that reading a page's rows one after another stays linear.
  const waiting: Array<{ id: ItemId; at: number; seen: number }> = [];
  let seen = 0;
  // matchAll, not exec: a shared global pattern left with its lastIndex would make a later matchAll start mid-text (one document's reading leaking into the next).
  for (const m of text.matchAll(ROW_ID_INSIDE)) {
    const id = parseId(m[1]);
    if (!id) continue;
    if (!last) {
      if (id.parts[id.parts.length - 1] === 1) return m.index!;
      continue;
    }
    seen++;
    // A row whose own id a reading order set apart ('3.1 och …' among a title's lines, '1.3' further down) is skipped when the id after it goes on as a chain ('1.4', then '1.5').
    const confirmed = waiting.find((w) => follows(w.id, id));
    if (confirmed) return confirmed.at;
    if (follows(last, id)) return m.index!;
    if (skipsOne(last, id)) waiting.push({ id, at: m.index!, seen });
    while (waiting.length && seen - waiting[0].seen > MAX_CHAIN_GAP) waiting.shift();
  }
  return -1;
}

/** Ids that may stand between a row that skips one and the row after it (a stray number, a year). */
const MAX_CHAIN_GAP = 3;

/** Whether `next` is the id after the one after `last` ('2.4' → '3.2'): the row between lost its id to the reading order. */
export function skipsOne(last: ItemId, next: ItemId): boolean {
  return successors(last).some((s) => follows(s, next));
}

/** The id between `last` and `next` when `next` skips one, else null. */
export function between(last: ItemId, next: ItemId): ItemId | null {
  return follows(last, next) ? null : successors(last).find((s) => follows(s, next)) ?? null;
}

/** An id as a table's number cell writes it ('1.3', 'A2'). */
export function formatId(id: ItemId): string {
  return `${id.prefix}${id.parts.join('.')}`;
}

/** The ids that may follow an id ('2.4' → '2.5', '3.1'). */
function successors(id: ItemId): ItemId[] {
  return id.parts.map((p, k) => ({ prefix: id.prefix, parts: [...id.parts.slice(0, k), p + 1, ...id.parts.slice(k + 1).map(() => 1)] }));
}

/** The first row id candidate inside a text, parsed; null for none. Read lazily: a page's rest may be long. */
export function firstRowId(text: string): ItemId | null {
  const m = text.matchAll(ROW_ID_INSIDE).next();
  return m.done ? null : parseId(m.value[1]);
}

/** Every row id candidate inside a text, with the offset of the space before it. */
export function rowIdsInside(text: string): Array<{ id: string; at: number }> {
  return [...text.matchAll(ROW_ID_INSIDE)].map((m) => ({ id: m[1], at: m.index! }));
}

/** A band's title: a few words opening in a capital, no sentence. */
export function isTitle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= MAX_TITLE_WORDS && /^\p{Lu}/u.test(words[0]) && !/[.!?:;]/.test(text);
}

/** Whether `child` is the first id under `parent` ('2' → '2.1', 'A' … none; '1.2' → '1.2.1'). */
function isFirstChild(parent: ItemId, child: ItemId): boolean {
  const n = parent.parts.length;
  return child.prefix === parent.prefix && child.parts.length === n + 1 && parent.parts.every((p, k) => child.parts[k] === p) && child.parts[n] === 1;
}

export interface BandNumber {
  /** The number as written ('2.'). */
  number: string;
  /** The title after it, '' when it comes later. */
  title: string;
  /** Where the first row of the band opens, in the text given (the space before its id). */
  rowAt: number;
}

/**
 * A band's number at the start of a text: a bare number whose next row is its
 * first child ('2. Kompetens 2.1 …'), with the title between them (a title's
 * shape, or nothing). Null otherwise.
 */
export function bandNumberAt(text: string, last: ItemId | null): BandNumber | null {
  const m = BAND_NUMBER.exec(text);
  const parent = m ? parseId(m[1]) : null;
  if (!m || !parent) return null;
  const after = text.slice(m[0].length);
  const rowAt = nextRowAt(after, last);
  if (rowAt < 0) return null;
  const child = firstRowId(after.slice(rowAt));
  if (!child || !isFirstChild(parent, child)) return null;
  const title = after.slice(0, rowAt).trim();
  if (title && !isTitle(title)) return null;
  return { number: m[0], title, rowAt: m[0].length + rowAt };
}

/** A bare number inside a text, after a space: where a band's number may stand. */
const BAND_NUMBER_INSIDE = /\s(?=(?:\p{Lu}{1,2})?\d{1,2}(?:\.\d{1,2})?\.?\s)/gu;

/**
 * Where a band's number stands before the next row of a text (the space
 * before it), so that the row before ends there and does not take the band's
 * number and title into its last cell; -1 for none.
 */
export function bandBefore(text: string, last: ItemId | null): number {
  const next = nextRowAt(text, last);
  if (next < 0) return -1;
  for (const m of text.slice(0, next + 1).matchAll(BAND_NUMBER_INSIDE)) {
    const band = bandNumberAt(text.slice(m.index! + 1), last);
    if (band && m.index! + 1 + band.rowAt === next) return m.index!;
  }
  return -1;
}
