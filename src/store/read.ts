import type { Block, Doc } from '../core/types.js';
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
  /** What the rules found: 'plan', 'partial' or 'none'; null for documents stored before outcomes were kept. */
  outcome: string | null;
  activities: number;
  withOwner: number;
  withStatus: number;
  /** When the file was found gone; null while it is there. */
  missingSince: string | null;
}

/** One row per stored document: what the rules found in it. */
export function readSummary(db: Db): SummaryRow[] {
  return db
    .prepare(
      `SELECT d.id, d.source_path AS sourcePath, m.name AS municipality, d.municipality_code AS municipalityCode,
              d.doc_type AS docType, d.extraction_outcome AS outcome, d.period_start AS periodStart, d.period_end AS periodEnd, d.page_count AS pages, d.missing_since AS missingSince,
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

/** Extraction's warnings and notes on each document (what the rules could not read, or read with doubt), reading messages left out. */
export function readExtractionMessages(db: Db): Array<{ sourcePath: string; severity: string; rule: string; reason: string }> {
  return db
    .prepare(
      `SELECT d.source_path AS sourcePath, m.severity, m.rule, m.reason
       FROM document_messages m JOIN documents d ON d.id = m.document_id
       WHERE m.rule LIKE 'extract/%' ORDER BY d.source_path, m.id`,
    )
    .all() as Array<{ sourcePath: string; severity: string; rule: string; reason: string }>;
}

export function readErrors(db: Db, runId?: number): Array<{ sourcePath: string; reason: string; rule: string }> {
  const sql = `SELECT source_path AS sourcePath, reason, rule FROM ingest_errors ${runId ? 'WHERE run_id = ?' : ''} ORDER BY id`;
  return (runId ? db.prepare(sql).all(runId) : db.prepare(sql).all()) as Array<{ sourcePath: string; reason: string; rule: string }>;
}

export interface IndexedDocument {
  id: number;
  sourcePath: string;
  sha256: string;
  sizeBytes: number;
  mtimeMs: number | null;
  extractorVersion: string;
  /** NULL for documents stored before reader versions were recorded: they are read again. */
  readerVersion: string | null;
  format: 'pdf' | 'docx' | 'html' | 'text';
  missingSince: string | null;
}

/** Every stored document by path, read in one query: the unchanged check of a run asks this map, not the database. */
export function readIndex(db: Db): Map<string, IndexedDocument> {
  const rows = db
    .prepare(
      `SELECT id, source_path AS sourcePath, sha256, size_bytes AS sizeBytes, mtime_ms AS mtimeMs,
              extractor_version AS extractorVersion, reader_version AS readerVersion, format, missing_since AS missingSince FROM documents`,
    )
    .all() as IndexedDocument[];
  return new Map(rows.map((r) => [r.sourcePath, r]));
}

/** A stored document as the extraction stage received it: text, blocks, pages, container title, source text. */
export function readStoredDoc(db: Db, id: number): { doc: Doc; sourcePath: string; sha256: string; sizeBytes: number; sourceUrl: string | null; familyLabel: string | null } | null {
  const d = db
    .prepare(
      `SELECT source_path AS sourcePath, sha256, size_bytes AS sizeBytes, format, page_count AS pageCount, text,
              container_title AS containerTitle, source_text AS sourceText, source_url AS sourceUrl, family_label AS familyLabel,
              converted_from AS convertedFrom, ocr_pages AS ocrPages, unreadable_pages AS unreadablePages
       FROM documents WHERE id = ?`,
    )
    .get(id) as
    | { sourcePath: string; sha256: string; sizeBytes: number; format: Doc['format']; pageCount: number | null; text: string; containerTitle: string | null; sourceText: string | null; sourceUrl: string | null; familyLabel: string | null; convertedFrom: 'doc' | 'odt' | null; ocrPages: string | null; unreadablePages: string | null }
    | undefined;
  if (!d) return null;
  const rows = db
    .prepare('SELECT kind, page, char_start AS start, char_end AS end, marker, level, table_index AS tableIndex, is_header AS isHeader, cells, source_start AS source, size, cell_fills AS fills FROM blocks WHERE document_id = ? ORDER BY ordinal')
    .all(id) as Array<{ kind: Block['kind']; page: number | null; start: number; end: number; marker: string | null; level: number | null; tableIndex: number | null; isHeader: number | null; cells: string | null; source: number | null; size: number | null; fills: string | null }>;
  const blocks: Block[] = rows.map((r) => {
    const b: Block = { kind: r.kind, page: r.page, start: r.start, end: r.end };
    if (r.marker !== null) b.marker = r.marker;
    if (r.level !== null) b.level = r.level;
    if (r.tableIndex !== null) b.table = r.tableIndex;
    if (r.isHeader !== null) b.header = r.isHeader === 1;
    if (r.cells !== null) b.cells = (JSON.parse(r.cells) as Array<[number, number]>).map(([start, end]) => ({ start, end }));
    if (r.source !== null) b.source = r.source;
    if (r.size !== null) b.size = r.size;
    if (r.fills !== null) b.fills = JSON.parse(r.fills) as Array<string | null>;
    return b;
  });
  const messages = db.prepare("SELECT severity, rule AS ruleId, reason FROM document_messages WHERE document_id = ? AND rule LIKE 'ingest/%' ORDER BY id").all(id) as Doc['messages'];
  const pictures = db
    .prepare('SELECT page, char_start AS start, char_end AS end, kind, colour, hex, shape, share, source FROM pictures WHERE document_id = ? ORDER BY char_start')
    .all(id) as NonNullable<Doc['pictures']>;
  const doc: Doc = { format: d.format, text: d.text, blocks, pageCount: d.pageCount, messages };
  if (d.containerTitle !== null) doc.containerTitle = d.containerTitle;
  if (d.sourceText !== null) doc.source = d.sourceText;
  if (d.convertedFrom !== null) doc.convertedFrom = d.convertedFrom;
  if (d.ocrPages !== null) doc.ocrPages = JSON.parse(d.ocrPages) as number[];
  if (d.unreadablePages !== null) doc.unreadablePages = JSON.parse(d.unreadablePages) as number[];
  if (pictures.length > 0) doc.pictures = pictures;
  return { doc, sourcePath: d.sourcePath, sha256: d.sha256, sizeBytes: d.sizeBytes, sourceUrl: d.sourceUrl, familyLabel: d.familyLabel };
}

/** Documents stored under other rules than these (or all of them): the work of `styrdok reextract`. */
export function documentsToReextract(db: Db, extractorVersion: string, all: boolean): Array<{ id: number; sourcePath: string }> {
  return db.prepare(`SELECT id, source_path AS sourcePath FROM documents WHERE ? OR extractor_version <> ? ORDER BY id`).all(Number(all), extractorVersion) as Array<{ id: number; sourcePath: string }>;
}
