import { availableParallelism } from 'node:os';
import { ingestBatch, PRUNE_LIMIT, type BatchSummary, type Outcome } from '../../pipeline/batch.js';
import { EXIT } from '../exit.js';
import { intOption, parse, print, UsageError } from '../args.js';
import { progressReporter } from '../progress.js';
import { manifestOption, openForWriting } from '../writer.js';

export const HELP = `Usage: styrdok ingest <file|dir|glob>... [options]

Reads every document the paths name (PDF, DOCX, HTML, text; detected from
content), extracts its structure and stores it. Files are known by their
absolute path with symbolic links resolved, whatever the working directory.
Unchanged files are skipped before reading (same path, size and modification
time, else the same sha256); a file moved to a new path keeps its stored
document; a byte-identical copy at a second path is stored as an alias of the
first (read once, counted once); a changed file replaces its earlier version.
A stored document under the paths given whose file is gone is marked missing;
documents elsewhere are not looked at. An unreadable folder or file is
recorded in ingest_errors and the rest go on. Ctrl-C stops within a second or
two: documents being parsed are left for the next run, nothing half-written is
kept.

Options:
  --db FILE           database file (default: styrdok.sqlite)
  --jobs N            parsing threads (default: the number of cores; 0 parses in the main thread)
  --timeout S         seconds one document may take (default: 120)
  --max-memory MB     memory one parsing thread may use (default: 1024)
  --manifest FILE     CSV or JSON of path, municipality, doc_type, year, source_url;
                      its values win over extracted ones
  --prune             delete the stored documents this run found gone; refused
                      when that is more than ${Math.round(PRUNE_LIMIT * 100)}% of the database
  --force             --prune even above that share
  --wait S            seconds to wait for another run writing the database (default: 60)
  --json              one JSON line per document and a final summary line
  -h, --help          this help

Exit status: 0 all stored or unchanged, 1 some files failed (the rest are
stored), 2 wrong usage, 4 database locked by another run, 5 database not
writable (disk full, read-only), 6 --prune refused, 130 interrupted.`;

export async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parse(HELP, args, {
    db: { type: 'string', default: 'styrdok.sqlite' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    timeout: { type: 'string', default: '120' },
    'max-memory': { type: 'string', default: '1024' },
    manifest: { type: 'string' },
    prune: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    wait: { type: 'string', default: '60' },
    json: { type: 'boolean', default: false },
  });
  if (values.help) return print(HELP);
  if (positionals.length === 0) throw new UsageError(`Missing paths to ingest\n\n${HELP}`);
  const jobs = intOption(HELP, 'jobs', values.jobs, 0, 256);
  const timeout = intOption(HELP, 'timeout', values.timeout, 1, 86_400);
  const maxMemory = intOption(HELP, 'max-memory', values['max-memory'], 64, 65_536);
  const wait = intOption(HELP, 'wait', values.wait, 0, 86_400);
  const manifest = await manifestOption(values.manifest);
  const dbFile = values.db as string;
  const opened = await openForWriting(dbFile, wait * 1000);
  const { db } = opened;
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(EXIT.interrupted);
    stop.abort();
    console.error('\nStopping: documents being parsed are left for the next run; Ctrl-C again quits at once (nothing half-written is kept).');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const json = values.json as boolean;
  const progress = json ? undefined : progressReporter(process.stderr);
  try {
    const summary = await ingestBatch(db, positionals, {
      args: ['ingest', ...args],
      jobs,
      timeoutMs: timeout * 1000,
      maxMemoryMb: maxMemory,
      manifest,
      prune: values.prune as boolean,
      force: values.force as boolean,
      signal: stop.signal,
      onStart: progress ? (file, total) => progress.start(file, total) : undefined,
      onOutcome: (o: Outcome, done, total) => (json ? console.log(JSON.stringify(o)) : progress!.outcome(o, done, total)),
    });
    progress?.stop();
    const code = exitCode(summary);
    if (json) printJson(summary, code);
    else printText(summary, dbFile);
    return code;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    opened.close();
  }
}

function exitCode(s: BatchSummary): number {
  if (s.storageError) return EXIT.databaseUnwritable;
  if (s.interrupted) return EXIT.interrupted;
  if (s.pruneRefused > 0) return EXIT.pruneRefused;
  return s.failed > 0 ? EXIT.someFailed : EXIT.ok;
}

function printJson(s: BatchSummary, exit: number): void {
  const { runId, ingested, unchanged, reextracted, moved, aliases, failed, gone, pruned, pruneRefused, interrupted, storageError } = s;
  console.log(JSON.stringify({ run: runId, ingested, unchanged, reextracted, moved, aliases, failed, gone, pruned, pruneRefused, interrupted, missing: s.missing, storageError, exit }));
}

function printText(s: BatchSummary, dbFile: string): void {
  const { runId, ingested, unchanged, reextracted, moved, aliases, failed, gone, pruned } = s;
  console.log(`${ingested} ingested, ${unchanged} unchanged, ${reextracted} re-extracted, ${moved} moved, ${aliases} copies of stored documents, ${failed} failed (run ${runId}, ${dbFile})`);
  if (ingested + reextracted + moved + aliases + failed === 0 && unchanged > 0) console.log('Nothing changed since the last run.');
  for (const f of s.outcomes) if (f.status === 'failed') console.log(`  failed: ${f.path}: ${f.reason} [${f.rule}]`);
  for (const m of s.missing) console.log(`  failed: ${m}: no such file, directory or glob match`);
  if (failed > 0) console.log('  (every failure is in the ingest_errors table with this run id)');
  if (gone.length > 0) {
    const what = pruned ? 'deleted (--prune)' : s.pruneRefused ? `marked missing; --prune refused to delete more than ${Math.round(PRUNE_LIMIT * 100)}% of the database (--force deletes them)` : 'marked missing; --prune deletes them';
    console.log(`${gone.length} stored document(s) whose file is gone ${what}: ${gone.slice(0, 5).join(', ')}${gone.length > 5 ? ', …' : ''}`);
  }
  if (s.storageError) console.log(`Stopped: the database could not be written (${s.storageError}); the documents stored before are kept. Free space or make it writable and run again.`);
  else if (s.interrupted) console.log('Interrupted: run the same command again to go on.');
}
