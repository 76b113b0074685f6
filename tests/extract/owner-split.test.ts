import { describe, expect, it } from 'vitest';
import { splitOwners } from '../../src/extract/activity-fields.js';

describe('several owners named together', () => {
  it('parts units joined by och in lower case, as minutes write them in prose, where both are nouns in the definite form', () => {
    expect(splitOwners('boendestödet och budget- och skuldrådgivningen').owners).toEqual(['boendestödet', 'budget- och skuldrådgivningen']);
    expect(splitOwners('fritidsgården och biblioteket').owners).toEqual(['fritidsgården', 'biblioteket']);
    expect(splitOwners('Socialtjänsten och Gnosjöhem').owners).toEqual(['Socialtjänsten', 'Gnosjöhem']);
  });

  it("keeps one unit's name whole: a part cut short, a name whose words are no definite nouns", () => {
    for (const one of ['kultur- och fritidsförvaltningen', 'miljö- och hälsoskyddsenheten', 'Vård och omsorg', 'barn och unga', 'Kultur och fritid']) {
      expect(splitOwners(one).owners, one).toEqual([one]);
    }
  });
});
