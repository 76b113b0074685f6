import { loadManifest, ManifestError, type ManifestEntry } from '../discover/manifest.js';
import { openDatabase, type Db } from '../store/connection.js';
import { acquireLock, LockError } from '../store/lock.js';
import { UsageError } from './args.js';

/**
 * The database opened by the one process that may write it now, or null once
 * the holder of the lock has been named on stderr. `close` closes and unlocks.
 */
export async function openForWriting(dbFile: string, waitMs: number): Promise<{ db: Db; close: () => void } | null> {
  let release: () => void;
  try {
    release = await acquireLock(dbFile, waitMs);
  } catch (error) {
    if (error instanceof LockError) {
      console.error(error.message);
      return null;
    }
    throw error;
  }
  const db = openDatabase(dbFile);
  return {
    db,
    close: () => {
      db.close();
      release();
    },
  };
}

/** The manifest an option names; a bad one is a usage error that lists its bad lines. */
export function manifestOption(file: unknown): Map<string, ManifestEntry> | undefined {
  if (typeof file !== 'string') return undefined;
  try {
    return loadManifest(file);
  } catch (error) {
    if (error instanceof ManifestError || error instanceof SyntaxError) throw new UsageError((error as Error).message);
    throw error;
  }
}
