import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { isLegendText } from '../../src/extract/constructions/legend.js';
import { extract } from '../../src/extract/index.js';

const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';

/** A follow-up of a tree plan whose judgement cells hold only a colour, with a line under the table that says what the colours mean. */
function plan(under: string): RawBlock[] {
  const rows: Array<[string, string]> = [
    ['Plantera alléträd längs Storgatan', GREEN],
    ['Inventera träden i stadsparken', AMBER],
    ['Ersätta almarna vid torget', RED],
  ];
  return [
    { kind: 'heading', text: 'Fokusområde 1: Gröna stråk', page: 1, level: 1 },
    { kind: 'row', text: '', page: 1, table: 0, header: true, cells: ['Nr', 'Åtgärd', 'Ansvar', 'Status', 'Bedömning'], fills: [null, null, null, null, null] },
    ...rows.map(([a, fill], i): RawBlock => ({ kind: 'row', text: '', page: 1, table: 0, cells: [`1.${i + 1}`, a, 'Parkenheten', 'Pågår', ''], fills: [null, null, null, null, fill] })),
    { kind: 'paragraph', text: under, page: 1 },
  ];
}
const tracks = (blocks: RawBlock[]) => extract(buildDoc('docx', blocks, { pageCount: 1 })).activities.map((a) => a.track);

describe("a legend under a table that opens on its column's label", () => {
  it("is no field of the last row: the row keeps its cell's colour", () => {
    expect(tracks(plan('Bedömning: grön = enligt plan, gul = risk för försening, röd = avvikelse.'))).toEqual(['on_track', 'deviation', 'off_track']);
  });

  it('knows a legend by two keys or more, each a light or a symbol with its meaning', () => {
    expect(isLegendText('Signal: grön = följer planen, gul = risk för avvikelse, röd = avvikelse')).toBe(true);
    expect(isLegendText('Status: ● Klar ◐ Pågår ○ Ej påbörjad')).toBe(true);
    // One light and a sentence is a field's value ('Bedömning: Grön. …'), as is a light with its reason.
    expect(isLegendText('Bedömning: Grön. Plantorna är beställda.')).toBe(false);
    expect(isLegendText('Bedömning: röd – leveransen är försenad.')).toBe(false);
  });

  it('knows a legend whose lines a transcript ran together, each capitalised light opening its entry after a space', () => {
    expect(isLegendText('Signal: Grön – följer planen Gul – risk för försening Röd – stoppad')).toBe(true);
    expect(isLegendText('Grön – enligt plan Röd – avvikelse från plan')).toBe(true);
    expect(tracks(plan('Bedömning: Grön – enligt plan Gul – risk för försening Röd – avvikelse'))).toEqual(['on_track', 'deviation', 'off_track']);
    // One light with its reason, a capitalised name after it, is a field's value still.
    expect(isLegendText('Bedömning: Röd – leveransen från Norrby Trä är försenad.')).toBe(false);
  });
});
