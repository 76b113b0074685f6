import path from 'node:path';
import { readExtractionMessages, readSummary } from '../../store/read.js';
import { aliasesByDocument } from '../../store/paths.js';
import { parse, print } from '../args.js';
import { table } from '../format.js';
import { openExisting } from '../exit.js';

export const HELP = `Usage: styrdok summary [--db FILE]

Prints one row per stored document: its id (what diff and the tables use),
file and folder, a mark when its file is gone ('missing'), municipality,
type, period, what the rules found of a plan (plan, partial, none) and the
counts of focus areas, intervention areas, activities, owners and statuses;
then the copies of stored documents found at other paths (read once, counted
once), and what extraction could not read or read with doubt.

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
        ['id', 'document', 'folder', 'file', 'municipality', 'code', 'type', 'period', 'pages', 'found', 'focus', 'interv.', 'activities', 'owner', 'status'],
        rows.map((r) => [
          r.id,
          path.basename(r.sourcePath),
          path.dirname(r.sourcePath),
          r.missingSince ? `missing since ${r.missingSince.slice(0, 10)}` : 'ok',
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
    const missing = rows.filter((r) => r.missingSince).length;
    console.log(`${rows.length} documents, ${rows.reduce((n, r) => n + r.activities, 0)} activities${missing ? `, ${missing} with their file missing (ingest --prune deletes them)` : ''}`);
    const aliases = aliasesByDocument(db);
    if (aliases.size > 0) {
      console.log('\nCopies of stored documents at other paths (read once, counted once):');
      for (const r of rows) for (const a of aliases.get(r.id) ?? []) console.log(`  ${r.id} ${r.sourcePath}\n    = ${a}`);
    }
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
