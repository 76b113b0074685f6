import type { Db } from './connection.js';

export interface StoredVersion {
  id: number;
  sha256: string;
  extractorVersion: string;
}

export function findStoredVersion(db: Db, sourcePath: string): StoredVersion | null {
  const row = db.prepare('SELECT id, sha256, extractor_version AS extractorVersion FROM documents WHERE source_path = ?').get(sourcePath) as StoredVersion | undefined;
  return row ?? null;
}

export interface SummaryRow {
  id: number;
  sourcePath: string;
  municipality: string | null;
  municipalityCode: string | null;
  docType: string;
  periodStart: number | null;
  periodEnd: number | null;
  pages: number | null;
  focusAreas: number;
  interventionAreas: number;
  activities: number;
  withOwner: number;
  withStatus: number;
}

/** One row per stored document: what the rules found in it. */
export function readSummary(db: Db): SummaryRow[] {
  return db
    .prepare(
      `SELECT d.id, d.source_path AS sourcePath, m.name AS municipality, d.municipality_code AS municipalityCode,
              d.doc_type AS docType, d.period_start AS periodStart, d.period_end AS periodEnd, d.page_count AS pages,
              (SELECT COUNT(*) FROM focus_areas f WHERE f.document_id = d.id AND f.parent_id IS NULL) AS focusAreas,
              (SELECT COUNT(*) FROM focus_areas f WHERE f.document_id = d.id AND f.parent_id IS NOT NULL) AS interventionAreas,
              (SELECT COUNT(*) FROM activities a WHERE a.document_id = d.id) AS activities,
              (SELECT COUNT(*) FROM activities a WHERE a.document_id = d.id AND a.owner_raw IS NOT NULL) AS withOwner,
              (SELECT COUNT(*) FROM activities a WHERE a.document_id = d.id AND a.status IS NOT NULL) AS withStatus
       FROM documents d LEFT JOIN municipalities m ON m.code = d.municipality_code
       ORDER BY d.source_path`,
    )
    .all() as SummaryRow[];
}

export function readErrors(db: Db, runId?: number): Array<{ sourcePath: string; reason: string; rule: string }> {
  const sql = `SELECT source_path AS sourcePath, reason, rule FROM ingest_errors ${runId ? 'WHERE run_id = ?' : ''} ORDER BY id`;
  return (runId ? db.prepare(sql).all(runId) : db.prepare(sql).all()) as Array<{ sourcePath: string; reason: string; rule: string }>;
}
