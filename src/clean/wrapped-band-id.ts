import type { RawBlock } from '../core/types.js';
import { DANGLING_WORDS } from '../lang/language.js';
import { follows, parseId, type ItemId } from './numbering.js';

/**
 * A band's title that a narrow first column wrapped around the id of the row
 * beside it: a transcript in poppler's order gives the column's lines and the
 * row's id as they stand on the page, one line of the title before the id and
 * the rest after it ('… 120 tkr Hållbara transporter 4 i staden Bygga ut
 * cykelnätet …'). The id is known by the numbering: it is the one after the
 * last row's, and no row opens with it anywhere else. It is set back after the
 * title, before the row's first capital, so that the table reads the title as
 * the band before its row and the row with its id.
 */

/** A row's id opening a row: before a capitalised word. */
const ROW_START = /(?<=^|\s)((?:\p{Lu}{1,2})?\d{1,3}(?:\.\d{1,2}){0,2})[.:)]?\s+(?=\p{Lu})/gu;
/** A title's first line (a capitalised word, then a few lower-case ones), the id, the title's rest in lower case, and the row's capital. */
const WRAPPED = /(?<=\s)(\p{Lu}[\p{Ll}-]+,?(?:\s+[\p{Ll}-]+,?){0,3})\s+((?:\p{Lu}{1,2})?\d{1,3}(?:\.\d{1,2}){0,2})\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3})\s+(?=\p{Lu})/gu;
const dangling = new Set(DANGLING_WORDS);

interface Found {
  at: number;
  id: ItemId;
}

/** The ids that open rows in a text, in order. */
function rowStarts(text: string): Found[] {
  return [...text.matchAll(ROW_START)].map((m) => ({ at: m.index!, id: parseId(m[1]) })).filter((f): f is Found => f.id !== null);
}

const same = (a: ItemId, b: ItemId) => a.prefix === b.prefix && a.parts.join('.') === b.parts.join('.');

/** The text with each wrapped id set back after its title; the same string when none is. */
function reattachIn(text: string, starts: Found[], opened: ItemId[]): string {
  let out = text;
  // From the end, so that earlier offsets stay as found.
  for (const m of [...text.matchAll(WRAPPED)].reverse()) {
    const id = parseId(m[2]);
    const rest = m[3].split(/\s+/);
    // The title's rest ends on a noun: a preposition or conjunction last ('… 4 i Ta fram') is a sentence going on.
    if (!id || dangling.has(rest[rest.length - 1]) || opened.some((o) => same(o, id))) continue;
    // The last row's id is of the id's depth: an area's number before its title ('3. Mark, lokaler 3.1 och …') is no row's.
    const before = starts.filter((s) => s.at < m.index! && s.id.parts.length === id.parts.length).pop();
    if (!before || !follows(before.id, id)) continue;
    out = `${out.slice(0, m.index!)}${m[1]} ${m[3]} ${m[2]} ${out.slice(m.index! + m[0].length)}`;
  }
  return out;
}

/** Sets each id a band's wrapped title took in back after the title, in the paragraphs of a document. */
export function reattachWrappedIds(blocks: RawBlock[]): RawBlock[] {
  // Ids that open a row anywhere in the document: such an id is no wrapped one.
  const opened = blocks.flatMap((b) => (b.kind === 'paragraph' ? rowStarts(b.text).map((s) => s.id) : []));
  return blocks.map((b) => {
    if (b.kind !== 'paragraph') return b;
    const text = reattachIn(b.text, rowStarts(b.text), opened);
    return text === b.text ? b : { ...b, text };
  });
}
