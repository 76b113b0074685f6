import { defineRule } from '../rule.js';

/** Years named in a time text: '2019', '2019–2020' (every year of the range), 'Q3 2020'. */
export function yearsIn(text: string): number[] {
  const years = new Set<number>();
  // Either end may carry a date, a season, a quarter, a month or a week ('HT 2025–HT 2028', 'Q3 2025 – Q2 2027', '2024-01-01 – 2026-12-31').
  for (const m of text.matchAll(/\b((?:19|20)\d\d)(?:-\d\d(?:-\d\d)?)?\s*[-–]\s*(?:[\p{L}.]{1,10}\s*\d{0,2}\s+)?((?:19|20)\d\d)\b/gu)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b >= a && b - a <= 20) for (let y = a; y <= b; y++) years.add(y);
  }
  for (const m of text.matchAll(/\b((?:19|20)\d\d)\b/g)) years.add(Number(m[1]));
  // A season or school year across two years: '2025/26'.
  for (const m of text.matchAll(/\b((?:19|20)\d\d)\/(\d\d)\b/g)) if (Number(m[2]) === (Number(m[1]) + 1) % 100) years.add(Number(m[1]) + 1);
  return [...years].sort((a, b) => a - b);
}

export const yearsRule = defineRule<number[]>({
  id: 'years/in-text',
  version: 1,
  description: 'Years of a time cell or phrase; a range gives every year in it.',
  examples: [
    { input: 'År 2019', output: [2019] },
    { input: '2019–2021', output: [2019, 2020, 2021] },
    { input: 'Q3 2020', output: [2020] },
    { input: 'HT 2025–HT 2028', output: [2025, 2026, 2027, 2028] },
    { input: 'Q3 2025 – Q2 2027', output: [2025, 2026, 2027] },
    { input: '2024-01-01 – 2026-12-31', output: [2024, 2025, 2026] },
    { input: 'Senast 2026-06-30', output: [2026] },
    { input: '2025 och 2028', output: [2025, 2028] },
    { input: 'vintern 2025/26', output: [2025, 2026] },
    { input: 'löpande', output: [] },
  ],
  apply: yearsIn,
});
