import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { DocType } from '../core/types.js';
import { stem } from './stem.js';
import { LINEAGE } from '../lang/lineage.js';

/**
 * Lineage across documents: which documents of a municipality belong to one
 * plan (a strategy, its action plans, their follow-ups, versions of one
 * plan), and which activities of one are the same activity worded again in
 * the next. Pure functions; the pipeline reads and writes the database.
 */

export interface FamilyDoc {
  id: number;
  municipalityCode: string;
  docType: DocType;
  title: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  /** Date to order the family by: document date, adoption, or the start of its period. */
  date: string | null;
  /** The text, where references to other documents are looked for; read only when needed. */
  text: () => string;
  /** A family an analyst stated in the manifest. */
  manifestFamily: string | null;
}

export interface Membership {
  documentId: number;
  rule: string;
  evidence: Record<string, unknown>;
}

export interface Family {
  municipalityCode: string;
  label: string;
  periodStart: number | null;
  periodEnd: number | null;
  members: Membership[];
}

const PLAN_TYPES = new Set<DocType>(['strategi', 'handlingsplan', 'aktivitetsplan', 'program', 'policy']);

/** The family's name: its first document's title, with the period unless the title says it. */
function labelOf(d: FamilyDoc): string {
  const title = d.title ?? d.docType;
  return d.periodStart && !title.includes(String(d.periodStart)) ? `${title} ${d.periodStart}–${d.periodEnd}` : title;
}

function order(a: FamilyDoc, b: FamilyDoc): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || a.id - b.id;
}

/** The text names the plan: one of its type words within a few words of its period ('handlingsplan … 2019-2020'). */
function references(text: string, anchor: FamilyDoc): string | null {
  if (anchor.periodStart === null || anchor.periodEnd === null) return null;
  const range = `${anchor.periodStart}\\s*[-–]\\s*${anchor.periodEnd}`;
  const words = LINEAGE.typeWords[anchor.docType] ?? [];
  for (const w of words) {
    const m = new RegExp(`${w}[\\p{L}]*(?:\\s+\\S+){0,6}?\\s+${range}`, 'iu').exec(text);
    if (m) return m[0];
  }
  return null;
}

/**
 * Groups one municipality's documents into plan families. In order: the
 * manifest's family; plans of one type and one period (versions of a plan);
 * a plan or follow-up that names a family's plan with its period; a
 * follow-up whose period lies within a plan's. What joins nothing starts a
 * family of its own. A news item joins no family but may start one.
 */
export function groupFamilies(docs: FamilyDoc[]): Family[] {
  const families: Array<Family & { anchor: FamilyDoc }> = [];
  const start = (d: FamilyDoc, rule: string, evidence: Record<string, unknown>) =>
    families.push({ municipalityCode: d.municipalityCode, label: labelOf(d), periodStart: d.periodStart, periodEnd: d.periodEnd, members: [{ documentId: d.id, rule, evidence }], anchor: d });
  const sorted = [...docs].sort(order);
  const byManifest = new Map<string, Family & { anchor: FamilyDoc }>();
  for (const d of sorted) {
    if (d.manifestFamily) {
      const f = byManifest.get(`${d.municipalityCode}/${d.manifestFamily}`);
      if (f) f.members.push({ documentId: d.id, rule: 'manifest', evidence: { family: d.manifestFamily } });
      else {
        start(d, 'manifest', { family: d.manifestFamily });
        byManifest.set(`${d.municipalityCode}/${d.manifestFamily}`, families[families.length - 1]);
      }
      continue;
    }
    const same = (f: Family & { anchor: FamilyDoc }) => f.municipalityCode === d.municipalityCode;
    // Versions of one plan, or follow-ups of one period: the same type for the same years.
    const version = d.docType === 'nyhet' ? undefined : families.find((f) => same(f) && f.anchor.docType === d.docType && f.anchor.periodStart !== null && f.anchor.periodStart === d.periodStart && f.anchor.periodEnd === d.periodEnd);
    if (version) {
      version.members.push({ documentId: d.id, rule: 'family/same-type-and-period', evidence: { docType: d.docType, period: [d.periodStart, d.periodEnd] } });
      continue;
    }
    if (d.docType === 'nyhet') {
      start(d, 'family/first', { docType: d.docType });
      continue;
    }
    const named = families.filter((f) => same(f) && f.anchor.periodStart !== null);
    const text = named.length > 0 ? d.text() : '';
    const referenced = named.map((f) => ({ f, words: references(text, f.anchor) })).find((r) => r.words !== null);
    if (referenced) {
      referenced.f.members.push({ documentId: d.id, rule: 'family/reference', evidence: { names: referenced.words } });
      continue;
    }
    const within = d.docType === 'uppfoljning' && d.periodStart !== null
      ? families.find((f) => same(f) && PLAN_TYPES.has(f.anchor.docType) && f.periodStart !== null && f.periodEnd !== null && d.periodStart! >= f.periodStart && (d.periodEnd ?? d.periodStart!) <= f.periodEnd)
      : undefined;
    if (within) {
      within.members.push({ documentId: d.id, rule: 'family/within-period', evidence: { period: [d.periodStart, d.periodEnd], familyPeriod: [within.periodStart, within.periodEnd] } });
      continue;
    }
    start(d, 'family/first', { docType: d.docType, period: [d.periodStart, d.periodEnd] });
  }
  return families.map(({ anchor: _anchor, ...f }) => f);
}

