import type { DocType } from '../core/types.js';
import type { Family, FamilyDoc, Link } from '../extract/lineage.js';
import { prepared, type Db } from './connection.js';

/** Plan families, links and lineage ids: what `relink` reads and writes. */

/** Municipalities with stored documents: all of them, or those of the documents named. */
export function municipalitiesOf(db: Db, documentIds?: number[]): string[] {
  const rows = documentIds
    ? prepared(db, 'SELECT DISTINCT municipality_code AS code FROM documents WHERE municipality_code IS NOT NULL AND id IN (SELECT value FROM json_each(?))').all(JSON.stringify(documentIds))
    : prepared(db, 'SELECT DISTINCT municipality_code AS code FROM documents WHERE municipality_code IS NOT NULL').all();
  return (rows as Array<{ code: string }>).map((r) => r.code);
}

/** A municipality's present documents as the family rules see them; texts are read one at a time, when a rule asks. */
export function familyCandidates(db: Db, code: string): FamilyDoc[] {
  const text = prepared(db, 'SELECT text FROM documents WHERE id = ?');
  const rows = prepared(
    db,
    `SELECT id, municipality_code AS municipalityCode, doc_type AS docType, title, period_start AS periodStart, period_end AS periodEnd,
            COALESCE(document_date, adopted_date, CASE WHEN period_start IS NOT NULL THEN period_start || '-01-01' END) AS date,
            family_label AS manifestFamily
     FROM documents WHERE municipality_code = ? AND missing_since IS NULL ORDER BY id`,
  ).all(code) as Array<Omit<FamilyDoc, 'text'> & { docType: DocType }>;
  // A municipality may have thousands of documents: a text is fetched only when a rule needs it.
  return rows.map((d) => ({ ...d, text: () => (text.get(d.id) as { text: string }).text }));
}

/** A document's activities as lineage compares them: text, focus area (the top one) and owner. */
export function activitiesForLinking(db: Db, documentId: number): Array<{ id: number; text: string; focusArea: string | null; owner: string | null }> {
  return prepared(
    db,
    `SELECT a.id, a.text, COALESCE(p.title, f.title) AS focusArea, COALESCE(o.name, a.owner_raw) AS owner
     FROM activities a LEFT JOIN focus_areas f ON f.id = a.focus_area_id LEFT JOIN focus_areas p ON p.id = f.parent_id
     LEFT JOIN owners o ON o.id = a.owner_id WHERE a.document_id = ? ORDER BY a.id`,
  ).all(documentId) as Array<{ id: number; text: string; focusArea: string | null; owner: string | null }>;
}

export interface MunicipalityLineage {
  code: string;
  families: Array<{ family: Family; links: Link[] }>;
  /** Activity id → lineage id. */
  lineage: Map<number, number>;
}

/** Replaces the families, links and lineage ids of the municipalities given, in one transaction: readers see the old lineage or the new. */
export function replaceLineage(db: Db, municipalities: MunicipalityLineage[]): void {
  const clearFamilies = prepared(db, 'DELETE FROM plan_families WHERE municipality_code = ?');
  const clearLineage = prepared(db, 'UPDATE activities SET lineage_id = NULL WHERE document_id IN (SELECT id FROM documents WHERE municipality_code = ?)');
  const insertFamily = prepared(db, 'INSERT INTO plan_families (municipality_code, label, period_start, period_end) VALUES (?, ?, ?, ?)');
  const insertMember = prepared(db, 'INSERT INTO family_members (family_id, document_id, position, rule, evidence) VALUES (?, ?, ?, ?, ?)');
  const insertLink = prepared(db, 'INSERT INTO activity_links (family_id, from_activity_id, to_activity_id, kind, score, rule) VALUES (?, ?, ?, ?, ?, ?)');
  const setLineage = prepared(db, 'UPDATE activities SET lineage_id = ? WHERE id = ?');
  db.transaction(() => {
    for (const m of municipalities) {
      clearFamilies.run(m.code);
      clearLineage.run(m.code);
      for (const { family, links } of m.families) {
        const familyId = Number(insertFamily.run(m.code, family.label, family.periodStart, family.periodEnd).lastInsertRowid);
        family.members.forEach((member, i) => insertMember.run(familyId, member.documentId, i + 1, member.rule, JSON.stringify(member.evidence)));
        for (const l of links) insertLink.run(familyId, l.from, l.to, l.kind, l.score, l.rule);
      }
      for (const [id, lineage] of m.lineage) setLineage.run(lineage, id);
    }
  })();
}

export interface StatusChange {
  fromActivityId: number;
  toActivityId: number;
  activity: string;
  fromStatus: string | null;
  toStatus: string | null;
  fromTrack: string | null;
  toTrack: string | null;
  regression: number;
}

/** Rows of the status_changes view from document A to document B (linked activities of one family). */
export function statusChanges(db: Db, fromDocumentId: number, toDocumentId: number): StatusChange[] {
  return prepared(
    db,
    `SELECT from_activity_id AS fromActivityId, to_activity_id AS toActivityId, activity, from_status AS fromStatus, to_status AS toStatus,
            from_track AS fromTrack, to_track AS toTrack, regression
     FROM status_changes WHERE from_document_id = ? AND to_document_id = ? ORDER BY to_activity_id`,
  ).all(fromDocumentId, toDocumentId) as StatusChange[];
}

/** Whether the family links join A's activities to B's (then status_changes holds their changes). */
export function linkedInFamily(db: Db, fromDocumentId: number, toDocumentId: number): boolean {
  return (
    prepared(
      db,
      `SELECT 1 FROM activity_links l JOIN activities a ON a.id = l.from_activity_id JOIN activities b ON b.id = l.to_activity_id
       WHERE a.document_id = ? AND b.document_id = ? LIMIT 1`,
    ).get(fromDocumentId, toDocumentId) !== undefined
  );
}

/** Status, light and rank of activities by id: the changes of two documents that are not linked in a family, from the pairs diff links. */
export function activityStates(db: Db, ids: number[]): Map<number, { status: string | null; track: string | null; rank: number | null }> {
  const rows = prepared(db, 'SELECT id, status, track, status_rank AS rank FROM activities WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{
    id: number;
    status: string | null;
    track: string | null;
    rank: number | null;
  }>;
  return new Map(rows.map((r) => [r.id, r]));
}
