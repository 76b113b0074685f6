import { describe, expect, it } from 'vitest';
import { isInfinitive } from '../../src/lang/morphology.js';

describe('infinitives of a particle and a short verb', () => {
  it("reads 'Utse', 'Uppnå', 'Genomgå', 'Förse', 'Inse' as infinitives, as the word list has them", () => {
    expect(['Utse', 'Uppnå', 'Genomgå', 'Förse', 'Inse', 'Avstå'].map(isInfinitive)).toEqual([true, true, true, true, true, true]);
  });

  it('reads no infinitive in a particle before a short verb the word list lacks, or in a number word', () => {
    expect(['Utta', 'Avbo', 'Inslå', 'Åtta'].map(isInfinitive)).toEqual([false, false, false, false]);
  });
});
