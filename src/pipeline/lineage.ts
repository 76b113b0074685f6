import type { DocType } from '../core/types.js';
import { groupFamilies, linkActivities, type FamilyDoc, type Link } from '../extract/lineage.js';
import { activitiesForLinking } from '../store/queries.js';
import type { Db } from '../store/connection.js';

/**
 * Rebuilds the plan families of some municipalities (all when none are
 * named), links the activities of each family's consecutive documents, and
 * gives linked activities a shared lineage id. One transaction: readers see
 * the old lineage or the new one.
 */
export function relink(db: Db, municipalityCodes?: string[]): { families: number; links: number } {
  const codes =
    municipalityCodes ?? (db.prepare('SELECT DISTINCT municipality_code AS code FROM documents WHERE municipality_code IS NOT NULL').all() as Array<{ code: string }>).map((r) => r.code);
  let families = 0;
  let links = 0;
  const docsOf = db.prepare(
    `SELECT id, municipality_code AS municipalityCode, doc_type AS docType, title, period_start AS periodStart, period_end AS periodEnd,
            COALESCE(document_date, adopted_date, CASE WHEN period_start IS NOT NULL THEN period_start || '-01-01' END) AS date,
            family_label AS manifestFamily
     FROM documents WHERE municipality_code = ? AND missing_since IS NULL ORDER BY id`,
  );
  const textOf = db.prepare('SELECT text FROM documents WHERE id = ?');
  const insertFamily = db.prepare('INSERT INTO plan_families (municipality_code, label, period_start, period_end) VALUES (?, ?, ?, ?)');
  const insertMember = db.prepare('INSERT INTO family_members (family_id, document_id, position, rule, evidence) VALUES (?, ?, ?, ?, ?)');
  const insertLink = db.prepare('INSERT INTO activity_links (family_id, from_activity_id, to_activity_id, kind, score, rule) VALUES (?, ?, ?, ?, ?, ?)');
  const setLineage = db.prepare('UPDATE activities SET lineage_id = ? WHERE id = ?');
  db.transaction(() => {
    for (const code of codes) {
      db.prepare('DELETE FROM plan_families WHERE municipality_code = ?').run(code);
      db.prepare('UPDATE activities SET lineage_id = NULL WHERE document_id IN (SELECT id FROM documents WHERE municipality_code = ?)').run(code);
      // Texts are read one at a time, when a rule asks for one: a municipality may have thousands of documents.
      const docs = (docsOf.all(code) as Array<Omit<FamilyDoc, 'text'> & { docType: DocType }>).map((d) => ({ ...d, text: () => (textOf.get(d.id) as { text: string }).text }));
      const all: Link[] = [];
      for (const family of groupFamilies(docs)) {
        const familyId = Number(insertFamily.run(code, family.label, family.periodStart, family.periodEnd).lastInsertRowid);
        families++;
        family.members.forEach((m, i) => insertMember.run(familyId, m.documentId, i + 1, m.rule, JSON.stringify(m.evidence)));
        for (let i = 0; i + 1 < family.members.length; i++) {
          const found = linkActivities(activitiesForLinking(db, family.members[i].documentId), activitiesForLinking(db, family.members[i + 1].documentId));
          for (const l of found) insertLink.run(familyId, l.from, l.to, l.kind, l.score, l.rule);
          all.push(...found);
        }
      }
      links += all.length;
      for (const [id, lineage] of lineages(all)) setLineage.run(lineage, id);
    }
  })();
  return { families, links };
}

/** Activities joined by links, each with the smallest activity id of its chain. */
function lineages(links: Link[]): Map<number, number> {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const l of links) {
    for (const x of [l.from, l.to]) if (!parent.has(x)) parent.set(x, x);
    const [a, b] = [find(l.from), find(l.to)];
    parent.set(Math.max(a, b), Math.min(a, b));
  }
  return new Map([...parent.keys()].map((x) => [x, find(x)]));
}
