import type { ActivityRow, Doc, FocusAreaRow, Metadata, SubjectAssignment, SubjectEvidence, ThemeHit } from '../core/types.js';
import { SUBJECTS } from '../lang/subjects.js';
import { subjectThemes } from './themes.js';
import type { TermHit } from './taxonomy-match.js';

/**
 * A document's subject: the policy area a reader would file it under, with
 * the secondary areas it also plans for. Four sources, weighed:
 * - the title ('Avfallsplan', 'Handlingsplan för klimat och energi'), which
 *   names the subject when it names one;
 * - the masthead (the first blocks and the running header: 'Socialförvaltningen',
 *   a subtitle), which often does when the title does not ('Aktivitetsplan 2024');
 * - the adopting body, when it is a committee of one area ('Kultur- och fritidsnämnden');
 * - the text: the share of focus areas and activities on each area, and the
 *   share of the prose's subject words. A plan's rows outweigh its prose, so a
 *   näringslivsprogram that mentions the climate once stays a näringslivsprogram.
 */
export const SUBJECT_WEIGHTS = {
  title: 4,
  masthead: 2,
  body: 1.5,
  /** Times the share of focus areas and activities (own themes) on the area. */
  rows: 5,
  /** Times the share of the prose's subject words that are the area's. */
  prose: 3,
} as const;

/** The least score a main subject needs: a title word alone, or a clear majority of the text. */
const MAIN_MIN = 1.5;
/** A secondary subject needs this share of the main's score … */
const SECONDARY_SHARE = 0.4;
/** … and either a word in the title or masthead, or this share of the rows or of the prose. */
const SECONDARY_TEXT_SHARE = 0.2;
/** Blocks read as the masthead: the first ones, before the plan begins. */
const MASTHEAD_BLOCKS = 8;
/** A masthead line is at most this long. */
const MASTHEAD_LINE_MAX = 100;
/** Rows counted for the text share need this many to say anything. */
const ROWS_MIN = 3;

const SOURCE_ORDER: Array<SubjectEvidence['source']> = ['title', 'masthead', 'body', 'text'];

interface Tally {
  score: number;
  evidence: SubjectEvidence[];
  textShare: number;
  /** The title names it. */
  named: boolean;
}

function termsBySubject(hits: TermHit[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const h of hits) out.set(h.id, [...new Set([...(out.get(h.id) ?? []), h.term])]);
  return out;
}

function ownSubjects(themes: ThemeHit[] | undefined, ids: Set<string>): string[] {
  return (themes ?? []).filter((t) => !t.inherited && ids.has(t.theme)).map((t) => t.theme);
}

function mastheadText(doc: Doc, title: string | null): string {
  const furniture = doc.blocks.filter((b) => b.kind === 'furniture' && (b.page ?? 1) <= 2).slice(0, 4);
  const head = doc.blocks.filter((b) => b.kind !== 'furniture' && b.kind !== 'row').slice(0, MASTHEAD_BLOCKS);
  // Headings and short lines only: the masthead names, it does not argue.
  const texts = [...furniture, ...head].map((b) => doc.text.slice(b.start, b.end)).filter((t) => t.length <= MASTHEAD_LINE_MAX);
  if (doc.containerTitle) texts.push(doc.containerTitle);
  // The title is weighed on its own; the masthead adds what stands beside it.
  return texts.filter((t) => !title || t.trim() !== title.trim()).join('\n');
}

function proseShares(doc: Doc): Map<string, { share: number; terms: string[] }> {
  const counts = new Map<string, { n: number; terms: Map<string, number> }>();
  let total = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'furniture') continue;
    for (const h of subjectThemes.hits(doc.text.slice(b.start, b.end))) {
      const c = counts.get(h.id) ?? { n: 0, terms: new Map() };
      c.n++;
      c.terms.set(h.term, (c.terms.get(h.term) ?? 0) + 1);
      counts.set(h.id, c);
      total++;
    }
  }
  const out = new Map<string, { share: number; terms: string[] }>();
  for (const [id, c] of counts) {
    const terms = [...c.terms.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([t]) => t);
    out.set(id, { share: c.n / total, terms });
  }
  return out;
}

