import { describe, expect, it } from 'vitest';
import { findRunningLines, isFieldFooter } from '../../src/clean/furniture.js';

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

describe('lines at the top of every page', () => {
  const pages = (tops: string[]) => tops.map((top, i) => [top, `Brödtext på sidan ${i + 1} om planens innehåll.`, 'Mer text.', 'Ännu mer text.', `Sida ${i + 1}`]);

  it('are running headers when they repeat in their number-blind shape', () => {
    const running = findRunningLines(pages(['Klimatplan 2025 | 1', 'Klimatplan 2025 | 2', 'Klimatplan 2025 | 3', 'Klimatplan 2025 | 4']));
    expect(running.has('klimatplan # | #')).toBe(true);
    expect(running.has('sida #')).toBe(true);
  });

  it('are section labels when a label is numbered anew on each page (a brochure opens a theme a page)', () => {
    const running = findRunningLines(pages(['TEMA 1', 'TEMA 2', 'TEMA 3', 'TEMA 4']));
    expect(running.has('tema #')).toBe(false);
    // The same label with the same number on every page is a chapter's running header.
    expect(findRunningLines(pages(['Fokusområde 2', 'Fokusområde 2', 'Fokusområde 2', 'Fokusområde 2'])).has('fokusområde #')).toBe(true);
  });
});
