import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (markdown: string) => extract(buildDoc('text', exampleBlocks(markdown), { pageCount: null })).activities;

/**
 * A printed table whose right-aligned share a reading set against the comment beside it: the
 * progress cell stands empty and the comment opens on the share.
 */
describe('a share read into the comment beside an empty progress cell', () => {
  it("is the row's progress and so its status", () => {
    const activities = read([
      '# Område 1: Gång- och cykelvägar',
      '| Nr | Åtgärd | Ansvar | Klart senast | % klart | Kommentar |',
      '| 1.1 | Bygga en gång- och cykelbro över ån | GATA | 2026-05 | | 100 % Invigd i maj. |',
      '| 1.2 | Belysa gångvägen mot stationen | GATA | 2026-10 | 30 % | |',
      '| 1.3 | Bredda cykelbanan längs Storgatan | PLAN | 2027-09 | | 60 % Två av tre etapper återstår. |',
    ].join('\n'));
    expect(activities.map((a) => a.progress)).toEqual([1, 0.3, 0.6]);
    expect(activities.map((a) => a.status)).toEqual(['done', 'ongoing', 'ongoing']);
  });

  it('leaves a share inside a comment, and one in a table without a progress column, to the comment', () => {
    const noColumn = read([
      '# Område 1: Gång- och cykelvägar',
      '| Nr | Åtgärd | Ansvar | Tid | Kommentar |',
      '| 1.1 | Bygga en gång- och cykelbro över ån | GATA | 2026 | 40 % av bron är byggd. |',
      '| 1.2 | Belysa gångvägen mot stationen | GATA | 2026 | |',
    ].join('\n'));
    expect(noColumn.map((a) => a.progress)).toEqual([null, null]);
    const inside = read([
      '# Område 1: Gång- och cykelvägar',
      '| Nr | Åtgärd | Ansvar | % klart | Kommentar |',
      '| 1.1 | Bygga en gång- och cykelbro över ån | GATA | | Upphandlingen klar, 40 % av medlen bundna. |',
      '| 1.2 | Belysa gångvägen mot stationen | GATA | 30 % | |',
    ].join('\n'));
    expect(inside.map((a) => a.progress)).toEqual([null, 0.3]);
  });
});
