import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { openDatabase } from '../../src/store/connection.js';

/** The built command line as a script or cron job runs it: exit codes, one-line messages, output it can parse. */
const CLI = path.resolve('dist/src/cli/main.js');
let dir: string;
let db: string;

const run = (args: string[], cwd = dir) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
const sh = (script: string) => spawnSync('bash', ['-o', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'styrdok-scripted-'));
  db = path.join(dir, 'styrdok.sqlite');
  cpSync('fixtures/lineage/alingsas-handlingsplan-2022.txt', path.join(dir, 'plan.txt'));
  cpSync('fixtures/lineage/alingsas-uppfoljning-2023.txt', path.join(dir, 'uppfoljning.txt'));
  cpSync('fixtures/lineage/alingsas-uppfoljning-2023.txt', path.join(dir, 'uppfoljning-kopia.txt'));
  // A plan whose only mention of where it is from is the municipality's official name.
  writeFileSync(path.join(dir, 'falun.txt'), 'Falu kommun\n\nHandlingsplan för näringslivet 2024–2026\n\n1. Företagsklimat\n\n1.1 Genomföra frukostmöten med företagare varje kvartal.\n1.2 Införa en gemensam väg in för företagare.\n');
  // A plan no rule can place: listed by name where the figures leave it out.
  writeFileSync(path.join(dir, 'utan-kommun.txt'), 'Handlingsplan för näringslivet 2024–2026\n\n1. Företagsklimat\n\n1.1 Genomföra frukostmöten med företagare varje kvartal.\n1.2 Införa en gemensam väg in för företagare.\n');
  const ingested = run(['ingest', '.', '--db', db, '--jobs', '0']);
  expect(ingested.status, ingested.stderr).toBe(0);
}, 120_000);

describe('exit codes and messages a script can use', () => {
  it('refuses a database that does not exist in a reading command, and creates none', () => {
    for (const command of [['summary'], ['compare'], ['search', 'plan'], ['export', '--list']]) {
      const out = run([...command, '--db', 'typo.sqlite']);
      expect(out.status).toBe(3);
      expect(out.stderr.trim().split('\n')).toEqual([expect.stringContaining('typo.sqlite that does not exist')]);
    }
    expect(existsSync(path.join(dir, 'typo.sqlite'))).toBe(false);
  });

  it('tells a locked database from failed files, with one JSON line under --json', () => {
    writeFileSync(`${db}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
    try {
      const out = run(['ingest', 'plan.txt', '--db', db, '--wait', '0', '--json']);
      expect(out.status).toBe(4);
      expect(out.stdout.trim().split('\n')).toHaveLength(1);
      expect(JSON.parse(out.stdout)).toMatchObject({ exit: 4, error: expect.stringContaining(`process ${process.pid}`) });
    } finally {
      sh(`rm -f '${db}.lock'`);
    }
    const failed = run(['ingest', 'plan.txt', 'no-such-file.txt', '--db', db, '--json']);
    expect(failed.status).toBe(1);
    expect(JSON.parse(failed.stdout.trim().split('\n').at(-1)!)).toMatchObject({ failed: 1, exit: 1 });
    const usage = run(['ingest', '--db', db, '--json', '--no-such-option']);
    expect(usage.status).toBe(2);
    expect(JSON.parse(usage.stdout)).toMatchObject({ exit: 2 });
  });

  it('ends quietly when the reader of its output stops, and says a missing output folder in one line', () => {
    const piped = sh(`node '${CLI}' export --db '${db}' --format jsonl --table blocks --out - | head -1`);
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    const missing = run(['export', '--db', db, '--format', 'csv', '--view', 'activity_overview', '--out', '/no/such/folder/x.csv']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual(['Unexpected --out /no/such/folder/x.csv: the folder /no/such/folder does not exist, expected an existing folder']);
    expect(run(['report', '--db', db, '--out', '/no/such/folder/r.html']).status).toBe(2);
  });
});

describe('what an analyst sees', () => {
  it('exports years as a JSON array', () => {
    const out = run(['export', '--db', db, '--format', 'json', '--table', 'activities', '--out', '-']);
    const rows = JSON.parse(out.stdout) as Array<{ years: unknown }>;
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => Array.isArray(r.years))).toBe(true);
    const csv = run(['export', '--db', db, '--format', 'csv', '--table', 'activities', '--out', '-']).stdout;
    expect(csv).toMatch(/,"?\[/);
  });

  it('lists each document with id, folder and a missing mark, and its copies', () => {
    const out = run(['summary', '--db', db]).stdout;
    expect(out.split('\n')[0]).toMatch(/^id\s+document\s+folder\s+file\b/);
    const id = (openDatabase(db).prepare("SELECT id FROM documents WHERE source_path LIKE '%uppfoljning%'").get() as { id: number }).id;
    expect(out).toMatch(new RegExp(`^${id}\\s+uppfoljning(?:-kopia)?\\.txt\\s+${dir.replace(/[/\\\\.]/g, '\\$&')}\\s+ok\\s`, 'm'));
    expect(out).toMatch(/Copies of stored documents at other paths[^\n]*\n\s+\d+ \S+uppfoljning(?:-kopia)?\.txt\n\s+= \S+uppfoljning(?:-kopia)?\.txt/);
  });

  it('finds Falu kommun, takes any name of a municipality in --municipality, and names the documents no rule placed', () => {
    const falun = openDatabase(db).prepare("SELECT municipality_code AS code, municipality_rule AS rule FROM documents WHERE source_path LIKE '%falun.txt'").get();
    expect(falun).toEqual({ code: '2080', rule: 'municipality/name-kommun' });
    for (const name of ['Falu kommun', 'Falun', 'Region Gotland', 'Malung-Sälens kommun', 'Göteborgs Stad']) {
      expect(run(['compare', '--db', db, '--municipality', name]).status, name).toBe(0);
    }
    const compare = run(['compare', '--db', db]).stdout;
    expect(compare).toMatch(/no municipality: 1 document, \d+ activit(?:y|ies)\n\s+\S+utan-kommun\.txt/);
    expect(run(['report', '--db', db, '--out', path.join(dir, 'r.html')]).status).toBe(0);
    expect(readFileSync(path.join(dir, 'r.html'), 'utf8')).toMatch(/ingen kommun funnen[^<]*: 1 dokument, \d+ aktiviteter<ul><li>[^<]*utan-kommun\.txt<\/li>/);
  });

  it('shows the status changes between a plan and its follow-up, from the status_changes view', () => {
    const store = openDatabase(db);
    const [plan, follow] = ['plan.txt', 'uppfoljning'].map((f) => (store.prepare('SELECT id FROM documents WHERE source_path LIKE ?').get(`%${f}%`) as { id: number }).id);
    const rows = (store.prepare('SELECT COUNT(*) AS n FROM status_changes WHERE from_document_id = ? AND to_document_id = ?').get(plan, follow) as { n: number }).n;
    expect(rows).toBeGreaterThan(5);
    const out = run(['diff', String(plan), String(follow), '--db', db]).stdout;
    expect(out).toMatch(new RegExp(`\\nStatus changed \\(${rows}\\):\\n`));
  });

  it('names the file under way, with an ETA never below the time that file has taken', () => {
    const started = 1_000_000;
    const line = progressLine({ started, done: 9, total: 10, current: new Map([['/data/plans/ocr-scan.pdf', started + 2_000]]) }, started + 62_000);
    expect(line).toContain('ocr-scan.pdf (60s)');
    expect(Number(/ETA (\d+)s/.exec(line)![1])).toBeGreaterThanOrEqual(60);
  });
});
