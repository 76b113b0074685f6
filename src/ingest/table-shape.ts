/**
 * The shape of a markup table (HTML, Word through mammoth) read row by row,
 * where a cell spanning columns stands in its first column and leaves the
 * columns after it empty.
 */
export interface SpannedRow {
  cells: string[];
  fills: Array<string | null>;
  /** Whether a cell begins in each column (false where a cell spanning columns goes on). */
  starts: boolean[];
}

const startSet = (r: SpannedRow) => new Set(r.starts.flatMap((s, j) => (s && j > 0 ? [j] : [])));
const within = (a: Set<number>, b: Set<number>) => [...a].every((j) => b.has(j));

/**
 * Splits a table where its column grid changes: a row whose inner cell
 * boundaries neither contain nor are contained in those of the rows so far
 * starts a new table (a band across the table has a subset of them and stays).
 * A word processor saving adjacent tables as one web page table (a goal table
 * of two columns above an action table of four) makes such a table, with
 * spans that fit both grids; each part is then read as the table it was.
 * Returns the index of the first row of each part.
 */
export function gridSections(rows: SpannedRow[]): number[] {
  const firsts = [0];
  let reference: Set<number> | null = null;
  rows.forEach((r, i) => {
    const inner = startSet(r);
    if (reference && !within(inner, reference) && !within(reference, inner)) {
      firsts.push(i);
      reference = inner;
    } else if (!reference || inner.size > reference.size) reference = inner;
  });
  return firsts;
}

/**
 * Drops the columns in which no row begins a cell: a span that every row
 * carries over them (a status cell spanning two grid columns in every row)
 * adds an empty column the table's author never made.
 */
export function withoutSpannedColumns(rows: SpannedRow[]): SpannedRow[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const keep = Array.from({ length: width }, (_, j) => rows.some((r) => r.starts[j] ?? false));
  if (keep.every(Boolean)) return rows;
  const pick = <T>(xs: T[]) => xs.filter((_, j) => keep[j]);
  return rows.map((r) => ({ cells: pick(r.cells), fills: pick(r.fills), starts: pick(r.starts) }));
}
