import { describe, expect, it } from 'vitest';
import { segmentLines, type Line } from '../../src/clean/segment.js';

/**
 * A word processor's list whose label is a word and a number ('Insats 3:')
 * prints the label at the margin and the item's text after it; a text that
 * fills the line wraps under itself, past the label, where the reader sees a
 * line set in that hangs under the item's text. The plans here are written
 * for the test.
 */
const line = (text: string, extra: Partial<Line> = {}): Line => ({ text, page: 1, indented: false, fill: 0.95, fontRatio: 1, ...extra });
const under = (text: string, extra: Partial<Line> = {}) => line(text, { indented: true, hangs: true, fill: 0.4, ...extra });
const texts = (lines: Line[]) => segmentLines(lines).map((b) => b.text);

describe("a labelled entry's text wrapped under itself", () => {
  it('goes on in a line set in under its text, in lower case or in capitals, and its field lines stay apart', () => {
    expect(
      texts([
        line('Insats 3: Bygga ut reservvattenledningen mellan tätorterna och vattenverket i'),
        under('Norrby före sommaren'),
        under('Ansvarig: Tekniska förvaltningen'),
        under('Klart: 2027'),
        line('Insats 4: Inventera de enskilda brunnarna i kommunens södra del och erbjuda'),
        under('provtagning till alla hushåll'),
        under('Ansvarig: Miljöenheten Klart: 2026'),
      ]),
    ).toEqual([
      'Insats 3: Bygga ut reservvattenledningen mellan tätorterna och vattenverket i Norrby före sommaren',
      'Ansvarig: Tekniska förvaltningen',
      'Klart: 2027',
      'Insats 4: Inventera de enskilda brunnarna i kommunens södra del och erbjuda provtagning till alla hushåll',
      'Ansvarig: Miljöenheten Klart: 2026',
    ]);
  });

  it('goes on whatever the label word and its number', () => {
    expect(texts([line('Steg 2.1: Anlägga en våtmark nedströms reningsverket tillsammans med'), under('Länsstyrelsen och markägarna')])).toEqual([
      'Steg 2.1: Anlägga en våtmark nedströms reningsverket tillsammans med Länsstyrelsen och markägarna',
    ]);
  });

  it('stops where its line ended a sentence or did not fill the measure', () => {
    expect(texts([line('Insats 5: Ta fram en plan för nödvatten till äldreboendena och skolorna.'), under('Planen stäms av med räddningstjänsten')])).toHaveLength(2);
    expect(texts([line('Insats 5: Ta fram en plan för nödvatten', { fill: 0.45 }), under('Planen stäms av med räddningstjänsten')])).toHaveLength(2);
  });

  it('stops at a line that hangs under nothing, after space, on the next page, or that opens with a label or a marker', () => {
    const first = line('Insats 6: Byta ut de äldsta ledningarna i centrum och samordna grävningen');
    expect(texts([first, line('Gatuenheten ansvarar för schaktningen.', { indented: true, fill: 0.5 })])).toHaveLength(2);
    expect(texts([first, under('Gatuenheten och fibernätet', { gapBefore: true })])).toHaveLength(2);
    expect(texts([first, under('Gatuenheten och fibernätet', { page: 2 })])).toHaveLength(2);
    expect(texts([first, under('Insats 7: Mäta trycket i nätet')])).toHaveLength(2);
    expect(texts([first, under('• Gatuenheten och fibernätet')])).toHaveLength(2);
    expect(texts([first, under('Tidplan: 2027–2028')])).toHaveLength(2);
  });

  it('leaves a paragraph without a label to the rules for prose', () => {
    expect(texts([line('Kommunen ska bygga ut reservvattenledningen mellan tätorterna i kommunens'), under('Norrby före sommaren')])).toHaveLength(2);
  });
});
