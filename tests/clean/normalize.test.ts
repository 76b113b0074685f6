import { describe, expect, it } from 'vitest';
import { joinLetterSpaced, joinLines, normalizeChars } from '../../src/clean/normalize.js';

describe('characters as typesetting leaves them', () => {
  it('opens ligatures, composes diacritics, makes odd spaces plain and drops soft hyphens inside words', () => {
    expect(normalizeChars('ﬁnns ﬂera 10\u00A0000 fo\u0308retag kom\u00ADmunen')).toBe('finns flera 10 000 företag kommunen');
  });

  it('joins a word broken at a soft hyphen at the end of a line', () => {
    expect(joinLines(normalizeChars('starkt Närings\u00AD'), normalizeChars('livsklimat.'))).toBe('starkt Näringslivsklimat.');
  });

  it('keeps the hyphen of a prefix or an acronym, and of a word before a conjunction', () => {
    expect(joinLines('fler e-', 'tjänster')).toBe('fler e-tjänster');
    expect(joinLines('på IT-', 'området')).toBe('på IT-området');
    expect(joinLines('innovations-', 'och tillväxtarbete')).toBe('innovations- och tillväxtarbete');
    expect(joinLines('rekryterings-', 'arrangemang')).toBe('rekryteringsarrangemang');
    expect(joinLines('2019–', '2020')).toBe('2019–2020');
  });
});

describe('letters spaced out in display type', () => {
  it('joins four single capitals or more into their word and keeps a number after them apart', () => {
    expect(joinLetterSpaced('T E M A 3')).toBe('TEMA 3');
    expect(joinLetterSpaced('F O K U S O M R Å D E 2 Trygghet')).toBe('FOKUSOMRÅDE 2 Trygghet');
  });

  it('leaves short runs of capitals, abbreviations and ordinary words alone', () => {
    expect(joinLetterSpaced('Fas A B C')).toBe('Fas A B C');
    expect(joinLetterSpaced('KLF SBF UAF')).toBe('KLF SBF UAF');
    expect(joinLetterSpaced('Ansvar X X X')).toBe('Ansvar X X X');
  });
});
