import { describe, expect, it } from 'vitest';
import { segmentLines, type Line } from '../../src/clean/segment.js';
import { linesOfRuns, opensWithNumberApart, type Run } from '../../src/ingest/pdf-lines.js';

/**
 * A layout program's plan page: each area's title stands in a box with its
 * number in a badge beside it, the number set apart from the title by more
 * than a word space. Written here on other subjects than the plans that
 * showed the layout.
 */
const run = (x: number, xEnd: number, text: string, size = 11, y = 700): Run => ({ x, xEnd, y, size, text });
const line = (text: string, extra: Partial<Line> = {}): Line => ({ text, page: 1, indented: false, fill: 0.9, fontRatio: 1, ...extra });

describe("a number set apart before a line's text", () => {
  it('is found where the gap after a number of a digit or two is wider than a word space, in one segment or two', () => {
    expect(opensWithNumberApart(linesOfRuns([run(64, 72, '1'), run(85, 205, 'Trygga skolvägar')])[0])).toBe(true);
    expect(opensWithNumberApart(linesOfRuns([run(60, 73, '12'), run(82, 190, 'Lägre hastigheter')])[0])).toBe(true);
    // A tab after a heading's number parts it into a segment of its own.
    expect(opensWithNumberApart(linesOfRuns([run(51, 57, '3'), run(85, 200, 'Säkra cykelstråk')])[0])).toBe(true);
  });

  it('is not found after a word space, in a figure or in a number of three digits', () => {
    expect(opensWithNumberApart(linesOfRuns([run(64, 70, '1'), run(73, 190, 'Trygga skolvägar')])[0])).toBe(false);
    expect(opensWithNumberApart(linesOfRuns([run(51, 80, '1 900'), run(90, 200, 'elever cyklar')])[0])).toBe(false);
    expect(opensWithNumberApart(linesOfRuns([run(51, 69, '120'), run(85, 200, 'skadade')])[0])).toBe(false);
    expect(opensWithNumberApart(linesOfRuns([run(51, 200, '1 Trygga skolvägar')])[0])).toBe(false);
  });
});

describe("an area's title beside its badge", () => {
  const kinds = (lines: Line[]) => segmentLines(lines).map((b) => [b.kind, b.text]);

  it('is a heading with its number, in a box set in from the margin or not, over the items under it', () => {
    expect(kinds([
      line('1 Trygga skolvägar', { numberApart: true, fontRatio: 1.1, indented: true, fill: 0.5 }),
      line('• Bygga upphöjda övergångsställen vid alla grundskolor', { fill: 0.8 }),
      line('Ansvar: Gatuenheten · När: 2026', { fontRatio: 0.8, indented: true, fill: 0.5 }),
      line('12 Lägre hastigheter i bostadsområdena', { numberApart: true, fontRatio: 1.2, fill: 0.6, gapBefore: true }),
      line('Sänka hastigheten till 30 km/h på alla lokalgator.', { fill: 0.8 }),
    ])).toEqual([
      ['heading', '1 Trygga skolvägar'],
      ['item', 'Bygga upphöjda övergångsställen vid alla grundskolor'],
      ['item', 'Ansvar: Gatuenheten · När: 2026'],
      ['heading', '12 Lägre hastigheter i bostadsområdena'],
      ['paragraph', 'Sänka hastigheten till 30 km/h på alla lokalgator.'],
    ]);
  });

  it("is a heading in the body's size too, a title set bold, where the line under it has no number of its own, and wraps in its type", () => {
    expect(kinds([
      line('1 Trygga skolvägar för', { numberApart: true, fontRatio: 1, indented: true, fill: 0.5 }),
      line('alla barn', { fontRatio: 1, indented: true, fill: 0.2 }),
      line('• Bygga upphöjda övergångsställen vid alla grundskolor', { fill: 0.8 }),
    ])).toEqual([['heading', '1 Trygga skolvägar för alla barn'], ['item', 'Bygga upphöjda övergångsställen vid alla grundskolor']]);
  });

  it('is no heading where the text after the number is a sentence, a step in small type, a line of a numbered list in body type, or goes on in lower case', () => {
    expect(kinds([
      line('1 Trafikenheten sammanställer olyckorna varje kvartal.', { numberApart: true, fontRatio: 1.1, fill: 0.8 }),
      line('2 Inventering', { numberApart: true, fontRatio: 0.8, indented: true, fill: 0.2, gapBefore: true }),
      line('3 Dialog med skolorna', { numberApart: true, fontRatio: 1, indented: true, fill: 0.3, gapBefore: true }),
      line('4 Beslut i nämnden', { numberApart: true, fontRatio: 1, indented: true, fill: 0.3 }),
      line('5 elever av tio cyklar till skolan', { numberApart: true, fontRatio: 1.2, indented: true, fill: 0.5, gapBefore: true }),
    ]).map(([k]) => k)).toEqual(['paragraph', 'item', 'item', 'item', 'item']);
  });
});

describe('lines in a layout that the segmenter joins or parts', () => {
  const texts = (lines: Line[]) => segmentLines(lines).map((b) => [b.kind, b.text]);

  it("wraps an area's title beside its badge into a line of its own type in lower case, and not into the body's", () => {
    expect(texts([
      line('2 Säkra cykelstråk genom', { numberApart: true, fontRatio: 1.1, indented: true, fill: 0.6 }),
      line('centrum och mellan byarna', { fontRatio: 1.1, indented: true, fill: 0.5 }),
      line('• Bygga en cykelbana längs Storgatan', { fill: 0.8 }),
      line('3 Lägre hastigheter i', { numberApart: true, fontRatio: 1.1, indented: true, fill: 0.5, gapBefore: true }),
      line('bostadsområden planeras under 2027.', { fontRatio: 1, fill: 0.5 }),
    ])).toEqual([
      ['heading', '2 Säkra cykelstråk genom centrum och mellan byarna'],
      ['item', 'Bygga en cykelbana längs Storgatan'],
      ['heading', '3 Lägre hastigheter i'],
      ['paragraph', 'bostadsområden planeras under 2027.'],
    ]);
  });

  it("ends an item whose line stops on a preposition with the short line under it, a name in capitals too", () => {
    expect(texts([
      line('• Bygga en separerad cykelbana längs', { fill: 0.9 }),
      line('Storgatan', { fill: 0.2 }),
      line('• Provfiska sjöarna enligt', { fill: 0.9 }),
      line('Havs- och vattenmyndighetens metod', { fill: 0.5 }),
      line('Ansvar: Miljöenheten', { fontRatio: 0.8, fill: 0.3 }),
    ])).toEqual([
      ['item', 'Bygga en separerad cykelbana längs Storgatan'],
      ['item', 'Provfiska sjöarna enligt Havs- och vattenmyndighetens metod'],
      ['paragraph', 'Ansvar: Miljöenheten'],
    ]);
  });

  it('keeps a heading, a field line, a new item and a line set in apart from an item that ends otherwise or after a gap', () => {
    expect(texts([
      line('• Bygga en separerad cykelbana', { fill: 0.6 }),
      line('Uppföljning', { fill: 0.2 }),
      line('• Mäta hastigheten längs', { fill: 0.9 }),
      line('• Storgatan och Ringvägen', { fill: 0.4 }),
      line('• Belysa gångvägen längs', { fill: 0.9 }),
      line('Indikatorer', { fill: 0.2, gapBefore: true }),
    ]).map(([k]) => k)).toEqual(['item', 'heading', 'item', 'item', 'item', 'heading']);
  });
});
