import { cpSync, mkdtempSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBatch } from '../../src/pipeline/batch.js';
import { reextractDocument } from '../../src/pipeline/reextract.js';
import { currentVersions } from '../../src/pipeline/version.js';
import { documentsToReextract } from '../../src/store/read.js';
import { loadManifest } from '../../src/discover/manifest.js';
import { openDatabase } from '../../src/store/connection.js';

/** A folder of documents an analyst could drop: two seeds and the Södertälje DOCX (and Täby's colour report). */
function folder(withColours = false): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-reingest-'));
  cpSync('corpus/002_13546d3bc8be6ca0.txt', path.join(dir, 'taby.txt'));
  cpSync('corpus/001_03ae7981294d9ca5.txt', path.join(dir, 'lerum.txt'));
  cpSync('fixtures/sodertalje-handlingsplan.docx', path.join(dir, 'sodertalje.docx'));
  if (withColours) cpSync('fixtures/taby-fargstatus.pdf', path.join(dir, 'taby-farger.pdf'));
  return dir;
}

const statuses = (s: { outcomes: Array<{ path: string; status: string }> }) => Object.fromEntries(s.outcomes.map((o) => [path.basename(o.path), o.status]));

describe('re-ingestion', () => {
  it('skips unchanged files by path, size and time, and confirms by hash when only the time changed', async () => {
    const dir = folder();
    const db = openDatabase(':memory:');
    expect((await ingestBatch(db, [dir], { args: [] })).ingested).toBe(3);
    expect(statuses(await ingestBatch(db, [dir], { args: [] }))).toEqual({ 'lerum.txt': 'unchanged', 'sodertalje.docx': 'unchanged', 'taby.txt': 'unchanged' });

    // Touched, not changed: the hash says unchanged, and the new time is remembered.
    const file = path.join(dir, 'taby.txt');
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect(statuses(await ingestBatch(db, [file], { args: [] }))).toEqual({ 'taby.txt': 'unchanged' });
    const stored = db.prepare('SELECT mtime_ms AS m FROM documents WHERE source_path = ?').get(file) as { m: number };
    expect(stored.m).toBe(Math.trunc(statSync(file).mtimeMs));

    // Same size and time: taken as unchanged without reading, which is the contract of the fast path.
    const { atime, mtime, size } = statSync(file);
    writeFileSync(file, 'x'.repeat(size));
    utimesSync(file, atime, mtime);
    expect(statuses(await ingestBatch(db, [file], { args: [] }))).toEqual({ 'taby.txt': 'unchanged' });
  });

  it('follows a moved file, marks a deleted one missing and prunes it when asked', async () => {
    const dir = folder();
    const db = openDatabase(':memory:');
    await ingestBatch(db, [dir], { args: [] });
    const before = db.prepare("SELECT id FROM documents WHERE source_path LIKE '%lerum.txt'").get() as { id: number };
    renameSync(path.join(dir, 'lerum.txt'), path.join(dir, 'lerum-strategi.txt'));
    rmSync(path.join(dir, 'taby.txt'));
    const run = await ingestBatch(db, [dir], { args: [] });
    expect(statuses(run)).toEqual({ 'lerum-strategi.txt': 'moved', 'sodertalje.docx': 'unchanged' });
    expect(run.gone).toEqual([path.join(dir, 'taby.txt')]);
    const after = db.prepare("SELECT id FROM documents WHERE source_path LIKE '%lerum-strategi.txt'").get() as { id: number };
    expect(after.id).toBe(before.id);
    expect(db.prepare('SELECT COUNT(*) AS n FROM documents WHERE missing_since IS NOT NULL').get()).toEqual({ n: 1 });
    const pruned = await ingestBatch(db, [dir], { args: [], prune: true });
    expect(pruned.pruned).toBe(1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM documents').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT moved, missing, pruned FROM ingest_runs ORDER BY id').all()).toEqual([
      { moved: 0, missing: 0, pruned: 0 },
      { moved: 1, missing: 1, pruned: 0 },
      { moved: 0, missing: 1, pruned: 1 },
    ]);
  });

  it('re-extracts from the stored blocks when the rules change, with the files gone', async () => {
    const dir = folder(true);
    const db = openDatabase(':memory:');
    await ingestBatch(db, [dir], { args: [] });
    const snapshot = () =>
      db.prepare('SELECT d.source_path, a.text, a.owner_raw, a.status, a.track, a.track_raw, a.years, a.char_start, a.source_start FROM activities a JOIN documents d ON d.id = a.document_id ORDER BY a.id').all();
    const first = snapshot();
    // Colours are read from the file's drawing; re-extraction must find them in the stored blocks.
    expect(first.filter((a) => (a as { track_raw: string | null }).track_raw === '#FFC000').length).toBeGreaterThan(5);
    db.prepare("UPDATE documents SET extractor_version = '0.0.0'").run();
    rmSync(dir, { recursive: true });
    const todo = documentsToReextract(db, currentVersions().extractor, false);
    expect(todo).toHaveLength(4);
    for (const d of todo) expect(reextractDocument(db, d.id, { runId: null })).toMatchObject({ ok: true });
    expect(snapshot()).toEqual(first);
    expect(documentsToReextract(db, currentVersions().extractor, false)).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('re-extracts from blocks when the rules change, and reads the file again when its reader changes', async () => {
    const dir = folder();
    const db = openDatabase(':memory:');
    const v = currentVersions();
    await ingestBatch(db, [dir], { args: [], versions: v });
    const blocksOf = () => db.prepare('SELECT d.source_path, COUNT(b.id) AS n, MIN(b.id) AS first FROM documents d JOIN blocks b ON b.document_id = d.id GROUP BY d.id ORDER BY d.source_path').all();
    const readIn = () => db.prepare('SELECT format, ingested_at FROM documents ORDER BY source_path').all() as Array<{ format: string; ingested_at: string }>;
    const before = blocksOf();
    const firstRead = readIn();

    // New rules: every document re-extracted, its blocks (and their ids) untouched.
    const rules = await ingestBatch(db, [dir], { args: [], versions: { ...v, extractor: `${v.extractor}-changed` } });
    expect(Object.values(statuses(rules))).toEqual(['reextracted', 'reextracted', 'reextracted']);
    expect(blocksOf()).toEqual(before);
    expect(db.prepare('SELECT DISTINCT extractor_version AS v FROM documents').all()).toEqual([{ v: `${v.extractor}-changed` }]);

    // A new DOCX reader: the DOCX is read again (new blocks), the text files are not touched.
    const readers = { ...v.readers, docx: `${v.readers.docx}-changed` };
    const reread = await ingestBatch(db, [dir], { args: [], versions: { extractor: `${v.extractor}-changed`, readers } });
    expect(statuses(reread)).toEqual({ 'lerum.txt': 'unchanged', 'sodertalje.docx': 'ingested', 'taby.txt': 'unchanged' });
    expect(readIn().filter((d, i) => d.ingested_at !== firstRead[i].ingested_at).map((d) => d.format)).toEqual(['docx']);
    expect(db.prepare("SELECT reader_version AS v FROM documents WHERE format = 'docx'").get()).toEqual({ v: readers.docx });
    const runs = db.prepare('SELECT extractor_version, reader_versions FROM ingest_runs ORDER BY id').all() as Array<{ extractor_version: string; reader_versions: string }>;
    expect(runs.map((r) => JSON.parse(r.reader_versions).docx)).toEqual([v.readers.docx, v.readers.docx, readers.docx]);
    expect(runs.map((r) => r.extractor_version)).toEqual([v.extractor, `${v.extractor}-changed`, `${v.extractor}-changed`]);
  });

  it('takes municipality, type, year and source from a manifest, and says so', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'manifest.csv'), 'path,municipality,doc_type,year,source_url\nlerum.txt,Lerums kommun,strategi,2018,https://www.lerum.se/strategi.pdf\ntaby.txt,0160,uppföljning,,\n');
    const db = openDatabase(':memory:');
    await ingestBatch(db, [path.join(dir, 'lerum.txt'), path.join(dir, 'taby.txt')], { args: [], manifest: loadManifest(path.join(dir, 'manifest.csv')) });
    const rows = db.prepare('SELECT source_path AS p, municipality_code, municipality_rule, doc_type_rule, year, year_rule, source_url FROM documents ORDER BY source_path').all();
    expect(rows).toEqual([
      { p: path.join(dir, 'lerum.txt'), municipality_code: '1441', municipality_rule: 'manifest', doc_type_rule: 'manifest', year: 2018, year_rule: 'manifest', source_url: 'https://www.lerum.se/strategi.pdf' },
      { p: path.join(dir, 'taby.txt'), municipality_code: '0160', municipality_rule: 'manifest', doc_type_rule: 'manifest', year: 2019, year_rule: expect.stringMatching(/^year\//), source_url: null },
    ]);
  });

  it('names every bad manifest line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-manifest-'));
    writeFileSync(path.join(dir, 'm.csv'), 'path,municipality,doc_type\na.pdf,Atlantis,strategi\nb.pdf,Lerum,roman\n');
    expect(() => loadManifest(path.join(dir, 'm.csv'))).toThrow(/entry 1: unknown municipality 'Atlantis'[\s\S]*entry 2: doc_type/);
  });
});
