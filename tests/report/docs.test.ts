import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestBatch } from '../../src/pipeline/batch.js';
import { exportPieces } from '../../src/report/export.js';
import { loadMigrations, openDatabase, type Db } from '../../src/store/connection.js';
import { rowsOf } from '../../src/store/queries.js';
import { schemaMarkdown, undescribedColumns } from '../../src/store/schema-doc.js';

/** The fenced examples of a page: ```sql sqlite or ```sql duckdb. */
function examples(markdown: string, engine: string): string[] {
  return [...markdown.matchAll(new RegExp('```sql ' + engine + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1].trim());
}

describe('the schema documentation', () => {
  it('is what the schema generates (npm run schema-docs), with every column described', () => {
    const db = openDatabase(':memory:');
    expect(readFileSync('docs/schema.md', 'utf8')).toBe(`${schemaMarkdown(db, loadMigrations())}\n`);
    expect(undescribedColumns(db, loadMigrations())).toEqual([]);
  });
});

describe('the example queries in docs/queries.md', () => {
  const page = readFileSync('docs/queries.md', 'utf8');
  let db: Db;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'styrdok-docs-'));
    db = openDatabase(path.join(dir, 'styrdok.sqlite'));
    await ingestBatch(db, ['corpus'], { args: [] });
    mkdirSync(path.join(dir, 'export'));
    for (const view of ['activity_overview', 'theme_matrix']) {
      const { columns, rows } = rowsOf(db, view, 'view');
      writeFileSync(path.join(dir, 'export', `${view}.csv`), [...exportPieces('csv', columns, rows)].join(''));
    }
  }, 60_000);

  const sqlite = examples(page, 'sqlite');
  it('has sqlite3 and DuckDB examples', () => {
    expect(sqlite.length).toBeGreaterThanOrEqual(6);
    expect(examples(page, 'duckdb').length).toBeGreaterThanOrEqual(2);
  });

  for (const sql of sqlite) {
    it(`sqlite3: ${sql.split('\n')[0].slice(0, 60)}`, () => {
      expect((db.prepare(sql).all() as unknown[]).length).toBeGreaterThan(0);
    });
  }

  it('run in the sqlite3 shell as written, where it is installed', () => {
    let shell = true;
    try {
      execFileSync('sqlite3', ['-version'], { stdio: 'ignore' });
    } catch {
      shell = false;
    }
    if (!shell) return;
    for (const sql of sqlite) expect(execFileSync('sqlite3', [path.join(dir, 'styrdok.sqlite'), sql], { encoding: 'utf8' }).trim()).not.toBe('');
  });

  for (const sql of examples(page, 'duckdb')) {
    it(`DuckDB: ${sql.split('\n')[0].slice(0, 60)}`, async () => {
      const duck = await DuckDBInstance.create(':memory:');
      const connection = await duck.connect();
      const reader = await connection.runAndReadAll(sql.replace(/'export\//g, `'${dir}/export/`));
      expect(reader.getRows().length).toBeGreaterThan(0);
      connection.closeSync();
    });
  }
});