export interface LinkActivity {
  id: number;
  text: string;
  focusArea: string | null;
  owner: string | null;
}

export type LinkKind = 'same' | 'reworded' | 'split' | 'merged';

export interface Link {
  from: number;
  to: number;
  kind: LinkKind;
  score: number;
  rule: string;
}

const stopWords = new Set(LINEAGE.stopWords);

/** The stems that carry an activity's meaning: numbering, punctuation and small words dropped. */
export function stemsOf(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[a-z][.)]|[•o\-–])\s+/u, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => !stopWords.has(w)).map(stem))];
}

/** Two stems agree when equal, or nearly so by Jaro–Winkler (a compound's other form, a typo). */
function agree(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && JaroWinklerDistance(a, b, {}) >= LINEAGE.stemAgreement);
}

function overlap(a: string[], b: string[]): number {
  let n = 0;
  const used = new Set<number>();
  for (const x of a) {
    const k = b.findIndex((y, i) => !used.has(i) && agree(x, y));
    if (k >= 0) {
      used.add(k);
      n++;
    }
  }
  return n;
}

/** Dice coefficient over stems: 1 for the same words, 0 for none in common. */
export function similarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * overlap(a, b)) / (a.length + b.length);
}

function containment(part: string[], whole: string[]): number {
  return part.length === 0 ? 0 : overlap(part, whole) / part.length;
}

const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** The text without its numbering, case and punctuation. */
const plain = (s: string) => norm(s.replace(/^\s*\d+(?:\.\d+)*[.)]?\s+/, ''));

interface Compared extends LinkActivity {
  stems: string[];
  area: string[];
  plain: string;
}

/**
 * An activity with what linking compares: its stems, its focus area's, its
 * plain text. Kept per activity, since a document in a family is compared
 * twice, with the one before it and with the one after.
 */
const comparedOf = new WeakMap<LinkActivity, Compared>();
function compared(x: LinkActivity): Compared {
  let c = comparedOf.get(x);
  if (!c) {
    c = { ...x, stems: stemsOf(x.text), area: stemsOf(x.focusArea ?? ''), plain: plain(x.text) };
    comparedOf.set(x, c);
  }
  return c;
}

/**
 * Links the activities of an earlier document to those of a later one. Each
 * pair is scored by the similarity of their stems, with a little more when
 * they stand under the same focus area or have the same owner; the best
 * pairs are linked one to one above a threshold. What is left is then linked
 * where its words stand within an activity of the other document: an
 * activity split in two, or two merged into one.
 */
