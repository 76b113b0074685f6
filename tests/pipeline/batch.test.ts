import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBatch } from '../../src/pipeline/batch.js';
import { openDatabase } from '../../src/store/connection.js';

const BAD = ['empty.pdf', 'corrupt.pdf', 'encrypted.pdf', 'not-a-zip.docx', 'cp437.txt'];

describe('a batch with bad files', () => {
  it('records each bad file with its path and reason and stores the rest', async () => {
    const db = openDatabase(':memory:');
    const paths = [...BAD.map((f) => `fixtures/bad/${f}`), 'corpus/004_5a338b9b38be5cdb.txt', 'fixtures/taby-uppfoljning.docx'];
    const summary = await ingestBatch(db, paths, { args: paths });
    expect(summary.failed).toBe(BAD.length);
    expect(summary.ingested).toBe(2);
    const errors = db.prepare('SELECT source_path AS path, rule, reason FROM ingest_errors ORDER BY source_path').all() as Array<{ path: string; rule: string; reason: string }>;
    expect(errors.map((e) => path.basename(e.path)).sort()).toEqual([...BAD].sort());
    const byFile = Object.fromEntries(errors.map((e) => [path.basename(e.path), e]));
    expect(byFile['empty.pdf'].reason).toMatch(/empty/);
    expect(byFile['encrypted.pdf'].reason).toMatch(/encrypted/);
    expect(byFile['corrupt.pdf'].rule).toBe('ingest/pdf-damaged');
    expect(byFile['not-a-zip.docx'].rule).toBe('discover/mislabelled');
    expect(byFile['cp437.txt'].reason).toMatch(/neither UTF-8, UTF-16 nor Windows-1252/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM documents').get()).toEqual({ n: 2 });
    const run = db.prepare('SELECT ingested, failed, finished_at FROM ingest_runs').get() as { ingested: number; failed: number; finished_at: string | null };
    expect(run.ingested).toBe(2);
    expect(run.failed).toBe(BAD.length);
    expect(run.finished_at).not.toBeNull();
  });
});

describe('re-ingestion', () => {
  it('changes nothing for unchanged files and replaces a changed one whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-'));
    const file = path.join(dir, 'plan.txt');
    copyFileSync('corpus/002_13546d3bc8be6ca0.txt', file);
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    const first = await ingestBatch(db, [dir], { args: [] });
    expect(first.ingested).toBe(1);
    const before = db.prepare('SELECT COUNT(*) AS n FROM activities').get();
    const second = await ingestBatch(db, [dir], { args: [] });
    expect(second).toMatchObject({ ingested: 0, unchanged: 1, failed: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM activities').get()).toEqual(before);
    copyFileSync('corpus/004_5a338b9b38be5cdb.txt', file);
    const third = await ingestBatch(db, [dir], { args: [] });
    expect(third.ingested).toBe(1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM documents').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT doc_type FROM documents').get()).toEqual({ doc_type: 'nyhet' });
    expect(db.prepare('SELECT COUNT(*) AS n FROM activities').get()).toEqual({ n: 9 });
    writeFileSync(file, '');
    const fourth = await ingestBatch(db, [dir], { args: [] });
    expect(fourth.failed).toBe(1);
    // A failed new version leaves the stored one whole.
    expect(db.prepare('SELECT COUNT(*) AS n FROM activities').get()).toEqual({ n: 9 });
    db.close();
  });
});
