import { describe, expect, it } from 'vitest';
import { TEXT_RULES } from '../../src/extract/rules/index.js';

describe('every rule passes its own examples', () => {
  for (const rule of TEXT_RULES) {
    describe(rule.id, () => {
      for (const example of rule.examples) {
        it(`reads ${JSON.stringify(example.input).slice(0, 70)}`, () => {
          expect(rule.apply(example.input)).toEqual(example.output);
        });
      }
    });
  }
});
