import { defineRule } from '../rule.js';

/** Years named in a time text: '2019', '2019–2020' (every year of the range), 'Q3 2020'. */
export function yearsIn(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b/g)) {
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
    { input: 'vintern 2025/26', output: [2025, 2026] },
    { input: 'löpande', output: [] },
  ],
  apply: yearsIn,
});
