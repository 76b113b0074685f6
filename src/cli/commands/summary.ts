import path from 'node:path';
import { readExtractionMessages, readSummary } from '../../store/read.js';
import { parse, print } from '../args.js';
import { table } from '../format.js';
import { openExisting } from '../exit.js';

export const HELP = `Usage: styrdok summary [--db FILE]

Prints one row per stored document: municipality, type, period, what the rules
found of a plan (plan, partial, none) and the counts of focus areas,
intervention areas, activities, owners and statuses; then what extraction
could not read or read with doubt, document by document.

Options:
  --db FILE   database file (default: styrdok.sqlite)
  -h, --help  this help`;

export function summary(args: string[]): number {
  const { values } = parse(HELP, args, { db: { type: 'string', default: 'styrdok.sqlite' } });
  if (values.help) return print(HELP);
  const db = openExisting(values.db as string);
  try {
    const rows = readSummary(db);
    console.log(
      table(
        ['document', 'municipality', 'code', 'type', 'period', 'pages', 'found', 'focus', 'interv.', 'activities', 'owner', 'status'],
        rows.map((r) => [
          path.basename(r.sourcePath),
          r.municipality,
          r.municipalityCode,
          r.docType,
          r.periodStart === null ? null : `${r.periodStart}–${r.periodEnd}`,
          r.pages,
          r.outcome,
          r.focusAreas,
          r.interventionAreas,
          r.activities,
          r.withOwner,
          r.withStatus,
        ]),
      ),
    );
    console.log(`${rows.length} documents, ${rows.reduce((n, r) => n + r.activities, 0)} activities`);
    const notes = readExtractionMessages(db);
    if (notes.length > 0) {
      console.log('\nWhat extraction could not read, or read with doubt:');
      for (const n of notes) console.log(`  ${path.basename(n.sourcePath)}: ${n.severity}: ${n.reason} [${n.rule}]`);
    }
    return 0;
  } finally {
    db.close();
  }
}
