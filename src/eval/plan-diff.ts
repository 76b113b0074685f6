import type { ActivityRow, Extraction } from '../core/types.js';
import { matchTexts, normaliseText, textsMatch } from './text-match.js';

/** What can differ between two readings of one plan, each counted per activity or focus area. */
export const DIFFERENCE_KINDS = [
  'missing activity',
  'extra activity',
  'missing focus area',
  'extra focus area',
  'focus area lost',
  'focus area differs',
  'owner lost',
  'owner gained',
  'owner differs',
  'status lost',
  'status gained',
  'status differs',
  'years lost',
  'years gained',
  'years differ',
  'track lost',
  'track differs',
] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

export interface Difference {
  kind: DifferenceKind;
  /** The rule (construction) that made the row in the reference plan, or in the other plan for an extra row. */
  rule: string;
  /** The activity or focus area it is about, as the reference reads it. */
  text: string;
  /** The value in the reference and in the other reading, where the kind compares values. */
  reference?: string | null;
  other?: string | null;
}

export interface PlanDiff {
  /** Activities of the reference plan. */
  activities: number;
  /** Of those, found in the other plan. */
  matched: number;
  /** Of the reference's activities, those found with the same owner, status and years: 0–1 (1 for an empty reference). */
  equalShare: number;
  differences: Difference[];
}

export interface PlanDiffOptions {
  /** Compare traffic lights too (not across a transcript, which loses colours). Default true. */
  track?: boolean;
  /**
   * Compare the statuses the reference read from a graphic alone (an icon, a drawn bar, a cell's
   * fill; see GRAPHIC_STATUS_SOURCES) too. A transcript holds the text only, so it cannot carry
   * them, as it cannot carry a light. Default true.
   */
  graphicStatus?: boolean;
}

/** The sources of a status (ActivityRow.statusSource) that the document shows by a drawing, not by text. */
export const GRAPHIC_STATUS_SOURCES: readonly string[] = ['icon', 'bar', 'fill'];

/** The rule's first construction: 'table-row+owner-column' → 'table-row'. */
const ruleHead = (rule: string) => rule.split('+')[0];

const ownerOf = (a: ActivityRow) => (a.ownerRaw === null ? null : normaliseText(a.ownerRaw));
const yearsOf = (a: ActivityRow) => (a.years.length ? [...a.years].sort().join(',') : null);

/** Compares one field: lost (reference has it, other not), gained, or differs. */
function compareField<T extends string | null>(ref: T, other: T, lost: DifferenceKind, gained: DifferenceKind, differs: DifferenceKind): DifferenceKind | null {
  if (ref === other) return null;
  if (other === null) return lost;
  if (ref === null) return gained;
  return differs;
}

function topTitle(x: Extraction, key: number | null): string | null {
  let f = key === null ? undefined : x.focusAreas[key];
  while (f && f.parentKey !== null) f = x.focusAreas[f.parentKey];
  return f?.title ?? null;
}

/**
 * The plan read from one form of a document set against the plan read from
 * another (the reference): which activities and focus areas one has and the
 * other lacks, and of the activities both have, whose owner, status, years,
 * focus area or traffic light differ. Each difference names the rule that
 * made the row, so differences can be grouped by construction.
 */
export function comparePlans(reference: Extraction, other: Extraction, options: PlanDiffOptions = {}): PlanDiff {
  const compareTrack = options.track ?? true;
  const compareGraphic = options.graphicStatus ?? true;
  const differences: Difference[] = [];
  const refTop = reference.focusAreas.filter((f) => f.parentKey === null);
  const otherTop = other.focusAreas.filter((f) => f.parentKey === null);
  const faPairs = matchTexts(otherTop.map((f) => f.title), refTop.map((f) => f.title));
  const faMatchedRef = new Set(faPairs.map(([, j]) => j));
  const faMatchedOther = new Set(faPairs.map(([i]) => i));
  refTop.forEach((f, j) => faMatchedRef.has(j) || differences.push({ kind: 'missing focus area', rule: ruleHead(f.rule), text: f.title }));
  otherTop.forEach((f, i) => faMatchedOther.has(i) || differences.push({ kind: 'extra focus area', rule: ruleHead(f.rule), text: f.title }));

  const pairs = matchTexts(other.activities.map((a) => a.text), reference.activities.map((a) => a.text));
  const otherOf = new Map(pairs.map(([i, j]) => [j, other.activities[i]]));
  const matchedOther = new Set(pairs.map(([i]) => i));
  let equal = 0;
  reference.activities.forEach((ref, j) => {
    const rule = ruleHead(ref.rule);
    const text = ref.text;
    const o = otherOf.get(j);
    if (!o) {
      differences.push({ kind: 'missing activity', rule, text });
      return;
    }
    let same = true;
    const field = (kind: DifferenceKind | null, a: string | null, b: string | null, counts = true) => {
      if (!kind) return;
      if (counts) same = false;
      differences.push({ kind, rule, text, reference: a, other: b });
    };
    field(compareField(ownerOf(ref), ownerOf(o), 'owner lost', 'owner gained', 'owner differs'), ref.ownerRaw, o.ownerRaw);
    if (compareGraphic || !GRAPHIC_STATUS_SOURCES.includes(ref.statusSource ?? '')) field(compareField(ref.status, o.status, 'status lost', 'status gained', 'status differs'), ref.status, o.status);
    field(compareField(yearsOf(ref), yearsOf(o), 'years lost', 'years gained', 'years differ'), yearsOf(ref), yearsOf(o));
    if (same) equal++;
    const refFa = topTitle(reference, ref.focusAreaKey);
    const otherFa = topTitle(other, o.focusAreaKey);
    if (refFa !== null && otherFa === null) field('focus area lost', refFa, null, false);
    else if (refFa !== null && otherFa !== null && !textsMatch(otherFa, refFa)) field('focus area differs', refFa, otherFa, false);
    if (compareTrack && ref.track !== null && ref.track !== o.track) field(o.track === null ? 'track lost' : 'track differs', ref.track, o.track, false);
  });
  other.activities.forEach((a, i) => matchedOther.has(i) || differences.push({ kind: 'extra activity', rule: ruleHead(a.rule), text: a.text }));
  const n = reference.activities.length;
  return { activities: n, matched: pairs.length, equalShare: n === 0 ? 1 : equal / n, differences };
}

/** Differences counted by kind and, within a kind, by the construction that made the row: 'missing activity' → {'table-row': 3}. */
export function groupDifferences(differences: Difference[]): Record<string, Record<string, number>> {
  const groups: Record<string, Record<string, number>> = {};
  for (const d of differences) {
    const g = (groups[d.kind] ??= {});
    g[d.rule] = (g[d.rule] ?? 0) + 1;
  }
  return groups;
}
