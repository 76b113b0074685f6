import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';

const AREA = '#DEEAF6';
const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';

/**
 * A follow-up table whose first column names the area, shaded and merged down its rows,
 * and whose column of lights holds only colours under a header that names no state.
 */
function followUp(lights: Array<string | null>, header = 'Trend'): RawBlock[] {
  const rows: Array<[string, string, string, string]> = [
    ['Öppna en fritidsgård i Österby', 'Fritidsenheten', '2026', 'Pågår'],
    ['Anställa två fältassistenter', 'Socialförvaltningen', '2025', 'Klar'],
    ['Starta läxhjälp på biblioteket', 'Kulturenheten', 'HT 2026', 'Ej påbörjad'],
  ];
  return [
    { kind: 'heading', text: 'Uppföljning av ungdomsplanen', page: 1, level: 1 },
    { kind: 'row', text: '', page: 1, table: 0, header: true, cells: ['Område', 'Åtgärd', 'Ansvarig', 'Tid', 'Status', header], fills: [null, null, null, null, null, null] },
    ...rows.map(([a, o, t, s], i): RawBlock => ({ kind: 'row', text: '', page: 1, table: 0, cells: ['Mötesplatser', a, o, t, s, ''], fills: [AREA, null, null, null, null, lights[i]] })),
  ];
}

const tracks = (blocks: RawBlock[]) => extract(buildDoc('docx', blocks, { pageCount: 1 })).activities.map((a) => a.track);

describe("a row's light is the colour of a cell that holds nothing else", () => {
  it('reads the lights of a column of colours whose header names no state, not the shade of the area column beside them', () => {
    expect(tracks(followUp([GREEN, AMBER, RED]))).toEqual(['on_track', 'deviation', 'off_track']);
  });

  it('gives no light to a row whose only fill is the shaded area column', () => {
    expect(tracks(followUp([GREEN, null, null]))).toEqual(['on_track', null, null]);
  });

  it('still reads a row shaded whole, its cells holding their words', () => {
    const blocks: RawBlock[] = [
      { kind: 'heading', text: 'Trygghet', page: 1, level: 1 },
      { kind: 'row', text: '', page: 1, table: 0, header: true, cells: ['Åtgärd', 'Ansvarig', 'Tid'], fills: [null, null, null] },
      { kind: 'row', text: '', page: 1, table: 0, cells: ['Sätta upp belysning i parken', 'Tekniska förvaltningen', '2026'], fills: [RED, RED, RED] },
      { kind: 'row', text: '', page: 1, table: 0, cells: ['Ordna trygghetsvandringar', 'Kommunledningsförvaltningen', '2025'], fills: [null, null, null] },
    ];
    expect(tracks(blocks)).toEqual(['off_track', null]);
  });
});
