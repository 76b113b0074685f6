import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { MUNICIPALITIES } from '../lang/municipalities.js';
import { THEMES, THEMES_SUBJECT } from '../lang/themes.js';
import { SUBJECTS } from '../lang/subjects.js';
import { SDGS } from '../lang/sdgs.js';
import { OWNER_KINDS } from '../lang/owner-kinds.js';
import { QUALITY_THRESHOLDS } from '../core/quality.js';

export type Db = Database.Database;

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Numbered SQL files ('001-initial.sql'), in order. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(path.join(dir, f), 'utf8') }));
}

/**
 * Opens (or creates) a styrdok database: WAL, foreign keys on, migrations
 * applied one transaction each, the municipality register loaded.
 * ':memory:' gives an in-memory database for tests.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file, { timeout: 10_000 });
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

export function migrate(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_version').all() as Array<{ version: number }>).map((r) => r.version));
  let count = 0;
  for (const m of loadMigrations()) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
    count++;
  }
  const insert = db.prepare('INSERT INTO municipalities (code, name, county_code, county) VALUES (?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, county_code = excluded.county_code, county = excluded.county');
  const existing = (db.prepare('SELECT COUNT(*) AS n FROM municipalities').get() as { n: number }).n;
  if (existing !== MUNICIPALITIES.length) {
    db.transaction(() => {
      for (const m of MUNICIPALITIES) insert.run(m.code, m.name, m.countyCode, m.county);
    })();
  }
  const terms = (t: { terms: string[]; whole?: string[] }) => JSON.stringify([...t.terms, ...(t.whole ?? [])]);
  follow(db, 'subjects', ['id', 'label_sv', 'label_en', 'terms'], SUBJECTS.map((s) => [s.id, s.sv, s.en, terms(s)]));
  // The business-climate themes detail one policy area; each policy area is a theme of its own too.
  follow(db, 'themes', ['id', 'label_sv', 'label_en', 'terms', 'subject_id'], [...THEMES.map((t) => [t.id, t.sv, t.en, terms(t), THEMES_SUBJECT]), ...SUBJECTS.map((s) => [s.id, s.sv, s.en, terms(s), s.id])]);
  follow(db, 'sdgs', ['goal', 'label_sv', 'label_en'], SDGS.map((g) => [g.goal, g.sv, g.en]));
  follow(db, 'owner_kinds', ['id', 'label_sv', 'label_en', 'description'], OWNER_KINDS.map((k) => [k.id, k.sv, k.en, k.about]));
  follow(db, 'quality_thresholds', ['name', 'value', 'description'], QUALITY_THRESHOLDS.map((q) => [q.name, q.value, q.description]));
  return count;
}

/**
 * Tables whose rows are data in the code (taxonomies, thresholds) follow it:
 * labels and values may change, ids stay. Readers open the database too; they
 * write only when the code and the table differ.
 */
function follow(db: Db, table: string, columns: string[], wanted: Array<Array<string | number>>): void {
  const [key, ...rest] = columns;
  const stored = db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`).raw().all();
  if (JSON.stringify(stored) === JSON.stringify(wanted)) return;
  const upsert = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT (${key}) DO UPDATE SET ${rest.map((c) => `${c} = excluded.${c}`).join(', ')}`,
  );
  db.transaction(() => {
    for (const row of wanted) upsert.run(...row);
  })();
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** A statement prepared once per connection: store functions called per document or per row ask here, not `db.prepare`. */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

export function schemaVersion(db: Db): number {
  return (db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v;
}
