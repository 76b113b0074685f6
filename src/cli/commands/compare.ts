import { lookupMunicipality } from '../../extract/rules/municipality.js';
import { openDatabase } from '../../store/connection.js';
import { statusShares, themeIds, themeMatrix } from '../../store/queries.js';
import { parse, print, UsageError } from '../args.js';
import { table } from '../format.js';

export const HELP = `Usage: styrdok compare [--theme ID]... [--municipality NAME|CODE]... [--db FILE] [--json]

Prints the municipality × theme table (activities on each theme, and the share
of those with a status that are done) and the status shares per municipality.

Options:
  --theme ID             only these themes (repeatable): ${'THEMES'}
  --municipality NAME    only these municipalities (repeatable), by name ('Täby', 'Lerums kommun') or SCB code
  --db FILE              database file (default: styrdok.sqlite)
  --json                 the figures as JSON
  -h, --help             this help`;

const share = (n: number, of: number) => (of === 0 ? '–' : `${Math.round((100 * n) / of)}%`);

export function compare(args: string[]): number {
  const { values } = parse(HELP, args, {
    theme: { type: 'string', multiple: true },
    municipality: { type: 'string', multiple: true },
    db: { type: 'string', default: 'styrdok.sqlite' },
    json: { type: 'boolean', default: false },
  });
  const db = openDatabase(values.db as string);
  try {
    const known = themeIds(db);
    const help = HELP.replace('THEMES', known.map((t) => t.id).join(', '));
    if (values.help) return print(help);
    const themes = (values.theme as string[] | undefined) ?? [];
    for (const t of themes) if (!known.some((k) => k.id === t)) throw new UsageError(`Unexpected theme '${t}', expected one of: ${known.map((k) => k.id).join(', ')}`);
    const municipalities = ((values.municipality as string[] | undefined) ?? []).map((m) => {
      const found = lookupMunicipality(m);
      if (!found) throw new UsageError(`Unexpected municipality '${m}', expected a Swedish municipality's name or SCB code`);
      return found.code;
    });
    const cells = themeMatrix(db, { themes, municipalities });
    const shares = statusShares(db, municipalities);
    if (values.json) return print(JSON.stringify({ themes: cells, statuses: shares }, null, 2));
    const shown = known.filter((k) => themes.length === 0 || themes.includes(k.id));
    const rows = [...new Map(cells.map((c) => [c.municipalityCode, c.municipality])).entries()].map(([code, name]) => [
      `${name} (${code})`,
      ...shown.map((t) => {
        const c = cells.find((x) => x.municipalityCode === code && x.themeId === t.id);
        if (!c || c.activities === 0) return c && c.focusAreas > 0 ? `0 (${c.focusAreas} fa)` : '·';
        return c.withStatus > 0 ? `${c.activities} (${share(c.done, c.withStatus)} done)` : String(c.activities);
      }),
    ]);
    console.log('Activities per theme (focus areas where a theme has none), with the share done among those with a status:');
    console.log(table(['municipality', ...shown.map((t) => t.id)], rows));
    console.log('');
    console.log('Status shares per municipality:');
    console.log(
      table(
        ['municipality', 'documents', 'activities', 'with status', 'not started', 'started', 'ongoing', 'done', 'stopped'],
        shares.map((s) => {
          const withStatus = s.activities - s.noStatus;
          return [`${s.municipality} (${s.municipalityCode})`, s.documents, s.activities, withStatus, share(s.notStarted, withStatus), share(s.started, withStatus), share(s.ongoing, withStatus), share(s.done, withStatus), share(s.stopped, withStatus)];
        }),
      ),
    );
    return 0;
  } finally {
    db.close();
  }
}
