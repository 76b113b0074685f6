import { escapeRegExp } from '../lang/pattern.js';
import type { Db } from './connection.js';

/** Readers behind `search`, `compare`, `export` and `report`: SQL here, presentation elsewhere. */

export class QueryError extends Error {}

/**
 * An FTS5 query from what a user types: plain words must all occur (each
 * quoted, so '-' and ':' are no operators); text that already uses FTS5
 * syntax (quotes, OR, NEAR, a trailing *) is passed on as written.
 */
export function ftsQuery(input: string): string {
  const text = input.trim();
  if (/["*]|\b(?:OR|AND|NOT|NEAR)\b/.test(text)) return text;
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ');
}

/** The words of a query, for finding where in a document they stand. */
export function queryWords(input: string): string[] {
  return input
    .replace(/\b(?:OR|AND|NOT|NEAR)\b/g, ' ')
    .split(/[\s"()*^:+-]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 1);
}

export interface ActivityHit {
  activityId: number;
  municipality: string | null;
  documentId: number;
  sourcePath: string;
  documentTitle: string | null;
  page: number | null;
  snippet: string;
}

export interface DocumentHit {
  documentId: number;
  sourcePath: string;
  title: string | null;
  municipality: string | null;
  hits: Array<{ page: number | null; snippet: string }>;
}

function runFts<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    // The only SQL error a fixed statement can meet here is the user's query.
    const e = error as Error & { code?: string };
    if (e.code === 'SQLITE_ERROR') throw new QueryError(`Unexpected search syntax (${e.message}); plain words, "a phrase", word* and OR work`);
    throw error;
  }
}

export function searchActivities(db: Db, query: string, limit: number): ActivityHit[] {
  return runFts(
    () =>
      db
        .prepare(
          `SELECT a.id AS activityId, m.name AS municipality, d.id AS documentId, d.source_path AS sourcePath, d.title AS documentTitle,
                  a.page, snippet(activities_fts, 0, '[', ']', '…', 16) AS snippet
           FROM activities_fts JOIN activities a ON a.id = activities_fts.rowid
           JOIN documents d ON d.id = a.document_id LEFT JOIN municipalities m ON m.code = d.municipality_code
           WHERE activities_fts MATCH ? ORDER BY rank LIMIT ?`,
        )
        .all(ftsQuery(query), limit) as ActivityHit[],
  );
}

/** Documents that match, best first, each with the pages where the words stand and a snippet from each. */
export function searchDocuments(db: Db, query: string, limit: number, hitsPerDocument = 3): DocumentHit[] {
  const docs = runFts(
    () =>
      db
        .prepare(
          `SELECT d.id AS documentId, d.source_path AS sourcePath, d.title, m.name AS municipality, d.text
           FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid LEFT JOIN municipalities m ON m.code = d.municipality_code
           WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
        )
        .all(ftsQuery(query), limit) as Array<Omit<DocumentHit, 'hits'> & { text: string }>,
  );
  const words = queryWords(query).map(escapeRegExp);
  const starts = words.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}`, 'u'));
  const marks = words.map((w) => new RegExp(`(?<![\\p{L}\\p{N}\\[])(${w}[\\p{L}\\p{N}]*)`, 'giu'));
  const blocks = db.prepare("SELECT page, char_start AS start, char_end AS end FROM blocks WHERE document_id = ? AND kind <> 'furniture' ORDER BY ordinal");
  return docs.map(({ text, ...doc }) => {
    const hits: DocumentHit['hits'] = [];
    const lower = text.toLowerCase();
    for (const b of blocks.iterate(doc.documentId) as Iterable<{ page: number | null; start: number; end: number }>) {
      if (hits.length >= hitsPerDocument) break;
      const block = lower.slice(b.start, b.end);
      const at = Math.min(...starts.map((re) => block.search(re)).filter((i) => i >= 0));
      if (!Number.isFinite(at)) continue;
      const from = Math.max(b.start, b.start + at - 60);
      const to = Math.min(b.end, b.start + at + 100);
      const cut = text.slice(from, to).replace(/\s+/g, ' ').trim();
      const marked = marks.reduce((s, re) => s.replace(re, '[$1]'), cut);
      hits.push({ page: b.page, snippet: `${from > b.start ? '…' : ''}${marked}${to < b.end ? '…' : ''}` });
    }
    return { ...doc, hits };
  });
}

/**
 * Which rows a comparison counts (see docs/schema.md, "Current versions and quality"):
 * 'comparable', the default, counts the current document of each plan family and its
 * certain rows; 'with_uncertain' keeps the uncertain ones; 'all_versions' every stored version.
 */
export type Scope = 'comparable' | 'with_uncertain' | 'all_versions';

export interface ThemeCell {
  municipalityCode: string;
  municipality: string;
  themeId: string;
  labelSv: string;
  labelEn: string;
  focusAreas: number;
  activities: number;
  withStatus: number;
  done: number;
  shareDone: number | null;
}

export function themeMatrix(db: Db, filter: { themes?: string[]; municipalities?: string[]; scope?: Scope; subject?: string } = {}): ThemeCell[] {
  const columns = `municipality_code AS municipalityCode, municipality, theme_id AS themeId, label_sv AS labelSv, label_en AS labelEn,
            focus_areas AS focusAreas, activities, with_status AS withStatus, done, share_done AS shareDone`;
  const rows = filter.subject
    ? inScope<ThemeCell>(db, `SELECT ${columns} FROM theme_matrix_by_subject WHERE scope = ? AND subject_id = ? ORDER BY municipality, theme_id`, filter.scope ?? 'comparable', filter.municipalities ?? [], [filter.subject])
    : inScope<ThemeCell>(db, `SELECT ${columns} FROM theme_matrix_by_scope WHERE scope = ? ORDER BY municipality, theme_id`, filter.scope ?? 'comparable', filter.municipalities ?? []);
  return rows.filter((r) => !filter.themes?.length || filter.themes.includes(r.themeId));
}

export interface StatusShare {
  municipalityCode: string;
  municipality: string;
  documents: number;
  activities: number;
  notStarted: number;
  started: number;
  ongoing: number;
  done: number;
  postponed: number;
  cancelled: number;
  unknown: number;
  noStatus: number;
}

/** Rows of a *_by_scope view in one scope, for the municipalities named (all when none are). */
function inScope<T extends { municipalityCode: string }>(db: Db, sql: string, scope: Scope, municipalities: string[], more: string[] = []): T[] {
  const rows = db.prepare(sql).all(scope, ...more) as T[];
  return rows.filter((r) => municipalities.length === 0 || municipalities.includes(r.municipalityCode));
}

export function statusShares(db: Db, municipalities: string[] = [], scope: Scope = 'comparable', subject?: string): StatusShare[] {
  // The subject matrix counts as municipality_status_counts does, within the documents of one main subject.
  const from = subject ? 'subject_matrix_by_scope WHERE scope = ? AND subject_id = ?' : 'municipality_status_counts_by_scope WHERE scope = ?';
  return inScope<StatusShare>(
    db,
    `SELECT municipality_code AS municipalityCode, municipality, documents, activities, not_started AS notStarted, started, ongoing,
            done, postponed, cancelled, unknown, no_status AS noStatus
     FROM ${from} ORDER BY municipality`,
    scope,
    municipalities,
    subject ? [subject] : [],
  );
}

export interface OwnerKindCount {
  municipalityCode: string;
  municipality: string;
  ownerKind: string;
  label: string;
  activities: number;
  shareOfActivities: number;
}

export function ownerKindCounts(db: Db, municipalities: string[] = [], scope: Scope = 'comparable', subject?: string): OwnerKindCount[] {
  if (subject) {
    return inScope<OwnerKindCount>(
      db,
      `SELECT d.municipality_code AS municipalityCode, m.name AS municipality, k.id AS ownerKind, k.label_sv AS label, COUNT(*) AS activities,
              ROUND(1.0 * COUNT(*) / SUM(COUNT(*)) OVER (PARTITION BY d.municipality_code), 3) AS shareOfActivities
       FROM activity_scopes s JOIN activities a ON a.id = s.activity_id JOIN documents d ON d.id = a.document_id
       JOIN municipalities m ON m.code = d.municipality_code JOIN owner_kinds k ON k.id = COALESCE(a.owner_kind, 'okand')
       WHERE s.scope = ? AND d.subject = ? GROUP BY d.municipality_code, k.id ORDER BY municipality, activities DESC, ownerKind`,
      scope,
      municipalities,
      [subject],
    );
  }
  return inScope<OwnerKindCount>(
    db,
    `SELECT municipality_code AS municipalityCode, municipality, owner_kind AS ownerKind, label_sv AS label, activities, share_of_activities AS shareOfActivities
     FROM owner_kind_counts_by_scope WHERE scope = ? ORDER BY municipality, activities DESC, owner_kind`,
    scope,
    municipalities,
  );
}

export function ownerKindIds(db: Db): Array<{ id: string; labelSv: string }> {
  return db.prepare('SELECT id, label_sv AS labelSv FROM owner_kinds ORDER BY rowid').all() as Array<{ id: string; labelSv: string }>;
}

/** The reasons the 'with_uncertain' scope takes back: rows below the threshold, documents made mostly of them. */
export const UNCERTAIN_REASONS = ['confidence below threshold', 'most activities uncertain'];

export interface LeftOut {
  /** Why, as document_quality and activity_overview_all_versions say it. */
  reason: string;
  documents: number;
  activities: number;
  /** The documents by name (their file), where the reader must be able to find them: those without a municipality. */
  named?: string[];
}

/**
 * What the default comparison leaves out, and why: documents that are not the current
 * version of their plan family or show no plan structure, and rows below the confidence
 * threshold; last, the documents no rule placed in a municipality, by name, whatever
 * municipalities were asked for (any of them may be one of those).
 */
export function leftOut(db: Db, municipalities: string[] = [], scope: Exclude<Scope, 'all_versions'> = 'comparable'): LeftOut[] {
  const rows = db
    .prepare(
      `SELECT left_out_reason AS reason, COUNT(DISTINCT document_id) AS documents, SUM(activities) AS activities FROM (
         SELECT q.document_id, q.left_out_reason, q.activities FROM document_quality q
         WHERE q.left_out_reason IS NOT NULL AND q.municipality_code IS NOT NULL AND (@m = '[]' OR q.municipality_code IN (SELECT value FROM json_each(@m)))
         UNION ALL
         SELECT a.document_id, a.left_out_reason, 1 FROM activity_overview_all_versions a
         JOIN document_quality q ON q.document_id = a.document_id AND q.left_out_reason IS NULL
         WHERE a.left_out_reason IS NOT NULL AND (@m = '[]' OR a.municipality_code IN (SELECT value FROM json_each(@m)))
       ) GROUP BY left_out_reason ORDER BY activities DESC`,
    )
    .all({ m: JSON.stringify(municipalities) }) as LeftOut[];
  const unplaced = db
    .prepare("SELECT source_path AS path, activities FROM document_quality WHERE left_out_reason = 'no municipality' ORDER BY source_path")
    .all() as Array<{ path: string; activities: number }>;
  if (unplaced.length > 0) {
    rows.push({ reason: 'no municipality', documents: unplaced.length, activities: unplaced.reduce((n, u) => n + u.activities, 0), named: unplaced.map((u) => u.path) });
  }
  return scope === 'comparable' ? rows : rows.filter((l) => !UNCERTAIN_REASONS.includes(l.reason));
}

export function themeIds(db: Db): Array<{ id: string; labelSv: string; labelEn: string }> {
  return db.prepare('SELECT id, label_sv AS labelSv, label_en AS labelEn FROM themes ORDER BY rowid').all() as Array<{ id: string; labelSv: string; labelEn: string }>;
}

export function subjectIds(db: Db): Array<{ id: string; labelSv: string; labelEn: string }> {
  return db.prepare('SELECT id, label_sv AS labelSv, label_en AS labelEn FROM subjects ORDER BY rowid').all() as Array<{ id: string; labelSv: string; labelEn: string }>;
}

/** Tables and views a user may export: not SQLite's own, not the search index's shadow tables. */
export function exportable(db: Db): Array<{ name: string; type: 'table' | 'view' }> {
  return db
    .prepare(
      `SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%' ORDER BY type, name`,
    )
    .all() as Array<{ name: string; type: 'table' | 'view' }>;
}

/**
 * Every row of a table or view, one at a time, with its column names. A
 * comparison view asked for in another scope is read from its *_by_scope
 * form ('with_uncertain': the uncertain rows too), with the same columns.
 */
/** Columns whose text is JSON, by the table they come from: an export in JSON gives their values, not strings. */
const JSON_COLUMNS = new Set([
  'activities.years',
  'activity_themes.terms',
  'focus_area_themes.terms',
  'themes.terms',
  'family_members.evidence',
  'blocks.cells',
  'blocks.cell_fills',
  'documents.ocr_pages',
  'documents.unreadable_pages',
  'ingest_runs.arguments',
  'ingest_runs.reader_versions',
]);

export function rowsOf(db: Db, name: string, type: 'table' | 'view', scope: Exclude<Scope, 'all_versions'> = 'comparable'): { columns: string[]; jsonColumns: string[]; rows: Iterable<unknown[]> } {
  const all = exportable(db);
  const known = all.find((x) => x.name === name && x.type === type);
  if (!known) throw new QueryError(`Unexpected ${type} '${name}', expected one of: ${all.filter((x) => x.type === type).map((x) => x.name).join(', ')}`);
  const quoted = (n: string) => `"${n.replace(/"/g, '""')}"`;
  let sql = `SELECT * FROM ${quoted(name)}`;
  if (scope !== 'comparable' && type === 'view') {
    const columns = db.prepare(sql).columns().map((c) => quoted(c.name)).join(', ');
    if (all.some((x) => x.name === `${name}_by_scope`)) sql = `SELECT ${columns} FROM ${quoted(`${name}_by_scope`)} WHERE scope = '${scope}'`;
  }
  const statement = db.prepare(sql);
  const columns = statement.columns();
  const jsonColumns = columns.filter((c) => c.table !== null && c.column !== null && JSON_COLUMNS.has(`${c.table}.${c.column}`)).map((c) => c.name);
  return { columns: columns.map((c) => c.name), jsonColumns, rows: statement.raw().iterate() as Iterable<unknown[]> };
}

export interface ReportActivity {
  municipality: string | null;
  municipalityCode: string | null;
  documentTitle: string | null;
  sourcePath: string;
  focusArea: string | null;
  activity: string;
  themes: string | null;
  /** The main subject of the activity's document (subjects.id). */
  subject: string | null;
  owner: string | null;
  ownerKind: string;
  status: string | null;
  statusRaw: string | null;
  confidence: number | null;
  page: number | null;
}

/** The rows of a report: those the comparison counts, or with the uncertain ones too. */
export function reportActivities(db: Db, scope: Exclude<Scope, 'all_versions'> = 'comparable'): ReportActivity[] {
  return db
    .prepare(
      `SELECT municipality, municipality_code AS municipalityCode, document_title AS documentTitle, source_path AS sourcePath,
              focus_area AS focusArea, activity, themes, (SELECT d.subject FROM documents d WHERE d.id = o.document_id) AS subject,
              owner, owner_kind AS ownerKind, status, status_raw AS statusRaw, confidence, page
       FROM activity_overview_by_scope o WHERE scope = ?
       ORDER BY municipality, document_id, activity_id`,
    )
    .all(scope) as ReportActivity[];
}

export interface StoredDocumentRef {
  id: number;
  sourcePath: string;
  title: string | null;
  municipalityCode: string | null;
  municipality: string | null;
}

/** A document by id, by path as stored, or by file name when that is unique. */
export function findDocument(db: Db, ref: string): StoredDocumentRef {
  const select = `SELECT d.id, d.source_path AS sourcePath, d.title, d.municipality_code AS municipalityCode, m.name AS municipality
                  FROM documents d LEFT JOIN municipalities m ON m.code = d.municipality_code`;
  if (/^\d+$/.test(ref)) {
    const row = db.prepare(`${select} WHERE d.id = ?`).get(Number(ref)) as StoredDocumentRef | undefined;
    if (row) return row;
  }
  const exact = db.prepare(`${select} WHERE d.source_path = ?`).get(ref) as StoredDocumentRef | undefined;
  if (exact) return exact;
  const byName = (db.prepare(select).all() as StoredDocumentRef[]).filter((d) => d.sourcePath.endsWith(`/${ref}`) || d.sourcePath === ref);
  if (byName.length === 1) return byName[0];
  throw new QueryError(byName.length > 1 ? `Unexpected '${ref}' naming ${byName.length} documents, expected one: give the path or id` : `Unexpected document '${ref}', expected a stored document's id or path`);
}
