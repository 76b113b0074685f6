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

export function themeMatrix(db: Db, filter: { themes?: string[]; municipalities?: string[] } = {}): ThemeCell[] {
  const rows = db
    .prepare(
      `SELECT municipality_code AS municipalityCode, municipality, theme_id AS themeId, label_sv AS labelSv, label_en AS labelEn,
              focus_areas AS focusAreas, activities, with_status AS withStatus, done, share_done AS shareDone
       FROM theme_matrix ORDER BY municipality, theme_id`,
    )
    .all() as ThemeCell[];
  return rows.filter((r) => (!filter.themes?.length || filter.themes.includes(r.themeId)) && (!filter.municipalities?.length || filter.municipalities.includes(r.municipalityCode)));
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
  stopped: number;
  unknown: number;
  noStatus: number;
}

export function statusShares(db: Db, municipalities: string[] = []): StatusShare[] {
  const rows = db
    .prepare(
      `SELECT municipality_code AS municipalityCode, municipality, documents, activities, not_started AS notStarted, started, ongoing,
              done, stopped, unknown, no_status AS noStatus
       FROM municipality_status_counts ORDER BY municipality`,
    )
    .all() as StatusShare[];
  return rows.filter((r) => municipalities.length === 0 || municipalities.includes(r.municipalityCode));
}

export function themeIds(db: Db): Array<{ id: string; labelSv: string; labelEn: string }> {
  return db.prepare('SELECT id, label_sv AS labelSv, label_en AS labelEn FROM themes ORDER BY rowid').all() as Array<{ id: string; labelSv: string; labelEn: string }>;
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

/** Every row of a table or view, one at a time, with its column names. */
export function rowsOf(db: Db, name: string, type: 'table' | 'view'): { columns: string[]; rows: Iterable<unknown[]> } {
  const known = exportable(db).find((x) => x.name === name && x.type === type);
  if (!known) throw new QueryError(`Unexpected ${type} '${name}', expected one of: ${exportable(db).filter((x) => x.type === type).map((x) => x.name).join(', ')}`);
  const statement = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`);
  return { columns: statement.columns().map((c) => c.name), rows: statement.raw().iterate() as Iterable<unknown[]> };
}

export interface ReportActivity {
  municipality: string | null;
  municipalityCode: string | null;
  documentTitle: string | null;
  sourcePath: string;
  focusArea: string | null;
  activity: string;
  themes: string | null;
  owner: string | null;
  status: string | null;
  statusRaw: string | null;
  page: number | null;
}

export function reportActivities(db: Db): ReportActivity[] {
  return db
    .prepare(
      `SELECT municipality, municipality_code AS municipalityCode, document_title AS documentTitle, source_path AS sourcePath,
              focus_area AS focusArea, activity, themes, owner, status, status_raw AS statusRaw, page
       FROM activity_overview ORDER BY municipality, document_id, activity_id`,
    )
    .all() as ReportActivity[];
}

/** A document's activities as lineage compares them: text, focus area (the top one) and owner. */
export function activitiesForLinking(db: Db, documentId: number): Array<{ id: number; text: string; focusArea: string | null; owner: string | null }> {
  return db
    .prepare(
      `SELECT a.id, a.text, COALESCE(p.title, f.title) AS focusArea, COALESCE(o.name, a.owner_raw) AS owner
       FROM activities a LEFT JOIN focus_areas f ON f.id = a.focus_area_id LEFT JOIN focus_areas p ON p.id = f.parent_id
       LEFT JOIN owners o ON o.id = a.owner_id WHERE a.document_id = ? ORDER BY a.id`,
    )
    .all(documentId) as Array<{ id: number; text: string; focusArea: string | null; owner: string | null }>;
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
