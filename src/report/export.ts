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

/** In JSON, a column that holds JSON text (years, evidence) is the value it holds, not a string of it. */
function record(columns: string[], row: unknown[], json: Set<string>): Record<string, unknown> {
  return Object.fromEntries(columns.map((c, i) => [c, json.has(c) && typeof row[i] === 'string' ? parseOr(row[i]) : row[i]]));
}

function parseOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The pieces of an export in order: a header, one piece per row, a footer. */
export function* exportPieces(format: ExportFormat, columns: string[], rows: Iterable<unknown[]>, jsonColumns: string[] = []): Generator<string> {
  const json = new Set(jsonColumns);
  if (format === 'csv') yield csvLine(columns);
  if (format === 'json') yield '[';
  let first = true;
  for (const row of rows) {
    if (format === 'csv') yield csvLine(row);
    else if (format === 'jsonl') yield `${JSON.stringify(record(columns, row, json))}\n`;
    else {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(record(columns, row, json))}`;
      first = false;
    }
  }
  if (format === 'json') yield first ? ']\n' : '\n]\n';
}
