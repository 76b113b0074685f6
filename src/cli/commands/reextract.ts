import { relink } from '../../pipeline/lineage.js';
import { reextractDocument } from '../../pipeline/reextract.js';
import { currentVersions } from '../../pipeline/version.js';
import { documentsToReextract } from '../../store/read.js';
import path from 'node:path';
import { finishRun, recordError, startRun } from '../../store/write.js';
import { intOption, parse, print } from '../args.js';
import { manifestOption, openForWriting } from '../writer.js';
import { requireDatabase } from '../exit.js';

export const HELP = `Usage: styrdok reextract [--db FILE] [--all]

Runs the current rules over the parsed blocks stored in the database, without
reading any file again: every document stored under other rules (another
extractor version), or every document with --all.

Options:
  --db FILE         database file (default: styrdok.sqlite)
  --all             re-extract every document, not only those under other rules
  --manifest FILE   values to state over extracted ones, as for ingest
  --wait S          seconds to wait for another run writing the database (default: 60)
  -h, --help        this help`;

export async function reextract(args: string[]): Promise<number> {
  const { values } = parse(HELP, args, {
    db: { type: 'string', default: 'styrdok.sqlite' },
    all: { type: 'boolean', default: false },
    manifest: { type: 'string' },
    wait: { type: 'string', default: '60' },
  });
  if (values.help) return print(HELP);
  const dbFile = values.db as string;
  const manifest = await manifestOption(values.manifest);
  requireDatabase(dbFile);
  const opened = await openForWriting(dbFile, intOption(HELP, 'wait', values.wait, 0, 86_400) * 1000);
  const { db } = opened;
  try {
    const versions = currentVersions();
    const runId = startRun(db, versions, ['reextract', ...args]);
    const todo = documentsToReextract(db, versions.extractor, values.all as boolean);
    let done = 0;
    let failed = 0;
    const started = Date.now();
    for (const d of todo) {
      const result = reextractDocument(db, d.id, { runId, manifest: manifest?.get(path.resolve(d.sourcePath)), extractorVersion: versions.extractor });
      if (result.ok) done++;
      else {
        failed++;
        recordError(db, runId, { sourcePath: d.sourcePath, sha256: null, rule: result.rule, reason: result.reason });
        console.log(`  failed: ${d.sourcePath}: ${result.reason} [${result.rule}]`);
      }
    }
    if (done > 0) relink(db);
    finishRun(db, runId, { ingested: 0, unchanged: 0, failed, moved: 0, reextracted: done, missing: 0, pruned: 0, aliases: 0, pruneRefused: 0, interrupted: false });
    console.log(`${done} re-extracted with rules ${versions.extractor}, ${failed} failed, in ${((Date.now() - started) / 1000).toFixed(1)} s (run ${runId}, ${dbFile})`);
    return failed > 0 ? 1 : 0;
  } finally {
    opened.close();
  }
}
