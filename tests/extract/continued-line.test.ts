import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';

/** A layout program's activity lines set in from the margin, their glyphs lost: each title, then its field line in smaller type. */
const line = (text: string, size = 1): RawBlock => ({ kind: 'item', text, page: 1, marker: '', level: 0, size });
const read = (titles: string[][]) =>
  extract(
    buildDoc('pdf', [{ kind: 'heading', text: 'Läsande barn', page: 1, size: 1.3 }, ...titles.flatMap(([...lines]) => [...lines.slice(0, -1).map((l) => line(l)), line(lines[lines.length - 1], 0.85)])], { pageCount: 1 }),
  ).activities.map((a) => [a.text, a.ownerRaw]);

describe("a glyph-less line right before the field line of the item above it", () => {
  it('goes on with that item when it states no action of its own, though a name opens it', () => {
    expect(read([
      ['Starta en läxhjälp som når', 'Norrby, Berga och Åsen', 'Ansvar: Biblioteket | När: 2026'],
      ['Låna ut läsplattor till förskolorna', 'Ansvar: Kulturenheten | När: 2027'],
    ])).toEqual([
      ['Starta en läxhjälp som når Norrby, Berga och Åsen', 'Biblioteket'],
      ['Låna ut läsplattor till förskolorna', 'Kulturenheten'],
    ]);
  });

  it('is an item of its own when it states an action, or when the line above ended its sentence', () => {
    expect(read([['Starta en läxhjälp på biblioteket', 'Öppna en bokcafé i Berga', 'Ansvar: Biblioteket | När: 2026']]).map((a) => a[0])).toEqual(['Starta en läxhjälp på biblioteket', 'Öppna en bokcafé i Berga']);
    expect(read([['Starta en läxhjälp på biblioteket.', 'Norrby, Berga och Åsen först', 'Ansvar: Biblioteket | När: 2026']]).map((a) => a[0])).not.toContain('Starta en läxhjälp på biblioteket. Norrby, Berga och Åsen först');
  });
});
