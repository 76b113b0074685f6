import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync, type Dirent } from 'node:fs';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBatch } from '../../src/pipeline/batch.js';
import { openDatabase, type Db } from '../../src/store/connection.js';

/** What a scheduled job runs: the built command line, from a working directory of its own. */
const CLI = path.resolve('dist/src/cli/main.js');
const styrdok = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

/** A share an analyst could keep: two plans in docs/, a third in other/, and a byte-identical copy of it in copy/. */
function share(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-scheduled-'));
  for (const d of ['docs', 'other', 'copy']) mkdirSync(path.join(dir, d));
  cpSync('corpus/002_13546d3bc8be6ca0.txt', path.join(dir, 'docs/taby.txt'));
  cpSync('corpus/001_03ae7981294d9ca5.txt', path.join(dir, 'docs/lerum.txt'));
  cpSync('fixtures/sodertalje-handlingsplan.docx', path.join(dir, 'other/sodertalje.docx'));
  cpSync('fixtures/sodertalje-handlingsplan.docx', path.join(dir, 'copy/sodertalje-kopia.docx'));
  return dir;
}

const one = <T>(db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
const count = (db: Db, sql: string, ...params: unknown[]) => one<{ n: number }>(db, sql, ...params).n;

describe('a scheduled re-ingestion', () => {
  it('re-ingests part of the share with --prune from another directory: nothing that exists is deleted or marked missing, a copy counts once', () => {
    const dir = share();
    const first = styrdok(dir, 'ingest', 'docs', 'other', 'copy', '--db', 'styrdok.sqlite', '--jobs', '0');
    expect(first.status, first.stderr).toBe(0);
    const again = styrdok('/', 'ingest', path.join(dir, 'docs'), '--db', path.join(dir, 'styrdok.sqlite'), '--prune', '--jobs', '0', '--json');
    expect(again.status, again.stderr).toBe(0);
    const last = JSON.parse(again.stdout.trim().split('\n').at(-1)!) as { gone: string[]; pruned: number; moved: number; unchanged: number };
    expect(last).toMatchObject({ gone: [], pruned: 0, moved: 0, unchanged: 2 });
    const db = openDatabase(path.join(dir, 'styrdok.sqlite'));
    expect(count(db, 'SELECT COUNT(*) AS n FROM documents')).toBe(3);
    expect(count(db, 'SELECT COUNT(*) AS n FROM documents WHERE missing_since IS NOT NULL')).toBe(0);
    // The first path the walk met holds the document, the other is its alias.
    const copies = [path.join(dir, 'copy/sodertalje-kopia.docx'), path.join(dir, 'other/sodertalje.docx')];
    const sodertalje = one<{ id: number; p: string; activities: number }>(db, "SELECT id, source_path AS p, (SELECT COUNT(*) FROM activities WHERE document_id = d.id) AS activities FROM documents d WHERE source_path LIKE '%sodertalje%'");
    expect(db.prepare('SELECT document_id AS id, source_path AS p FROM document_paths').all()).toEqual([{ id: sodertalje.id, p: copies.find((c) => c !== sodertalje.p) }]);
    // The copy is read once: Södertälje's activities are in the overview once.
    expect(sodertalje.activities).toBeGreaterThan(10);
    expect(count(db, 'SELECT COUNT(*) AS n FROM activity_overview_all_versions WHERE source_path LIKE ?', '%sodertalje%')).toBe(sodertalje.activities);
    // Every stored path is absolute, whatever directory the first run had.
    expect(db.prepare('SELECT source_path AS p FROM documents').all().every((r) => path.isAbsolute((r as { p: string }).p))).toBe(true);
    db.close();
  });

  it('records an unreadable folder and stores the rest, with the run closed', async () => {
    const dir = share();
    const locked = path.join(dir, 'other');
    // Running as root, permissions cannot make a folder unreadable; the folder listing is what fails.
    const readDir = (folder: string): Dirent[] => {
      if (path.resolve(folder) === locked) throw Object.assign(new Error(`EACCES: permission denied, scandir '${folder}'`), { code: 'EACCES' });
      return readdirSync(folder, { withFileTypes: true });
    };
    const db = openDatabase(':memory:');
    const run = await ingestBatch(db, [dir], { args: [], readDir });
    expect(run.ingested).toBe(3);
    expect(run.failed).toBe(1);
    expect(db.prepare('SELECT source_path AS path, rule FROM ingest_errors').all()).toEqual([{ path: locked, rule: 'discover/unreadable-folder' }]);
    expect(one<{ f: string | null }>(db, 'SELECT finished_at AS f FROM ingest_runs').f).not.toBeNull();
  });

  it('records a file that vanishes between the listing and its reading, and goes on', async () => {
    const dir = share();
    const db = openDatabase(':memory:');
    const doomed = path.join(dir, 'docs/lerum.txt');
    const run = await ingestBatch(db, [path.join(dir, 'docs')], { args: [], onStart: (file) => file === doomed && rmSync(file) });
    expect([run.ingested, run.failed]).toEqual([1, 1]);
    expect(db.prepare('SELECT source_path AS path, rule FROM ingest_errors').all()).toEqual([{ path: doomed, rule: 'discover/vanished' }]);
  });

  it('knows a folder reached through a symbolic link as the same files', async () => {
    const dir = share();
    const link = path.join(mkdtempSync(path.join(tmpdir(), 'styrdok-link-')), 'plans');
    symlinkSync(path.join(dir, 'docs'), link);
    const db = openDatabase(':memory:');
    expect((await ingestBatch(db, [link], { args: [] })).ingested).toBe(2);
    const real = await ingestBatch(db, [path.join(dir, 'docs')], { args: [], prune: true });
    expect([real.unchanged, real.ingested, real.moved, real.gone.length]).toEqual([2, 0, 0, 0]);
    const back = await ingestBatch(db, [link], { args: [], prune: true });
    expect([back.unchanged, back.gone.length]).toEqual([2, 0]);
    expect(count(db, 'SELECT COUNT(*) AS n FROM documents')).toBe(2);
  });

  it('follows a renamed folder without deleting, and leaves folders it was not given alone', async () => {
    const dir = share();
    const db = openDatabase(':memory:');
    await ingestBatch(db, [path.join(dir, 'docs'), path.join(dir, 'other')], { args: [] });
    const ids = db.prepare('SELECT id FROM documents ORDER BY id').all();
    renameSync(path.join(dir, 'docs'), path.join(dir, 'plans-2025'));
    const run = await ingestBatch(db, [path.join(dir, 'plans-2025')], { args: [], prune: true });
    expect([run.moved, run.gone.length, run.pruned]).toEqual([2, 0, 0]);
    expect(db.prepare('SELECT id FROM documents ORDER BY id').all()).toEqual(ids);
    expect(count(db, 'SELECT COUNT(*) AS n FROM documents WHERE source_path LIKE ?', `${path.join(dir, 'plans-2025')}%`)).toBe(2);
  });

  it('refuses to prune more than half of the database without --force, and keeps the documents marked', async () => {
    const dir = share();
    const db = openDatabase(':memory:');
    await ingestBatch(db, [path.join(dir, 'docs'), path.join(dir, 'other')], { args: [] });
    rmSync(path.join(dir, 'docs'), { recursive: true });
    mkdirSync(path.join(dir, 'docs'));
    const refused = await ingestBatch(db, [dir], { args: [], prune: true });
    expect([refused.gone.length, refused.pruned, refused.pruneRefused]).toEqual([2, 0, 2]);
    expect(count(db, 'SELECT COUNT(*) AS n FROM documents WHERE missing_since IS NOT NULL')).toBe(2);
    expect(count(db, "SELECT COUNT(*) AS n FROM ingest_errors WHERE rule = 'prune/refused'")).toBe(1);
    const forced = await ingestBatch(db, [dir], { args: [], prune: true, force: true });
    expect(forced.pruned).toBe(2);
    expect(count(db, 'SELECT COUNT(*) AS n FROM documents')).toBe(1);
  });

  it('moves a document to its copy when its file is deleted or changed, instead of losing it', async () => {
    const dir = share();
    const db = openDatabase(':memory:');
    await ingestBatch(db, [dir], { args: [] });
    const held = () => one<{ id: number; p: string }>(db, "SELECT id, source_path AS p FROM documents WHERE source_path LIKE '%sodertalje%' ORDER BY id");
    const { id, p: first } = held();
    const alias = one<{ p: string }>(db, 'SELECT source_path AS p FROM document_paths').p;
    rmSync(first);
    const run = await ingestBatch(db, [dir], { args: [], prune: true });
    expect([run.gone.length, run.pruned]).toEqual([0, 0]);
    expect(held()).toEqual({ id, p: alias });
    expect(count(db, 'SELECT COUNT(*) AS n FROM document_paths')).toBe(0);
    // The file put back with other bytes is a document of its own; the one stored stays with the copy.
    cpSync('fixtures/taby-uppfoljning.docx', first);
    await ingestBatch(db, [dir], { args: [] });
    expect(held()).toEqual({ id, p: alias });
    writeFileSync(alias, 'Handlingsplan för Södertälje kommun 2031\n\n1. Annan text\n');
    const changed = await ingestBatch(db, [dir], { args: [] });
    // A .docx that holds text is refused, and the stored document is not lost for it.
    expect(changed.failed).toBe(1);
    expect(held()).toEqual({ id, p: alias });

  });

  it('makes paths stored relative to an earlier working directory absolute, and marks none of them missing', async () => {
    const dir = share();
    const file = path.join(dir, 'styrdok.sqlite');
    let db = openDatabase(file);
    await ingestBatch(db, [path.join(dir, 'docs'), path.join(dir, 'other')], { args: [] });
    // As a database written before paths were absolute: relative to the folder the first run ran in.
    db.prepare('UPDATE documents SET source_path = substr(source_path, ?)').run(dir.length + 2);
    db.close();
    db = openDatabase(file);
    const run = await ingestBatch(db, [path.join(dir, 'docs')], { args: [], prune: true });
    expect([run.unchanged, run.moved, run.gone.length, run.pruned]).toEqual([2, 0, 0, 0]);
    expect((db.prepare('SELECT source_path AS p FROM documents ORDER BY p').all() as Array<{ p: string }>).map((r) => r.p)).toEqual(
      ['docs/lerum.txt', 'docs/taby.txt', 'other/sodertalje.docx'].map((p) => path.join(dir, p)),
    );
    db.close();
  });

  it('turns a copy stored as a document of its own (before aliases) into an alias of the first', async () => {
    const dir = share();
    const db = openDatabase(':memory:');
    await ingestBatch(db, [path.join(dir, 'other')], { args: [] });
    // As an earlier version stored it: the same bytes at a second path, a second document.
    const first = one<{ id: number }>(db, 'SELECT id FROM documents').id;
    const columns = (db.prepare('PRAGMA table_info(documents)').all() as Array<{ name: string }>).map((c) => c.name).filter((c) => c !== 'id' && c !== 'source_path');
    db.prepare(`INSERT INTO documents (source_path, ${columns.join(', ')}) SELECT ?, ${columns.join(', ')} FROM documents WHERE id = ?`).run(path.join(dir, 'copy/sodertalje-kopia.docx'), first);
    expect(count(db, 'SELECT COUNT(*) AS n FROM documents')).toBe(2);
    const run = await ingestBatch(db, [dir], { args: [] });
    expect(run.failed).toBe(0);
    expect(db.prepare('SELECT id FROM documents WHERE source_path LIKE ?').all('%sodertalje%')).toEqual([{ id: first }]);
    expect(db.prepare('SELECT document_id AS id, source_path AS p FROM document_paths').all()).toEqual([{ id: first, p: path.join(dir, 'copy/sodertalje-kopia.docx') }]);
  });

  it('stops with the run closed and nothing stored lost when the disk is full', async () => {
    const dir = share();
    const file = path.join(dir, 'full.sqlite');
    const db = openDatabase(file);
    await ingestBatch(db, [path.join(dir, 'docs')], { args: [] });
    const before = db.prepare('SELECT id, sha256 FROM documents ORDER BY id').all();
    // SQLITE_FULL for real: the database may not grow by a single page.
    const pages = one<{ page_count: number }>(db, 'PRAGMA page_count').page_count;
    db.pragma(`max_page_count = ${pages}`);
    const run = await ingestBatch(db, [path.join(dir, 'other')], { args: [] });
    expect(run.storageError).toMatch(/^SQLITE_FULL/);
    expect(run.ingested).toBe(0);
    db.pragma('max_page_count = 1073741823');
    expect(db.prepare('SELECT id, sha256 FROM documents ORDER BY id').all()).toEqual(before);
    expect(one<{ ok: string }>(db, 'PRAGMA integrity_check').ok ?? Object.values(one<Record<string, string>>(db, 'PRAGMA integrity_check'))[0]).toBe('ok');
    const closed = one<{ finished_at: string | null; interrupted: number }>(db, 'SELECT finished_at, interrupted FROM ingest_runs WHERE id = ?', run.runId);
    expect(closed.finished_at).not.toBeNull();
    expect(closed.interrupted).toBe(1);
    db.close();
    writeFileSync(path.join(dir, 'unused'), '');
  });
});
