import { sourceSpan } from '../clean/offsets.js';
import type { Doc, Extraction, OwnerRow } from '../core/types.js';
import { extractMetadata } from './metadata.js';
import { TIME_WITHOUT_YEAR } from '../lang/timeline.js';
import { abbreviates, findAbbreviationDefinitions, type OwnerDefinition } from './rules/owners.js';
import { ownerKind } from './rules/owner-kind.js';
import { buildOutline } from './outline/build.js';
import { assignRoles } from './roles.js';
import { readLegend } from './constructions/legend.js';
import { assignThemes } from './themes.js';
import { documentSubjects } from './subject.js';
import { assignSdgs } from './sdgs.js';
import { normalizeTimeline } from './rules/timeline.js';
import { judgeByMarks, readPlanMarks } from './plan-marks.js';

/** Runs every rule over a document. Pure: reads the Doc, returns rows and messages. */
export function extract(doc: Doc): Extraction {
  const metadata = extractMetadata(doc);
  // A symbol's span in the text leads back to the picture it was written for.
  const pictures = new Map((doc.pictures ?? []).map((p) => [p.start, p]));
  const structure = assignRoles(buildOutline(doc), readLegend(doc), (start, end) => {
    const p = pictures.get(start);
    return p && p.end === end ? p : undefined;
  }, metadata.docType.value);
  const owners = resolveOwners(doc, structure.ownerNames, structure.activities);
  for (const row of [...structure.focusAreas, ...structure.activities]) row.source = sourceSpan(doc, row);
  assignThemes(structure.focusAreas, structure.activities);
  assignSdgs(doc, structure.focusAreas, structure.activities);
  const subjects = documentSubjects(doc, metadata, structure.focusAreas, structure.activities);
  const contextYear = metadata.period?.value.start ?? (metadata.documentDate ? Number(metadata.documentDate.value.slice(0, 4)) : null);
  for (const a of structure.activities) {
    // A time within a year written without it ('vecka 26–32', '6–24 juli') falls in the year the document speaks of.
    if (!a.years.length && a.timeRaw && contextYear !== null && TIME_WITHOUT_YEAR.pattern.test(a.timeRaw)) a.years = [contextYear];
    const timeline = a.timeRaw ? normalizeTimeline(a.timeRaw, contextYear) : null;
    a.timeStart = timeline?.start ?? null;
    a.timeEnd = timeline?.end ?? null;
    a.timeRule = timeline?.rule ?? null;
  }
  // A plan read in part says so: its text shows more of a plan's marks than its rows hold.
  const judged = judgeByMarks(structure.outcome, structure.activities, readPlanMarks(doc));
  if (judged.message) {
    structure.messages = structure.messages.filter((m) => m.ruleId !== 'extract/no-plan' && m.ruleId !== 'extract/partial-plan');
    structure.messages.push(judged.message);
  }
  return { outcome: judged.outcome, metadata, focusAreas: structure.focusAreas, owners, activities: structure.activities, subjects, messages: structure.messages };
}

/**
 * Owners: abbreviations the document defines, units it lists as responsible,
 * and every owner an activity names. An undefined abbreviation ('KLK') is
 * resolved to the listed unit whose letters it abbreviates ('Kommunledningskontoret').
 */
function resolveOwners(doc: Doc, listed: OwnerDefinition[], activities: Extraction['activities']): OwnerRow[] {
  const owners: OwnerRow[] = [];
  const add = (abbr: string | null, name: string, rule: string): OwnerRow => {
    const existing = owners.find((o) => (abbr && o.abbr === abbr) || o.name.toLowerCase() === name.toLowerCase());
    if (existing) {
      existing.abbr ??= abbr;
      return existing;
    }
    const row = { key: owners.length, abbr, name, rule };
    owners.push(row);
    return row;
  };
  for (const d of findAbbreviationDefinitions(doc.text)) add(d.abbr, d.name, d.rule);
  for (const d of listed) add(d.abbr, d.name, d.rule);
  for (const a of activities) {
    // Several units sharing an activity are written 'A; B'; the first one leads.
    const raw = (a.owners?.[0] ?? a.ownerRaw?.split(';')[0])?.trim();
    if (!raw) continue;
    const key = (name: string) => name.toLowerCase().replace(/\.$/, '');
    let owner = owners.find((o) => o.abbr === raw || key(o.name) === key(raw));
    if (!owner && /^[A-ZÅÄÖ]{2,6}$/.test(raw)) {
      const candidates = owners.filter((o) => o.abbr === null && abbreviates(raw, o.name));
      if (candidates.length === 1) {
        candidates[0].abbr = raw;
        candidates[0].rule = 'owner/abbreviation-inferred';
        owner = candidates[0];
      }
    }
    owner ??= add(/^[A-ZÅÄÖ]{2,6}$/.test(raw) ? raw : null, raw, 'owner/as-written');
    a.ownerKey = owner.key;
  }
  for (const o of owners) ({ kind: o.kind, rule: o.kindRule } = ownerKind(o.name, o.abbr));
  for (const a of activities) {
    const lead = a.ownerKey === null ? undefined : owners[a.ownerKey];
    a.ownerKind = lead?.kind ?? 'okand';
    a.ownerKindRule = lead?.kindRule ?? 'owner-kind/no-owner';
  }
  return owners;
}
