import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreExtraction, type Scores } from '../../src/eval/score.js';
import type { Extraction } from '../../src/core/types.js';
import { processDocument } from '../../src/pipeline/process.js';
import { dev2Cases, hasDev2Set, requireDevSet, setAccuracy, setF1 } from './cases.js';

/**
 * The second development set (../shared/corpus/dev2), held to the first set's
 * goal: every document at activity and focus-area F1 0.90; the set's floors
 * are what the rules reach today (above the 0.95 asked), so that no change goes below
 * them. A document the rules read in part must say so: none with activities
 * in its gold is 'none', and none read below four in five of them is 'plan'.
 */
const FLOORS = { activities: 0.98, focusAreas: 0.98, owner: 0.99, status: 0.98, years: 0.98 };

describe.skipIf(!hasDev2Set && !requireDevSet)('the second development set', () => {
  const results: Array<{ file: string; s: Scores; x: Extraction }> = [];

  it('is there', () => {
    expect(dev2Cases().length).toBeGreaterThanOrEqual(21);
  });

  for (const { file, gold } of dev2Cases()) {
    it(`${file}: activity and focus-area F1 at least 0.90, and an outcome that admits what was not read`, async () => {
      const result = await processDocument(file, new Uint8Array(readFileSync(file)));
      if (!result.ok) throw new Error(result.reason);
      const s = scoreExtraction(result.extraction, gold);
      results.push({ file, s, x: result.extraction });
      expect({ file, activities: s.activities.f1 >= 0.9, focusAreas: s.focusAreas.f1 >= 0.9 }).toEqual({ file, activities: true, focusAreas: true });
      const outcome = result.extraction.outcome;
      if (s.activities.gold > 0) expect({ file, outcome }).not.toEqual({ file, outcome: 'none' });
      if (s.activities.recall < 0.8) expect({ file, outcome }).not.toEqual({ file, outcome: 'plan' });
    });
  }

  it('as a whole: no lower than the floors reached', () => {
    expect(results.length).toBe(dev2Cases().length);
    const micro = (pick: Parameters<typeof setF1>[1]) => setF1(results, pick);
    const accuracy = (pick: Parameters<typeof setAccuracy>[1]) => setAccuracy(results, pick);
    expect(micro((s) => s.activities)).toBeGreaterThanOrEqual(FLOORS.activities);
    expect(micro((s) => s.focusAreas)).toBeGreaterThanOrEqual(FLOORS.focusAreas);
    expect(accuracy((s) => s.owner)).toBeGreaterThanOrEqual(FLOORS.owner);
    expect(accuracy((s) => s.status)).toBeGreaterThanOrEqual(FLOORS.status);
    expect(accuracy((s) => s.years)).toBeGreaterThanOrEqual(FLOORS.years);
  });
});
