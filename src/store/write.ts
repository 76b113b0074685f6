import { STATUS_RANK, type Doc, type Extraction } from '../core/types.js';
import type { DocumentRow } from '../core/schemas.js';
import { prepared, type Db } from './connection.js';

export interface StoredDocument {
  row: DocumentRow;
  doc: Doc;
  extraction: Extraction;
  extractorVersion: string;
  /** Version of the reader that made the blocks: another version reads the file again. */
  readerVersion: string;
  runId: number | null;
  /** File modification time when read, for the unchanged check of the next run. */
  mtimeMs: number | null;
}

/** Reading messages stay with the parsed blocks; the rest come from extraction and are replaced with it. */
const READING_RULE = 'ingest/%';

/**
 * Writes one document and everything extracted from it in one transaction,
 * replacing any earlier version from the same path: a reader sees the old
 * version or the new one, never half of either.
 */
export function writeDocument(db: Db, input: StoredDocument): number {
  const { row, doc, extraction } = input;
  return db.transaction(() => {
    prepared(db, 'DELETE FROM documents WHERE source_path = ?').run(row.sourcePath);
    // The path held a copy of another document's bytes and now holds its own.
    prepared(db, 'DELETE FROM document_paths WHERE source_path = ?').run(row.sourcePath);
    // Prepared once per database, as the other statements are: compiling this one took a millisecond a document.
    const documentId = Number(
      prepared(
        db,
        `INSERT INTO documents (source_path, sha256, size_bytes, format, title, title_rule, doc_type, doc_type_rule,
             municipality_code, municipality_rule, period_start, period_end, period_rule, document_date, adopted_date,
             adopted_by, page_count, text, extractor_version, ingested_at, run_id, mtime_ms, container_title, source_text,
             source_url, year, year_rule, family_label, converted_from, ocr_pages, unreadable_pages, extraction_outcome, reader_version)
           VALUES (@sourcePath, @sha256, @sizeBytes, @format, @title, @titleRule, @docType, @docTypeRule,
             @municipalityCode, @municipalityRule, @periodStart, @periodEnd, @periodRule, @documentDate, @adoptedDate,
             @adoptedBy, @pageCount, @text, @extractorVersion, @ingestedAt, @runId, @mtimeMs, @containerTitle, @sourceText,
             @sourceUrl, @year, @yearRule, @familyLabel, @convertedFrom, @ocrPages, @unreadablePages, @extractionOutcome, @readerVersion)`,
      ).run({ ...row, extractorVersion: input.extractorVersion, readerVersion: input.readerVersion, ingestedAt: new Date().toISOString(), runId: input.runId, mtimeMs: input.mtimeMs }).lastInsertRowid,
    );
    const block = prepared(
      db, 'INSERT INTO blocks (document_id, ordinal, kind, page, char_start, char_end, marker, level, table_index, is_header, cells, source_start, size, cell_fills) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    doc.blocks.forEach((b, i) =>
      block.run(
        documentId,
        i + 1,
        b.kind,
        b.page,
        b.start,
        b.end,
        b.marker ?? null,
        b.level ?? null,
        b.table ?? null,
        b.header === undefined ? null : Number(b.header),
        b.cells ? JSON.stringify(b.cells.map((c) => [c.start, c.end])) : null,
        b.source ?? null,
        b.size ?? null,
        b.fills ? JSON.stringify(b.fills) : null,
      ),
    );
    const message = prepared(db, 'INSERT INTO document_messages (document_id, severity, rule, reason, char_start, char_end) VALUES (?, ?, ?, ?, ?, ?)');
    for (const m of doc.messages) message.run(documentId, m.severity, m.ruleId, m.reason, m.start ?? null, m.end ?? null);
    const picture = prepared(db, 'INSERT INTO pictures (document_id, page, char_start, char_end, kind, colour, hex, shape, share, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const p of doc.pictures ?? []) picture.run(documentId, p.page, p.start, p.end, p.kind, p.colour, p.hex, p.shape, p.share, p.source);
    insertExtraction(db, documentId, extraction);
    return documentId;
  })();
}

/**
 * Replaces what the rules made of a stored document (metadata, focus areas,
 * owners, activities, their messages) and keeps its parsed blocks: one
 * transaction, for re-extraction after the rules change.
 */
export function replaceExtraction(db: Db, documentId: number, row: DocumentRow, extraction: Extraction, extractorVersion: string, runId: number | null): void {
  db.transaction(() => {
    prepared(
      db, `UPDATE documents SET title = @title, title_rule = @titleRule, doc_type = @docType, doc_type_rule = @docTypeRule,
         municipality_code = @municipalityCode, municipality_rule = @municipalityRule, period_start = @periodStart,
         period_end = @periodEnd, period_rule = @periodRule, document_date = @documentDate, adopted_date = @adoptedDate,
         adopted_by = @adoptedBy, source_url = @sourceUrl, year = @year, year_rule = @yearRule, family_label = @familyLabel,
         extraction_outcome = @extractionOutcome, extractor_version = @extractorVersion, run_id = @runId
       WHERE id = @id`,
    ).run({ ...row, extractorVersion, runId, id: documentId });
    prepared(db, 'DELETE FROM activities WHERE document_id = ?').run(documentId);
    prepared(db, 'DELETE FROM owners WHERE document_id = ?').run(documentId);
    prepared(db, 'DELETE FROM focus_areas WHERE document_id = ?').run(documentId);
    prepared(db, 'DELETE FROM document_messages WHERE document_id = ? AND rule NOT LIKE ?').run(documentId, READING_RULE);
    insertExtraction(db, documentId, extraction);
  })();
}

function insertExtraction(db: Db, documentId: number, extraction: Extraction): void {
  const focusArea = prepared(
    db,
    'INSERT INTO focus_areas (document_id, parent_id, ordinal, title, page, char_start, char_end, rule, source_start, source_end, confidence, track, track_raw, track_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  insertSubjects(db, documentId, extraction);
  const focusAreaTheme = prepared(db, 'INSERT INTO focus_area_themes (focus_area_id, theme_id, rule, terms, confidence) VALUES (?, ?, ?, ?, ?)');
  const activityTheme = prepared(db, 'INSERT INTO activity_themes (activity_id, theme_id, rule, terms, inherited, confidence) VALUES (?, ?, ?, ?, ?, ?)');
  const activitySdg = prepared(db, 'INSERT INTO activity_sdgs (activity_id, goal, rule, raw, char_start, char_end) VALUES (?, ?, ?, ?, ?, ?)');
  const faIds = new Map<number, number>();
  for (const f of extraction.focusAreas) {
    const parent = f.parentKey === null ? null : (faIds.get(f.parentKey) ?? null);
    const id = Number(
      focusArea.run(documentId, parent, f.ordinal, f.title, f.page, f.start, f.end, f.rule, f.source?.start ?? null, f.source?.end ?? null, f.confidence ?? null, f.track ?? null, f.trackRaw ?? null, f.trackRule ?? null).lastInsertRowid,
    );
    faIds.set(f.key, id);
    for (const t of f.themes ?? []) focusAreaTheme.run(id, t.theme, t.rule, JSON.stringify(t.terms), t.confidence ?? null);
  }
  const owner = prepared(db, 'INSERT INTO owners (document_id, abbr, name, rule, kind, kind_rule) VALUES (?, ?, ?, ?, ?, ?)');
  const ownerIds = new Map<number, number>();
  for (const o of extraction.owners) ownerIds.set(o.key, Number(owner.run(documentId, o.abbr, o.name, o.rule, o.kind ?? null, o.kindRule ?? null).lastInsertRowid));
  const activity = prepared(
    db, `INSERT INTO activities (document_id, focus_area_id, ordinal, text, owner_raw, owner_id, years, status, status_raw, status_rule, track, page, char_start, char_end, rule, source_start, source_end,
       status_rank, time_raw, time_start, time_end, time_rule, track_raw, track_rule, confidence, partners, owner_kind, owner_kind_rule, status_source, progress, progress_raw)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const a of extraction.activities) {
    const id = activity.run(
      documentId,
      a.focusAreaKey === null ? null : (faIds.get(a.focusAreaKey) ?? null),
      a.ordinal,
      a.text,
      a.ownerRaw,
      a.ownerKey === null ? null : (ownerIds.get(a.ownerKey) ?? null),
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
      a.status === null ? null : (STATUS_RANK[a.status] ?? null),
      a.timeRaw ?? null,
      a.timeStart ?? null,
      a.timeEnd ?? null,
      a.timeRule ?? null,
      a.trackRaw ?? null,
      a.trackRule ?? null,
      a.confidence ?? null,
      a.partners ?? null,
      a.ownerKind ?? null,
      a.ownerKindRule ?? null,
      a.statusSource ?? null,
      a.progress ?? null,
      a.progressRaw ?? null,
    ).lastInsertRowid;
    for (const t of a.themes ?? []) activityTheme.run(id, t.theme, t.rule, JSON.stringify(t.terms), Number(t.inherited ?? false), t.confidence ?? null);
    for (const l of a.sdgs ?? []) activitySdg.run(id, l.goal, l.rule, l.raw, l.start, l.end);
  }
  const message = prepared(db, 'INSERT INTO document_messages (document_id, severity, rule, reason, char_start, char_end) VALUES (?, ?, ?, ?, ?, ?)');
  for (const m of extraction.messages) message.run(documentId, m.severity, m.ruleId, m.reason, m.start ?? null, m.end ?? null);
}

/** The document's main subject on its row, and every subject with its evidence in document_subjects. */
function insertSubjects(db: Db, documentId: number, extraction: Extraction): void {
  const main = extraction.subjects.find((x) => x.main) ?? null;
  prepared(db, 'UPDATE documents SET subject = ?, subject_rule = ? WHERE id = ?').run(main?.subject ?? null, main?.rule ?? null, documentId);
  prepared(db, 'DELETE FROM document_subjects WHERE document_id = ?').run(documentId);
  const subject = prepared(db, 'INSERT INTO document_subjects (document_id, subject_id, is_main, score, rule, evidence) VALUES (?, ?, ?, ?, ?, ?)');
  for (const x of extraction.subjects) subject.run(documentId, x.subject, Number(x.main), x.score, x.rule, JSON.stringify(x.evidence));
}

/** The same content at a new path: the stored document follows the file instead of being imported twice. */
export function recordMove(db: Db, documentId: number, to: { sourcePath: string; mtimeMs: number; sizeBytes: number }): void {
  prepared(db, 'UPDATE documents SET source_path = ?, mtime_ms = ?, size_bytes = ?, missing_since = NULL WHERE id = ?').run(to.sourcePath, to.mtimeMs, to.sizeBytes, documentId);
}

/** A changed modification time with unchanged content: remember it, so the next run takes the fast path. */
export function recordSeen(db: Db, documentId: number, mtimeMs: number): void {
  prepared(db, 'UPDATE documents SET mtime_ms = ?, missing_since = NULL WHERE id = ?').run(mtimeMs, documentId);
}

export function markMissing(db: Db, ids: number[], since: string): void {
  const update = prepared(db, 'UPDATE documents SET missing_since = COALESCE(missing_since, ?) WHERE id = ?');
  db.transaction(() => ids.forEach((id) => update.run(since, id)))();
}

export function clearMissing(db: Db, ids: number[]): void {
  const update = prepared(db, 'UPDATE documents SET missing_since = NULL WHERE id = ?');
  db.transaction(() => ids.forEach((id) => update.run(id)))();
}

export interface RunCounts {
  ingested: number;
  unchanged: number;
  failed: number;
  moved: number;
  reextracted: number;
  missing: number;
  pruned: number;
  aliases: number;
  pruneRefused: number;
  interrupted: boolean;
}

/** A run begins: the versions it works under are recorded with it, so a later reader knows what made each row. */
export function startRun(db: Db, versions: { extractor: string; readers: Record<string, string> }, args: string[]): number {
  return Number(
    prepared(db, 'INSERT INTO ingest_runs (started_at, extractor_version, reader_versions, arguments) VALUES (?, ?, ?, ?)').run(
      new Date().toISOString(),
      versions.extractor,
      JSON.stringify(versions.readers),
      JSON.stringify(args),
    ).lastInsertRowid,
  );
}

export function finishRun(db: Db, runId: number, counts: RunCounts): void {
  prepared(
    db, 'UPDATE ingest_runs SET finished_at = ?, ingested = ?, unchanged = ?, failed = ?, moved = ?, reextracted = ?, missing = ?, pruned = ?, interrupted = ?, aliases = ?, prune_refused = ? WHERE id = ?',
  ).run(new Date().toISOString(), counts.ingested, counts.unchanged, counts.failed, counts.moved, counts.reextracted, counts.missing, counts.pruned, Number(counts.interrupted), counts.aliases, counts.pruneRefused, runId);
}

export function recordError(db: Db, runId: number | null, error: { sourcePath: string; sha256: string | null; rule: string; reason: string }): void {
  prepared(db, 'INSERT INTO ingest_errors (run_id, source_path, sha256, rule, reason, occurred_at) VALUES (?, ?, ?, ?, ?, ?)').run(runId, error.sourcePath, error.sha256, error.rule, error.reason, new Date().toISOString());
}
