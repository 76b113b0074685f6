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

  // A water plan's table over two pages: the third area's title, read after the first page's last row, stands outside the table before the footer.
  const band = (text: string, table = 1000): RawBlock => ({ kind: 'row', text: '', page: 1, cells: ['', text, ''], table });
  const header2 = { ...row('Nr', 'Åtgärd', 'Ansvar'), table: 1001, header: true } as RawBlock;
  const para = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1 });

  it('moves a title standing between a table\'s rows before the first row it heads, where the table shows its areas as bands', () => {
    const blocks = [header, band('Målområde 1: Dricksvatten'), row('1.1', 'Byta ledningar i Väst', 'VA-enheten'), band('Målområde 2: Dagvatten'), row('2.1', 'Anlägga dammar', 'VA-enheten'), heading('Målområde 3: Avlopp'), para('Vattenplan · Dnr 2025/12'), header2, { ...row('3.1', 'Rusta reningsverket', 'VA-bolaget'), table: 1001 }];
    const out = placeLateBands(blocks);
    expect(texts(out)).toEqual(['Nr | Åtgärd | Ansvar', 'Målområde 1: Dricksvatten', '1.1 | Byta ledningar i Väst | VA-enheten', 'Målområde 2: Dagvatten', '2.1 | Anlägga dammar | VA-enheten', 'Vattenplan · Dnr 2025/12', 'Nr | Åtgärd | Ansvar', 'Målområde 3: Avlopp', '3.1 | Rusta reningsverket | VA-bolaget']);
    expect(out[7]).toMatchObject({ kind: 'row', table: 1001 });
  });

  it('leaves such a title where the table shows no bands (one table per area, titled by headings), or another label\'s', () => {
    const perArea = [header, row('1.1', 'Byta ledningar i Väst', 'VA-enheten'), heading('Målområde 2: Dagvatten'), header2, { ...row('2.1', 'Anlägga dammar', 'VA-enheten'), table: 1001 }];
    expect(placeLateBands(perArea)).toEqual(perArea);
    const otherLabel = [header, band('Målområde 1: Dricksvatten'), row('1.1', 'Byta ledningar i Väst', 'VA-enheten'), heading('Tema 2: Dagvatten'), row('2.1', 'Anlägga dammar', 'VA-enheten')];
    expect(placeLateBands(otherLabel)).toEqual(otherLabel);
  });

  it('leaves such a title when a heading or a list stands between it and its rows', () => {
    const blocks = [header, band('Målområde 1: Dricksvatten'), row('1.1', 'Byta ledningar i Väst', 'VA-enheten'), heading('Målområde 2: Dagvatten'), heading('Bakgrund'), para('Regnen blir kraftigare.'), header2, { ...row('2.1', 'Anlägga dammar', 'VA-enheten'), table: 1001 }];
    expect(placeLateBands(blocks)).toEqual(blocks);
  });

  it('leaves a title whose rows stand under another header', () => {
    const other = { ...row('Nr', 'Mål', 'Indikator'), table: 1001, header: true } as RawBlock;
    const blocks = [header, band('Målområde 1: Dricksvatten'), row('1.1', 'Byta ledningar i Väst', 'VA-enheten'), heading('Målområde 2: Dagvatten'), other, { ...row('2.1', 'Färre läckor', 'Antal läckor'), table: 1001 }];
    expect(placeLateBands(blocks)).toEqual(blocks);
  });
});
