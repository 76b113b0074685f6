import type { ManifestEntry } from '../discover/manifest-entry.js';
import { openDatabase, type Db } from '../store/connection.js';
import { acquireLock, LockError } from '../store/lock.js';
import { UsageError } from './args.js';
import { CliError, EXIT } from './exit.js';

/**
 * The database opened by the one process that may write it now; a lock held
 * by another run ends the command with the code for it, naming the holder.
 * `close` closes and unlocks.
 */
export async function openForWriting(dbFile: string, waitMs: number): Promise<{ db: Db; close: () => void }> {
  let release: () => void;
  try {
    release = await acquireLock(dbFile, waitMs);
  } catch (error) {
    if (error instanceof LockError) throw new CliError(error.message, EXIT.locked);
    throw error;
  }
  let db: Db;
  try {
    db = openDatabase(dbFile);
  } catch (error) {
    release();
    throw error;
  }
  return {
    db,
    close: () => {
      db.close();
      release();
    },
  };
}

/** The manifest an option names; a bad one is a usage error that lists its bad lines. (Its reader is loaded only when one is named.) */
export async function manifestOption(file: unknown): Promise<Map<string, ManifestEntry> | undefined> {
  if (typeof file !== 'string') return undefined;
  const { loadManifest, ManifestError } = await import('../discover/manifest.js');
  try {
    return loadManifest(file);
  } catch (error) {
    if (error instanceof ManifestError || error instanceof SyntaxError) throw new UsageError((error as Error).message);
    throw error;
  }
}
