import { sv } from '../lang/pattern.js';
import { SECTION_LABELS } from '../lang/sections.js';
import { headingTitleEnd } from './inline-headings.js';

/**
 * A top section's heading in the form 'Label: Title' ('Tema: Rent vatten',
 * 'Fokusområde: Trygga bostäder') that a transcript ran into the text of a
 * table: the table's last row has a free-text cell (a comment) that would take
 * everything up to the next table, the next area's heading and its prose
 * included. The heading belongs to no cell: it is cut out, and the text on
 * either side is read as the table's (rows, or prose that ends it).
 *
 *   '… Ordna läxhjälp ◐ 40 % Startar i maj. Tema: Rent vatten Arbetet med
 *    dagvattnet har …' — the comment is 'Startar i maj.'; 'Tema: Rent vatten'
 *    opens the next area.
 *
 * A labelled band right before a row's id ('Tema: Rent vatten 3.1 Rena …') is
 * a band of the table, read with it; a label of the level below ('Delmål:')
 * names a goal the rows serve, not the end of the area.
 */

/** The top level's labels, capitalised as a heading's, before a colon and a capitalised title. */
const TOP_LABELS = SECTION_LABELS.filter((l) => l.rank < 2 && l.id !== 'label/omrade').map((l) => l.pattern).join('|');
const LABELLED = sv(`(?<=^|\\s)(?:${TOP_LABELS})\\s*:\\s+`, 'giu');
/** A row's id right after the title: the heading is the table's band. */
const ROW_ID_AFTER = /^\s+(?:\p{Lu}{1,2})?\d{1,3}(?:\.\d{1,2}){0,2}[.:)]?\s+\p{Lu}/u;

/** The first top-level 'Label: Title' heading that is no band of the table in a table's text: where it starts and ends; null for none. */
export function findAreaHeading(text: string): { start: number; end: number } | null {
  for (const m of text.matchAll(LABELLED)) {
    // Capitals are checked here: a pattern with the /i flag takes \p{Lu} for any letter.
    if (m.index === 0 || !/^\p{Lu}/u.test(m[0]) || !/^\p{Lu}/u.test(text.slice(m.index! + m[0].length))) continue;
    const titleAt = m.index! + m[0].length;
    const end = headingTitleEnd(text.slice(titleAt));
    if (end > 0 && !ROW_ID_AFTER.test(text.slice(titleAt + end))) return { start: m.index!, end: titleAt + end };
  }
  return null;
}
