import type { RawBlock } from '../core/types.js';
import { FIELD_LABELS } from '../lang/fields.js';
import { bareFields } from './bare-fields.js';
import { sv } from '../lang/pattern.js';
import { SECTION_LABELS } from '../lang/sections.js';

/**
 * A planning system's report printed to PDF sets each activity as a small
 * table of labels and values ('Aktivitet: | Införa …', 'Ansvarig: |
 * Hemtjänsten', 'Status: | ✅ | Avslutad'), or, where a record fits, as one
 * row holding them all. Such rows are lines of fields, not a table's rows:
 * where rows open with a label and a colon that recurs, each of them is
 * given as the paragraph it reads as ('Ansvarig: Hemtjänsten'), and the
 * records are read as the same export is read from Word or text. Only labels
 * that recur count: a masthead's 'Datum:' row, used once, stays a table's row.
 */

/** A cell that opens with a label a record uses: a field's or a section's, then a colon. */
const LABEL_CELL = sv(`^(?:${[...FIELD_LABELS.map((f) => f.words), ...SECTION_LABELS.map((l) => l.pattern)].join('|')})\\s*:(?:\\s|$)`, 'iu');
/** A label a record uses, its colon and a value after it. */
const LABEL_VALUE = sv(`^(?:${FIELD_LABELS.map((f) => f.words).join('|')})\\s*:\\s*\\S`, 'iu');
/**
 * Whether the pieces of a line set in tab stops are labelled fields, each a
 * label, a colon and its value ('Ansvar: Miljöenheten | Klart: 2026 |
 * Status: ●'): the line of an item's fields, no table's row. The first piece
 * and another are so; one more piece may be a value whose label was lost.
 * A label alone in its piece ('Ansvarig:') is a record's table: its value
 * stands in a cell of its own.
 */
export function isFieldLine(pieces: string[]): boolean {
  const filled = pieces.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const labelled = filled.filter((p) => /^\p{Lu}/u.test(p) && LABEL_VALUE.test(p));
  return filled.length >= 2 && labelled.length >= 2 && labelled[0] === filled[0] && labelled.length + 1 >= filled.length;
}

/** The labels that open an activity's record ('Aktivitet:', 'Åtgärd:'). */
const ACTIVITY_LABEL = sv(`^(?:${FIELD_LABELS.filter((f) => f.role === 'activity').map((f) => f.words).join('|')})$`, 'iu');

/** A cell that is a label alone, with no colon ('Ansvarig'), and a value in a cell after it: the cells' border stands for the colon. */
const WHOLE_LABEL_CELL = sv(`^(?:${[...FIELD_LABELS.map((f) => f.words), ...SECTION_LABELS.map((l) => l.pattern)].join('|')})$`, 'iu');
function bareLabelCell(b: RawBlock, first: string): RegExpExecArray | null {
  const filled = (b.cells ?? []).map((c) => c.trim()).filter(Boolean);
  // A header row names its columns with labels in every cell ('Aktivitet | Ansvar | Status'); a field's row has one label and its value.
  if (filled.length < 2 || filled.length > MAX_FIELD_CELLS || filled.slice(1).some((c) => WHOLE_LABEL_CELL.test(c))) return null;
  return WHOLE_LABEL_CELL.exec(first);
}
/** A label, a value, and a symbol beside it ('Bedömning | ✅ | Enligt plan'): wider rows are a table's. */
const MAX_FIELD_CELLS = 3;

/** At least this many rows open with a label that recurs: the document sets records as rows of fields. */
const MIN_ROWS = 3;

/** A row's label ('ansvarig'), when its first filled cell opens with one. */
function labelOf(b: RawBlock): string | null {
  if (b.kind !== 'row') return null;
  const first = (b.cells ?? []).map((c) => c.trim()).find(Boolean);
  const m = first === undefined || !/^\p{Lu}/u.test(first) ? null : LABEL_CELL.exec(first) ?? bareLabelCell(b, first);
  return m ? m[0].replace(/\s*:\s*$/, '').toLowerCase() : null;
}

/** A row that is a line of fields whose labels have no colon ('Ansvarig | Kulturskolan | Status | Pågående'): its first label. */
function bareLabelOf(b: RawBlock): string | null {
  if (b.kind !== 'row') return null;
  const read = bareFields(rowText(b));
  return read && read.bodyEnd === 0 ? read.fields[0].label.toLowerCase() : null;
}

const rowText = (b: RawBlock) => (b.cells ?? []).map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');

export function unfoldFieldRows(blocks: RawBlock[]): RawBlock[] {
  const labels = blocks.map(labelOf);
  const uses = new Map<string, number>();
  for (const l of labels) if (l) uses.set(l, (uses.get(l) ?? 0) + 1);
  // A label used once is a table's own line ('Datum: 2025-03-01' in a masthead); records repeat theirs.
  const recurring = (l: string | null) => l !== null && (uses.get(l) ?? 0) >= 2;
  // Records open with an activity's label, used again and again; a table of comments alone is no record.
  if (labels.filter(recurring).length < MIN_ROWS || !labels.some((l) => recurring(l) && ACTIVITY_LABEL.test(l!))) return unfoldBareRows(blocks);
  // A record's table holds a recurring label; its other labelled rows ('Ansvarig:' used once) are its fields too.
  const recordTables = new Set(blocks.filter((b, i) => recurring(labels[i])).map((b) => b.table));
  const out: RawBlock[] = [];
  let unfolded = false;
  blocks.forEach((b, i) => {
    if (labels[i] !== null && recordTables.has(b.table)) {
      out.push({ kind: 'paragraph', text: rowText(b), page: b.page, ...(b.source === undefined ? {} : { source: b.source }) });
      unfolded = true;
      return;
    }
    // The value's last line, wrapped out of its cell: it goes on in lower case.
    const last = out[out.length - 1];
    if (unfolded && b.kind === 'paragraph' && /^\p{Ll}/u.test(b.text.trim())) {
      last.text = `${last.text} ${b.text.trim()}`;
      return;
    }
    unfolded = false;
    out.push(b);
  });
  return out;
}

/**
 * An export that sets a record's fields side by side with no colon
 * ('Ansvarig Kulturskolan  Startdatum 2025-01-01  Status Pågående'), under a
 * title of its own: the reading may take the spaced pairs for a table's
 * row. Where two rows or more are such lines, opening with the same label,
 * each is given as the line of fields it is.
 */
function unfoldBareRows(blocks: RawBlock[]): RawBlock[] {
  const labels = blocks.map(bareLabelOf);
  const uses = new Map<string, number>();
  for (const l of labels) if (l) uses.set(l, (uses.get(l) ?? 0) + 1);
  if (![...uses.values()].some((n) => n >= 2)) return blocks;
  return blocks.map((b, i) => {
    const l = labels[i];
    if (l === null || (uses.get(l) ?? 0) < 2) return b;
    return { kind: 'paragraph', text: rowText(b), page: b.page, ...(b.source === undefined ? {} : { source: b.source }) };
  });
}
