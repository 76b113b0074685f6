import { describe, expect, it } from 'vitest';
import { reportsPast } from '../../src/lang/morphology.js';

describe('text that reports what was done', () => {
  it('reads perfect and past tense, a supine in -ats among them', () => {
    for (const t of ['två coacher anställdes under våren', 'frågan har utretts', 'arbetet har startats i ryd', 'enkäten skickades ut']) expect(reportsPast(t), t).toBe(true);
  });

  it('reads no noun in -plats as a supine', () => {
    for (const t of ['ny mötesplats för seniorer i ryd', 'fler parkeringsplatser vid stationen', 'en arbetsplats med plats för tio']) expect(reportsPast(t), t).toBe(false);
  });
});
