import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderReport } from '../../report/html.js';
import { leftOut, reportActivities, statusShares, subjectIds, themeIds, themeMatrix } from '../../store/queries.js';
import { parse, print, UsageError } from '../args.js';
import { checkOutput, openExisting } from '../exit.js';

export const HELP = `Usage: styrdok report --out report.html [--db FILE] [--base URL] [--include-uncertain]

Writes one self-contained HTML file (no network, no CDN): status shares per
municipality as bars, the municipality × theme heatmap, and a filterable table
of activities, filterable by municipality, subject (the document's main policy
area), theme, status and words, with links back to the document and page. Each plan family
counts once, by its current document; rows below the confidence threshold are
left out unless asked for, and the page says how many were left out and why.

Options:
  --out FILE   the HTML file to write (required)
  --base URL   link documents under this URL instead of as local files
               (e.g. https://intranet/styrdok/ when the documents are served there)
  --include-uncertain   count the rows below the confidence threshold too
  --db FILE    database file (default: styrdok.sqlite)
  -h, --help   this help`;

export function report(args: string[]): number {
  const { values } = parse(HELP, args, {
    out: { type: 'string' },
    base: { type: 'string' },
    db: { type: 'string', default: 'styrdok.sqlite' },
    'include-uncertain': { type: 'boolean', default: false },
  });
  if (values.help) return print(HELP);
  if (!values.out) throw new UsageError(`Missing --out FILE\n\n${HELP}`);
  checkOutput(values.out as string);
  const dbFile = values.db as string;
  const base = values.base as string | undefined;
  const db = openExisting(dbFile);
  try {
    const includeUncertain = values['include-uncertain'] as boolean;
    const scope = includeUncertain ? 'with_uncertain' : 'comparable';
    const activities = reportActivities(db, scope);
    const cells = themeMatrix(db, { scope });
    // PDF viewers open a page from the #page=N fragment.
    const link = (sourcePath: string, page: number | null) => {
      const url = base ? new URL(sourcePath.split(path.sep).map(encodeURIComponent).join('/'), base.endsWith('/') ? base : `${base}/`).href : pathToFileURL(path.resolve(sourcePath)).href;
      return page ? `${url}#page=${page}` : url;
    };
    const html = renderReport({
      generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
      database: path.basename(dbFile),
      shares: statusShares(db, [], scope),
      cells,
      // The heatmap and the theme filter show the themes some row speaks of: policy areas and business themes together are many.
      themes: themeIds(db).filter((t) => cells.some((c) => c.themeId === t.id && (c.activities > 0 || c.focusAreas > 0))),
      subjects: subjectIds(db),
      activities,
      leftOut: leftOut(db, [], scope),
      includeUncertain,
      link,
    });
    writeFileSync(values.out as string, html);
    console.error(`report of ${activities.length} activities written to ${values.out as string} (${Math.round(html.length / 1024)} KB)`);
    return 0;
  } finally {
    db.close();
  }
}
