import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { discover } from '../../discover/walk.js';
import { readGold } from '../../eval/gold.js';
import { scoreExtraction, type Scores } from '../../eval/score.js';
import { processDocument } from '../../pipeline/process.js';
import { parse, print, UsageError } from '../args.js';
import { pct, table } from '../format.js';

export const HELP = `Usage: styrdok eval --gold DIR [--gold DIR]... [paths...]

Scores the rules against gold annotations: each DIR/NAME.json is matched to
the documents its 'source' names, or whose file name (without extension) is
NAME, found under the paths (default: corpus fixtures). Prints focus-area,
intervention-area and activity precision/recall/F1, owner, status, track
(traffic light), progress, goal assessment light, years and focus-area assignment accuracy, metadata matches
and the document and adoption dates, per document and overall.

Options:
  --gold DIR  folder of gold JSON files (required; may be given more than once)
  --json      print the scores as JSON
  -h, --help  this help`;

/** A right-or-wrong field: '✓', '✗', or '' where gold gives none. */
const mark = (v: boolean | null) => (v === null ? '' : v ? '✓' : '✗');
const count = (vs: Array<boolean | null>) => `${vs.filter((v) => v === true).length}/${vs.filter((v) => v !== null).length}`;

export async function evaluate(args: string[]): Promise<number> {
  const { values, positionals } = parse(HELP, args, { gold: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } });
  if (values.help) return print(HELP);
  const goldDirs = (values.gold as string[] | undefined) ?? [];
  if (goldDirs.length === 0) throw new UsageError(`Missing --gold DIR\n\n${HELP}`);
  const { files } = discover(positionals.length ? positionals : ['corpus', 'fixtures']);
  const results: Array<{ file: string; scores: Scores }> = [];
  let faults = 0;
  const goldFiles = goldDirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f)));
  for (const goldPath of goldFiles) {
    const goldFile = path.basename(goldPath);
    const read = readGold(goldPath);
    if (!read.ok) {
      // A gold file that does not follow the format is named with its first faults, and the rest are scored.
      console.error(`${goldPath}: ${read.reason}`);
      faults += 1;
      continue;
    }
    const gold = read.gold;
    // Gold names its document by `source` ('x.pdf'); older files by their own stem ('x.json' for x.txt).
    const stem = goldFile.replace(/\.json$/, '');
    const named = (f: string) => path.basename(f) === gold.source || path.basename(f).replace(/\.[^.]+$/, '') === stem;
    for (const file of files.filter(named)) {
      const processed = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!processed.ok) {
        console.error(`${file}: ${processed.reason}`);
        continue;
      }
      results.push({ file, scores: scoreExtraction(processed.extraction, gold) });
    }
  }
  if (values.json) {
    console.log(JSON.stringify(results, null, 2));
    return faults ? 1 : 0;
  }
  const meta = (s: Scores) => Object.values(s.metadata).filter((v) => v !== null);
  const rows = results.map(({ file, scores: s }) => [
    path.basename(file),
    pct(s.focusAreas.f1),
    // Areas read where gold has none are errors too: only a document with neither shows none.
    pct(s.interventionAreas.gold || s.interventionAreas.extracted ? s.interventionAreas.f1 : null),
    pct(s.activities.precision),
    pct(s.activities.recall),
    pct(s.activities.f1),
    pct(s.owner.value),
    pct(s.status.value),
    pct(s.track.value),
    pct(s.progress.value),
    pct(s.goalTrack.value),
    pct(s.years.value),
    pct(s.assignment.value),
    `${meta(s).filter(Boolean).length}/${meta(s).length}`,
    mark(s.metadata.date),
    mark(s.metadata.adopted),
  ]);
  const sum = (f: (s: Scores) => [number, number]): [number, number] => results.reduce<[number, number]>((acc, r) => [acc[0] + f(r.scores)[0], acc[1] + f(r.scores)[1]], [0, 0]);
  const micro = (f: (s: Scores) => { extracted: number; gold: number; matched: number }) => {
    const [m, e, g] = results.reduce((acc, r) => [acc[0] + f(r.scores).matched, acc[1] + f(r.scores).extracted, acc[2] + f(r.scores).gold], [0, 0, 0]);
    const p = e ? m / e : 1;
    const rc = g ? m / g : 1;
    return { p, r: rc, f1: p + rc ? (2 * p * rc) / (p + rc) : 0 };
  };
  const ratio = ([a, b]: [number, number]) => (b ? a / b : null);
  const acts = micro((s) => s.activities);
  const metaAll = results.flatMap((r) => meta(r.scores));
  rows.push([
    'overall (micro)',
    pct(micro((s) => s.focusAreas).f1),
    pct(micro((s) => s.interventionAreas).f1),
    pct(acts.p),
    pct(acts.r),
    pct(acts.f1),
    pct(ratio(sum((s) => [s.owner.correct, s.owner.total]))),
    pct(ratio(sum((s) => [s.status.correct, s.status.total]))),
    pct(ratio(sum((s) => [s.track.correct, s.track.total]))),
    pct(ratio(sum((s) => [s.progress.correct, s.progress.total]))),
    pct(ratio(sum((s) => [s.goalTrack.correct, s.goalTrack.total]))),
    pct(ratio(sum((s) => [s.years.correct, s.years.total]))),
    pct(ratio(sum((s) => [s.assignment.correct, s.assignment.total]))),
    `${metaAll.filter(Boolean).length}/${metaAll.length}`,
    count(results.map((r) => r.scores.metadata.date)),
    count(results.map((r) => r.scores.metadata.adopted)),
  ]);
  console.log(table(['document', 'focus F1', 'interv. F1', 'act P', 'act R', 'act F1', 'owner', 'status', 'track', 'progress', 'goal light', 'years', 'fa assign', 'metadata', 'date', 'adopted'], rows));
  return faults ? 1 : 0;
}
