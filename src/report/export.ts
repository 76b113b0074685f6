/** Row formats for `styrdok export`: one line (or JSON value) per row, so a large table streams. */

export type ExportFormat = 'csv' | 'json' | 'jsonl';
export const EXPORT_FORMATS: ExportFormat[] = ['csv', 'json', 'jsonl'];

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; NULL is empty. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function record(columns: string[], row: unknown[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((c, i) => [c, row[i]]));
}

/** The pieces of an export in order: a header, one piece per row, a footer. */
export function* exportPieces(format: ExportFormat, columns: string[], rows: Iterable<unknown[]>): Generator<string> {
  if (format === 'csv') yield csvLine(columns);
  if (format === 'json') yield '[';
  let first = true;
  for (const row of rows) {
    if (format === 'csv') yield csvLine(row);
    else if (format === 'jsonl') yield `${JSON.stringify(record(columns, row))}\n`;
    else {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(record(columns, row))}`;
      first = false;
    }
  }
  if (format === 'json') yield first ? ']\n' : '\n]\n';
}
