import { describe, expect, it } from 'vitest';
import { isGovernedInfinitive, isInfinitive } from '../../src/lang/morphology.js';

describe('infinitives a modal governs', () => {
  it('reads strong verbs the word list gives by their present as infinitives, as well as every infinitive', () => {
    expect(['ersätta', 'befalla', 'sitta', 'bygga', 'Anlägga'].map(isGovernedInfinitive)).toEqual([true, true, true, true, true]);
    // 'sitta' the list gives by its present, with a past of no suffix ('satt'): only the modal before it makes it an infinitive.
    expect(isInfinitive('sitta')).toBe(false);
  });

  it('reads no noun, adjective, short word, number word or word outside the list as one', () => {
    expect(['kvinna', 'lampa', 'lokala', 'åtta', 'och', 'xyzzya', 'planen'].map(isGovernedInfinitive)).toEqual([false, false, false, false, false, false, false]);
  });

  it('reads a verb of three letters as one after a modal when the list gives its present, past and supine, and no adjective or modal', () => {
    expect(['öka', 'öva', 'Öka'].map(isGovernedInfinitive)).toEqual([true, true, true]);
    expect(['bra', 'ska', 'nya', 'åka'].map(isGovernedInfinitive)).toEqual([false, false, false, false]);
    expect(isInfinitive('öka')).toBe(false);
  });
});
