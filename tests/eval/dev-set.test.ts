import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreExtraction, type Scores } from '../../src/eval/score.js';
import { processDocument } from '../../src/pipeline/process.js';
import { devCases, hasDevSet, requireDevSet, setAccuracy, setF1 } from './cases.js';

/**
 * The development set (../shared/corpus/dev), written independently of the
 * code: every document at activity and focus-area F1 0.90 or more, the set as a
 * whole at 0.95, and owner, status and years right for 95 % of matched activities.
 */
describe.skipIf(!hasDevSet && !requireDevSet)('the development set', () => {
  const results: Array<{ file: string; s: Scores }> = [];

  it('is there', () => {
    expect(hasDevSet).toBe(true);
    expect(devCases().length).toBeGreaterThanOrEqual(18);
  });

  for (const { file, gold } of devCases()) {
    it(`${file}: activity and focus-area F1 at least 0.90`, async () => {
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!result.ok) throw new Error(result.reason);
      const s = scoreExtraction(result.extraction, gold);
      results.push({ file, s });
      expect({ file, activities: s.activities.f1 >= 0.9, focusAreas: s.focusAreas.f1 >= 0.9 }).toEqual({ file, activities: true, focusAreas: true });
    });
  }

  it('as a whole: activity and focus-area F1 at least 0.95; owner, status and years at least 0.95', () => {
    expect(results.length).toBe(devCases().length);
    const micro = (pick: Parameters<typeof setF1>[1]) => setF1(results, pick);
    const accuracy = (pick: Parameters<typeof setAccuracy>[1]) => setAccuracy(results, pick);
    expect(micro((s) => s.activities)).toBeGreaterThanOrEqual(0.95);
    expect(micro((s) => s.focusAreas)).toBeGreaterThanOrEqual(0.95);
    expect(accuracy((s) => s.owner)).toBeGreaterThanOrEqual(0.95);
    expect(accuracy((s) => s.status)).toBeGreaterThanOrEqual(0.95);
    expect(accuracy((s) => s.years)).toBeGreaterThanOrEqual(0.95);
  });
});
