import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUALITY_THRESHOLDS } from '../../src/core/quality.js';
import { OWNER_KINDS } from '../../src/lang/owner-kinds.js';
import { ingestBatch } from '../../src/pipeline/batch.js';
import { loadMigrations, openDatabase, type Db } from '../../src/store/connection.js';
import { datasetteMetadata } from '../../src/store/datasette.js';
import { leftOut, ownerKindCounts, rowsOf, statusShares } from '../../src/store/queries.js';
import { describeSchema } from '../../src/store/schema-doc.js';

/** The bundled corpus, as `npm start` ingests it. */
let db: Db;
beforeAll(async () => {
  db = openDatabase(path.join(mkdtempSync(path.join(tmpdir(), 'styrdok-analysis-')), 'styrdok.sqlite'));
  await ingestBatch(db, ['corpus'], { args: [] });
}, 120_000);

const rows = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
/** Runs changes inside a transaction that is then rolled back: the shared database stays as ingested. */
function rolledBack(change: () => void): void {
  const undo = new Error('roll back');
  try {
    db.transaction(() => {
      change();
      throw undo;
    })();
  } catch (error) {
    if (error !== undo) throw error;
  }
}

const threshold = QUALITY_THRESHOLDS.find((q) => q.name === 'activity_confidence')!.value;

/**
 * The counted document of each family worked out here from the lineage tables alone (the
 * highest position among plans and follow-ups, news only when nothing else), to hold the
 * views to: the activities every municipality should show.
 */
function expectedCounts(): Map<string, { documents: number; activities: number }> {
  const members = rows<{ familyId: number; documentId: number; position: number; docType: string; code: string; outcome: string; missing: string | null }>(
    `SELECT fm.family_id AS familyId, d.id AS documentId, fm.position, d.doc_type AS docType, d.municipality_code AS code, d.extraction_outcome AS outcome, d.missing_since AS missing
     FROM family_members fm JOIN documents d ON d.id = fm.document_id`,
  ).filter((m) => m.missing === null && m.code !== null);
  const byFamily = new Map<number, typeof members>();
  for (const m of members) byFamily.set(m.familyId, [...(byFamily.get(m.familyId) ?? []), m]);
  const out = new Map<string, { documents: number; activities: number }>();
  for (const family of byFamily.values()) {
    const primary = family.filter((m) => !['nyhet', 'ovrigt'].includes(m.docType));
    const counted = (primary.length > 0 ? primary : family).sort((a, b) => b.position - a.position)[0];
    if (counted.outcome === 'none') continue;
    const activities = rows<{ confidence: number | null }>('SELECT confidence FROM activities WHERE document_id = ?', counted.documentId).filter((a) => (a.confidence ?? 0) >= threshold).length;
    const now = out.get(counted.code) ?? { documents: 0, activities: 0 };
    out.set(counted.code, { documents: now.documents + 1, activities: now.activities + activities });
  }
  return out;
}

