import { readFile, stat } from 'node:fs/promises';
import pLimit from 'p-limit';
import type { Db } from '../store/connection.js';
import { findStoredVersion } from '../store/read.js';
import { finishRun, recordError, startRun, writeDocument } from '../store/write.js';
import { discover } from '../discover/walk.js';
import { processDocument, sha256 } from './process.js';
import { EXTRACTOR_VERSION } from './version.js';

/** Files larger than this are refused before reading: no municipal document is this big. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type Outcome =
  | { path: string; status: 'ingested'; documentId: number; activities: number }
  | { path: string; status: 'unchanged' }
  | { path: string; status: 'failed'; rule: string; reason: string };

export interface BatchSummary {
  runId: number;
  outcomes: Outcome[];
  missing: string[];
  ingested: number;
  unchanged: number;
  failed: number;
}

/**
 * Ingests every document the paths name: files are read and hashed a few at a
 * time, parsed one by one, and each is written in its own transaction. A bad
 * file is recorded in ingest_errors and the batch goes on.
 */
export async function ingestBatch(db: Db, paths: string[], options: { args: string[]; onOutcome?: (o: Outcome, done: number, total: number) => void }): Promise<BatchSummary> {
  const runId = startRun(db, EXTRACTOR_VERSION, options.args);
  const { files, missing } = discover(paths);
  const outcomes: Outcome[] = [];
  for (const m of missing) {
    recordError(db, runId, { sourcePath: m, sha256: null, rule: 'discover/missing', reason: 'Unexpected path that does not exist or matches nothing, expected a file, directory or glob' });
  }
  const limit = pLimit(4);
  const reads = files.map((file) =>
    limit(async () => {
      const info = await stat(file);
      if (info.size > MAX_FILE_BYTES) return { file, error: `Unexpected file of ${info.size} bytes, expected at most ${MAX_FILE_BYTES}` } as const;
      const bytes = new Uint8Array(await readFile(file));
      return { file, bytes, hash: sha256(bytes) } as const;
    }).catch((error: Error) => ({ file, error: `Unexpected read failure (${error.message})` }) as const),
  );
  let done = 0;
  for (const pending of reads) {
    const read = await pending;
    const outcome = await ingestOne(db, runId, read);
    outcomes.push(outcome);
    options.onOutcome?.(outcome, ++done, files.length);
  }
  const count = (s: Outcome['status']) => outcomes.filter((o) => o.status === s).length;
  const summary = { runId, outcomes, missing, ingested: count('ingested'), unchanged: count('unchanged'), failed: count('failed') + missing.length };
  finishRun(db, runId, summary);
  return summary;
}

async function ingestOne(db: Db, runId: number, read: { file: string; bytes?: Uint8Array; hash?: string; error?: string }): Promise<Outcome> {
  const { file } = read;
  if (read.error || !read.bytes || !read.hash) {
    const reason = read.error ?? 'Unexpected unreadable file';
    recordError(db, runId, { sourcePath: file, sha256: null, rule: 'discover/read', reason });
    return { path: file, status: 'failed', rule: 'discover/read', reason };
  }
  const stored = findStoredVersion(db, file);
  if (stored && stored.sha256 === read.hash && stored.extractorVersion === EXTRACTOR_VERSION) return { path: file, status: 'unchanged' };
  const result = await processDocument(file, read.bytes, read.hash);
  if (!result.ok) {
    recordError(db, runId, { sourcePath: file, sha256: read.hash, rule: result.rule, reason: result.reason });
    return { path: file, status: 'failed', rule: result.rule, reason: result.reason };
  }
  const documentId = writeDocument(db, { row: result.row, doc: result.doc, extraction: result.extraction, extractorVersion: EXTRACTOR_VERSION, runId });
  return { path: file, status: 'ingested', documentId, activities: result.extraction.activities.length };
}
