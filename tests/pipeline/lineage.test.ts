import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBatch } from '../../src/pipeline/batch.js';
import { openDatabase, type Db } from '../../src/store/connection.js';

interface Gold {
  from: string;
  to: string;
  links: Array<{ from: string; to: string; kind: string }>;
  dropped: string[];
}

function familyOf(db: Db, sourcePath: string): { family_id: number; rule: string; position: number } {
  return db.prepare('SELECT fm.family_id, fm.rule, fm.position FROM family_members fm JOIN documents d ON d.id = fm.document_id WHERE d.source_path = ?').get(path.resolve(sourcePath)) as { family_id: number; rule: string; position: number };
}

function linksBetween(db: Db, from: string, to: string): Array<{ from: string; to: string; kind: string; score: number }> {
  return db
    .prepare(
      `SELECT a.text AS "from", b.text AS "to", l.kind, l.score FROM activity_links l
       JOIN activities a ON a.id = l.from_activity_id JOIN documents da ON da.id = a.document_id
       JOIN activities b ON b.id = l.to_activity_id JOIN documents db ON db.id = b.document_id
       WHERE da.source_path = ? AND db.source_path = ? ORDER BY a.id, b.id`,
    )
    .all(path.resolve(from), path.resolve(to)) as Array<{ from: string; to: string; kind: string; score: number }>;
}

describe('plan families and activity links', () => {
  it('groups the two Södertälje plans into one family, keeps the 2021–2025 strategy apart, and links 58 activities one to one', async () => {
    const db = openDatabase(':memory:');
    await ingestBatch(db, ['corpus/000_94b9c640f4283b09.txt', 'corpus/003_36680a2d90dc5608.txt', 'corpus/004_5a338b9b38be5cdb.txt'], { args: [] });
    const older = familyOf(db, 'corpus/000_94b9c640f4283b09.txt');
    const newer = familyOf(db, 'corpus/003_36680a2d90dc5608.txt');
    const news = familyOf(db, 'corpus/004_5a338b9b38be5cdb.txt');
    expect(newer.family_id).toBe(older.family_id);
    expect(newer.rule).toBe('family/same-type-and-period');
    expect([older.position, newer.position]).toEqual([1, 2]);
    expect(news.family_id).not.toBe(older.family_id);
    const links = linksBetween(db, 'corpus/000_94b9c640f4283b09.txt', 'corpus/003_36680a2d90dc5608.txt');
    expect(links).toHaveLength(58);
    expect(new Set(links.map((l) => l.from)).size).toBe(58);
    expect(new Set(links.map((l) => l.to)).size).toBe(58);
    expect(links.every((l) => l.kind === 'same' || l.kind === 'reworded')).toBe(true);
    const diff = db.prepare("SELECT change, to_text FROM plan_diff WHERE change IN ('added', 'removed') ORDER BY to_activity_id").all();
    expect(diff).toEqual([
      { change: 'added', to_text: expect.stringMatching(/^Kommundelsvisa möten/) },
      { change: 'added', to_text: expect.stringMatching(/^Kommundelutvecklingsprojekt/) },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM activity_links l JOIN activities a ON a.id = l.from_activity_id JOIN documents d ON d.id = a.document_id WHERE d.municipality_code <> (SELECT municipality_code FROM documents x JOIN activities b ON b.document_id = x.id WHERE b.id = l.to_activity_id)').get()).toEqual({ n: 0 });
  });

  it('links a plan to its follow-up with precision and recall of at least 0.95 against the gold', async () => {
    const gold = JSON.parse(readFileSync('fixtures/lineage/links.gold.json', 'utf8')) as Gold;
    const db = openDatabase(':memory:');
    await ingestBatch(db, [gold.from, gold.to], { args: [] });
    expect(familyOf(db, gold.to)).toMatchObject({ family_id: familyOf(db, gold.from).family_id, rule: 'family/reference', position: 2 });
    const found = linksBetween(db, gold.from, gold.to);
    const key = (l: { from: string; to: string }) => `${l.from} → ${l.to}`;
    const expected = new Set(gold.links.map(key));
    const correct = found.filter((l) => expected.has(key(l))).length;
    const precision = correct / found.length;
    const recall = correct / gold.links.length;
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    const kinds = new Map(found.map((l) => [key(l), l.kind]));
    const kindAccuracy = gold.links.filter((l) => kinds.get(key(l)) === l.kind).length / gold.links.length;
    expect(kindAccuracy).toBeGreaterThanOrEqual(0.9);
    for (const d of gold.dropped) expect(found.some((l) => l.from === d)).toBe(false);
  });

  it('gives linked activities a status series, with a fall in rank flagged', async () => {
    const gold = JSON.parse(readFileSync('fixtures/lineage/links.gold.json', 'utf8')) as Gold;
    const db = openDatabase(':memory:');
    await ingestBatch(db, [gold.from, gold.to], { args: [] });
    db.prepare("UPDATE activities SET status = 'ongoing', status_rank = 2 WHERE text = 'Genomföra en serviceutbildning för handläggare.'").run();
    const history = db.prepare("SELECT position, status, status_rank, regression FROM activity_status_history WHERE lineage_id = (SELECT lineage_id FROM activities WHERE text = 'Genomföra en serviceutbildning för handläggare.') ORDER BY position").all();
    expect(history).toEqual([
      { position: 1, status: 'ongoing', status_rank: 2, regression: 0 },
      { position: 2, status: 'started', status_rank: 1, regression: 1 },
    ]);
    const timeline = db.prepare("SELECT time_raw, time_start, time_end, time_rule FROM activities WHERE text LIKE 'Genomföra en serviceutbildning%'").get();
    expect(timeline).toEqual({ time_raw: 'hösten 2022', time_start: '2022-09-01', time_end: '2022-11-30', time_rule: 'timeline/season' });
  });

  it('styrdok diff names what was added, reworded, split and dropped', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-diff-'));
    const db = path.join(dir, 'styrdok.sqlite');
    const cli = path.resolve('dist/src/cli/main.js');
    expect(spawnSync(process.execPath, [cli, 'ingest', 'corpus/000_94b9c640f4283b09.txt', 'corpus/003_36680a2d90dc5608.txt', 'fixtures/lineage', '--db', db]).status).toBe(0);
    const sodertalje = spawnSync(process.execPath, [cli, 'diff', '000_94b9c640f4283b09.txt', '003_36680a2d90dc5608.txt', '--db', db], { encoding: 'utf8' });
    expect(sodertalje.stdout).toMatch(/, 2 added, 0 removed\n/);
    expect(sodertalje.stdout).toMatch(/Added \(2\):\n\s+\+ Kommundelsvisa möten.*\n\s+\+ Kommundelutvecklingsprojekt/);
    const plan = spawnSync(process.execPath, [cli, 'diff', 'alingsas-handlingsplan-2022.txt', 'alingsas-uppfoljning-2023.txt', '--db', db], { encoding: 'utf8' });
    expect(plan.stdout).toMatch(/Removed \(1\):\n\s+- Starta en yrkesutbildning inom logistik\./);
    expect(plan.stdout).toMatch(/Split \(2\):/);
    const across = spawnSync(process.execPath, [cli, 'diff', '000_94b9c640f4283b09.txt', 'alingsas-uppfoljning-2023.txt', '--db', db], { encoding: 'utf8' });
    expect(across.status).toBe(2);
    expect(across.stderr).toMatch(/two municipalities/);
  });
});
