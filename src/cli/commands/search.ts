import path from 'node:path';
import { QueryError, searchActivities, searchDocuments } from '../../store/queries.js';
import { intOption, parse, print, UsageError } from '../args.js';
import { openExisting } from '../exit.js';

export const HELP = `Usage: styrdok search "<words>" [--db FILE] [--limit N] [--json]

Full-text search over the stored documents and their activities (FTS5; å, ä
and ö are letters of their own). Plain words must all occur; "a phrase",
word* (prefix) and OR work as in SQLite FTS5. Prints the matching activities
and documents with a snippet, the municipality, the document and the page.

Options:
  --db FILE    database file (default: styrdok.sqlite)
  --limit N    hits of each kind (default: 10)
  --json       the hits as JSON
  -h, --help   this help`;

export function search(args: string[]): number {
  const { values, positionals } = parse(HELP, args, { db: { type: 'string', default: 'styrdok.sqlite' }, limit: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } });
  if (values.help) return print(HELP);
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError(`Missing words to search for\n\n${HELP}`);
  const limit = intOption(HELP, 'limit', values.limit, 1, 10_000);
  const db = openExisting(values.db as string);
  try {
    const activities = searchActivities(db, query, limit);
    const documents = searchDocuments(db, query, limit);
    if (values.json) return print(JSON.stringify({ query, activities, documents }, null, 2));
    const page = (p: number | null) => (p === null ? '' : `, p. ${p}`);
    console.log(`Activities (${activities.length}):`);
    for (const a of activities) console.log(`  ${a.municipality ?? '–'} · ${a.documentTitle ?? path.basename(a.sourcePath)}${page(a.page)}\n    ${a.snippet}`);
    console.log(`Documents (${documents.length}):`);
    for (const d of documents) {
      console.log(`  ${d.municipality ?? '–'} · ${d.title ?? '(no title)'} · ${d.sourcePath}`);
      for (const h of d.hits) console.log(`    ${h.page === null ? '' : `p. ${h.page}: `}${h.snippet}`);
    }
    if (activities.length + documents.length === 0) console.log('No hits.');
    return 0;
  } catch (error) {
    if (error instanceof QueryError) throw new UsageError(error.message);
    throw error;
  } finally {
    db.close();
  }
}
