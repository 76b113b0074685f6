import type { RawBlock } from '../core/types.js';
import { sv } from '../lang/pattern.js';
import { SECTION_LABELS } from '../lang/sections.js';

/**
 * Area titles that a reading order set after the rows they head. A PDF whose
 * table has the area's title in a band row, or beside its first row, may give
 * its text (poppler's order by position) with the titles gathered after the
 * rows: '… 2.2 Erbjuda … Pågår Tema 1: Service Tema 2: Kompetens 2.3 …'.
 * The numbering places them again: a labelled title numbered N heads the rows
 * numbered N.1, N.2 …; when row N.1 stands before the title and no row N.1
 * follows it, the title is moved to just before that row, as a band of its
 * table (before item N.1 as the heading it is, where the items' ids came
 * as a run before their actions). A title whose rows follow it stays where
 * it is; so does a title no row's numbering names.
 */

/** A top-level label with its number, then a title ('Insatsområde 2: Kompetens', 'Tema 3 – Mark'). */
const LABELLED_NUMBER = sv(`^(?:${SECTION_LABELS.filter((l) => l.rank < 2).map((l) => l.pattern).join('|')})\\s+(\\d{1,2})\\s*[:.–-]\\s*\\p{L}`, 'i');

/** The id a block opens with: a row's first filled cell, an item's marker, or a paragraph's first word. */
function idOf(b: RawBlock): string {
  if (b.kind === 'row') return b.header ? '' : (b.cells?.find((c) => c.trim()) ?? '').trim();
  if (b.kind === 'item') return (b.marker ?? '').replace(/[.)]$/, '');
  return /^(\d{1,2}\.\d{1,2})\s/.exec(b.text)?.[1] ?? '';
}

/** The area number a late title names, or null: a heading or paragraph that is a labelled, numbered title alone. */
function titleNumber(b: RawBlock): string | null {
  if (b.kind !== 'heading' && b.kind !== 'paragraph') return null;
  const m = LABELLED_NUMBER.exec(b.text);
  // Capitals are checked here: a pattern with the /i flag takes \p{Lu} for any letter.
  return m && /^\p{Lu}/u.test(b.text) && !/[.!?]$/.test(b.text) ? m[1] : null;
}

export function placeLateBands(blocks: RawBlock[]): RawBlock[] {
  const out = [...blocks];
  for (let k = 0; k < out.length; k++) {
    const n = titleNumber(out[k]);
    if (n === null) continue;
    const first = `${n}.1`;
    const row = out.slice(0, k).findIndex((b) => (b.kind === 'row' || b.kind === 'item') && idOf(b) === first);
    // Moved ahead: the block now at k is the next one, still to be read.
    if (row < 0 && bandOfTableAhead(out, k, n)) {
      k--;
      continue;
    }
    if (row < 0 || out.slice(k + 1).some((b) => idOf(b) === first)) continue;
    const target = out[row];
    const [title] = out.splice(k, 1);
    // Items ids gave a run before their actions ('1.1 1.2 Gallra … Röja …') keep their title as the heading it was.
    if (target.kind === 'item') {
      out.splice(row, 0, title);
      continue;
    }
    const cells = target.cells!.map((_, i) => (i === Math.min(1, target.cells!.length - 1) ? title.text : ''));
    out.splice(row, 0, { kind: 'row', text: '', page: title.page, cells, table: target.table, source: title.source });
  }
  return out;
}

/** A band row's label and number ('Insatsområde 2: …' in a row's cell), or null. */
function bandLabel(b: RawBlock): { label: string; n: number } | null {
  const text = b.kind === 'row' && !b.header ? (b.cells ?? []).filter((c) => c.trim()).join(' ') : b.kind === 'heading' || b.kind === 'paragraph' ? b.text : '';
  const m = LABELLED_NUMBER.exec(text);
  if (!m || !/^\p{Lu}/u.test(text)) return null;
  return { label: text.slice(0, text.indexOf(m[1])).trim().toLowerCase(), n: Number(m[1]) };
}

/**
 * '… 2.3 … Insatsområde 3: Mark … [footer] [header repeated] 3.1 …': a title
 * that stands outside a table between its rows, its rows following on the
 * next page, where the table (or the same header repeated there) shows its
 * areas as band rows (the area before it, under the same label, one of
 * them). A reading order set it after the page's last row; it is the table's
 * band like the others, moved to just before its first row, so that all the
 * table's areas stand at one level. Whether it was moved.
 */
function bandOfTableAhead(out: RawBlock[], k: number, n: string): boolean {
  const title = bandLabel(out[k]);
  const before = title ? out.slice(0, k).reverse().find((b) => b.kind === 'row' && !b.header && bandLabel(b) !== null) : undefined;
  const band = before ? bandLabel(before) : null;
  if (!title || !band || band.label !== title.label || band.n !== title.n - 1) return false;
  // The same table, or its header repeated on the next page (a new table of the same columns).
  const columns = (table: number | undefined) => out.find((b) => b.kind === 'row' && b.header && b.table === table)?.cells?.join('\t');
  const at = out.findIndex((b, i) => i > k && b.kind === 'row' && idOf(b) === `${n}.1` && (b.table === before!.table || columns(b.table) === columns(before!.table)));
  if (at < 0) return false;
  // A page break between: only the page's furniture (paragraphs) and the header the next page repeats stand before the rows; a heading, a list or rows of its own make the title the document's.
  const between = out.slice(k + 1, at);
  if (between.some((b) => b.kind !== 'paragraph' && !(b.kind === 'row' && b.header)) || between.filter((b) => b.header).length !== 1) return false;
  const target = out[at];
  const [moved] = out.splice(k, 1);
  const cells = target.cells!.map((_, i) => (i === Math.min(1, target.cells!.length - 1) ? moved.text : ''));
  out.splice(at - 1, 0, { kind: 'row', text: '', page: target.page, cells, table: target.table, source: moved.source });
  return true;
}
