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

describe('a unit and a post named together', () => {
  it('parts a unit in the definite form from a post after och, the unit leading', () => {
    expect(splitOwners('Fastighetsenheten och rektor').owners).toEqual(['Fastighetsenheten', 'rektor']);
    expect(splitOwners('Socialtjänsten och enhetschef').owners).toEqual(['Socialtjänsten', 'enhetschef']);
    expect(splitOwners('biblioteket och skolbibliotekarien').owners).toEqual(['biblioteket', 'skolbibliotekarien']);
    expect(splitOwners('Kulturförvaltningen och verksamhetsutvecklare').owners).toEqual(['Kulturförvaltningen', 'verksamhetsutvecklare']);
  });

  it('keeps a post of a unit, a name cut short and a name whose first word is no definite noun whole', () => {
    for (const one of ['rektor och lärare', 'hälso- och sjukvårdsstrateg', 'Kultur och ledare', 'Rektor på respektive skola']) {
      expect(splitOwners(one).owners, one).toEqual([one]);
    }
  });
});
