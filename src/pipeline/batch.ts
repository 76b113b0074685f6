import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Db } from '../store/connection.js';
import { readIndex, type IndexedDocument } from '../store/read.js';
import { clearMissing, finishRun, markMissing, recordError, recordMove, recordSeen, startRun, writeDocument } from '../store/write.js';
import { deleteDocuments, documentCount, promoteAlias, readAliases, recordAlias, removeAliases, type StoredAlias } from '../store/paths.js';
import { canonicalPath, discover, type ReadDir } from '../discover/walk.js';
import { adoptRelativePaths, isStorageError, mergeStoredCopies, underRoots } from './paths.js';
import { applyManifest, type ManifestEntry } from '../discover/manifest-entry.js';
import { INTERRUPTED, WorkerPool } from './pool.js';
import { processDocument, sha256, type Processed } from './process.js';
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
  | { path: string; status: 'alias'; documentId: number; of: string }
  | { path: string; status: 'failed'; rule: string; reason: string };

/** Above this share of the stored documents, --prune deletes nothing without --force: a missing mount looks like deleted files. */
export const PRUNE_LIMIT = 0.5;

export interface BatchOptions {
  /** The command line, recorded with the run. */
  args: string[];
  /** Worker threads for parsing; 0 parses in this thread (no time or memory limit). */
  jobs?: number;
  timeoutMs?: number;
  maxMemoryMb?: number;
  manifest?: Map<string, ManifestEntry>;
  /** Delete stored documents whose files this run found gone. */
  prune?: boolean;
  /** Prune even above PRUNE_LIMIT of the stored documents. */
  force?: boolean;
  /** Aborting stops new documents from being started; those under way are finished and written. */
  signal?: AbortSignal;
  onOutcome?: (o: Outcome, done: number, total: number) => void;
  /** A file's turn begins (for a progress display that names it). */
  onStart?: (path: string, total: number) => void;
  /** Lists folders; tests replace it to make a folder unreadable. */
  readDir?: ReadDir;
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
  aliases: number;
  failed: number;
  /** Stored documents whose files this run found gone, under the paths it was given (marked, or deleted with prune). */
  gone: string[];
  pruned: number;
  /** Documents --prune did not delete because they exceed PRUNE_LIMIT (without --force); they stay marked missing. */
  pruneRefused: number;
  interrupted: boolean;
  /** The database could not be written (disk full, read-only): the batch stopped; what was stored before is kept. */
  storageError: string | null;
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
  const found = discover(paths, options.readDir);
  const { missing, roots } = found;
  for (const m of missing) {
    recordError(db, runId, { sourcePath: m, sha256: null, rule: 'discover/missing', reason: 'Unexpected path that does not exist or matches nothing, expected a file, directory or glob' });
  }
  for (const u of found.unreadable) recordError(db, runId, { sourcePath: canonicalPath(u.path), sha256: null, rule: 'discover/unreadable-folder', reason: u.reason });
  // One path per file: absolute, symbolic links resolved, whatever the working directory.
  const files = [...new Set(found.files.map(canonicalPath))];
  const index = readIndex(db);
  adoptRelativePaths(db, index);
  mergeStoredCopies(db, index, runId);
  const aliases = readAliases(db);
  const byId = new Map([...index.values()].map((d) => [d.id, d]));
  const byHash = new Map<string, IndexedDocument[]>();
  for (const d of index.values()) byHash.set(d.sha256, [...(byHash.get(d.sha256) ?? []), d]);
  const jobs = options.jobs ?? 0;
  const pool = jobs > 0 ? new WorkerPool({ jobs, timeoutMs: options.timeoutMs ?? 120_000, maxMemoryMb: options.maxMemoryMb ?? 1024 }) : null;
  // Stopping does not wait for the documents being parsed: their workers are ended and the next run reads them.
  const stop = new AbortController();
  const onAbort = () => {
    stop.abort();
    void pool?.close();
  };
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  let storageError: string | null = null;
  const parse = (file: string, bytes: Uint8Array, hash: string): Promise<Processed> => (pool ? pool.run(file, bytes, hash) : processDocument(file, bytes, hash));
  const reads = pLimit(READ_CONCURRENCY);
  const inFlight = pLimit(Math.max(2, jobs * 2));
  const seen = new Set<string>(files);
  const movedFrom = new Set<string>();
  const outcomes: Outcome[] = [];
  // The first file of a content in this run: a second one waits for its document and becomes its alias.
  const firstOfHash = new Map<string, Promise<{ documentId: number; path: string } | null>>();

  const fail = (file: string, hash: string | null, rule: string, reason: string): Outcome => {
    recordError(db, runId, { sourcePath: file, sha256: hash, rule, reason });
    return { path: file, status: 'failed', rule, reason };
  };
  const gone = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

