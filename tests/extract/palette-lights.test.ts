import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { paletteTracks } from '../../src/extract/rules/status.js';

describe("a document's palette of three light colours", () => {
  it('reads a pastel orange as the red of a palette whose yellow is another colour', () => {
    expect([...paletteTracks(['#A9D08E', '#FFE699', '#F4B183', '#A9D08E'])]).toEqual([['#F4B183', 'off_track']]);
  });

  it('moves no colour where hue alone gives three lights, where two greens and a yellow leave red out, or where there are only two colours', () => {
    expect(paletteTracks(['#00B050', '#FFC000', '#FF0000']).size).toBe(0);
    expect(paletteTracks(['#00B050', '#C6E0B4', '#FFFF00']).size).toBe(0);
    expect(paletteTracks(['#FFE699', '#F4B183']).size).toBe(0);
  });

  it('gives the rows of a pastel-coloured assessment column the three lights', () => {
    const row = (action: string, fill: string): RawBlock => ({ kind: 'row', text: '', page: 1, table: 1, cells: [action, 'Kulturförvaltningen', ''], fills: [null, null, fill] });
    const blocks: RawBlock[] = [
      { kind: 'heading', text: 'Kulturplan – uppföljning', page: 1, level: 1 },
      { kind: 'row', text: '', page: 1, table: 1, header: true, cells: ['Åtgärd', 'Ansvar', 'Bedömning'] },
      row('Öppna biblioteket på söndagar', '#A9D08E'),
      row('Starta en kulturskolekurs i film', '#FFE699'),
      row('Digitalisera bildarkivet', '#F4B183'),
    ];
    expect(extract(buildDoc('docx', blocks, { pageCount: 1 })).activities.map((a) => a.track)).toEqual(['on_track', 'deviation', 'off_track']);
  });
});
