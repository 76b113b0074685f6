import { lookupMunicipality } from '../../extract/rules/municipality.js';
import { leftOut, ownerKindCounts, ownerKindIds, statusShares, themeIds, themeMatrix, UNCERTAIN_REASONS, type LeftOut } from '../../store/queries.js';
import { findSubject, SUBJECTS } from '../../lang/subjects.js';
import { parse, print, UsageError } from '../args.js';
import { table } from '../format.js';
import { openExisting } from '../exit.js';
import { THEMES } from '../../lang/themes.js';

export const HELP = `Usage: styrdok compare [--subject ID|LABEL] [--theme ID]... [--municipality NAME|CODE]... [--include-uncertain] [--db FILE] [--json]

Prints the municipality × theme table (activities on each theme, and the share
of those with a status that are done), the status shares and the kinds of
owner per municipality. Each plan family counts once, by its current document;
documents without plan structure and rows below the confidence threshold are
left out, and the output says how many and why.

Options:
  --subject ID|LABEL     only documents whose main subject is this policy area, by id or
                         Swedish or English label ('klimat', 'Klimat och energi', 'climate'):
                         ${SUBJECTS.map((s) => s.id).join(', ')}
  --theme ID             only these themes (repeatable; by default those with rows): ${'THEMES'}
  --municipality NAME    only these municipalities (repeatable), by any name ('Täby', 'Lerums kommun',
                         'Falu kommun', 'Region Gotland') or SCB code
  --include-uncertain    count the rows below the confidence threshold too
  --db FILE              database file (default: styrdok.sqlite)
  --json                 the figures as JSON
  -h, --help             this help`;


/** What the figures leave out, and how to keep it: the line a reader needs before quoting a number. */
export function leftOutNote(out: LeftOut[], uncertainLeftOut: boolean): string {
  if (out.length === 0) return 'Left out: nothing; every stored document is the current version of its plan family and every row is certain.';
  const lines = out.map((l) => `  ${l.reason}: ${l.documents} document${l.documents === 1 ? '' : 's'}, ${l.activities} activit${l.activities === 1 ? 'y' : 'ies'}${l.named ? l.named.map((n) => `\n    ${n}`).join('') : ''}`);
  const hint = uncertainLeftOut && out.some((l) => UNCERTAIN_REASONS.includes(l.reason)) ? '\n(--include-uncertain counts the uncertain rows; the *_all_versions views keep every version)' : '\n(the *_all_versions views and activity_overview_all_versions keep every version)';
  return `Left out of these figures:\n${lines.join('\n')}${hint}`;
}

const share = (n: number, of: number) => (of === 0 ? '–' : `${Math.round((100 * n) / of)}%`);

export function compare(args: string[]): number {
  const { values } = parse(HELP, args, {
    theme: { type: 'string', multiple: true },
    subject: { type: 'string' },
    municipality: { type: 'string', multiple: true },
    db: { type: 'string', default: 'styrdok.sqlite' },
    json: { type: 'boolean', default: false },
    'include-uncertain': { type: 'boolean', default: false },
  });
  // Help needs no database: the themes table follows the taxonomy in the code.
  if (values.help) return print(HELP.replace('THEMES', THEMES.map((t) => t.id).join(', ')));
  const db = openExisting(values.db as string);
  try {
    const known = themeIds(db);
    const themes = (values.theme as string[] | undefined) ?? [];
    for (const t of themes) if (!known.some((k) => k.id === t)) throw new UsageError(`Unexpected theme '${t}', expected one of: ${known.map((k) => k.id).join(', ')}`);
    const municipalities = ((values.municipality as string[] | undefined) ?? []).map((m) => {
      const found = lookupMunicipality(m);
      if (!found) throw new UsageError(`Unexpected municipality '${m}', expected a Swedish municipality's name or SCB code`);
      return found.code;
    });
    const subjectArg = values.subject as string | undefined;
    const subject = subjectArg === undefined ? undefined : findSubject(subjectArg)?.id;
    if (subjectArg !== undefined && !subject) throw new UsageError(`Unexpected subject '${subjectArg}', expected an id or label of: ${SUBJECTS.map((s) => s.id).join(', ')}`);
    const scope = values['include-uncertain'] ? 'with_uncertain' : 'comparable';
    const cells = themeMatrix(db, { themes, municipalities, scope, subject });
    const shares = statusShares(db, municipalities, scope, subject);
    const owners = ownerKindCounts(db, municipalities, scope, subject);
    const out = leftOut(db, municipalities, scope);
    if (values.json) return print(JSON.stringify({ scope, ...(subject ? { subject } : {}), themes: cells, statuses: shares, ownerKinds: owners, leftOut: out }, null, 2));
    // Without --theme, the themes some row speaks of: the policy areas and business themes together are many.
    const shown = known.filter((k) => (themes.length === 0 ? cells.some((c) => c.themeId === k.id && (c.activities > 0 || c.focusAreas > 0)) : themes.includes(k.id)));
    if (subject) console.log(`Documents whose main subject is ${subject} (${SUBJECTS.find((s) => s.id === subject)!.sv}):\n`);
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
        ['municipality', 'documents', 'activities', 'with status', 'not started', 'started', 'ongoing', 'done', 'postponed', 'cancelled'],
        shares.map((s) => {
          const withStatus = s.activities - s.noStatus;
          return [
            `${s.municipality} (${s.municipalityCode})`,
            s.documents,
            s.activities,
            withStatus,
            ...[s.notStarted, s.started, s.ongoing, s.done, s.postponed, s.cancelled].map((n) => share(n, withStatus)),
          ];
        }),
      ),
    );
    console.log('');
    console.log('Activities by kind of owner (share of the municipality\'s activities):');
    const kinds = ownerKindIds(db).filter((k) => owners.some((o) => o.ownerKind === k.id));
    console.log(
      table(
        ['municipality', ...kinds.map((k) => k.id)],
        [...new Map(owners.map((o) => [o.municipalityCode, o.municipality])).entries()].map(([code, name]) => [
          `${name} (${code})`,
          ...kinds.map((k) => {
            const o = owners.find((x) => x.municipalityCode === code && x.ownerKind === k.id);
            return o ? `${o.activities} (${Math.round(100 * o.shareOfActivities)}%)` : '·';
          }),
        ]),
      ),
    );
    console.log('');
    console.log(leftOutNote(out, scope === 'comparable'));
    return 0;
  } finally {
    db.close();
  }
}
