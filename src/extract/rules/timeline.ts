import { monthNumber } from '../../lang/months.js';
import { MANDATE_PERIOD_FIRST_YEAR, SEASONS, TIMELINE_PATTERNS as P } from '../../lang/timeline.js';
import { defineRule } from '../rule.js';

/** When an activity is to happen: a start and an end date (YYYY-MM-DD), either open (null), and the rule. */
export interface Timeline {
  start: string | null;
  end: string | null;
  rule: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthSpan = (year: number, from: number, to: number): [string, string] => [`${year}-${pad(from)}-01`, `${year}-${pad(to)}-${pad(lastDay(year, to))}`];

/**
 * Normalises a time text: '2019' → 2019-01-01…2019-12-31, 'Q3 2020' →
 * 2020-07-01…2020-09-30, 'hösten 2021' → 2021-09-01…2021-11-30, '31 maj 2026'
 * → …2026-05-31 (a deadline), 'löpande' → open at both ends, 'under
 * mandatperioden' → the term of office around `contextYear`. Null when the
 * text says nothing of time.
 */
export function normalizeTimeline(text: string, contextYear: number | null = null): Timeline | null {
  const t = text.trim();
  if (!t) return null;
  const bounded = boundedTimeline(t);
  if (bounded) return bounded;
  let m = P.quarter.exec(t);
  if (m) {
    const q = Number(m[1] ?? m[2] ?? m[3]);
    const [start, end] = monthSpan(Number(m[4]), q * 3 - 2, q * 3);
    return { start, end, rule: 'timeline/quarter' };
  }
  m = P.half.exec(t);
  if (m) {
    const h = m[1] ? (m[1].toLowerCase() === 'första' ? 1 : 2) : Number(m[2]);
    const [start, end] = monthSpan(Number(m[3]), h === 1 ? 1 : 7, h === 1 ? 6 : 12);
    return { start, end, rule: 'timeline/half-year' };
  }
  m = P.season.exec(t);
  if (m) {
    const year = Number(m[2]);
    const [from, to] = SEASONS[m[1].toLowerCase()];
    const endYear = from > to ? year + 1 : year;
    return { start: `${year}-${from}`, end: `${endYear}-${to === '02-28' ? `02-${pad(lastDay(endYear, 2))}` : to}`, rule: 'timeline/season' };
  }
  m = P.date.exec(t);
  if (m) {
    const month = monthNumber(m[2]);
    if (month) return { start: null, end: `${m[3]}-${pad(month)}-${pad(Number(m[1]))}`, rule: 'timeline/deadline-date' };
  }
  m = P.month.exec(t);
  if (m) {
    const month = monthNumber(m[1]);
    if (month) {
      const [start, end] = monthSpan(Number(m[2]), month, month);
      return { start, end, rule: 'timeline/month' };
    }
  }
  m = P.until.exec(t);
  if (m) return { start: null, end: `${m[1]}-12-31`, rule: 'timeline/until' };
  m = P.from.exec(t);
  if (m) return { start: `${m[1]}-01-01`, end: null, rule: 'timeline/from' };
  if (P.mandate.test(t)) {
    if (contextYear === null) return { start: null, end: null, rule: 'timeline/mandate-period' };
    const first = MANDATE_PERIOD_FIRST_YEAR + Math.floor((contextYear - MANDATE_PERIOD_FIRST_YEAR) / 4) * 4;
    return { start: `${first}-01-01`, end: `${first + 3}-12-31`, rule: 'timeline/mandate-period' };
  }
  m = P.range.exec(t);
  if (m && Number(m[2]) >= Number(m[1])) return { start: `${m[1]}-01-01`, end: `${m[2]}-12-31`, rule: 'timeline/year-range' };
  const years = [...t.matchAll(P.year)].map((y) => Number(y[1]));
  if (years.length > 0) return { start: `${Math.min(...years)}-01-01`, end: `${Math.max(...years)}-12-31`, rule: 'timeline/years' };
  if (P.ongoing.test(t)) return { start: null, end: null, rule: 'timeline/ongoing' };
  return null;
}

/** The readings that name a part of a year, which a bound word before them opens at one end. */
const QUALIFIED = new Set(['timeline/quarter', 'timeline/half-year', 'timeline/season', 'timeline/month', 'timeline/deadline-date']);

/**
 * A bound before a part of a year keeps only that end of it: 'från januari
 * 2026' starts 2026-01-01 and runs on, 't.o.m. juni 2027' ends 2027-06-30.
 * Read as the part alone, the bound would close a time that the text leaves
 * open. A bare year after a bound is the 'from' and 'until' patterns' work.
 */
function boundedTimeline(t: string): Timeline | null {
  const from = P.fromQualified.exec(t);
  const inner = from ? normalizeTimeline(from[1]) : null;
  if (inner?.start && QUALIFIED.has(inner.rule)) return { start: inner.start, end: null, rule: 'timeline/from' };
  const until = P.untilQualified.exec(t);
  const upper = until ? normalizeTimeline(until[1]) : null;
  if (upper?.end && QUALIFIED.has(upper.rule)) return { start: null, end: upper.end, rule: 'timeline/until' };
  return null;
}

export const timelineRule = defineRule<{ start: string | null; end: string | null } | null>({
  id: 'timeline/normalize',
  version: 1,
  description: 'Start and end dates of a time text; open ends are null, the raw text is kept beside them.',
  examples: [
    { input: '2019', output: { start: '2019-01-01', end: '2019-12-31' } },
    { input: '2019–2020', output: { start: '2019-01-01', end: '2020-12-31' } },
    { input: 'Q3 2020', output: { start: '2020-07-01', end: '2020-09-30' } },
    { input: 'hösten 2021', output: { start: '2021-09-01', end: '2021-11-30' } },
    { input: 'vintern 2023', output: { start: '2023-12-01', end: '2024-02-29' } },
    { input: 'första halvåret 2022', output: { start: '2022-01-01', end: '2022-06-30' } },
    { input: '31 maj 2026', output: { start: null, end: '2026-05-31' } },
    { input: 'december 2024', output: { start: '2024-12-01', end: '2024-12-31' } },
    { input: 'senast 2025', output: { start: null, end: '2025-12-31' } },
    { input: 'från januari 2026', output: { start: '2026-01-01', end: null } },
    { input: 'fr.o.m. 2026', output: { start: '2026-01-01', end: null } },
    { input: 'från och med hösten 2026', output: { start: '2026-09-01', end: null } },
    { input: 't.o.m. 2027', output: { start: null, end: '2027-12-31' } },
    { input: 'till och med våren 2027', output: { start: null, end: '2027-05-31' } },
    { input: 'löpande', output: { start: null, end: null } },
    { input: 'under mandatperioden', output: { start: null, end: null } },
    { input: 'Se bilaga', output: null },
  ],
  apply: (text) => {
    const t = normalizeTimeline(text);
    return t ? { start: t.start, end: t.end } : null;
  },
});
