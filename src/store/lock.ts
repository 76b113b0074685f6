import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * One writer per database: a lock file beside it names the process that
 * writes. A second run waits for it, or gives up with a message that says who
 * holds the lock. A lock left by a process that no longer runs (kill -9) is
 * taken over.
 */

export class LockError extends Error {}

interface Holder {
  pid: number;
  host: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

function tryTake(file: string): boolean {
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() } satisfies Holder));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Takes the lock of `dbFile`, waiting up to `waitMs`; returns the function that gives it back. */
export async function acquireLock(dbFile: string, waitMs: number): Promise<() => void> {
  if (dbFile === ':memory:') return () => undefined;
  const file = `${dbFile}.lock`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryTake(file)) break;
    const holder = readHolder(file);
    if (holder && holder.host === hostname() && !alive(holder.pid)) {
      unlinkSync(file);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder ? `process ${holder.pid} on ${holder.host}, since ${holder.since}` : 'another process';
      throw new LockError(`Unexpected lock on ${dbFile}: ${who} is writing to it. Waited ${Math.round(waitMs / 1000)} s (--wait); try again when it has finished.`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    try {
      unlinkSync(file);
    } catch {
      // Already gone: nothing to give back.
    }
  };
  process.once('exit', release);
  return release;
}
