import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
const rows = (doc: string) => read(doc).activities.map((a) => [a.text, a.ownerRaw ?? null, a.years.join(',')]);

describe('records of a paragraph and its meta line, one of them lacking a field', () => {
  it('reads a record with only its owner where the others give owner and time, under labelled sub-areas', () => {
    expect(rows('# Insatsområde 1 Säkra skolvägar\n## Delmål 1.1 Trygga övergångar\nGatuenheten bygger om övergångsstället vid Ekskolan.\nAnsvar: Gatuenheten | När: 2027\nTrafikenheten sänker hastigheten till 30 vid alla skolor.\nAnsvar: Trafikenheten | När: HT 2026\n## Delmål 1.2 Fler som cyklar\nSkolorna ordnar en cykelvecka varje höst.\nAnsvar: Rektor')).toEqual([
      ['Gatuenheten bygger om övergångsstället vid Ekskolan.', 'Gatuenheten', '2027'],
      ['Trafikenheten sänker hastigheten till 30 vid alla skolor.', 'Trafikenheten', '2026'],
      ['Skolorna ordnar en cykelvecka varje höst.', 'Rektor', ''],
    ]);
  });

  it('reads a short record whose field comes first or last in the others, with another separator', () => {
    expect(rows('# Bibliotek\nBiblioteket öppnar meröppet i Åby.\nNär: 2027 · Ansvar: Biblioteket\nBokbussen kör till byarna varannan vecka.\nNär: Löpande · Ansvar: Kulturenheten\nSkolbiblioteken får nya läsplattor.\nNär: VT 2027')).toEqual([
      ['Biblioteket öppnar meröppet i Åby.', 'Biblioteket', '2027'],
      ['Bokbussen kör till byarna varannan vecka.', 'Kulturenheten', ''],
      ['Skolbiblioteken får nya läsplattor.', null, '2027'],
    ]);
  });

  it("reads no record from a paragraph over a field whose label the document's records never use", () => {
    const texts = read('# Insatsområde 1 Rent vatten\nVA-enheten byter ledningarna i Ryd.\nAnsvar: VA-enheten | När: 2027\nMiljöenheten provtar brunnarna i Norrby.\nAnsvar: Miljöenheten | När: 2026\n# Kontakt\nFrågor om planen besvaras av förvaltningen.\nKontakt: Anna Berg').activities.map((a) => a.text);
    expect(texts).toEqual(['VA-enheten byter ledningarna i Ryd.', 'Miljöenheten provtar brunnarna i Norrby.']);
  });
});
