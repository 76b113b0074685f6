import { describe, expect, it } from 'vitest';
import { isFieldFooter } from '../../src/clean/furniture.js';

describe('a footer of fields', () => {
  it("is a line of short fields between bars ('Rapport | date | municipality | office')", () => {
    expect(isFieldFooter('Tjänsteutlåtande | 2023-09-14 | Ale kommun | Sektor kultur och fritid')).toBe(true);
    expect(isFieldFooter('Dnr: KS 2023/88 | Datum: 2023-09-14 | Ale kommun')).toBe(true);
  });

  it("is not an activity's line of labelled fields that falls at the foot of a page", () => {
    expect(isFieldFooter('Ansvar: Kulturförvaltningen | Tidplan: HT 2025 | Kostnad: 40 tkr')).toBe(false);
    expect(isFieldFooter('Ansvarig: Miljöenheten | Klart: 2026 | Status: Pågår')).toBe(false);
  });
});
