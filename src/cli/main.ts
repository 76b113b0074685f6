#!/usr/bin/env node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GoldSchema } from '../eval/gold.js';
import { scoreExtraction, type Scores } from '../eval/score.js';
import { discover } from '../discover/walk.js';
import { ingestBatch } from '../pipeline/batch.js';
import { processDocument } from '../pipeline/process.js';
import { openDatabase } from '../store/connection.js';
import { readSummary } from '../store/read.js';
import { pct, table } from './format.js';
import { progressReporter } from './progress.js';

const HELP: Record<string, string> = {
  main: `styrdok: Swedish municipal steering documents into one SQLite database

Usage: styrdok <command> [options]

Commands:
  ingest <file|dir|glob>...   read, extract and store documents
  summary                     what is stored, one row per document
  eval --gold DIR [paths...]  score the rules against gold annotations

Run 'styrdok <command> --help' for a command's options.`,
  ingest: `Usage: styrdok ingest <file|dir|glob>... [--db FILE]

Reads every document the paths name (PDF, DOCX, HTML, text; detected from
content), extracts its structure and stores it. Unchanged documents are
skipped; a changed one replaces its earlier version.

Options:
  --db FILE   database file (default: styrdok.sqlite)
  --json      one JSON line per document and a final summary line
  -h, --help  this help

Exit status: 0 all stored or unchanged, 1 some failed (the rest are stored), 2 wrong usage.`,
  summary: `Usage: styrdok summary [--db FILE]

Prints one row per stored document: municipality, type, period and the counts
of focus areas, intervention areas, activities, owners and statuses.

Options:
  --db FILE   database file (default: styrdok.sqlite)
  -h, --help  this help`,
  eval: `Usage: styrdok eval --gold DIR [paths...]

Scores the rules against gold annotations: each DIR/NAME.json is matched to
documents whose file name (without extension) is NAME, found under the paths
(default: corpus fixtures). Prints focus-area, intervention-area and activity
precision/recall/F1, owner, status and focus-area assignment accuracy, and
metadata matches, per document and overall.

Options:
  --gold DIR  folder of gold JSON files (required)
  --json      print the scores as JSON
  -h, --help  this help`,
};

class UsageError extends Error {}

type Options = Record<string, { type: 'string' | 'boolean'; default?: string | boolean; short?: string }>;

function parse(command: string, args: string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${HELP[command]}`);
  }
}

async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parse('ingest', args, { db: { type: 'string', default: 'styrdok.sqlite' }, json: { type: 'boolean', default: false } });
  if (values.help) return print(HELP.ingest);
  if (positionals.length === 0) throw new UsageError(`Missing paths to ingest\n\n${HELP.ingest}`);
  const db = openDatabase(values.db as string);
  try {
    const json = values.json as boolean;
    const report = json ? undefined : progressReporter(process.stderr);
    const summary = await ingestBatch(db, positionals, {
      args: ['ingest', ...args],
      onOutcome: (o, done, total) => (json ? console.log(JSON.stringify(o)) : report!(o, done, total)),
    });
    const failures = summary.outcomes.filter((o) => o.status === 'failed');
    if (json) {
      console.log(JSON.stringify({ run: summary.runId, ingested: summary.ingested, unchanged: summary.unchanged, failed: summary.failed, missing: summary.missing }));
    } else {
      console.log(`${summary.ingested} ingested, ${summary.unchanged} unchanged, ${summary.failed} failed (run ${summary.runId}, ${values.db})`);
      if (summary.ingested === 0 && summary.failed === 0 && summary.unchanged > 0) console.log('Nothing changed since the last run.');
      for (const f of failures) if (f.status === 'failed') console.log(`  failed: ${f.path}: ${f.reason} [${f.rule}]`);
      for (const m of summary.missing) console.log(`  failed: ${m}: no such file, directory or glob match`);
    }
    return summary.failed > 0 ? 1 : 0;
  } finally {
    db.close();
  }
}

function summary(args: string[]): number {
  const { values } = parse('summary', args, { db: { type: 'string', default: 'styrdok.sqlite' } });
  if (values.help) return print(HELP.summary);
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

async function evaluate(args: string[]): Promise<number> {
  const { values, positionals } = parse('eval', args, { gold: { type: 'string' }, json: { type: 'boolean', default: false } });
  if (values.help) return print(HELP.eval);
  if (!values.gold) throw new UsageError(`Missing --gold DIR\n\n${HELP.eval}`);
  const goldDir = values.gold as string;
  const { files } = discover(positionals.length ? positionals : ['corpus', 'fixtures']);
  const results: Array<{ file: string; scores: Scores }> = [];
  for (const goldFile of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = GoldSchema.parse(JSON.parse(readFileSync(path.join(goldDir, goldFile), 'utf8')));
    const stem = goldFile.replace(/\.json$/, '');
    for (const file of files.filter((f) => path.basename(f).replace(/\.[^.]+$/, '') === stem)) {
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
    return 0;
  }
  const meta = (s: Scores) => Object.values(s.metadata).filter((v) => v !== null);
  const rows = results.map(({ file, scores: s }) => [
    path.basename(file),
    pct(s.focusAreas.f1),
    pct(s.interventionAreas.gold ? s.interventionAreas.f1 : null),
    pct(s.activities.precision),
    pct(s.activities.recall),
    pct(s.activities.f1),
    pct(s.owner.value),
    pct(s.status.value),
    pct(s.assignment.value),
    `${meta(s).filter(Boolean).length}/${meta(s).length}`,
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
    pct(ratio(sum((s) => [s.assignment.correct, s.assignment.total]))),
    `${metaAll.filter(Boolean).length}/${metaAll.length}`,
  ]);
  console.log(table(['document', 'focus F1', 'interv. F1', 'act P', 'act R', 'act F1', 'owner', 'status', 'fa assign', 'metadata'], rows));
  return 0;
}

function print(text: string): number {
  console.log(text);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'ingest':
      return ingest(rest);
    case 'summary':
      return summary(rest);
    case 'eval':
      return evaluate(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      return print(HELP.main);
    default:
      throw new UsageError(`Unknown command '${command}'\n\n${HELP.main}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  },
);