describe('comparison views on the bundled corpus', () => {
  it('count each plan family once, by its current document: Södertälje’s 2016 plan once, not three times', () => {
    const shares = statusShares(db);
    const expected = expectedCounts();
    expect(shares.length).toBe(expected.size);
    for (const s of shares) expect({ code: s.municipalityCode, documents: s.documents, activities: s.activities }).toEqual({ code: s.municipalityCode, ...expected.get(s.municipalityCode) });
    // The transcript and the text of one plan are one family; the news item about the new strategy is its own.
    const sodertalje = shares.find((s) => s.municipality === 'Södertälje')!;
    const all = statusShares(db, ['0181'], 'all_versions')[0];
    expect(all.activities).toBeGreaterThan(sodertalje.activities + 50);
    const familyOfPlan = rows<{ n: number }>("SELECT COUNT(*) AS n FROM family_members fm JOIN documents d ON d.id = fm.document_id WHERE d.municipality_code = '0181' GROUP BY fm.family_id ORDER BY n DESC")[0].n;
    expect(familyOfPlan).toBe(2);
    expect(rows('SELECT document_id FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE d.municipality_code = ? AND v.is_counted', '0181')).toHaveLength(2);
  });

  it('hold theme and owner-kind counts to the same documents', () => {
    const activitiesIn = (view: string) =>
      new Map(rows<{ code: string; n: number }>(`SELECT municipality_code AS code, SUM(activities) AS n FROM ${view} GROUP BY 1`).map((r) => [r.code, r.n]));
    const shares = new Map(statusShares(db).map((s) => [s.municipalityCode, s.activities]));
    expect(activitiesIn('owner_kind_counts')).toEqual(new Map([...shares].filter(([, n]) => n > 0)));
    const overview = new Map(rows<{ code: string; n: number }>('SELECT municipality_code AS code, COUNT(*) AS n FROM activity_overview GROUP BY 1').map((r) => [r.code, r.n]));
    expect(overview).toEqual(new Map([...shares].filter(([, n]) => n > 0)));
    // A theme count never exceeds the activities counted for the municipality (an activity may carry several themes, so per theme).
    for (const r of rows<{ code: string; theme: string; n: number }>('SELECT municipality_code AS code, theme_id AS theme, activities AS n FROM theme_matrix')) {
      expect({ ...r, within: r.n <= (shares.get(r.code) ?? 0) }).toMatchObject({ within: true });
    }
    expect(rows("SELECT * FROM theme_matrix WHERE municipality_code = '0181' AND activities > 60")).toEqual([]);
  });

  it('leave out documents whose file is gone, and say why each document is left out', () => {
    const before = statusShares(db).find((s) => s.municipalityCode === '0160')!;
    expect(before.activities).toBe(29);
    const reasons = new Map(leftOut(db).map((l) => [l.reason, l]));
    expect(reasons.get('not the current version of its plan family')).toMatchObject({ documents: 1 });
    expect(reasons.get('no plan structure')?.documents).toBeGreaterThanOrEqual(2);
    rolledBack(() => {
      db.prepare("UPDATE documents SET missing_since = '2026-01-01' WHERE municipality_code = '0160'").run();
      expect(statusShares(db).find((s) => s.municipalityCode === '0160')).toBeUndefined();
      expect(new Map(leftOut(db).map((l) => [l.reason, l])).get('file missing')).toMatchObject({ documents: 1, activities: 29 });
    });
    expect(statusShares(db).find((s) => s.municipalityCode === '0160')?.activities).toBe(29);
  });

  it('leave out rows below the confidence threshold unless asked, and count them when asked', () => {
    rolledBack(() => {
        // Eight of Olofström's 24 actions made uncertain: the comparison drops them, the document stays.
        db.prepare("UPDATE activities SET confidence = 0.6 WHERE id IN (SELECT a.id FROM activities a JOIN documents d ON d.id = a.document_id WHERE d.municipality_code = '1060' ORDER BY a.id LIMIT 8)").run();
        expect(statusShares(db, ['1060'])[0].activities).toBe(16);
        expect(statusShares(db, ['1060'], 'with_uncertain')[0].activities).toBe(24);
        // A document no rule placed in a municipality is named in every scope: it may belong to the one asked for.
        const unplaced = { reason: 'no municipality', documents: 1, activities: 0, named: [expect.stringMatching(/telemark-fylke/)] };
        expect(leftOut(db, ['1060'])).toEqual([{ reason: 'confidence below threshold', documents: 1, activities: 8 }, unplaced]);
        expect(leftOut(db, ['1060'], 'with_uncertain')).toEqual([unplaced]);
        // Most rows uncertain: the document goes as a whole.
        db.prepare("UPDATE activities SET confidence = 0.6 WHERE document_id IN (SELECT id FROM documents WHERE municipality_code = '1060')").run();
        expect(statusShares(db, ['1060'])).toEqual([]);
        expect(leftOut(db, ['1060'])).toEqual([{ reason: 'most activities uncertain', documents: 1, activities: 24 }, unplaced]);
        const exported = [...rowsOf(db, 'municipality_status_counts', 'view', 'with_uncertain').rows].filter((r) => r[0] === '1060');
        expect(exported).toHaveLength(1);
    });
    expect(statusShares(db, ['1060'])[0].activities).toBe(24);
  });

  it('give every owner a kind from the taxonomy, and count activities by municipality and kind', () => {
    const kinds = new Set<string>(OWNER_KINDS.map((k) => k.id));
    for (const r of rows<{ kind: string | null }>('SELECT owner_kind AS kind FROM activities UNION SELECT kind FROM owners')) expect(kinds.has(r.kind!)).toBe(true);
    // What a reader of Täby's follow-up counts: each activity's owner, as the gold names it, and the kind of that unit.
    const gold = JSON.parse(readFileSync('fixtures/gold/002_13546d3bc8be6ca0.json', 'utf8')) as { activities: Array<{ owner?: string }> };
    const kindOf = new Map(rows<{ abbr: string; kind: string }>("SELECT o.abbr, o.kind FROM owners o JOIN documents d ON d.id = o.document_id WHERE d.municipality_code = '0160' AND o.abbr IS NOT NULL").map((o) => [o.abbr, o.kind]));
    const expected: Record<string, number> = {};
    for (const a of gold.activities) if (a.owner && kindOf.has(a.owner)) expected[kindOf.get(a.owner)!] = (expected[kindOf.get(a.owner)!] ?? 0) + 1;
    expect(Object.values(expected).reduce((x, y) => x + y, 0)).toBe(gold.activities.length);
    const taby = ownerKindCounts(db, ['0160']);
    expect(Object.fromEntries(taby.map((t) => [t.ownerKind, t.activities]))).toEqual(expected);
    expect(taby.reduce((s, t) => s + t.shareOfActivities, 0)).toBeCloseTo(1, 2);
    expect(rows("SELECT owner, owner_kind FROM activity_overview WHERE owner = 'Kommunledningsförv' LIMIT 1")).toEqual([{ owner: 'Kommunledningsförv', owner_kind: 'kommunledning' }]);
  });
});

