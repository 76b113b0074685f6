import path from 'node:path';
import { openDatabase } from '../../store/connection.js';
import { readSummary } from '../../store/read.js';
import { parse, print } from '../args.js';
import { table } from '../format.js';

export const HELP = `Usage: styrdok summary [--db FILE]

Prints one row per stored document: municipality, type, period and the counts
of focus areas, intervention areas, activities, owners and statuses.

Options:
  --db FILE   database file (default: styrdok.sqlite)
  -h, --help  this help`;

export function summary(args: string[]): number {
  const { values } = parse(HELP, args, { db: { type: 'string', default: 'styrdok.sqlite' } });
  if (values.help) return print(HELP);
  const db = openDatabase(values.db as string);
  try {
    const rows = readSummary(db);
    console.log(
      table(
        ['document', 'municipality', 'code', 'type', 'period', 'pages', 'focus', 'interv.', 'activities', 'owner', 'status'],
        rows.map((r) => [
          path.basename(r.sourcePath),
          r.municipality,
          r.municipalityCode,
          r.docType,
          r.periodStart === null ? null : `${r.periodStart}–${r.periodEnd}`,
          r.pages,
          r.focusAreas,
          r.interventionAreas,
          r.activities,
          r.withOwner,
          r.withStatus,
        ]),
      ),
    );
    console.log(`${rows.length} documents, ${rows.reduce((n, r) => n + r.activities, 0)} activities`);
    return 0;
  } finally {
    db.close();
  }
}
