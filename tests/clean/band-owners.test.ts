import { describe, expect, it } from 'vitest';
import type { RawBlock } from '../../src/core/types.js';
import { placeBandOwners } from '../../src/clean/band-owners.js';

const row = (...cells: string[]): RawBlock => ({ kind: 'row', text: '', page: 1, cells, table: 1000 });
const header = { ...row('Åtgärd', 'Ansvarig', 'Klart', 'Status'), header: true };
const cells = (blocks: RawBlock[]) => blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells!.join(' | '));

// A safety plan read by position: the owner beside a two-line row stands after the next theme's band.
describe("a row's owner set after the band below it", () => {
  it("moves a unit the table shows as an owner from the band's end to the row above that has none", () => {
    const blocks = [
      header,
      row('Tema 1 Trygga skolvägar', '', '', ''),
      row('Bygga en skatepark vid fritidsgården i Norrby', '', '2026', 'Pågår'),
      row('Tema 2 Trygga miljöer Socialförvaltningen', '', '', ''),
      row('Ordna nattvandringar', 'Socialförvaltningen', '2025', 'Klar'),
    ];
    expect(cells(placeBandOwners(blocks))).toEqual([
      'Tema 1 Trygga skolvägar |  |  | ',
      'Bygga en skatepark vid fritidsgården i Norrby | Socialförvaltningen | 2026 | Pågår',
      'Tema 2 Trygga miljöer |  |  | ',
      'Ordna nattvandringar | Socialförvaltningen | 2025 | Klar',
    ]);
  });

  it('leaves a band whose last words name no owner of the table, a row that has its owner, and a band with no title left', () => {
    const unknown = [header, row('Bygga en skatepark', '', '2026', 'Pågår'), row('Tema 2 Trygga miljöer Kulturförvaltningen', '', '', ''), row('Ordna nattvandringar', 'Socialförvaltningen', '2025', 'Klar')];
    expect(placeBandOwners(unknown)).toEqual(unknown);
    const owned = [header, row('Bygga en skatepark', 'Fritidsförvaltningen', '2026', 'Pågår'), row('Tema 2 Trygga miljöer Socialförvaltningen', '', '', ''), row('Ordna nattvandringar', 'Socialförvaltningen', '2025', 'Klar')];
    expect(placeBandOwners(owned)).toEqual(owned);
    const bare = [header, row('Bygga en skatepark', '', '2026', 'Pågår'), row('Tema 2 Socialförvaltningen', '', '', ''), row('Ordna nattvandringar', 'Socialförvaltningen', '2025', 'Klar')];
    expect(placeBandOwners(bare)).toEqual(bare);
  });
});