  async function handle(file: string): Promise<Outcome | null> {
    if (stop.signal.aborted) return null;
    options.onStart?.(file, files.length);
    let info;
    try {
      info = await stat(file);
    } catch (error) {
      if (gone(error)) return fail(file, null, 'discover/vanished', 'Unexpected file gone between listing and reading, expected it to stay');
      return fail(file, null, 'discover/read', `Unexpected unreadable file (${(error as Error).message})`);
    }
    if (info.size > MAX_FILE_BYTES) return fail(file, null, 'discover/too-large', `Unexpected file of ${info.size} bytes, expected at most ${MAX_FILE_BYTES}`);
    const mtimeMs = Math.trunc(info.mtimeMs);
    const entry = options.manifest?.get(file);
    const stored = index.get(file);
    const alias = aliases.get(file);
    if (stored && stored.sizeBytes === info.size && stored.mtimeMs === mtimeMs && !rereads(stored) && !reextracts(stored) && !entry) {
      return { path: file, status: 'unchanged', documentId: stored.id };
    }
    if (alias && alias.sizeBytes === info.size && alias.mtimeMs === mtimeMs) return { path: file, status: 'unchanged', documentId: alias.documentId };
    let bytes: Uint8Array;
    try {
      bytes = await reads(async () => new Uint8Array(await readFile(file)));
    } catch (error) {
      if (gone(error)) return fail(file, null, 'discover/vanished', 'Unexpected file gone between listing and reading, expected it to stay');
      return fail(file, null, 'discover/read', `Unexpected read failure (${(error as Error).message})`);
    }
    const hash = sha256(bytes);
    if (stored && stored.sha256 === hash && !rereads(stored)) {
      recordSeen(db, stored.id, mtimeMs);
      if (!reextracts(stored) && !entry) return { path: file, status: 'unchanged', documentId: stored.id };
      const again = (await import('./reextract.js')).reextractDocument(db, stored.id, { runId, manifest: entry, extractorVersion: versions.extractor });
      return again.ok ? { path: file, status: 'reextracted', documentId: stored.id } : fail(file, hash, again.rule, again.reason);
    }
    if (alias && byId.get(alias.documentId)?.sha256 === hash) {
      recordAlias(db, alias.documentId, { sourcePath: file, sizeBytes: info.size, mtimeMs, runId });
      return { path: file, status: 'unchanged', documentId: alias.documentId };
    }
    if (stored && stored.sha256 !== hash) {
      // The file now holds other bytes; a copy of the old ones elsewhere keeps the stored document.
      const keeper = [...aliases.values()].find((a) => a.documentId === stored.id && existsSync(a.sourcePath));
      if (keeper) promoteAlias(db, keeper);
    }
    const twins = stored ? [] : (byHash.get(hash) ?? []).filter((d) => !rereads(d));
    const moved = twins.find((d) => !seen.has(d.sourcePath) && !movedFrom.has(d.sourcePath) && !existsSync(d.sourcePath));
    if (moved) {
      movedFrom.add(moved.sourcePath);
      recordMove(db, moved.id, { sourcePath: file, mtimeMs, sizeBytes: info.size });
      if (reextracts(moved) || entry) {
        const again = (await import('./reextract.js')).reextractDocument(db, moved.id, { runId, manifest: entry, extractorVersion: versions.extractor });
        if (!again.ok) return fail(file, hash, again.rule, again.reason);
      }
      return { path: file, status: 'moved', documentId: moved.id, from: moved.sourcePath };
    }
    const twin = twins.find((d) => d.sourcePath !== file);
    const earlier = twin ? { documentId: twin.id, path: twin.sourcePath } : await firstOfHash.get(hash);
    if (earlier && !stored) {
      recordAlias(db, earlier.documentId, { sourcePath: file, sizeBytes: info.size, mtimeMs, runId });
      return { path: file, status: 'alias', documentId: earlier.documentId, of: earlier.path };
    }
    let settle!: (v: { documentId: number; path: string } | null) => void;
    if (!firstOfHash.has(hash)) firstOfHash.set(hash, new Promise((r) => (settle = r)));
    try {
      const result = await parse(file, bytes, hash);
      if (!result.ok && result.rule === INTERRUPTED) return null;
      if (!result.ok) return fail(file, hash, result.rule, result.reason);
      const row = applyManifest({ ...result.row, sourcePath: file }, entry);
      const documentId = writeDocument(db, {
        row,
        doc: result.doc,
        extraction: result.extraction,
        extractorVersion: versions.extractor,
        readerVersion: versions.readers[result.doc.format],
        runId,
        mtimeMs,
      });
      settle?.({ documentId, path: file });
      return { path: file, status: 'ingested', documentId, activities: result.extraction.activities.length };
    } finally {
      settle?.(null);
    }
  }

