import type { Extraction } from '../core/types.js';
import type { Gold } from './gold.js';
import { matchTexts, normaliseText, textsMatch } from './text-match.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  extracted: number;
  gold: number;
  matched: number;
}

export interface Accuracy {
  correct: number;
  total: number;
  /** null when nothing could be checked. */
  value: number | null;
}

export interface Scores {
  focusAreas: Prf;
  interventionAreas: Prf;
  activities: Prf;
  owner: Accuracy;
  status: Accuracy;
  track: Accuracy;
  /** Progress within 0.05 of the gold share. */
  progress: Accuracy;
  /** Goals (intervention areas) whose assessment light is the gold one. */
  goalTrack: Accuracy;
  years: Accuracy;
  assignment: Accuracy;
  metadata: Record<'municipality' | 'doc_type' | 'title' | 'period' | 'date' | 'adopted', boolean | null>;
}

function prf(extracted: number, gold: number, matched: number): Prf {
  const precision = extracted === 0 ? (gold === 0 ? 1 : 0) : matched / extracted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, extracted, gold, matched };
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, value: total === 0 ? null : correct / total };
}

/**
 * The names an activity's owner goes by, normalised: the lead owner as written
 * with its abbreviation and expanded name, and every further owner as written.
 */
function ownerNames(x: Extraction, a: Extraction['activities'][number]): Set<string> {
  const names = new Set<string>();
  const lead = a.ownerKey === null ? undefined : x.owners[a.ownerKey];
  for (const n of [lead?.abbr, lead?.name, ...(a.owners ?? []), a.ownerRaw]) if (n) names.add(normaliseText(n));
  return names;
}

/** Scores one document's extraction against its gold, as ../shared/gold/README.md defines. */
export function scoreExtraction(x: Extraction, gold: Gold): Scores {
  const topLevel = x.focusAreas.filter((f) => f.parentKey === null);
  const faPairs = matchTexts(topLevel.map((f) => f.title), gold.focus_areas.map((f) => f.title));
  const goldFaOfExtracted = new Map(faPairs.map(([i, j]) => [topLevel[i].key, gold.focus_areas[j].n]));

  const subs = x.focusAreas.filter((f) => f.parentKey !== null);
  const goldSubs = gold.focus_areas.flatMap((f) => f.sub_areas ?? []);
  const subPairs = matchTexts(subs.map((s) => s.title), goldSubs);

  const optional = gold.optional_activities;
  const acts = x.activities.filter((a) => !optional.some((o) => textsMatch(a.text, o)));
  const actPairs = matchTexts(acts.map((a) => a.text), gold.activities.map((g) => g.text));

  const topOf = (key: number | null): number | null => {
    let f = key === null ? undefined : x.focusAreas[key];
    while (f && f.parentKey !== null) f = x.focusAreas[f.parentKey];
    return f?.key ?? null;
  };
  let ownerOk = 0;
  let ownerN = 0;
  let statusOk = 0;
  let statusN = 0;
  let trackOk = 0;
  let trackN = 0;
  let yearsOk = 0;
  let yearsN = 0;
  let progressOk = 0;
  let progressN = 0;
  let faOk = 0;
  for (const [i, j] of actPairs) {
    const a = acts[i];
    const g = gold.activities[j];
    if (g.owner || g.owners_any) {
      ownerN++;
      const names = ownerNames(x, a);
      const wanted = g.owners_any ?? [g.owner!];
      if (wanted.some((o) => names.has(normaliseText(o)))) ownerOk++;
    }
    if (g.years) {
      yearsN++;
      if (a.years.length === g.years.length && g.years.every((y) => a.years.includes(y))) yearsOk++;
    }
    if (g.status) {
      statusN++;
      if (a.status === g.status || (a.status && g.status_any?.includes(a.status))) statusOk++;
    }
    if (g.track) {
      trackN++;
      if (a.track === g.track) trackOk++;
    }
    if (typeof g.progress === 'number') {
      progressN++;
      if (a.progress != null && Math.abs(a.progress - g.progress) <= 0.05) progressOk++;
    }
    const top = topOf(a.focusAreaKey);
    if (top !== null && goldFaOfExtracted.get(top) === g.fa) faOk++;
  }

  let goalOk = 0;
  const goalTracks = Object.entries(gold.goal_tracks ?? {});
  for (const [title, track] of goalTracks) {
    const hit = subPairs.find(([, j]) => textsMatch(goldSubs[j], title));
    if (hit && subs[hit[0]].track === track) goalOk++;
  }

  const m = x.metadata;
  const metadata: Scores['metadata'] = {
    municipality: m.municipality?.value === gold.municipality.code,
    doc_type: m.docType.value === gold.doc_type,
    title: gold.title_contains === undefined ? null : !!m.title && m.title.value.toLowerCase().includes(gold.title_contains.toLowerCase()),
    period: gold.period === undefined ? null : m.period?.value.start === gold.period.start && m.period?.value.end === gold.period.end,
    date: gold.date === undefined ? null : m.documentDate?.value === gold.date,
    adopted: gold.adopted === undefined ? null : m.adopted?.value.date === gold.adopted.date && m.adopted?.value.by === gold.adopted.by?.toLowerCase(),
  };
  return {
    focusAreas: prf(topLevel.length, gold.focus_areas.length, faPairs.length),
    interventionAreas: prf(subs.length, goldSubs.length, subPairs.length),
    activities: prf(acts.length, gold.activities.length, actPairs.length),
    owner: accuracy(ownerOk, ownerN),
    status: accuracy(statusOk, statusN),
    track: accuracy(trackOk, trackN),
    progress: accuracy(progressOk, progressN),
    goalTrack: accuracy(goalOk, goalTracks.length),
    years: accuracy(yearsOk, yearsN),
    assignment: accuracy(faOk, actPairs.length),
    metadata,
  };
}
