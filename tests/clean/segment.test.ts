import { describe, expect, it } from 'vitest';
import { segmentLines, type Line } from '../../src/clean/segment.js';

const line = (text: string, extra: Partial<Line> = {}): Line => ({ text, page: 1, indented: false, fill: 0.9, fontRatio: 1, ...extra });

describe('a numbered label opens an entry of its own', () => {
  it('does not run a labelled entry into the fields of the one before it', () => {
    const blocks = segmentLines([
      line('Insats 3: Kartlägga behovet av trygghetsboenden i kommunens tätorter'),
      line('Ansvar: Vård- och omsorgsförvaltningen | Klart: 2025 | Budget: Inom ram', { indented: true }),
      line('Insats 4: Införa digital tillsyn i hemtjänsten under hela perioden'),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Insats 3: Kartlägga behovet av trygghetsboenden i kommunens tätorter',
      'Ansvar: Vård- och omsorgsförvaltningen | Klart: 2025 | Budget: Inom ram',
      'Insats 4: Införa digital tillsyn i hemtjänsten under hela perioden',
    ]);
  });

  it('still joins a wrapped line that only mentions a number', () => {
    const blocks = segmentLines([line('Kommunen ska under perioden bygga om återvinningscentralen enligt beslut i'), line('Kapitlet beskriver 2 alternativ för placeringen.')]);
    expect(blocks).toHaveLength(1);
  });
});
