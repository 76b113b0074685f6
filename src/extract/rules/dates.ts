import { sv } from '../../lang/pattern.js';
import { defineRule } from '../rule.js';
import { ADOPTING_BODY } from '../../lang/structure.js';
import { DECISION_DATE_LABEL, MINUTES_ADOPTION } from '../../lang/doc-types.js';
import { DECISION_VERB as DECISION_VERB_WORDS, MONTH_WORD, monthNumber } from '../../lang/months.js';

export interface DateHit {
  date: string;
  start: number;
  end: number;
  rule: string;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ISO_DATE = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
const WRITTEN_DATE = sv(`\\b(\\d{1,2})\\s+(${MONTH_WORD})\\s+((?:19|20)\\d\\d)\\b`, 'i');

/** The first date in a text, ISO ('2016-03-08') or written ('9 november 2020'). */
export function firstDate(text: string): DateHit | null {
  const a = ISO_DATE.exec(text);
  const b = WRITTEN_DATE.exec(text);
  const hits: DateHit[] = [];
  if (a) {
    const d = iso(Number(a[1]), Number(a[2]), Number(a[3]));
    if (d) hits.push({ date: d, start: a.index, end: a.index + a[0].length, rule: 'date/iso' });
  }
  if (b) {
    const d = iso(Number(b[3]), monthNumber(b[2]) ?? 0, Number(b[1]));
    if (d) hits.push({ date: d, start: b.index, end: b.index + b[0].length, rule: 'date/written' });
  }
  return hits.sort((p, q) => p.start - q.start)[0] ?? null;
}

export const firstDateRule = defineRule<string | null>({
  id: 'date/first',
  version: 1,
  description: 'First ISO or written Swedish date in a text.',
  examples: [
    { input: 'Tjänsteskrivelse | 2016-03-08 | Södertälje kommun', output: '2016-03-08' },
    { input: 'Den 9 november 2020 godkände kommunfullmäktige', output: '2020-11-09' },
    { input: 'under 2019', output: null },
  ],
  apply: (text) => firstDate(text)?.date ?? null,
});

const BODY = `(${ADOPTING_BODY})`;
const DATE = `((?:19|20)\\d\\d-\\d\\d-\\d\\d|\\d{1,2}\\s+${MONTH_WORD}\\s+(?:19|20)\\d\\d)`;

/** Adoption as decisions are written: 'Den 9 november 2020 godkände kommunfullmäktige …', 'Antagen av kommunfullmäktige 2016-01-25'. */
const ADOPTION_PATTERNS: Array<{ id: string; pattern: RegExp; date: number; body: number }> = [
  // A document's statement of itself first ('Antagen av kommunstyrelsen 2024-06-13'): a decision it only tells of may be another document's.
  { id: 'adoption/verb-by-body-date', pattern: new RegExp(`(?:antagen|antaget|antogs|godkänd|godkänt|godkändes|fastställd|fastställt|fastställdes|beslutad|beslutat|beslutades)\\s+(?:av|i)(?:\\s*:\\s*|\\s+)${BODY}\\s*(?:den\\s+|,\\s*|${DECISION_DATE_LABEL.words}\\s*:?\\s*)?${DATE}?`, 'iu'), date: 2, body: 1 },
  { id: 'adoption/date-verb-body', pattern: new RegExp(`(?:den\\s+)?${DATE}\\s+(?:godkände|antog|fastställde|beslutade)\\s+${BODY}`, 'iu'), date: 1, body: 2 },
  // 'Kommunstyrelsen antog handlingsplanen den 28 mars 2023', 'Kommunstyrelsen antog den 14 maj 2024 Handlingsplan för …'.
  { id: 'adoption/body-verb-date', pattern: new RegExp(`${BODY}\\s+(?:godkände|antog|fastställde|beslutade)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:den\\s+)?${DATE}`, 'iu'), date: 2, body: 1 },
];

/** The verbs every adoption pattern turns on, and how far around them a decision is written. */
const DECISION_VERB = DECISION_VERB_WORDS.pattern;
const WINDOW = 160;

export interface Adoption {
  date: string | null;
  by: string | null;
  start: number;
  end: number;
  rule: string;
}

/**
 * The decision that adopted the document. `own` keeps only the form a
 * document states of itself ('Godkänd av nämnden 2024-09-19'), for follow-ups,
 * whose sentences about adoption tell of the plan they follow.
 */
export function findAdoption(text: string, own = false): Adoption | null {
  // The patterns run only around the verbs of a decision: a body's name is costly to look for at every position of a long text.
  const windows: Array<{ from: number; text: string }> = [];
  for (const v of text.matchAll(DECISION_VERB)) {
    const from = Math.max(0, v.index! - WINDOW);
    const last = windows[windows.length - 1];
    const to = Math.min(text.length, v.index! + WINDOW);
    if (last && from <= last.from + last.text.length) last.text = text.slice(last.from, to);
    else windows.push({ from, text: text.slice(from, to) });
  }
  for (const p of ADOPTION_PATTERNS) {
    if (own && p.id !== 'adoption/verb-by-body-date') continue;
    for (const w of windows) {
      const m = p.pattern.exec(w.text);
      if (!m) continue;
      const rawDate = m[p.date];
      return { date: rawDate ? firstDate(rawDate)?.date ?? null : null, by: m[p.body]?.toLowerCase() ?? null, start: w.from + m.index, end: w.from + m.index + m[0].length, rule: p.id };
    }
  }
  return null;
}

const MINUTES_DECISION = new RegExp(`${BODY}\\s+${MINUTES_ADOPTION.words}`, 'iu');

/**
 * Minutes record their body's decision to adopt as a formula ('Kommunstyrelsen beslutar / att anta
 * Handlingsplan …'), dated by the meeting, not in the sentence: the body, and where the formula stands.
 */
export function findMinutesDecision(text: string): { by: string; start: number; end: number; rule: string } | null {
  // Only around the verb: a body's name is costly to look for at every position of a long text.
  for (const v of text.matchAll(MINUTES_ADOPTION.verbs)) {
    const from = Math.max(0, v.index! - 80);
    const m = MINUTES_DECISION.exec(text.slice(from, v.index! + 200));
    if (m) return { by: m[1].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length, rule: MINUTES_ADOPTION.id };
  }
  return null;
}

export const adoptionRule = defineRule<{ date: string | null; by: string | null } | null>({
  id: 'adoption/find',
  version: 1,
  description: 'Date and body of adoption from the sentence that records the decision.',
  examples: [
    { input: 'Den 9 november 2020 godkände kommunfullmäktige näringslivsstrategin för Södertälje kommun.', output: { date: '2020-11-09', by: 'kommunfullmäktige' } },
    { input: 'Antagen av kommunfullmäktige 2016-01-25', output: { date: '2016-01-25', by: 'kommunfullmäktige' } },
    { input: 'Planen beslutades av kommunstyrelsen den 3 oktober 2023 och gäller till 2026.', output: { date: '2023-10-03', by: 'kommunstyrelsen' } },
    { input: 'Strategin ska följas upp årligen.', output: null },
    { input: 'Frågan beslutades inte av någon nämnd under 2023.', output: null },
  ],
  apply: (text) => {
    const a = findAdoption(text);
    return a ? { date: a.date, by: a.by } : null;
  },
});
