import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../store/connection.js';
import type { IndexedDocument } from '../store/read.js';
import { mergeCopy, rebasePaths } from '../store/paths.js';
import { canonicalPath } from '../discover/walk.js';

/**
 * Where a run may conclude that a file is gone: under the folders and files it
 * was given, nowhere else. A path stored before paths were absolute is never
 * under a root, so no run marks it missing until a run finds it.
 */
export function underRoots(file: string, roots: string[]): boolean {
  return path.isAbsolute(file) && roots.some((r) => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
}

/**
 * Paths stored relative to the working directory of an earlier run (before
 * migration 010) become absolute: resolved against this run's working
 * directory, then the database's folder; the first that exists wins.
 */
export function adoptRelativePaths(db: Db, index: Map<string, IndexedDocument>): void {
  const bases = [process.cwd(), ...(db.name && db.name !== ':memory:' ? [path.dirname(path.resolve(db.name))] : [])];
  const moves: Array<{ id: number; sourcePath: string }> = [];
  for (const d of index.values()) {
    if (path.isAbsolute(d.sourcePath)) continue;
    const found = bases.map((b) => path.resolve(b, d.sourcePath)).find((p) => existsSync(p));
    if (!found) continue;
    const absolute = canonicalPath(found);
    if (index.has(absolute)) continue;
    moves.push({ id: d.id, sourcePath: absolute });
  }
  if (moves.length === 0) return;
  rebasePaths(db, moves);
  for (const m of moves) {
    const d = [...index.values()].find((x) => x.id === m.id)!;
    index.delete(d.sourcePath);
    index.set(m.sourcePath, { ...d, sourcePath: m.sourcePath });
  }
}

/** A failure of the database itself (disk full, read-only, I/O): no later write can be trusted to succeed. */
export function isStorageError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^SQLITE_(?:FULL|READONLY|IOERR|CANTOPEN|CORRUPT|NOTADB|PERM|BUSY|LOCKED)/.test(code);
}

/**
 * Databases from before aliases may hold one content twice (a copy stored as
 * a document of its own): the later ones become aliases of the first, so
 * the copy counts once from this run on. Only documents read by the same
 * reader version and extracted under the same rules, whose rows are the same.
 */
export function mergeStoredCopies(db: Db, index: Map<string, IndexedDocument>, runId: number): void {
  const groups = new Map<string, IndexedDocument[]>();
  for (const d of index.values()) {
    const key = `${d.sha256}\u0000${d.readerVersion}\u0000${d.extractorVersion}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [keep, ...copies] = group.sort((a, b) => a.id - b.id);
    for (const copy of copies) {
      mergeCopy(db, keep.id, copy, runId);
      index.delete(copy.sourcePath);
    }
  }
}
