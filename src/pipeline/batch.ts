import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Db } from '../store/connection.js';
import { readIndex, type IndexedDocument } from '../store/read.js';
import { clearMissing, finishRun, markMissing, pruneMissing, recordError, recordMove, recordSeen, startRun, writeDocument } from '../store/write.js';
import { discover } from '../discover/walk.js';
import { applyManifest, type ManifestEntry } from '../discover/manifest.js';
import { WorkerPool } from './pool.js';
import { processDocument, sha256, type Processed } from './process.js';
import { relink } from './lineage.js';
import { currentVersions, type Versions } from './version.js';
import { municipalitiesOf } from '../store/lineage.js';

/** Files larger than this are refused before reading: no municipal document is this big. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Files read and hashed at once: enough to keep the disk busy, few enough to bound memory. */
const READ_CONCURRENCY = 4;

export type Outcome =
  | { path: string; status: 'ingested'; documentId: number; activities: number }
  | { path: string; status: 'unchanged' | 'reextracted'; documentId: number }
  | { path: string; status: 'moved'; documentId: number; from: string }
  | { path: string; status: 'failed'; rule: string; reason: string };

export interface BatchOptions {
  /** The command line, recorded with the run. */
  args: string[];
  /** Worker threads for parsing; 0 parses in this thread (no time or memory limit). */
  jobs?: number;
  timeoutMs?: number;
  maxMemoryMb?: number;
  manifest?: Map<string, ManifestEntry>;
  /** Delete stored documents whose files are gone. */
  prune?: boolean;
  /** Aborting stops new documents from being started; those under way are finished and written. */
  signal?: AbortSignal;
  onOutcome?: (o: Outcome, done: number, total: number) => void;
  /** The versions to work under; by default those derived from the code. */
  versions?: Versions;
}

export interface BatchSummary {
  runId: number;
  outcomes: Outcome[];
  missing: string[];
  ingested: number;
  unchanged: number;
  reextracted: number;
  moved: number;
  failed: number;
  /** Stored documents whose files are gone (marked, or deleted with prune). */
  gone: string[];
  pruned: number;
  interrupted: boolean;
}

/**
 * Ingests every document the paths name. Unchanged files are skipped before
 * reading (same path, size and modification time), or after hashing when
 * those differ; a file moved elsewhere keeps its stored document; parsing
 * runs in worker threads; each document is written in its own transaction
 * from this thread. A bad file is recorded in ingest_errors and the batch
 * goes on.
 */
