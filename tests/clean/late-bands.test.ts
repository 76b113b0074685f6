import { describe, expect, it } from 'vitest';
import type { RawBlock } from '../../src/core/types.js';
import { placeLateBands } from '../../src/clean/late-bands.js';

const row = (...cells: string[]): RawBlock => ({ kind: 'row', text: '', page: 1, cells, table: 1000 });
const header = row('Nr', 'Åtgärd', 'Ansvar');
header.header = true;
const heading = (text: string): RawBlock => ({ kind: 'heading', text, page: 1 });
const texts = (blocks: RawBlock[]) => blocks.map((b) => (b.kind === 'row' ? b.cells!.filter(Boolean).join(' | ') : b.text));

describe('area titles the reading order set after their rows', () => {
  // A parks plan whose titles poppler gathered after the rows they head.
  it('moves a numbered title before the first row its number names, as a band of the table', () => {
    const blocks = [header, row('1.1', 'Rusta lekplatsen i Norrby', 'Parkenheten'), row('1.2', 'Plantera fler träd', 'Parkenheten'), heading('Tema 1: Gröna parker'), heading('Tema 2 – Rent vatten'), row('2.1', 'Rena dagvattnet vid torget', 'VA-enheten')];
    const out = placeLateBands(blocks);
    expect(texts(out)).toEqual(['Nr | Åtgärd | Ansvar', 'Tema 1: Gröna parker', '1.1 | Rusta lekplatsen i Norrby | Parkenheten', '1.2 | Plantera fler träd | Parkenheten', 'Tema 2 – Rent vatten', '2.1 | Rena dagvattnet vid torget | VA-enheten']);
    expect(out[1].kind).toBe('row');
    expect(out[1].table).toBe(1000);
  });

  it('leaves a title whose rows follow it, and one no row numbers', () => {
    const blocks = [header, row('1.1', 'Rusta lekplatsen i Norrby', 'Parkenheten'), heading('Tema 2: Rent vatten'), row('2.1', 'Rena dagvattnet vid torget', 'VA-enheten'), heading('Tema 5: Friluftsliv')];
    expect(placeLateBands(blocks)).toEqual(blocks);
  });

  it('leaves a title whose own rows follow it, when an earlier table numbered the same (a goal table)', () => {
    const goals = [row('1.1', 'Andelen grönyta ska öka', '–'), heading('Tema 1: Gröna parker'), row('1.1', 'Rusta lekplatsen i Norrby', 'Parkenheten')];
    expect(placeLateBands(goals)).toEqual(goals);
  });

  it('leaves a sentence that opens with a label and a number', () => {
    const blocks = [header, row('1.1', 'Rusta lekplatsen i Norrby', 'Parkenheten'), { kind: 'paragraph', text: 'Tema 1: arbetet har gått bra under året.', page: 1 } as RawBlock];
    expect(placeLateBands(blocks)).toEqual(blocks);
  });
});
