import { prepared, type Db } from './connection.js';

/** Paths of stored documents: aliases (a second path to the same bytes), moves and deletions by id. */

export interface StoredAlias {
  id: number;
  documentId: number;
  sourcePath: string;
  sizeBytes: number;
  mtimeMs: number | null;
}

/** Every alias by path, read in one query as the run's index is. */
export function readAliases(db: Db): Map<string, StoredAlias> {
  const rows = prepared(db, 'SELECT id, document_id AS documentId, source_path AS sourcePath, size_bytes AS sizeBytes, mtime_ms AS mtimeMs FROM document_paths').all() as StoredAlias[];
  return new Map(rows.map((r) => [r.sourcePath, r]));
}

/** A second path to a stored document's bytes: remembered, not read or stored again. */
export function recordAlias(db: Db, documentId: number, alias: { sourcePath: string; sizeBytes: number; mtimeMs: number; runId: number }): void {
  prepared(
    db,
    `INSERT INTO document_paths (document_id, source_path, size_bytes, mtime_ms, first_seen_at, run_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (source_path) DO UPDATE SET document_id = excluded.document_id, size_bytes = excluded.size_bytes, mtime_ms = excluded.mtime_ms`,
  ).run(documentId, alias.sourcePath, alias.sizeBytes, alias.mtimeMs, new Date().toISOString(), alias.runId);
}

export function removeAliases(db: Db, ids: number[]): void {
  const remove = prepared(db, 'DELETE FROM document_paths WHERE id = ?');
  db.transaction(() => ids.forEach((id) => remove.run(id)))();
}

/** The document's file is gone or now holds other bytes, and an alias still has them: the alias becomes its path. */
export function promoteAlias(db: Db, alias: StoredAlias): void {
  db.transaction(() => {
    prepared(db, 'DELETE FROM document_paths WHERE id = ?').run(alias.id);
    prepared(db, 'UPDATE documents SET source_path = ?, size_bytes = ?, mtime_ms = ?, missing_since = NULL WHERE id = ?').run(alias.sourcePath, alias.sizeBytes, alias.mtimeMs, alias.documentId);
  })();
}

/** Paths stored relative to an earlier run's working directory, made absolute (see migration 010). */
export function rebasePaths(db: Db, moves: Array<{ id: number; sourcePath: string }>): void {
  const update = prepared(db, 'UPDATE documents SET source_path = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM documents WHERE source_path = ?)');
  db.transaction(() => moves.forEach((m) => update.run(m.sourcePath, m.id, m.sourcePath)))();
}

/** Deletes the documents named (their rows go with them: foreign keys cascade); returns how many. */
export function deleteDocuments(db: Db, ids: number[]): number {
  const remove = prepared(db, 'DELETE FROM documents WHERE id = ?');
  return db.transaction(() => ids.reduce((n, id) => n + remove.run(id).changes, 0))();
}

export function documentCount(db: Db): number {
  return (prepared(db, 'SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
}

/** Each document's aliases, for summary. */
export function aliasesByDocument(db: Db): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const r of prepared(db, 'SELECT document_id AS documentId, source_path AS sourcePath FROM document_paths ORDER BY source_path').all() as Array<{ documentId: number; sourcePath: string }>) {
    out.set(r.documentId, [...(out.get(r.documentId) ?? []), r.sourcePath]);
  }
  return out;
}

/**
 * A stored document whose bytes another stored document has (both stored
 * before copies became aliases) becomes an alias of it: its rows go, its
 * path stays, reached through document_paths. Same bytes and same reader
 * make the same rows, so nothing is lost.
 */
export function mergeCopy(db: Db, keep: number, copy: { id: number; sourcePath: string; sizeBytes: number; mtimeMs: number | null }, runId: number): void {
  db.transaction(() => {
    prepared(db, 'DELETE FROM documents WHERE id = ?').run(copy.id);
    recordAlias(db, keep, { sourcePath: copy.sourcePath, sizeBytes: copy.sizeBytes, mtimeMs: copy.mtimeMs ?? 0, runId });
  })();
}
