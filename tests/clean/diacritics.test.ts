import { describe, expect, it } from 'vitest';
import { nearestWord, repairDiacritics } from '../../src/clean/diacritics.js';
import { swedishLexicon } from '../../src/lang/lexicon.js';

describe('the Swedish word list', () => {
  const lexicon = swedishLexicon();
  it('knows stems, their suffixed forms and compounds, and not fragments', () => {
    for (const w of ['kommun', 'kommunens', 'aktiviteter', 'genomförd', 'näringslivsstrategi', 'kompetensförsörjning', 'Sotenäs']) expect(lexicon.has(w)).toBe(true);
    for (const w of ['kömmun', 'strätegi', 'fö', 'qwrtz']) expect(lexicon.has(w)).toBe(false);
  });
  it('finds the nearest word by making the fewest diacritics plain, a simple form before a compound', () => {
    expect(nearestWord('kömmun', lexicon)).toBe('kommun');
    expect(nearestWord('Sötenäs', lexicon)).toBe('Sotenäs');
    expect(nearestWord('Näringslivssträtegi', lexicon)).toBe('Näringslivsstrategi');
    expect(nearestWord('företag', lexicon)).toBe('företag');
  });
});

describe('broken font encodings', () => {
  it("makes 'Nä ringslivssträtegi fö r Sötenä s kömmun' readable", () => {
    const broken = ['Nä ringslivssträtegi fö r Sötenä s kömmun', 'Strätegin antögs av kömmunfullmä ktige öch gä ller fö r å ren 2021–2024.', 'Genömfö rä fö retägsbesö k varje må nad.'];
    expect(repairDiacritics(broken, [1, 1, 1]).texts).toEqual([
      'Näringslivsstrategi för Sotenäs kommun',
      'Strategin antogs av kommunfullmäktige och gäller för åren 2021–2024.',
      'Genomföra företagsbesök varje månad.',
    ]);
  });

  it('leaves running Swedish alone: words that end in å, ä or ö before another word', () => {
    const text = ['Vi ska uppnå de mål som också gäller på plats i två år, på nivå för hela kommunen.'];
    expect(repairDiacritics(text).texts).toEqual(text);
  });

  it('joins a split in a page that is otherwise fine, without touching its other words', () => {
    expect(repairDiacritics(['Företagen fö r en öppen dialog med kommunen.']).texts).toEqual(['Företagen för en öppen dialog med kommunen.']);
  });

  it('decides per page: a page read by OCR keeps its real diacritics', () => {
    const result = repairDiacritics(['Fö retägen i Sötenä s kömmun fö r dialög.', 'Företagen för en öppen dialog.'], [1, 2]);
    expect(result.texts).toEqual(['Företagen i Sotenäs kommun för dialog.', 'Företagen för en öppen dialog.']);
  });
});
