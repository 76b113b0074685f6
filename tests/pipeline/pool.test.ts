import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBatch } from '../../src/pipeline/batch.js';
import { openDatabase } from '../../src/store/connection.js';
import { acquireLock, LockError } from '../../src/store/lock.js';

const FILES = ['corpus/002_13546d3bc8be6ca0.txt', 'fixtures/taby-uppfoljning.pdf', 'fixtures/sodertalje-handlingsplan.docx', 'fixtures/bad/corrupt.pdf'];

function rows(db: ReturnType<typeof openDatabase>) {
  return db.prepare('SELECT d.source_path, a.text, a.owner_raw, a.status, a.years FROM activities a JOIN documents d ON d.id = a.document_id ORDER BY d.source_path, a.char_start').all();
}

describe('worker threads', () => {
  it('store the same rows as parsing in the main thread', async () => {
    const inline = openDatabase(':memory:');
    const pooled = openDatabase(':memory:');
    const a = await ingestBatch(inline, FILES, { args: [], jobs: 0 });
    const b = await ingestBatch(pooled, FILES, { args: [], jobs: 2 });
    expect([b.ingested, b.failed]).toEqual([a.ingested, a.failed]);
    expect(rows(pooled)).toEqual(rows(inline));
  });

  it('stop a document that passes the time limit, record why, and go on with the next', async () => {
    const db = openDatabase(':memory:');
    const run = await ingestBatch(db, ['fixtures/taby-uppfoljning.pdf'], { args: [], jobs: 1, timeoutMs: 1 });
    expect(run.outcomes).toEqual([expect.objectContaining({ status: 'failed', rule: 'ingest/timeout' })]);
    const next = await ingestBatch(db, ['corpus/002_13546d3bc8be6ca0.txt'], { args: [], jobs: 1 });
    expect(next.ingested).toBe(1);
    expect(db.prepare("SELECT rule FROM ingest_errors WHERE source_path = ?").all(path.resolve('fixtures/taby-uppfoljning.pdf'))).toEqual([{ rule: 'ingest/timeout' }]);
  });

  it('stop a document that passes the memory limit', async () => {
    const db = openDatabase(':memory:');
    const run = await ingestBatch(db, ['corpus/borlange_risk-och-sarbarhetsanalys_2023.pdf', 'corpus/002_13546d3bc8be6ca0.txt'], { args: [], jobs: 1, maxMemoryMb: 8 });
    const byPath = Object.fromEntries(run.outcomes.map((o) => [o.path, o]));
    expect(byPath[path.resolve('corpus/borlange_risk-och-sarbarhetsanalys_2023.pdf')]).toMatchObject({ status: 'failed', rule: 'ingest/out-of-memory' });
  }, 60_000);
});

describe('one writer per database', () => {
  it('makes a second run wait, then give up naming the holder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-lock-'));
    const db = path.join(dir, 'x.sqlite');
    const release = await acquireLock(db, 0);
    await expect(acquireLock(db, 300)).rejects.toThrow(new RegExp(`process ${process.pid} .* is writing to it`));
    await expect(acquireLock(db, 0)).rejects.toBeInstanceOf(LockError);
    release();
    const again = await acquireLock(db, 0);
    again();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-lock-'));
    const db = path.join(dir, 'x.sqlite');
    const lock = JSON.parse(JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), since: '2026-01-01T00:00:00Z' }));
    writeFileSync(`${db}.lock`, JSON.stringify(lock));
    const release = await acquireLock(db, 0);
    expect(JSON.parse(readFileSync(`${db}.lock`, 'utf8')).pid).toBe(process.pid);
    release();
  });
});

describe('stopping a run', () => {
  it('ends the documents being parsed at once on abort, records none as failed, and leaves a consistent database', async () => {
    const db = openDatabase(':memory:');
    const stop = new AbortController();
    const started: string[] = [];
    // The scanned report takes many seconds of OCR: the abort comes while a worker is parsing it.
    const slow = path.resolve('fixtures/scanned/taby-uppfoljning-skannad.pdf');
    const run = await ingestBatch(db, [slow, 'corpus/002_13546d3bc8be6ca0.txt'], {
      args: [],
      jobs: 1,
      signal: stop.signal,
      onStart: (file) => {
        started.push(file);
        if (file === slow) setTimeout(() => stop.abort(), 200);
      },
    });
    expect(started).toContain(slow);
    expect(run.interrupted).toBe(true);
    expect(run.outcomes.filter((o) => o.path === slow)).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM ingest_errors').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT interrupted, finished_at IS NOT NULL AS closed FROM ingest_runs').get()).toEqual({ interrupted: 1, closed: 1 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The next run reads what the interrupted one left.
    const next = await ingestBatch(db, ['corpus/002_13546d3bc8be6ca0.txt'], { args: [], jobs: 1 });
    expect(next.ingested + next.unchanged).toBe(1);
  }, 60_000);
});