/** The document's subjects, main first, each with its rule and evidence; empty when nothing says. */
export function documentSubjects(doc: Doc, metadata: Metadata, focusAreas: FocusAreaRow[], activities: ActivityRow[]): SubjectAssignment[] {
  const tallies = new Map<string, Tally>(SUBJECTS.map((s) => [s.id, { score: 0, evidence: [], textShare: 0, named: false }]));
  const add = (id: string, source: SubjectEvidence['source'], weight: number, terms: string[], named = false) => {
    const t = tallies.get(id)!;
    const w = Math.round(weight * 1000) / 1000;
    t.score += w;
    t.evidence.push({ source, terms, weight: w });
    t.named ||= named;
  };
  const title = metadata.title?.value ?? null;
  // A title and masthead name their subject; names in them are part of what they say ('Kultur- och fritidsnämnden').
  if (title) for (const [id, terms] of termsBySubject(subjectThemes.hits(title, { names: true }))) add(id, 'title', SUBJECT_WEIGHTS.title, terms, true);
  // A masthead that names several areas (a unit, a subtitle listing goals) speaks for each less.
  const masthead = termsBySubject(subjectThemes.hits(mastheadText(doc, title), { names: true }));
  for (const [id, terms] of masthead) add(id, 'masthead', SUBJECT_WEIGHTS.masthead / masthead.size, terms);
  const body = metadata.adopted?.value.by;
  if (body) for (const [id, terms] of termsBySubject(subjectThemes.hits(body, { names: true }))) add(id, 'body', SUBJECT_WEIGHTS.body, terms);

  const ids = new Set(SUBJECTS.map((s) => s.id));
  const rows = [...focusAreas, ...activities];
  if (rows.length >= ROWS_MIN) {
    const counts = new Map<string, number>();
    for (const r of rows) for (const id of new Set(ownSubjects(r.themes, ids))) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [id, n] of counts) {
      const share = n / rows.length;
      add(id, 'text', SUBJECT_WEIGHTS.rows * share, [`${n} of ${rows.length} focus areas and activities`]);
      tallies.get(id)!.textShare = Math.max(tallies.get(id)!.textShare, share);
    }
  }
  for (const [id, p] of proseShares(doc)) {
    add(id, 'text', SUBJECT_WEIGHTS.prose * p.share, p.terms);
    tallies.get(id)!.textShare = Math.max(tallies.get(id)!.textShare, p.share);
  }

  const ranked = [...tallies.entries()].filter(([, t]) => t.score > 0).sort((a, b) => b[1].score - a[1].score);
  if (ranked.length === 0 || ranked[0][1].score < MAIN_MIN) return [];
  const [mainId, main] = ranked[0];
  const out: SubjectAssignment[] = [assignment(mainId, main, true)];
  for (const [id, t] of ranked.slice(1)) {
    if (t.score < SECONDARY_SHARE * main.score) break;
    if (t.named || t.textShare >= SECONDARY_TEXT_SHARE) out.push(assignment(id, t, false));
  }
  return out;
}

function assignment(id: string, t: Tally, main: boolean): SubjectAssignment {
  // Evidence of one source is summed into one entry per source, strongest first.
  const bySource = new Map<string, SubjectEvidence>();
  for (const e of t.evidence) {
    const s = bySource.get(e.source);
    if (s) {
      s.weight = Math.round((s.weight + e.weight) * 1000) / 1000;
      s.terms = [...new Set([...s.terms, ...e.terms])];
    } else bySource.set(e.source, { ...e });
  }
  const evidence = [...bySource.values()].sort((a, b) => b.weight - a.weight);
  // The rule names the most direct source that speaks for the subject: what the document calls itself before what its text is about.
  const rule = SOURCE_ORDER.find((s) => bySource.has(s))!;
  return { subject: id, main, score: Math.round(t.score * 1000) / 1000, rule: `subject/${rule}`, evidence };
}