export async function ingestBatch(db: Db, paths: string[], options: BatchOptions): Promise<BatchSummary> {
  const versions = options.versions ?? currentVersions();
  const runId = startRun(db, versions, options.args);
  // A document read by another version of its format's reader is read again from its file; under other rules, re-extracted from its blocks.
  const rereads = (d: IndexedDocument) => d.readerVersion !== versions.readers[d.format];
  const reextracts = (d: IndexedDocument) => d.extractorVersion !== versions.extractor;
  const { files, missing } = discover(paths);
  for (const m of missing) {
    recordError(db, runId, { sourcePath: m, sha256: null, rule: 'discover/missing', reason: 'Unexpected path that does not exist or matches nothing, expected a file, directory or glob' });
  }
  const index = readIndex(db);
  const byHash = new Map<string, IndexedDocument[]>();
  for (const d of index.values()) byHash.set(d.sha256, [...(byHash.get(d.sha256) ?? []), d]);
  const jobs = options.jobs ?? 0;
  const pool = jobs > 0 ? new WorkerPool({ jobs, timeoutMs: options.timeoutMs ?? 120_000, maxMemoryMb: options.maxMemoryMb ?? 1024 }) : null;
  const parse = (file: string, bytes: Uint8Array, hash: string): Promise<Processed> => (pool ? pool.run(file, bytes, hash) : processDocument(file, bytes, hash));
  const reads = pLimit(READ_CONCURRENCY);
  const inFlight = pLimit(Math.max(2, jobs * 2));
  const seen = new Set<string>(files);
  const movedFrom = new Set<string>();
  const outcomes: Outcome[] = [];

  const fail = (file: string, hash: string | null, rule: string, reason: string): Outcome => {
    recordError(db, runId, { sourcePath: file, sha256: hash, rule, reason });
    return { path: file, status: 'failed', rule, reason };
  };

  async function handle(file: string): Promise<Outcome | null> {
    if (options.signal?.aborted) return null;
    let info;
    try {
      info = await stat(file);
    } catch (error) {
      return fail(file, null, 'discover/read', `Unexpected unreadable file (${(error as Error).message})`);
    }
    if (info.size > MAX_FILE_BYTES) return fail(file, null, 'discover/too-large', `Unexpected file of ${info.size} bytes, expected at most ${MAX_FILE_BYTES}`);
    const mtimeMs = Math.trunc(info.mtimeMs);
    const entry = options.manifest?.get(path.resolve(file));
    const stored = index.get(file);
    if (stored && stored.sizeBytes === info.size && stored.mtimeMs === mtimeMs && !rereads(stored) && !reextracts(stored) && !entry) {
      return { path: file, status: 'unchanged', documentId: stored.id };
    }
    let bytes: Uint8Array;
    try {
      bytes = await reads(async () => new Uint8Array(await readFile(file)));
    } catch (error) {
      return fail(file, null, 'discover/read', `Unexpected read failure (${(error as Error).message})`);
    }
    const hash = sha256(bytes);
    if (stored && stored.sha256 === hash && !rereads(stored)) {
      recordSeen(db, stored.id, mtimeMs);
      if (!reextracts(stored) && !entry) return { path: file, status: 'unchanged', documentId: stored.id };
      const again = (await import('./reextract.js')).reextractDocument(db, stored.id, { runId, manifest: entry, extractorVersion: versions.extractor });
      return again.ok ? { path: file, status: 'reextracted', documentId: stored.id } : fail(file, hash, again.rule, again.reason);
    }
    const moved = stored ? undefined : byHash.get(hash)?.find((d) => !rereads(d) && !seen.has(d.sourcePath) && !movedFrom.has(d.sourcePath) && !existsSync(d.sourcePath));
    if (moved) {
      movedFrom.add(moved.sourcePath);
      recordMove(db, moved.id, { sourcePath: file, mtimeMs, sizeBytes: info.size });
      if (reextracts(moved) || entry) {
        const again = (await import('./reextract.js')).reextractDocument(db, moved.id, { runId, manifest: entry, extractorVersion: versions.extractor });
        if (!again.ok) return fail(file, hash, again.rule, again.reason);
      }
      return { path: file, status: 'moved', documentId: moved.id, from: moved.sourcePath };
    }
    const result = await parse(file, bytes, hash);
    if (!result.ok) return fail(file, hash, result.rule, result.reason);
    const row = applyManifest(result.row, entry);
    const documentId = writeDocument(db, {
      row,
      doc: result.doc,
      extraction: result.extraction,
      extractorVersion: versions.extractor,
      readerVersion: versions.readers[result.doc.format],
      runId,
      mtimeMs,
    });
    return { path: file, status: 'ingested', documentId, activities: result.extraction.activities.length };
  }

  try {
    await Promise.all(
      files.map((file) =>
        inFlight(async () => {
          const outcome = await handle(file).catch((error: Error) => fail(file, null, 'ingest/crash', `Unexpected failure (${error.message})`));
          if (!outcome) return;
          outcomes.push(outcome);
          options.onOutcome?.(outcome, outcomes.length, files.length);
        }),
      ),
    );
  } finally {
    await pool?.close();
  }

  const interrupted = options.signal?.aborted ?? false;
  // Files gone from disk are marked, not deleted, unless asked; an interrupted run has not looked at every file.
  const gone = interrupted ? [] : [...index.values()].filter((d) => !seen.has(d.sourcePath) && !movedFrom.has(d.sourcePath) && !existsSync(d.sourcePath));
  const back = [...index.values()].filter((d) => d.missingSince !== null && seen.has(d.sourcePath));
  markMissing(db, gone.map((d) => d.id), new Date().toISOString());
  clearMissing(db, back.map((d) => d.id));
  const pruned = options.prune && !interrupted ? pruneMissing(db) : 0;
  // Families and links of the municipalities whose documents changed are rebuilt from what is stored now.
  const changed = new Set(outcomes.filter((o) => o.status !== 'unchanged' && o.status !== 'failed').map((o) => (o as { documentId: number }).documentId));
  if (changed.size > 0 || gone.length > 0 || pruned > 0) {
    relink(db, gone.length > 0 || pruned > 0 ? undefined : municipalitiesOf(db, [...changed]));
  }
  const count = (s: Outcome['status']) => outcomes.filter((o) => o.status === s).length;
  const summary: BatchSummary = {
    runId,
    outcomes,
    missing,
    ingested: count('ingested'),
    unchanged: count('unchanged'),
    reextracted: count('reextracted'),
    moved: count('moved'),
    failed: count('failed') + missing.length,
    gone: gone.map((d) => d.sourcePath),
    pruned,
    interrupted,
  };
  finishRun(db, runId, { ...summary, missing: gone.length });
  return summary;
}
