import { groupFamilies, linkActivities, type Link } from '../extract/lineage.js';
import type { Db } from '../store/connection.js';
import { activitiesForLinking, familyCandidates, municipalitiesOf, replaceLineage, type MunicipalityLineage } from '../store/lineage.js';

/**
 * Rebuilds the plan families of some municipalities (all when none are
 * named), links the activities of each family's consecutive documents, and
 * gives linked activities a shared lineage id. Everything is worked out
 * first and written in one transaction: readers see the old lineage or the new one.
 */
export function relink(db: Db, municipalityCodes?: string[]): { families: number; links: number } {
  const codes = municipalityCodes ?? municipalitiesOf(db);
  const result: MunicipalityLineage[] = codes.map((code) => {
    const families = groupFamilies(familyCandidates(db, code)).map((family) => {
      const links: Link[] = [];
      // Each document is compared with the one before it and the one after: its activities are read once, and let go after.
      let earlier = family.members.length > 1 ? activitiesForLinking(db, family.members[0].documentId) : [];
      for (let i = 0; i + 1 < family.members.length; i++) {
        const later = activitiesForLinking(db, family.members[i + 1].documentId);
        links.push(...linkActivities(earlier, later));
        earlier = later;
      }
      return { family, links };
    });
    return { code, families, lineage: lineages(families.flatMap((f) => f.links)) };
  });
  replaceLineage(db, result);
  return { families: result.reduce((n, m) => n + m.families.length, 0), links: result.reduce((n, m) => n + m.families.reduce((k, f) => k + f.links.length, 0), 0) };
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
