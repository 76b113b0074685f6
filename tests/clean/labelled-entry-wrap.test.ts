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

describe('paragraphs parted by a few points of space', () => {
  /** A programme's prose: a paragraph's lines 1 line spacing apart, paragraphs 1.4, a field line 1.15 under its paragraph. */
  const prose = (inside: number, between: number) => [
    line('Biblioteken ska erbjuda läxhjälp två eftermiddagar i veckan på alla filialer.', { fill: 0.97 }),
    line('Läxhjälpen bemannas av volontärer och av bibliotekets egen personal.', { fill: 0.9, spaceBefore: inside }),
    line('Arbetet startar hösten 2026.', { fill: 0.3, spaceBefore: inside }),
    line('Ansvar: Kulturförvaltningen. Klart: 2026.', { fill: 0.4, spaceBefore: 1.15 }),
    line('Skolbiblioteken ska samordnas med folkbiblioteken i en gemensam katalog.', { fill: 0.3, spaceBefore: between }),
    line('Kulturskolan ska nå fler barn.', { fill: 0.3, spaceBefore: between }),
    line('Avgiften för kulturskolan tas bort.', { fill: 0.3, spaceBefore: between }),
    line('Kulturpriset delas ut varje år.', { fill: 0.3, spaceBefore: between }),
  ];

  it('joins a full line that ends a sentence to the next line no space parts from it', () => {
    expect(texts(prose(1, 1.4))[0]).toBe(
      'Biblioteken ska erbjuda läxhjälp två eftermiddagar i veckan på alla filialer. Läxhjälpen bemannas av volontärer och av bibliotekets egen personal. Arbetet startar hösten 2026.',
    );
  });

  it('keeps the lines apart where space parts them, or where the document parts no paragraphs by space', () => {
    expect(texts(prose(1.4, 1.4))[0]).toBe('Biblioteken ska erbjuda läxhjälp två eftermiddagar i veckan på alla filialer.');
    expect(texts(prose(1, 1.1))[0]).toBe('Biblioteken ska erbjuda läxhjälp två eftermiddagar i veckan på alla filialer.');
  });

  it('keeps a field line apart from its paragraph', () => {
    expect(texts(prose(1, 1.4))).toContain('Ansvar: Kulturförvaltningen. Klart: 2026.');
  });
});
