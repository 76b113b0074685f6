import { sv } from '../../lang/pattern.js';
import { defineRule } from '../rule.js';

export interface PeriodHit {
  start: number;
  end: number;
  from: number;
  to: number;
  rule: string;
}

const RANGE = '((?:19|20)\\d\\d)\\s*[-–]\\s*((?:19|20)\\d\\d)';

/** Ordered: a period the document states of itself beats a range next to a document word. */
export const PERIOD_PATTERNS: Array<{ id: string; pattern: RegExp }> = [
  { id: 'period/perioden', pattern: new RegExp(`(?<![\\p{L}])(?:perioden|period|åren|tidsperioden|giltig\\s+för|giltighetstid:?|gäller(?:\\s+för)?(?:\\s+åren)?)\\s+${RANGE}\\b`, 'iu') },
  { id: 'period/document-word-range', pattern: sv(`\\b\\w*(?:strategi|plan|program|policy)\\w*\\s+(?:(?:för\\s+)?(?:\\w+\\s+){0,3})?${RANGE}\\b`, 'i') },
];

/** A range of years that ends a title ('Handlingsplan för trygga skolvägar i centrala Haga 2026–2028'): the title's own period, however many words stand before it. */
export const TITLE_END_RANGE = { id: 'period/title-end', pattern: new RegExp(`\\s${RANGE}\\s*$`, 'u') };

/** A range of years anywhere: every period pattern needs one, and this test is cheap where theirs are not. */
const ANY_RANGE = /(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d/;

export function findPeriod(text: string, rules = PERIOD_PATTERNS): PeriodHit | null {
  if (!ANY_RANGE.test(text)) return null;
  for (const p of rules) {
    const m = p.pattern.exec(text);
    if (!m) continue;
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (to < from || to - from > 30) continue;
    return { from, to, start: m.index, end: m.index + m[0].length, rule: p.id };
  }
  return null;
}

export const periodRule = defineRule<{ start: number; end: number } | null>({
  id: 'period/find',
  version: 2,
  description: "The period a document covers: 'avser perioden 2019-2020', 'Strategin för åren 2021-2025'.",
  examples: [
    { input: 'Handlingsplanen innehåller 29 punkter och avser perioden 2019-2020.', output: { start: 2019, end: 2020 } },
    { input: 'Strategin för åren 2021-2025 pekar ut fyra områden.', output: { start: 2021, end: 2025 } },
    { input: 'som ska uppnås under strategins period 2016-2022 formulerats', output: { start: 2016, end: 2022 } },
    { input: 'Näringslivsstrategi 2021–2025 Södertälje kommun', output: { start: 2021, end: 2025 } },
    { input: 'KLIMAT STRATEGI HAPARANDA 2020-2050', output: { start: 2020, end: 2050 } },
    { input: 'under 2011 och 2016', output: null },
  ],
  apply: (text) => {
    const p = findPeriod(text);
    return p ? { start: p.from, end: p.to } : null;
  },
});
