/** Swedish month names and their abbreviations, to 1-based month numbers. */
export const MONTHS: Array<{ id: string; month: number; pattern: RegExp }> = [
  { id: 'month/januari', month: 1, pattern: /^jan(?:uari)?\.?$/i },
  { id: 'month/februari', month: 2, pattern: /^feb(?:ruari)?\.?$/i },
  { id: 'month/mars', month: 3, pattern: /^mar(?:s)?\.?$/i },
  { id: 'month/april', month: 4, pattern: /^apr(?:il)?\.?$/i },
  { id: 'month/maj', month: 5, pattern: /^maj$/i },
  { id: 'month/juni', month: 6, pattern: /^jun(?:i)?\.?$/i },
  { id: 'month/juli', month: 7, pattern: /^jul(?:i)?\.?$/i },
  { id: 'month/augusti', month: 8, pattern: /^aug(?:usti)?\.?$/i },
  { id: 'month/september', month: 9, pattern: /^sep(?:t|tember)?\.?$/i },
  { id: 'month/oktober', month: 10, pattern: /^okt(?:ober)?\.?$/i },
  { id: 'month/november', month: 11, pattern: /^nov(?:ember)?\.?$/i },
  { id: 'month/december', month: 12, pattern: /^dec(?:ember)?\.?$/i },
];

export const MONTH_WORD = '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?';

export function monthNumber(word: string): number | null {
  for (const m of MONTHS) if (m.pattern.test(word)) return m.month;
  return null;
}

/** The verbs of a decision as minutes and covers write them: 'antogs', 'godkände', 'fastställd', 'beslutade'. */
export const DECISION_VERB = { id: 'date/decision-verb', pattern: /antog|antagen|antaget|antogs|godkän|fastställ|beslutad|beslutat|beslutade/giu };
