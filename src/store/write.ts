import type { Doc, Extraction } from '../core/types.js';
import type { DocumentRow } from '../core/schemas.js';
import type { Db } from './connection.js';

export interface StoredDocument {
  row: DocumentRow;
  doc: Doc;
  extraction: Extraction;
  extractorVersion: string;
  runId: number | null;
}

/**
 * Writes one document and everything extracted from it in one transaction,
 * replacing any earlier version from the same path: a reader sees the old
 * version or the new one, never half of either.
 */
export function writeDocument(db: Db, input: StoredDocument): number {
  const { row, doc, extraction } = input;
  return db.transaction(() => {
    db.prepare('DELETE FROM documents WHERE source_path = ?').run(row.sourcePath);
    const documentId = Number(
      db
        .prepare(
          `INSERT INTO documents (source_path, sha256, size_bytes, format, title, title_rule, doc_type, doc_type_rule,
             municipality_code, municipality_rule, period_start, period_end, period_rule, document_date, adopted_date,
             adopted_by, page_count, text, extractor_version, ingested_at, run_id)
           VALUES (@sourcePath, @sha256, @sizeBytes, @format, @title, @titleRule, @docType, @docTypeRule,
             @municipalityCode, @municipalityRule, @periodStart, @periodEnd, @periodRule, @documentDate, @adoptedDate,
             @adoptedBy, @pageCount, @text, @extractorVersion, @ingestedAt, @runId)`,
        )
        .run({ ...row, extractorVersion: input.extractorVersion, ingestedAt: new Date().toISOString(), runId: input.runId }).lastInsertRowid,
    );
    const block = db.prepare('INSERT INTO blocks (document_id, ordinal, kind, page, char_start, char_end, marker, level, table_index, is_header, cells, source_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    doc.blocks.forEach((b, i) =>
      block.run(documentId, i + 1, b.kind, b.page, b.start, b.end, b.marker ?? null, b.level ?? null, b.table ?? null, b.header === undefined ? null : Number(b.header), b.cells ? JSON.stringify(b.cells.map((c) => [c.start, c.end])) : null, b.source ?? null),
    );
    const focusArea = db.prepare('INSERT INTO focus_areas (document_id, parent_id, ordinal, title, page, char_start, char_end, rule, source_start, source_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const faIds = new Map<number, number>();
    for (const f of extraction.focusAreas) {
      const parent = f.parentKey === null ? null : faIds.get(f.parentKey) ?? null;
      faIds.set(f.key, Number(focusArea.run(documentId, parent, f.ordinal, f.title, f.page, f.start, f.end, f.rule, f.source?.start ?? null, f.source?.end ?? null).lastInsertRowid));
    }
    const owner = db.prepare('INSERT INTO owners (document_id, abbr, name, rule) VALUES (?, ?, ?, ?)');
    const ownerIds = new Map<number, number>();
    for (const o of extraction.owners) ownerIds.set(o.key, Number(owner.run(documentId, o.abbr, o.name, o.rule).lastInsertRowid));
    const activity = db.prepare(
      `INSERT INTO activities (document_id, focus_area_id, ordinal, text, owner_raw, owner_id, years, status, status_raw, status_rule, track, page, char_start, char_end, rule, source_start, source_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const a of extraction.activities) {
      activity.run(
        documentId,
        a.focusAreaKey === null ? null : faIds.get(a.focusAreaKey) ?? null,
        a.ordinal,
        a.text,
        a.ownerRaw,
        a.ownerKey === null ? null : ownerIds.get(a.ownerKey) ?? null,
        JSON.stringify(a.years),
        a.status,
        a.statusRaw,
        a.statusRule,
        a.track,
        a.page,
        a.start,
        a.end,
        a.rule,
        a.source?.start ?? null,
        a.source?.end ?? null,
      );
    }
    const message = db.prepare('INSERT INTO document_messages (document_id, severity, rule, reason, char_start, char_end) VALUES (?, ?, ?, ?, ?, ?)');
    for (const m of [...doc.messages, ...extraction.messages]) message.run(documentId, m.severity, m.ruleId, m.reason, m.start ?? null, m.end ?? null);
    return documentId;
  })();
}

export function startRun(db: Db, extractorVersion: string, args: string[]): number {
  return Number(db.prepare('INSERT INTO ingest_runs (started_at, extractor_version, arguments) VALUES (?, ?, ?)').run(new Date().toISOString(), extractorVersion, JSON.stringify(args)).lastInsertRowid);
}

export function finishRun(db: Db, runId: number, counts: { ingested: number; unchanged: number; failed: number }): void {
  db.prepare('UPDATE ingest_runs SET finished_at = ?, ingested = ?, unchanged = ?, failed = ? WHERE id = ?').run(new Date().toISOString(), counts.ingested, counts.unchanged, counts.failed, runId);
}

export function recordError(db: Db, runId: number | null, error: { sourcePath: string; sha256: string | null; rule: string; reason: string }): void {
  db.prepare('INSERT INTO ingest_errors (run_id, source_path, sha256, rule, reason, occurred_at) VALUES (?, ?, ?, ?, ?, ?)').run(runId, error.sourcePath, error.sha256, error.rule, error.reason, new Date().toISOString());
}
