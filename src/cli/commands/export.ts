import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { exportable, QueryError, rowsOf } from '../../store/queries.js';
import { datasetteMetadata } from '../../store/datasette.js';
import { loadMigrations } from '../../store/connection.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, exportPieces, type ExportFormat } from '../../report/export.js';
import { parse, print, UsageError } from '../args.js';
import { checkOutput, openExisting } from '../exit.js';

export const HELP = `Usage: styrdok export --format csv|json|jsonl (--table NAME | --view NAME) --out PATH [--include-uncertain] [--db FILE]
       styrdok export --datasette-metadata FILE [--db FILE]

Writes every row of one table or view: CSV (RFC 4180, header row, UTF-8),
JSON (an array of objects) or JSON Lines (one object per line). Rows are
streamed, so a large table needs little memory. --out - writes to stdout.
'styrdok export --list' names the tables and views.

The comparison views count the current version of each plan and leave out
uncertain rows; --include-uncertain exports them with those rows too (their
'with_uncertain' scope). --datasette-metadata writes the metadata.json that
Datasette shows beside the database: descriptions of every table, view and
column, facets and sortable columns ('datasette styrdok.sqlite -m FILE').

Options:
  --format F     csv, json or jsonl (required)
  --table NAME   a table, e.g. activities
  --view NAME    a view, e.g. activity_overview, theme_matrix
  --out PATH     file to write, or - for stdout (required)
  --include-uncertain   comparison views with the rows below the confidence threshold
  --datasette-metadata FILE   write Datasette's metadata for the database
  --list         list the tables and views that can be exported
  --db FILE      database file (default: styrdok.sqlite)
  -h, --help     this help`;

async function write(out: WriteStream | NodeJS.WriteStream, piece: string): Promise<void> {
  if (!out.write(piece)) await once(out, 'drain');
}

export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parse(HELP, args, {
    format: { type: 'string' },
    table: { type: 'string' },
    view: { type: 'string' },
    out: { type: 'string' },
    list: { type: 'boolean', default: false },
    db: { type: 'string', default: 'styrdok.sqlite' },
    'include-uncertain': { type: 'boolean', default: false },
    'datasette-metadata': { type: 'string' },
  });
  if (values.help) return print(HELP);
  const db = openExisting(values.db as string);
  try {
    if (values.list) return print(exportable(db).map((x) => `${x.type}\t${x.name}`).join('\n'));
    if (values['datasette-metadata']) {
      const file = values['datasette-metadata'] as string;
      checkOutput(file, '--datasette-metadata');
      const name = path.basename(values.db as string).replace(/\.[^.]+$/, '');
      writeFileSync(file, `${JSON.stringify(datasetteMetadata(db, loadMigrations(), name), null, 2)}\n`);
      console.error(`Datasette metadata for ${name} written to ${file}`);
      return 0;
    }
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`Unexpected --format ${String(format ?? '(missing)')}, expected csv, json or jsonl\n\n${HELP}`);
    if (Boolean(values.table) === Boolean(values.view)) throw new UsageError(`Expected exactly one of --table or --view\n\n${HELP}`);
    if (!values.out) throw new UsageError(`Missing --out PATH\n\n${HELP}`);
    if (values.out !== '-') checkOutput(values.out as string);
    const name = (values.table ?? values.view) as string;
    let source;
    try {
      source = rowsOf(db, name, values.table ? 'table' : 'view', values['include-uncertain'] ? 'with_uncertain' : 'comparable');
    } catch (error) {
      if (error instanceof QueryError) throw new UsageError(error.message);
      throw error;
    }
    const toStdout = values.out === '-';
    const out = toStdout ? process.stdout : createWriteStream(values.out as string);
    let rows = 0;
    const counted = (function* () {
      for (const r of source.rows) {
        rows++;
        yield r;
      }
    })();
    for (const piece of exportPieces(format, source.columns, counted, source.jsonColumns)) await write(out, piece);
    if (!toStdout) {
      (out as WriteStream).end();
      await once(out, 'finish');
      console.error(`${rows} rows of ${name} written to ${values.out as string} (${format})`);
    }
    return 0;
  } finally {
    db.close();
  }
}
