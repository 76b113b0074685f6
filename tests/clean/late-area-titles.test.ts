import { describe, expect, it } from 'vitest';
import type { RawBlock } from '../../src/core/types.js';
import { placeLateAreaTitles, trailingNumberedTitles } from '../../src/clean/late-area-titles.js';
import { readText } from '../../src/ingest/text.js';

const row = (...cells: string[]): RawBlock => ({ kind: 'row', text: '', page: 1, cells, table: 1000 });
const header = { ...row('Tema', 'Nr', 'Åtgärd', 'Ansvar', 'Kostnad'), header: true };
const cells = (blocks: RawBlock[]) => blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells!.join(' | '));

// A parks and water plan, its areas in a first column merged down their rows, read by position.
describe('numbered area titles the reading order set after their rows', () => {
  it('finds the titles a cell ends in, after its own value', () => {
    expect(trailingNumberedTitles('Inom ram 2. Rent vatten 3. Friluftsliv och natur')).toEqual({
      at: 9,
      titles: [
        { number: 2, title: '2. Rent vatten' },
        { number: 3, title: '3. Friluftsliv och natur' },
      ],
    });
    // A sentence before the number: a comment's prose going on, not a cost and a title.
    expect(trailingNumberedTitles('Arbetet är klart. 2. Utreda vidare')).toBeNull();
    // A title's shape is a few words without sentence marks.
    expect(trailingNumberedTitles('Inom ram 2. Utreda vidare hur dagvattnet ska tas om hand i nya områden, i samråd med VA-bolaget')).toBeNull();
    expect(trailingNumberedTitles('300 tkr')).toBeNull();
  });

  it('moves each title to the area cell of the first row its number opens', () => {
    const blocks = [
      header,
      row('1. Gröna parker', '1.1', 'Rusta lekplatsen i Norrby', 'Parkenheten', 'Inom ram'),
      row('', '2.1', 'Rena dagvattnet vid torget', 'VA-enheten', '300 tkr'),
      row('3.', '3.1', 'Bygga en vandringsled längs ån', 'Parkenheten', 'Inom ram 2. Rent vatten 3. Friluftsliv'),
    ];
    expect(cells(placeLateAreaTitles(blocks))).toEqual([
      '1. Gröna parker | 1.1 | Rusta lekplatsen i Norrby | Parkenheten | Inom ram',
      '2. Rent vatten | 2.1 | Rena dagvattnet vid torget | VA-enheten | 300 tkr',
      '3. Friluftsliv | 3.1 | Bygga en vandringsled längs ån | Parkenheten | Inom ram',
    ]);
  });

  it('leaves words whose number opens no row, an area that has its title, and a table without an area column', () => {
    const untitled = [header, row('1. Gröna parker', '1.1', 'Rusta lekplatsen', 'Parkenheten', 'Inom ram'), row('', '1.2', 'Plantera träd', 'Parkenheten', 'Inom ram 4. Skogen'), row('', '1.3', 'Röja sly', 'Parkenheten', 'Inom ram')];
    expect(placeLateAreaTitles(untitled)).toEqual(untitled);
    const titled = [header, row('1. Gröna parker', '1.1', 'Rusta lekplatsen', 'Parkenheten', 'Inom ram'), row('', '1.2', 'Plantera träd', 'Parkenheten', 'Inom ram 1. Stadens grönska'), row('', '1.3', 'Röja sly', 'Parkenheten', 'Inom ram')];
    expect(placeLateAreaTitles(titled)).toEqual(titled);
    const noArea = [{ ...row('Nr', 'Åtgärd', 'Ansvar', 'Kostnad'), header: true }, row('1.1', 'Rusta lekplatsen', 'Parkenheten', 'Inom ram'), row('2.1', 'Rena dagvattnet', 'VA-enheten', 'Inom ram'), row('2.2', 'Bygga en damm', 'VA-enheten', 'Inom ram 2. Rent vatten')];
    expect(placeLateAreaTitles(noArea)).toEqual(noArea);
  });

  it("gives a transcript's rows the areas whose titles poppler set late and around an id", () => {
    const page = [
      'Grönplan 2025',
      '',
      'Transkript',
      '',
      '1 Grönplan 2025 Tema Nr Åtgärd Ansvarig Tidplan Kostnad 1. 1.1 Rusta lekplatsen i Norrby Parkenheten 2025 Inom ram Gröna parker 1.2 Plantera fler träd i centrum Parkenheten 2026 80 tkr 2.1 Rena dagvattnet vid torget VA-enheten 2025 300 tkr 2.2 Anlägga en våtmark vid reningsverket VA-enheten 2026 Inom ram 3. Friluftsliv, leder 3.1 och natur Bygga en vandringsled längs ån Fritidsförvaltningen 2027 Inom ram 2. Rent vatten',
    ].join('\n');
    const doc = readText(new TextEncoder().encode(page));
    const rows = doc.blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => doc.text.slice(b.start, b.end).split('\t')[0]);
    expect(rows).toEqual(['1.', 'Gröna parker', '2. Rent vatten', '', '3. Friluftsliv, leder och natur']);
  });

  it("gives an unnumbered table's first rows the first title set after a later row's value", () => {
    const plain = { ...row('Tema', 'Åtgärd', 'Ansvar', 'Kostnad'), header: true };
    const blocks = [
      plain,
      row('', 'Rusta lekplatsen i Norrby', 'Parkenheten', 'Inom ram'),
      row('', 'Plantera fler träd', 'Parkenheten', '80 tkr'),
      row('Rent vatten', 'Rena dagvattnet vid torget', 'VA-enheten', '300 tkr'),
      row('', 'Bygga en damm', 'VA-enheten', 'Inom ram Gröna parker Friluftsliv och natur'),
    ];
    expect(cells(placeLateAreaTitles(blocks))).toEqual([
      'Gröna parker | Rusta lekplatsen i Norrby | Parkenheten | Inom ram',
      ' | Plantera fler träd | Parkenheten | 80 tkr',
      'Rent vatten | Rena dagvattnet vid torget | VA-enheten | 300 tkr',
      ' | Bygga en damm | VA-enheten | Inom ram Friluftsliv och natur',
    ]);
  });

  it('leaves a first row without a title when no value is followed by titles alone, or the area column is unused', () => {
    const plain = { ...row('Tema', 'Åtgärd', 'Ansvar', 'Kostnad'), header: true };
    // A partner's name after the cost, and a sentence: no titles.
    const named = [plain, row('', 'Rusta lekplatsen', 'Parkenheten', 'Inom ram'), row('Rent vatten', 'Rena dagvattnet', 'VA-enheten', 'Inom ram Region Halland'), row('', 'Bygga en damm', 'VA-enheten', 'Inom ram. Klart i maj')];
    expect(placeLateAreaTitles(named)).toEqual(named);
    const unused = [plain, row('', 'Rusta lekplatsen', 'Parkenheten', 'Inom ram'), row('', 'Rena dagvattnet', 'VA-enheten', '300 tkr'), row('', 'Bygga en damm', 'VA-enheten', 'Inom ram Gröna parker')];
    expect(placeLateAreaTitles(unused)).toEqual(unused);
  });
});

