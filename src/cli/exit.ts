import { existsSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../store/connection.js';
import { isStorageError } from '../pipeline/paths.js';
import { UsageError } from './args.js';

/** Exit codes a script can act on; README.md ('Scheduled runs') lists them. */
export const EXIT = {
  ok: 0,
  /** Some files failed (each recorded in ingest_errors); the rest are stored. */
  someFailed: 1,
  usage: 2,
  databaseMissing: 3,
  locked: 4,
  /** The database could not be written (disk full, read-only); what was stored before is kept. */
  databaseUnwritable: 5,
  /** --prune would have deleted more than its limit; nothing was deleted. */
  pruneRefused: 6,
  interrupted: 130,
} as const;

/** A failure the command explains in one line and ends with a code of its own. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** A database a reading command is pointed at must exist: opening a mistyped name would create an empty one. */
export function requireDatabase(file: string): void {
  if (file !== ':memory:' && !existsSync(file)) {
    throw new CliError(`Unexpected database ${file} that does not exist, expected the file an ingest wrote (--db FILE)`, EXIT.databaseMissing);
  }
}

export function openExisting(file: string): Db {
  requireDatabase(file);
  return openDatabase(file);
}

/** The folder of an output file must exist; said in one line, not as a stack trace. */
export function checkOutput(file: string, option = '--out'): void {
  const folder = path.dirname(path.resolve(file));
  if (!existsSync(folder)) throw new CliError(`Unexpected ${option} ${file}: the folder ${folder} does not exist, expected an existing folder`, EXIT.usage);
}

/** The code and the one line a failure ends with; with --json that line is JSON on stdout. */
export function reportFailure(error: unknown, json: boolean): number {
  const code = error instanceof UsageError ? EXIT.usage : error instanceof CliError ? error.code : isStorageError(error) ? EXIT.databaseUnwritable : 1;
  const message = isStorageError(error) ? `Unexpected failure writing the database (${error.code}: ${error.message}), expected a writable database with free space` : error instanceof Error ? error.message : String(error);
  if (json) console.log(JSON.stringify({ error: message.split('\n')[0], exit: code }));
  if (!json || code === EXIT.usage) console.error(error instanceof UsageError || error instanceof CliError || isStorageError(error) ? message : error);
  return code;
}

/** A reader that stops reading (`| head`) ends the output, not in a stack trace. */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(EXIT.ok);
      throw error;
    });
  }
}