export function linkActivities(before: LinkActivity[], after: LinkActivity[]): Link[] {
  const a = before.map(compared);
  const b = after.map(compared);
  // The same words in the same order are the same activity: linked first, and left out of the pairwise scoring.
  const exact: Array<{ i: number; j: number; score: number; text: number }> = [];
  const byText = new Map<string, number[]>();
  a.forEach((x, i) => {
    const same = byText.get(x.plain);
    if (same) same.push(i);
    else byText.set(x.plain, [i]);
  });
  b.forEach((y, j) => {
    const i = byText.get(y.plain)?.shift();
    if (i !== undefined) exact.push({ i, j, score: 1, text: 1 });
  });
  const takenA = new Set(exact.map((e) => e.i));
  const takenB = new Set(exact.map((e) => e.j));
  const pairs: Array<{ i: number; j: number; score: number; text: number }> = [];
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      if (takenA.has(i) || takenB.has(j)) return;
      const text = similarity(x.stems, y.stems);
      if (text < LINEAGE.candidate) return;
      const sameArea = x.area.length > 0 && similarity(x.area, y.area) >= 0.5 ? LINEAGE.sameFocusAreaBonus : 0;
      const sameOwner = x.owner && norm(x.owner) === norm(y.owner) ? LINEAGE.sameOwnerBonus : 0;
      pairs.push({ i, j, text, score: Math.min(1, text + sameArea + sameOwner) });
    }),
  );
  pairs.sort((p, q) => q.score - p.score || q.text - p.text);
  const links: Link[] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const p of [...exact, ...pairs]) {
    if (p.score < LINEAGE.threshold || usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    const same = a[p.i].plain === b[p.j].plain;
    links.push({ from: a[p.i].id, to: b[p.j].id, kind: same ? 'same' : 'reworded', score: round(p.score), rule: same ? 'link/same-text' : 'link/similar-text' });
  }
  // Split: new activities whose words stand in one earlier activity, carried on by another of them or by two at least.
  const parts = new Map<number, Array<{ j: number; c: number }>>();
  b.forEach((y, j) => {
    if (usedB.has(j) || y.stems.length < 2) return;
    const best = a.map((x, i) => ({ i, c: containment(y.stems, x.stems) })).sort((p, q) => q.c - p.c)[0];
    if (best && best.c >= LINEAGE.containment) parts.set(best.i, [...(parts.get(best.i) ?? []), { j, c: best.c }]);
  });
  for (const [i, found] of parts) {
    if (!usedA.has(i) && found.length < 2) continue;
    usedA.add(i);
    for (const { j, c } of found) {
      usedB.add(j);
      links.push({ from: a[i].id, to: b[j].id, kind: 'split', score: round(c), rule: 'link/split' });
    }
  }
  // Merged: an earlier activity whose words stand in a later one that already carries on another.
  a.forEach((x, i) => {
    if (usedA.has(i) || x.stems.length < 2) return;
    const best = b.map((y, j) => ({ j, c: containment(x.stems, y.stems) })).sort((p, q) => q.c - p.c)[0];
    if (best && best.c >= LINEAGE.containment && usedB.has(best.j)) {
      usedA.add(i);
      links.push({ from: x.id, to: b[best.j].id, kind: 'merged', score: round(best.c), rule: 'link/merged' });
    }
  });
  // One activity carried on by several is split; several carried on by one are merged.
  const outgoing = new Map<number, number>();
  const incoming = new Map<number, number>();
  for (const l of links) {
    outgoing.set(l.from, (outgoing.get(l.from) ?? 0) + 1);
    incoming.set(l.to, (incoming.get(l.to) ?? 0) + 1);
  }
  return links.map((l) => (outgoing.get(l.from)! > 1 ? { ...l, kind: 'split' } : incoming.get(l.to)! > 1 ? { ...l, kind: 'merged' } : l));
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export interface Diff {
  added: LinkActivity[];
  removed: LinkActivity[];
  same: Array<[LinkActivity, LinkActivity]>;
  reworded: Array<[LinkActivity, LinkActivity]>;
  moved: Array<[LinkActivity, LinkActivity]>;
  split: Array<[LinkActivity, LinkActivity]>;
  merged: Array<[LinkActivity, LinkActivity]>;
}

/** What changed from one version of a plan to the next, read off the links between their activities. */
export function diffActivities(before: LinkActivity[], after: LinkActivity[], links: Link[]): Diff {
  const a = new Map(before.map((x) => [x.id, x]));
  const b = new Map(after.map((x) => [x.id, x]));
  const linkedFrom = new Set(links.map((l) => l.from));
  const linkedTo = new Set(links.map((l) => l.to));
  const diff: Diff = { added: after.filter((x) => !linkedTo.has(x.id)), removed: before.filter((x) => !linkedFrom.has(x.id)), same: [], reworded: [], moved: [], split: [], merged: [] };
  for (const l of links) {
    const pair: [LinkActivity, LinkActivity] = [a.get(l.from)!, b.get(l.to)!];
    if (l.kind === 'split' || l.kind === 'merged') diff[l.kind].push(pair);
    else if (norm(pair[0].focusArea) !== norm(pair[1].focusArea)) diff.moved.push(pair);
    else diff[l.kind].push(pair);
  }
  return diff;
}
