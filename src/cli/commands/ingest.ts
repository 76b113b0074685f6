import { availableParallelism } from 'node:os';
import { ingestBatch, type Outcome } from '../../pipeline/batch.js';
import { intOption, parse, print, UsageError } from '../args.js';
import { progressReporter } from '../progress.js';
import { manifestOption, openForWriting } from '../writer.js';

export const HELP = `Usage: styrdok ingest <file|dir|glob>... [options]

Reads every document the paths name (PDF, DOCX, HTML, text; detected from
content), extracts its structure and stores it. Unchanged files are skipped
before reading (same path, size and modification time, else the same
sha256); a file moved to a new path keeps its stored document; a changed file
replaces its earlier version; a stored document whose file is gone is marked
missing. Ctrl-C finishes the documents being written and stops; running the
command again goes on from there.

Options:
  --db FILE           database file (default: styrdok.sqlite)
  --jobs N            parsing threads (default: the number of cores; 0 parses in the main thread)
  --timeout S         seconds one document may take (default: 120)
  --max-memory MB     memory one parsing thread may use (default: 1024)
  --manifest FILE     CSV or JSON of path, municipality, doc_type, year, source_url;
                      its values win over extracted ones
  --prune             delete stored documents whose files are gone
  --wait S            seconds to wait for another run writing the database (default: 60)
  --json              one JSON line per document and a final summary line
  -h, --help          this help

Exit status: 0 all stored or unchanged, 1 some failed (the rest are stored),
2 wrong usage, 130 interrupted.`;

export async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parse(HELP, args, {
    db: { type: 'string', default: 'styrdok.sqlite' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    timeout: { type: 'string', default: '120' },
    'max-memory': { type: 'string', default: '1024' },
    manifest: { type: 'string' },
    prune: { type: 'boolean', default: false },
    wait: { type: 'string', default: '60' },
    json: { type: 'boolean', default: false },
  });
  if (values.help) return print(HELP);
  if (positionals.length === 0) throw new UsageError(`Missing paths to ingest\n\n${HELP}`);
  const jobs = intOption(HELP, 'jobs', values.jobs, 0, 256);
  const timeout = intOption(HELP, 'timeout', values.timeout, 1, 86_400);
  const maxMemory = intOption(HELP, 'max-memory', values['max-memory'], 64, 65_536);
  const wait = intOption(HELP, 'wait', values.wait, 0, 86_400);
  const manifest = manifestOption(values.manifest);
  const dbFile = values.db as string;
  const opened = await openForWriting(dbFile, wait * 1000);
  if (!opened) return 1;
  const { db } = opened;
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    console.error('\nStopping: the documents under way are finished and written; Ctrl-C again quits at once (nothing half-written is kept).');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const json = values.json as boolean;
    const report = json ? undefined : progressReporter(process.stderr);
    const summary = await ingestBatch(db, positionals, {
      args: ['ingest', ...args],
      jobs,
      timeoutMs: timeout * 1000,
      maxMemoryMb: maxMemory,
      manifest,
      prune: values.prune as boolean,
      signal: stop.signal,
      onOutcome: (o: Outcome, done, total) => (json ? console.log(JSON.stringify(o)) : report!(o, done, total)),
    });
    const failures = summary.outcomes.filter((o) => o.status === 'failed');
    const { runId, ingested, unchanged, reextracted, moved, failed, gone, pruned, interrupted } = summary;
    if (json) {
      console.log(JSON.stringify({ run: runId, ingested, unchanged, reextracted, moved, failed, gone, pruned, interrupted, missing: summary.missing }));
    } else {
      console.log(`${ingested} ingested, ${unchanged} unchanged, ${reextracted} re-extracted, ${moved} moved, ${failed} failed (run ${runId}, ${dbFile})`);
      if (ingested + reextracted + moved + failed === 0 && unchanged > 0) console.log('Nothing changed since the last run.');
      for (const f of failures) if (f.status === 'failed') console.log(`  failed: ${f.path}: ${f.reason} [${f.rule}]`);
      for (const m of summary.missing) console.log(`  failed: ${m}: no such file, directory or glob match`);
      if (gone.length > 0) console.log(`${gone.length} stored document(s) whose file is gone ${pruned ? 'deleted (--prune)' : 'marked missing; --prune deletes them'}: ${gone.slice(0, 5).join(', ')}${gone.length > 5 ? ', …' : ''}`);
      if (interrupted) console.log('Interrupted: run the same command again to go on.');
    }
    if (interrupted) return 130;
    return failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    opened.close();
  }
}
