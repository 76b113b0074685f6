import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/connection.js';

/** Plans on three subjects (fixtures/subjects) stored by the built command line, as a researcher stores them. */
const CLI = path.resolve('dist/src/cli/main.js');
const FILES = ['klimatplan-mora.html', 'folkhalsoplan-sala.txt', 'naringslivsprogram-gislaved.txt', 'avfallsplan-tranas.html', 'trygghetsplan-ludvika.html'].map((f) => `fixtures/subjects/${f}`);
let file: string;
let db: Db;

function styrdok(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const out = spawnSync(process.execPath, [CLI, ...args, '--db', file], { encoding: 'utf8' });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

beforeAll(() => {
  file = path.join(mkdtempSync(path.join(tmpdir(), 'styrdok-subjects-')), 'styrdok.sqlite');
  expect(styrdok('ingest', ...FILES, '--jobs', '1').status).toBe(0);
  db = openDatabase(file);
}, 120_000);

describe('subjects in the database', () => {
  it('stores each document’s main subject with its rule, and every subject with its evidence', () => {
    const rows = db.prepare('SELECT source_path AS path, subject, subject_rule AS rule FROM documents ORDER BY source_path').all() as Array<{ path: string; subject: string; rule: string }>;
    expect(rows.map((r) => [path.basename(r.path), r.subject, r.rule])).toEqual([
      ['avfallsplan-tranas.html', 'avfall', 'subject/title'],
      ['folkhalsoplan-sala.txt', 'folkhalsa', 'subject/title'],
      ['klimatplan-mora.html', 'klimat', 'subject/title'],
      ['naringslivsprogram-gislaved.txt', 'naringsliv', 'subject/title'],
      ['trygghetsplan-ludvika.html', 'trygghet', 'subject/title'],
    ]);
    const main = db.prepare('SELECT COUNT(*) AS n FROM document_subjects s JOIN documents d ON d.id = s.document_id WHERE s.is_main = 1 AND s.subject_id = d.subject').get() as { n: number };
    expect(main.n).toBe(5);
    const evidence = db.prepare("SELECT evidence FROM document_subjects WHERE subject_id = 'klimat' AND is_main = 1").get() as { evidence: string };
    expect(JSON.parse(evidence.evidence)[0]).toMatchObject({ source: expect.any(String), weight: expect.any(Number) });
  });

  it('stores the themes of every policy area with a confidence, and the explicit Agenda 2030 links with spans', () => {
    const themes = db.prepare("SELECT COUNT(*) AS n, MIN(confidence) AS low FROM activity_themes t JOIN themes th ON th.id = t.theme_id WHERE th.subject_id = th.id").get() as { n: number; low: number };
    expect(themes.n).toBeGreaterThan(30);
    expect(themes.low).toBeGreaterThan(0);
    const links = db.prepare(
      `SELECT d.subject, l.goal, l.rule, substr(d.text, l.char_start + 1, l.char_end - l.char_start) AS written
       FROM activity_sdgs l JOIN activities a ON a.id = l.activity_id JOIN documents d ON d.id = a.document_id ORDER BY d.subject, a.id, l.goal`,
    ).all() as Array<{ subject: string; goal: number; rule: string; written: string }>;
    expect(new Set(links.map((l) => l.subject))).toEqual(new Set(['klimat', 'folkhalsa']));
    for (const l of links) expect(l.written).toBe(String(l.goal));
    expect(links.filter((l) => l.subject === 'klimat').length).toBe(11);
  });

  it('compares municipalities by subject in subject_matrix', () => {
    const rows = db.prepare('SELECT municipality, subject_id AS subject, documents, activities, with_status, share_done FROM subject_matrix ORDER BY subject_id').all() as Array<{ municipality: string; subject: string; documents: number; activities: number; with_status: number; share_done: number | null }>;
    expect(rows.map((r) => [r.municipality, r.subject, r.documents])).toEqual([
      ['Tranås', 'avfall', 1],
      ['Sala', 'folkhalsa', 1],
      ['Mora', 'klimat', 1],
      ['Gislaved', 'naringsliv', 1],
      ['Ludvika', 'trygghet', 1],
    ]);
    const trygghet = rows.find((r) => r.subject === 'trygghet')!;
    expect(trygghet.activities).toBe(8);
    expect(trygghet.with_status).toBe(8);
    expect(trygghet.share_done).toBeCloseTo(2 / 8, 3);
  });

  it('limits compare to one subject, by id or by label', () => {
    for (const subject of ['klimat', 'Klimat och energi', 'climate']) {
      const json = JSON.parse(styrdok('compare', '--subject', subject, '--json').stdout) as { subject: string; statuses: Array<{ municipality: string }>; themes: Array<{ municipality: string; themeId: string; activities: number }> };
      expect(json.subject).toBe('klimat');
      expect(json.statuses.map((s) => s.municipality)).toEqual(['Mora']);
      expect(new Set(json.themes.map((t) => t.municipality))).toEqual(new Set(['Mora']));
      expect(json.themes.find((t) => t.themeId === 'klimat')!.activities).toBeGreaterThanOrEqual(7);
    }
    const text = styrdok('compare', '--subject', 'trygghet');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/main subject is trygghet/);
    expect(text.stdout).toMatch(/Ludvika \(2085\)/);
    expect(text.stdout).not.toMatch(/Mora \(/);
    const bad = styrdok('compare', '--subject', 'väder');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unexpected subject 'väder'/);
  });

  it('puts the subject on every activity of the HTML report, with a filter by it', () => {
    const out = path.join(path.dirname(file), 'report.html');
    expect(styrdok('report', '--out', out).status).toBe(0);
    const html = spawnSync('cat', [out], { encoding: 'utf8' }).stdout;
    expect(html).toMatch(/<select id="fj" aria-label="Ämne"><option value="">Alla ämnen<\/option>.*<option value="klimat">Klimat och energi<\/option>/);
    expect((html.match(/data-subject="klimat"/g) ?? []).length).toBeGreaterThanOrEqual(7);
  });
});
