import { describe, expect, it } from 'vitest';
import { sentenceEnds, splitInline } from '../../src/clean/split-inline.js';
import { markerColumnCuts } from '../../src/clean/marker-column.js';

const items = (text: string) =>
  splitInline([{ kind: 'paragraph', text, page: 1, source: 0 }])
    .filter((b) => b.kind === 'item')
    .map((b) => b.text);
/** An item run into a line ends at its first sentence end, as split-inline reads it. */
const wholeItem = (seg: string) => sentenceEnds(seg)[0] ?? seg.length;
const pieces = (text: string, count: number) => {
  const cuts = markerColumnCuts(text, count, wholeItem);
  return [0, ...cuts].map((at, k) => text.slice(at, cuts[k] ?? text.length).trim());
};

describe('a column of markers read apart from its lines', () => {
  it('gives each glyph of the column one of the lines run together after it, and keeps the source offsets', () => {
    const text =
      'Avfallsplanen följs upp varje år. \uF0B7 \uF0B7 \uF0B7 \uF0B7 Sortera matavfall i alla förskolor Informera hushållen om textilinsamling (kläder, skor) Anlägga en återvinningscentral i Norrby arbetar för att avfallet minskar i hela kommunen. Genom dialog med fastighetsägare når vi fler.';
    const blocks = splitInline([{ kind: 'paragraph', text, page: 1, source: 0 }]);
    const list = blocks.filter((b) => b.kind === 'item');
    expect(list.map((b) => b.text)).toEqual([
      'Sortera matavfall i alla förskolor',
      'Informera hushållen om textilinsamling (kläder, skor)',
      'Anlägga en återvinningscentral i Norrby',
      'arbetar för att avfallet minskar i hela kommunen.',
    ]);
    expect(list.every((b) => text.slice(b.source!, b.source! + b.text.length) === b.text)).toBe(true);
    // The glyphs are the items' markers: the sentence before the column keeps none of them.
    expect(blocks[0].text).toBe('Avfallsplanen följs upp varje år.');
  });

  it("keeps a name's words together, and cuts a run of capitals before its infinitive", () => {
    expect(pieces('Samverka med Region Gotland om hamnen Utveckla Visby Hamn Skapa en plan för kajerna', 3)).toEqual([
      'Samverka med Region Gotland om hamnen',
      'Utveckla Visby Hamn',
      'Skapa en plan för kajerna',
    ]);
    // A name that goes on in a list ('Almi, Vinnova') is followed by its comma: no line ends inside it.
    expect(pieces('Rådgivning med Almi, Vinnova Innovation och bankerna Nyföretagarcentrum i varje kommundel', 2)).toEqual([
      'Rådgivning med Almi, Vinnova Innovation och bankerna',
      'Nyföretagarcentrum i varje kommundel',
    ]);
  });

  it('opens no line at a word the text shows as a name elsewhere', () => {
    const text = 'Turister i Visby hittar hit. \uF0B7 \uF0B7 \uF0B7 Annonsera om hamnen Visby i rikspress Kampanjer utanför Visby Guidade turer i hamnen';
    expect(items(text)).toEqual(['Annonsera om hamnen Visby i rikspress', 'Kampanjer utanför Visby', 'Guidade turer i hamnen']);
    // Without the text around it, the same capital after a noun reads as a line's start.
    expect(pieces('Annonsera om hamnen Visby i rikspress Kampanjer utanför Visby Guidade turer i hamnen', 3)[1]).toBe('Visby i rikspress');
  });

  it('reads lines that are sentences one to each marker', () => {
    expect(pieces('Det finns en plan för varje skola. Alla elever får frukost.', 2)).toEqual(['Det finns en plan för varje skola.', 'Alla elever får frukost.']);
  });

  it('cuts nothing where one marker stands alone, or where the text shows no line end', () => {
    expect(markerColumnCuts('Sortera matavfall Informera hushållen', 1, wholeItem)).toEqual([]);
    expect(markerColumnCuts('trygghetsvandringar i alla stadsdelar', 2, wholeItem)).toEqual([]);
    // One glyph before text that has line ends of its own is a bullet, not a column: its item ends as an item does.
    expect(items('Vi ska: • Sortera matavfall. Informera hushållen om återvinning')).toEqual(['Sortera matavfall.']);
  });
});
