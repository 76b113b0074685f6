import { describe, expect, it } from 'vitest';
import { segmentLines, type Line } from '../../src/clean/segment.js';
import { processDocument } from '../../src/pipeline/process.js';
import { writePdf, type TextLine } from '../../scripts/fixtures/pdf-writer.js';

const line = (text: string, extra: Partial<Line> = {}): Line => ({ text, page: 1, indented: false, fill: 0.6, fontRatio: 1, ...extra });

describe('an outline number glued to the title it numbers', () => {
  it("numbers the line as a space would ('2.1.1Bygga …', '3.2Närparker', '12.3.4Ta fram …')", () => {
    const blocks = segmentLines([line('2.1.1Bygga en cykelväg längs ån', { fontRatio: 0.92 }), line('3.2Närparker i bostadsområdena', { fontRatio: 1.08 }), line('12.3.4Ta fram en skötselplan', { fontRatio: 0.92 })]);
    expect(blocks.map((b) => [b.kind, b.marker, b.text])).toEqual([
      ['item', '2.1.1', 'Bygga en cykelväg längs ån'],
      ['item', '3.2', 'Närparker i bostadsområdena'],
      ['item', '12.3.4', 'Ta fram en skötselplan'],
    ]);
  });

  it("leaves a single number glued to a word, or a number before a unit or an acronym, as text ('3D-skrivare', '5G', '2.5MW')", () => {
    const blocks = segmentLines([line('3D-skrivare köps in till skolorna.', { fill: 0.4 }), line('5G-nätet byggs ut under året.', { fill: 0.4 }), line('2.5MW solceller på taket.', { fill: 0.4 })]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('reads the actions of a browser print whose headings lost the space after their numbers', async () => {
    const lines: TextLine[] = [
      { x: 60, y: 790, size: 22, text: 'Cykelplan 2026–2028' },
      { x: 60, y: 750, size: 16, text: '1Trygga skolvägar' },
      { x: 60, y: 726, size: 11, text: '1.1Bygga en gång- och cykelbana längs Skolvägen' },
      { x: 60, y: 710, size: 12, text: 'Ansvar: Gatuenheten Tid: 2026' },
      { x: 60, y: 686, size: 11, text: '1.2Sänka hastigheten till 30 km/h vid alla skolor' },
      { x: 60, y: 670, size: 12, text: 'Ansvar: Trafikenheten Tid: 2027' },
      { x: 60, y: 636, size: 16, text: '2Cykelparkering' },
      { x: 60, y: 612, size: 11, text: '2.1Ta fram en plan för cykelparkering vid stationen' },
      { x: 60, y: 596, size: 12, text: 'Ansvar: Samhällsbyggnad Tid: 2028' },
    ];
    const result = await processDocument('cykelplan.pdf', new Uint8Array(writePdf([{ width: 595, height: 842, lines }], 'Cykelplan')));
    if (!result.ok) throw new Error(result.reason);
    expect(result.extraction.activities.map((a) => [a.text, a.ownerRaw])).toEqual([
      ['Bygga en gång- och cykelbana längs Skolvägen', 'Gatuenheten'],
      ['Sänka hastigheten till 30 km/h vid alla skolor', 'Trafikenheten'],
      ['Ta fram en plan för cykelparkering vid stationen', 'Samhällsbyggnad'],
    ]);
  });
});
