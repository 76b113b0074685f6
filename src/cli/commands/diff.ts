import { diffActivities, linkActivities, type Link, type LinkActivity } from '../../extract/lineage.js';
import type { Db } from '../../store/connection.js';
import { findDocument, QueryError } from '../../store/queries.js';
import { activitiesForLinking, activityStates, linkedInFamily, statusChanges, type StatusChange } from '../../store/lineage.js';
import { parse, print, UsageError } from '../args.js';
import { openExisting } from '../exit.js';

export const HELP = `Usage: styrdok diff A B [--db FILE] [--json]

What changed from document A (the earlier version of a plan, or a plan) to
document B (the later version, or its follow-up): activities added, removed,
reworded, moved to another focus area, split in two or merged into one; and
the activities whose status or traffic light changed (the status_changes view
when A and B are consecutive documents of a plan family).
A and B are document ids or paths (a file name will do when it is unique).
Both must be of one municipality.

Options:
  --db FILE   database file (default: styrdok.sqlite)
  --json      the changes as JSON
  -h, --help  this help`;

const line = (a: LinkActivity) => a.text.replace(/\s+/g, ' ');

/** Two documents not linked in a family: the changes of the pairs diff links, as the view would give them. */
function changesOf(db: Db, links: Link[], after: LinkActivity[]): StatusChange[] {
  const states = activityStates(db, links.flatMap((l) => [l.from, l.to]));
  const text = new Map(after.map((x) => [x.id, x.text]));
  return links.flatMap((l) => {
    const x = states.get(l.from);
    const y = states.get(l.to);
    if (!x || !y || (x.status === y.status && x.track === y.track)) return [];
    const regression = x.rank !== null && y.rank !== null && y.rank < x.rank ? 1 : 0;
    return [{ fromActivityId: l.from, toActivityId: l.to, activity: text.get(l.to) ?? '', fromStatus: x.status, toStatus: y.status, fromTrack: x.track, toTrack: y.track, regression }];
  });
}

export function diff(args: string[]): number {
  const { values, positionals } = parse(HELP, args, { db: { type: 'string', default: 'styrdok.sqlite' }, json: { type: 'boolean', default: false } });
  if (values.help) return print(HELP);
  if (positionals.length !== 2) throw new UsageError(`Expected two documents, A and B\n\n${HELP}`);
  const db = openExisting(values.db as string);
  try {
    let a;
    let b;
    try {
      [a, b] = positionals.map((p) => findDocument(db, p));
    } catch (error) {
      if (error instanceof QueryError) throw new UsageError(error.message);
      throw error;
    }
    if (a.municipalityCode !== b.municipalityCode) throw new UsageError(`Unexpected documents of two municipalities (${a.municipality ?? '–'}, ${b.municipality ?? '–'}), expected versions of one plan`);
    const before = activitiesForLinking(db, a.id);
    const after = activitiesForLinking(db, b.id);
    const links = linkActivities(before, after);
    const d = diffActivities(before, after, links);
    const changes = linkedInFamily(db, a.id, b.id) ? statusChanges(db, a.id, b.id) : changesOf(db, links, after);
    if (values.json) return print(JSON.stringify({ from: a, to: b, ...d, statusChanges: changes }, null, 2));
    console.log(`${a.sourcePath} (${before.length} activities) → ${b.sourcePath} (${after.length} activities)`);
    console.log(`${d.same.length} same, ${d.reworded.length} reworded, ${d.moved.length} moved, ${d.split.length} split, ${d.merged.length} merged, ${d.added.length} added, ${d.removed.length} removed`);
    const section = (title: string, rows: string[]) => {
      if (rows.length === 0) return;
      console.log(`\n${title} (${rows.length}):`);
      for (const r of rows) console.log(`  ${r}`);
    };
    section('Added', d.added.map((x) => `+ ${line(x)}${x.focusArea ? `  [${x.focusArea}]` : ''}`));
    section('Removed', d.removed.map((x) => `- ${line(x)}${x.focusArea ? `  [${x.focusArea}]` : ''}`));
    section('Reworded', d.reworded.map(([x, y]) => `~ ${line(x)}\n    → ${line(y)}`));
    section('Moved to another focus area', d.moved.map(([x, y]) => `> ${line(y)}\n    ${x.focusArea ?? '–'} → ${y.focusArea ?? '–'}`));
    section('Split', d.split.map(([x, y]) => `< ${line(x)}\n    → ${line(y)}`));
    section('Merged', d.merged.map(([x, y]) => `> ${line(x)}\n    → ${line(y)}`));
    const state = (status: string | null, track: string | null) => [status ?? '–', track].filter(Boolean).join(', ');
    section('Status changed', changes.map((c) => `${c.regression ? '!' : '*'} ${c.activity.replace(/\s+/g, ' ')}\n    ${state(c.fromStatus, c.fromTrack)} → ${state(c.toStatus, c.toTrack)}`));
    return 0;
  } finally {
    db.close();
  }
}