  try {
    await Promise.all(
      files.map((file) =>
        inFlight(async () => {
          let outcome: Outcome | null;
          try {
            outcome = await handle(file).catch((error: Error) => {
              if (isStorageError(error)) throw error;
              return fail(file, null, 'ingest/crash', `Unexpected failure (${error.message})`);
            });
          } catch (error) {
            // The database cannot be written: stop here; each document written so far is whole (one transaction each).
            storageError ??= `${(error as Error & { code: string }).code}: ${(error as Error).message}`;
            onAbort();
            return;
          }
          if (!outcome) return;
          outcomes.push(outcome);
          options.onOutcome?.(outcome, outcomes.length, files.length);
        }),
      ),
    );
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await pool?.close();
  }

  const interrupted = (options.signal?.aborted ?? false) || storageError !== null;
  const count = (s: Outcome['status']) => outcomes.filter((o) => o.status === s).length;
  const result: BatchSummary = {
    runId,
    outcomes,
    missing,
    ingested: count('ingested'),
    unchanged: count('unchanged'),
    reextracted: count('reextracted'),
    moved: count('moved'),
    aliases: count('alias'),
    failed: count('failed') + missing.length + found.unreadable.length,
    gone: [],
    pruned: 0,
    pruneRefused: 0,
    interrupted,
    storageError,
  };
  try {
    if (!interrupted) settleGone(db, { index, aliases, roots, seen, movedFrom, files, runId, options }, result);
    // Families and links of the municipalities whose documents changed are rebuilt from what is stored now.
    const changed = new Set(outcomes.filter((o) => o.status !== 'unchanged' && o.status !== 'failed' && o.status !== 'alias').map((o) => (o as { documentId: number }).documentId));
    if (changed.size > 0 || result.gone.length > 0) (await import('./lineage.js')).relink(db, result.gone.length > 0 ? undefined : municipalitiesOf(db, [...changed]));
    finishRun(db, runId, { ...result, missing: result.gone.length });
  } catch (error) {
    if (!isStorageError(error)) throw error;
    result.storageError ??= `${error.code}: ${error.message}`;
    result.interrupted = true;
    closeRunIfPossible(db, runId, result);
  }
  return result;
}

/** The run is closed even when the database refuses more: an UPDATE in place often fits where an INSERT does not. */
function closeRunIfPossible(db: Db, runId: number, result: BatchSummary): void {
  try {
    finishRun(db, runId, { ...result, missing: result.gone.length });
  } catch {
    // Nothing more can be written; the CLI says so and exits with the code for it.
  }
}

interface GoneContext {
  index: Map<string, IndexedDocument>;
  aliases: Map<string, StoredAlias>;
  roots: string[];
  seen: Set<string>;
  movedFrom: Set<string>;
  files: string[];
  runId: number;
  options: BatchOptions;
}

/**
 * What this run proved gone: a stored path under the paths it was given, not
 * found by the walk and not on disk. A document whose file is gone but whose
 * alias is there moves to the alias; one with neither is marked missing and,
 * with --prune, deleted unless that is more than PRUNE_LIMIT of the database.
 */
function settleGone(db: Db, c: GoneContext, result: BatchSummary): void {
  const provedGone = (p: string) => underRoots(p, c.roots) && !c.seen.has(p) && !c.movedFrom.has(p) && !existsSync(p);
  const deadAliases = [...c.aliases.values()].filter((a) => provedGone(a.sourcePath));
  removeAliases(db, deadAliases.map((a) => a.id));
  const live = [...c.aliases.values()].filter((a) => !deadAliases.includes(a));
  const goneDocs: IndexedDocument[] = [];
  for (const d of c.index.values()) {
    if (!provedGone(d.sourcePath)) continue;
    const keeper = live.find((a) => a.documentId === d.id && existsSync(a.sourcePath));
    if (keeper) {
      promoteAlias(db, keeper);
      live.splice(live.indexOf(keeper), 1);
    } else goneDocs.push(d);
  }
  const back = [...c.index.values()].filter((d) => d.missingSince !== null && c.seen.has(d.sourcePath));
  markMissing(db, goneDocs.map((d) => d.id), new Date().toISOString());
  clearMissing(db, back.map((d) => d.id));
  result.gone = goneDocs.map((d) => d.sourcePath);
  if (!c.options.prune || goneDocs.length === 0) return;
  const total = documentCount(db);
  if (!c.options.force && goneDocs.length > PRUNE_LIMIT * total) {
    result.pruneRefused = goneDocs.length;
    recordError(db, c.runId, {
      sourcePath: c.roots.join(', '),
      sha256: null,
      rule: 'prune/refused',
      reason: `Unexpected ${goneDocs.length} of ${total} stored documents gone, expected at most ${Math.round(PRUNE_LIMIT * 100)}% for --prune; they stay marked missing (a folder not mounted looks like deleted files); --force deletes them`,
    });
    return;
  }
  result.pruned = deleteDocuments(db, goneDocs.map((d) => d.id));
}
