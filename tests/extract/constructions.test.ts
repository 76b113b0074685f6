import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { CONSTRUCTIONS } from '../../src/extract/constructions/index.js';
import { exampleBlocks, type ConstructionExample } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

/** What extraction makes of an example document, in the example's own terms. */
function read(example: ConstructionExample) {
  const x = extract(buildDoc('text', exampleBlocks(example.doc), { pageCount: null }));
  return {
    focusAreas: x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title),
    subAreas: x.focusAreas.filter((f) => f.parentKey !== null).map((f) => f.title),
    activities: x.activities.map((a) => a.text),
  };
}

/** The parts of the result the example names. */
function named(example: ConstructionExample, got: ReturnType<typeof read>) {
  const out: Partial<ReturnType<typeof read>> = {};
  if (example.focusAreas) out.focusAreas = got.focusAreas;
  if (example.subAreas) out.subAreas = got.subAreas;
  if (example.activities) out.activities = got.activities;
  return out;
}

describe('every construction reads its examples and none of its look-alikes', () => {
  it('has constructions, each with positive and negative examples', () => {
    expect(CONSTRUCTIONS.length).toBeGreaterThanOrEqual(9);
    for (const c of CONSTRUCTIONS) expect({ id: c.id, positive: c.positive.length > 0, negative: c.negative.length > 0 }).toEqual({ id: c.id, positive: true, negative: true });
  });
  for (const c of CONSTRUCTIONS) {
    c.positive.forEach((example, i) => {
      it(`${c.id}: positive example ${i + 1}`, () => {
        const { doc: _doc, ...expected } = example;
        expect(named(example, read(example))).toEqual(expected);
      });
    });
    c.negative.forEach((example, i) => {
      it(`${c.id}: negative example ${i + 1}`, () => {
        const { doc: _doc, ...expected } = example;
        expect(named(example, read(example))).toEqual(expected);
      });
    });
  }
});