describe('the analysis schema', () => {
  it('gives the way back to the sentence in activity_overview', () => {
    const a = rows<Record<string, unknown>>("SELECT * FROM activity_overview WHERE municipality_code = '0160' LIMIT 1")[0];
    for (const c of ['page', 'char_start', 'char_end', 'rule', 'confidence', 'status_raw', 'track_raw', 'time_start', 'time_end', 'lineage_id', 'owner_kind', 'left_out_reason']) expect(a).toHaveProperty(c);
    const text = rows<{ cut: string; activity: string }>(
      'SELECT substr(d.text, o.char_start + 1, o.char_end - o.char_start) AS cut, o.activity FROM activity_overview o JOIN documents d ON d.id = o.document_id',
    );
    expect(text.length).toBeGreaterThan(100);
    expect(text.filter((t) => t.cut.replace(/\s+/g, ' ').includes(t.activity.slice(0, 20).replace(/\s+/g, ' '))).length / text.length).toBeGreaterThan(0.9);
  });

  it('keeps years and pages as rows, and documents without their text', () => {
    const years = rows<{ years: string }>('SELECT years FROM activities').reduce((n, a) => n + (JSON.parse(a.years) as number[]).length, 0);
    expect(years).toBeGreaterThan(0);
    expect(rows<{ n: number }>('SELECT COUNT(*) AS n FROM activity_years')[0].n).toBe(years);
    const pages = rows<{ n: number }>('SELECT SUM(page_count) AS n FROM documents')[0].n;
    expect(rows<{ n: number }>('SELECT COUNT(*) AS n FROM document_pages')[0].n).toBe(pages);
    const withActivities = rows<{ n: number }>('SELECT SUM(activities) AS n FROM document_pages')[0].n;
    expect(withActivities).toBe(rows<{ n: number }>('SELECT COUNT(*) AS n FROM activities WHERE page IS NOT NULL')[0].n);
    const columns = (db.prepare('SELECT * FROM latest_documents').columns() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('text');
    expect(columns).not.toContain('source_text');
  });

  it('has indexes behind the lookups re-extraction and lineage make', () => {
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan('DELETE FROM document_messages WHERE document_id = 1')).toMatch(/USING (?:COVERING )?INDEX/);
    expect(plan('SELECT * FROM activities WHERE lineage_id = 1')).toMatch(/USING INDEX activities_lineage/);
    expect(plan('SELECT * FROM activities WHERE owner_id = 1')).toMatch(/USING INDEX activities_owner/);
    expect(plan('SELECT * FROM focus_areas WHERE parent_id = 1')).toMatch(/USING INDEX focus_areas_parent/);
  });

  it('writes Datasette metadata describing every table, view and column, with facets that exist', () => {
    const meta = datasetteMetadata(db, loadMigrations(), 'styrdok');
    expect(meta.license).toBeTruthy();
    const tables = meta.databases.styrdok.tables;
    for (const o of describeSchema(db, loadMigrations())) {
      const t = tables[o.name];
      expect(t, o.name).toBeDefined();
      expect(t.description.length, o.name).toBeGreaterThan(10);
      expect(Object.keys(t.columns)).toEqual(o.columns.map((c) => c.name));
      for (const [c, d] of Object.entries(t.columns)) expect(d.length, `${o.name}.${c}`).toBeGreaterThan(0);
      for (const c of [...(t.facets ?? []), ...(t.sortable_columns ?? [])]) expect(t.columns, `${o.name}.${c}`).toHaveProperty(c);
    }
    for (const view of ['activity_overview', 'municipality_status_counts', 'theme_matrix', 'owner_kind_counts']) expect(tables[view].sortable_columns?.length).toBeGreaterThan(2);
  });
});
