import type { FieldRole } from '../lang/fields.js';
import { isInfinitive } from '../lang/morphology.js';
import { segmentRows, type RowSegment } from './row-segments.js';
import { typedEnds } from './row-sequence.js';
import { headerRole } from './header-role.js';

/**
 * A table with no header row, run into a transcript's line: rows of an
 * action, the unit that owns it and when it is done, one after another
 * ('… Inrätta ett ungdomsråd i varje kommundel Kultur- och
 * fritidsförvaltningen VT 2026 Översätta informationen till lättläst svenska
 * Kommunledningsförvaltningen 2026 …'), the areas as labelled bands between
 * them. With no header to name the columns, the cells name them by their
 * types: a run of rows each opening with an infinitive, then a unit's name,
 * then a time, is the table; one such row is a sentence, three are a table.
 *
 * Examples:
 * - 'Tema 2: Rent vatten Byta ledningar i Norrby Tekniska förvaltningen 2026
 *   Sanera dagvattendammen VA-bolaget HT 2027 Ta fram en skyfallsplan
 *   Samhällsbyggnadsförvaltningen 2027': three rows under the band.
 * - 'Kommunfullmäktige antog 2023 en policy för barnets rättigheter.': a
 *   unit and a year in a sentence; no action opens it, no rows.
 * - 'Andel elever med godkända betyg 81 (2024) 88', a contents page with page
 *   numbers: no unit's name before a time, no rows.
 */

/** The columns such a table shows, in the order the genre sets them: the action, its owner, its time. */
export const TYPED_ROLES: FieldRole[] = ['activity', 'owner', 'time'];
/** Rows needed to take a text as a table without a header. */
const MIN_ROWS = 3;
/** Of the rows read, the share that must show every column by its type. */
const TYPED_SHARE = 0.75;

/**
 * Where the rows of a table without a header start in a text, as a character
 * offset (a band right before the first row included); null when the text
 * holds no such table.
 */
export function findTypedRows(text: string, names: string[][]): number | null {
  const tokens = [...text.matchAll(/\S+/g)];
  const words = tokens.map((t) => t[0]);
  // Cheap first: a unit's name right before a time, at least as often as the table has rows.
  let anchors = 0;
  for (let k = 0; k < words.length && anchors < MIN_ROWS; k++) {
    if ((typedEnds('owner', words, k, names) ?? []).some((e) => (typedEnds('time', words, e, names) ?? []).length > 0)) anchors++;
  }
  if (anchors < MIN_ROWS) return null;
  const { segments } = segmentRows(words, TYPED_ROLES.slice(1), names);
  const rows = segments.filter((s) => s.kind === 'row');
  // An owner that names a column ('VEM', 'Ansvar') is a label of fields, not a unit.
  const isTyped = (s: RowSegment) => !!s.cells?.owner && !!s.cells.time && isInfinitive(s.cells.activity?.split(' ')[0] ?? '') && !s.cells.owner.split(' ').some((w) => headerRole(w).role !== null);
  // Prose before the table reads as rows of a sort (a capitalised word for an owner, no time): the table starts at the first typed row from which on most rows are typed.
  const typedAfter = rows.map(isTyped).reduceRight<number[]>((acc, t) => [(acc[0] ?? 0) + (t ? 1 : 0), ...acc], []);
  const k = rows.findIndex((r, i) => isTyped(r) && typedAfter[i] >= MIN_ROWS && typedAfter[i] >= (rows.length - i) * TYPED_SHARE);
  if (k < 0) return null;
  const first = segments.indexOf(rows[k]);
  const from = first > 0 && segments[first - 1].kind === 'band' ? segments[first - 1] : rows[k];
  return tokens[from.start].index!;
}
