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
 * table. A title whose rows follow it stays where it is; so does a title no
 * row's numbering names.
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
    const row = out.slice(0, k).findIndex((b) => b.kind === 'row' && idOf(b) === first);
    if (row < 0 || out.slice(k + 1).some((b) => idOf(b) === first)) continue;
    const target = out[row];
    const [title] = out.splice(k, 1);
    const cells = target.cells!.map((_, i) => (i === Math.min(1, target.cells!.length - 1) ? title.text : ''));
    out.splice(row, 0, { kind: 'row', text: '', page: title.page, cells, table: target.table, source: title.source });
  }
  return out;
}
