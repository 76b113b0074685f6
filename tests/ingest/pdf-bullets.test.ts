import { describe, expect, it } from 'vitest';
import { hasUnmarkedList } from '../../src/ingest/pdf-bullets.js';
import type { PageLine } from '../../src/ingest/pdf-lines.js';

/** A page's lines from [x, text] pairs per line (several pairs: segments apart on one baseline), top to bottom, 11 pt apart. */
function page(rows: Array<Array<[number, string]>>, size = 10, top = 760): PageLine[] {
  return rows.map((segments, i) => ({
    y: top - i * size * 1.4,
    size,
    segments: segments.map(([x, text]) => ({ x, xEnd: x + text.length * size * 0.5, text })),
  }));
}

describe('whether a page shows a list whose bullets may be drawn', () => {
  it('finds items set in by a marker\'s room under a lead-in, with no marker of their own (a browser\'s print)', () => {
    const lines = page([
      [[72, 'Till föreningarna ska kommunen:']],
      [[102, 'förenkla ansökan om aktivitetsstöd']],
      [[102, 'erbjuda utbildning i styrelsearbete']],
      [[72, 'Planen följs upp varje år.']],
    ]);
    expect(hasUnmarkedList(lines)).toBe(true);
  });

  it('finds such items in the second column of a page set in two columns', () => {
    const lines = page([
      [[60, 'Skolan samverkar med'], [300, 'Vården ska kännetecknas av:']],
      [[60, 'föreningar och företag'], [330, 'trygghet']],
      [[60, 'i hela kommunen.'], [330, 'delaktighet']],
    ]);
    expect(hasUnmarkedList(lines)).toBe(true);
  });

  it('finds none in the wrapped lines of items that carry their own bullet glyphs', () => {
    const lines = page([
      [[72, 'Nämnden ska under året:']],
      [[72, '• inventera alla vägtrummor och dagvattenbrunnar i de']],
      [[90, 'centrala delarna av tätorten']],
      [[72, '• ta fram en plan för skyfall tillsammans med VA-bolaget']],
      [[90, 'och räddningstjänsten']],
    ]);
    expect(hasUnmarkedList(lines)).toBe(false);
  });

  it('finds none in a contents list whose numbers stand apart from their titles, nor in a table\'s second column', () => {
    const contents = page([
      [[72, '1.1'], [110, 'Riskbild för kommunen']],
      [[72, '1.2'], [110, 'Samhällsviktig verksamhet']],
      [[72, '2'], [110, 'Krisberedskap och civilt försvar']],
    ]);
    expect(hasUnmarkedList(contents)).toBe(false);
    const table = page([
      [[60, 'Åtgärd'], [320, 'Ansvarig']],
      [[60, 'Öva krisledningen'], [320, 'Räddningstjänsten']],
      [[320, 'Säkerhetssamordnaren']],
      [[320, 'Socialförvaltningen']],
    ]);
    expect(hasUnmarkedList(table)).toBe(false);
  });

  it('finds none on a page of prose whose only lines set in are a centred page number and heading', () => {
    const lines = page([
      [[230, 'Kulturplan 2026']],
      [[72, 'Kulturen ska nå alla invånare, oavsett ålder och bostadsort.']],
      [[72, 'Biblioteken ska vara öppna mötesplatser för alla.']],
      [[290, '3']],
    ]);
    expect(hasUnmarkedList(lines)).toBe(false);
  });
});
