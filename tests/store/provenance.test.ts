import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LIGHT_SYMBOLS } from '../../src/lang/status.js';
import { escapeRegExp } from '../../src/lang/pattern.js';
import { describe, expect, it } from 'vitest';
import { ingestBatch } from '../../src/pipeline/batch.js';
import { loadMigrations, openDatabase, schemaVersion } from '../../src/store/connection.js';

describe('the stored database', () => {
  it('holds all 290 municipalities, the schema version and foreign keys that hold', async () => {
    const db = openDatabase(':memory:');
    expect(db.prepare('SELECT COUNT(*) AS n FROM municipalities').get()).toEqual({ n: 290 });
    expect(schemaVersion(db)).toBe(11);
    await ingestBatch(db, ['corpus/002_13546d3bc8be6ca0.txt', 'fixtures/sodertalje-handlingsplan.docx'], { args: [] });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('upgrades a database made by an earlier version in place, keeping its rows', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'styrdok-')), 'old.sqlite');
    const old = new Database(file);
    old.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const first = loadMigrations()[0];
    old.exec(first.sql);
    old.prepare('INSERT INTO schema_version VALUES (?, ?, ?)').run(first.version, first.name, '2026-01-01T00:00:00Z');
    old.prepare("INSERT INTO ingest_runs (started_at, extractor_version, arguments) VALUES ('2026-01-01', '0.0.1', '[]')").run();
    old.close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare('SELECT COUNT(*) AS n FROM ingest_runs').get()).toEqual({ n: 1 });
    expect((db.pragma('table_info(activities)') as Array<{ name: string }>).map((c) => c.name)).toEqual(expect.arrayContaining(['source_start', 'confidence', 'partners']));
    expect((db.pragma('table_info(documents)') as Array<{ name: string }>).map((c) => c.name)).toContain('extraction_outcome');
  });

  it('cuts every row span from the stored text back to the row text', async () => {
    const db = openDatabase(':memory:');
    const dev = existsSync('../shared/corpus/dev') ? ['../shared/corpus/dev'] : [];
    await ingestBatch(db, ['corpus', 'fixtures/taby-uppfoljning.docx', ...dev], { args: [] });
    const rows = db
      .prepare(`SELECT a.text, substr(d.text, a.char_start + 1, a.char_end - a.char_start) AS cut FROM activities a JOIN documents d ON d.id = a.document_id
                UNION ALL SELECT f.title, substr(d.text, f.char_start + 1, f.char_end - f.char_start) FROM focus_areas f JOIN documents d ON d.id = f.document_id`)
      .all() as Array<{ text: string; cut: string }>;
    expect(rows.length).toBeGreaterThan(200);
    // A row read from two lines (an item and its continuation) spans both; its text joins them with one space.
    // A goal's span may hold the symbol written for the assessment picture beside its first line; its title does not.
    const symbols = new RegExp(LIGHT_SYMBOLS.map(escapeRegExp).join('|'), 'gu');
    const fold = (t: string) => t.replace(symbols, ' ').replace(/\s+/g, ' ').trim();
    const mismatched = rows.filter((r) => fold(r.cut) !== fold(r.text));
    expect(mismatched.slice(0, 5)).toEqual([]);
  });

  it('finds documents by full-text search with å, ä and ö kept distinct', async () => {
    const db = openDatabase(':memory:');
    await ingestBatch(db, ['corpus/002_13546d3bc8be6ca0.txt', 'corpus/004_5a338b9b38be5cdb.txt'], { args: [] });
    const hits = db.prepare("SELECT d.title FROM documents_fts f JOIN documents d ON d.id = f.rowid WHERE documents_fts MATCH 'näringslivsstrategin'").all();
    expect(hits.length).toBe(2);
    const activities = db.prepare("SELECT COUNT(*) AS n FROM activities_fts WHERE activities_fts MATCH 'påbörjad OR tillsyn'").get() as { n: number };
    expect(activities.n).toBeGreaterThan(0);
  });
});
