import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';

/**
 * Brochures that set a plan as pages of themes, each with its title, an
 * introduction in large type and activity boxes side by side (a title, a
 * description, then 'Ansvar …' 'När …' lines). Written for this test on two
 * subjects and printed by a browser (fixtures/layouts): the boxes are read
 * one by one, their titles become activities with their owners, the
 * theme labels ('TEMA 1' set letter-spaced, 'Fokusområde 2') head them.
 */
async function read(file: string) {
  const x = extract(await readDocument(new Uint8Array(readFileSync(`fixtures/layouts/${file}`)), file));
  return {
    focusAreas: x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title),
    subAreas: x.focusAreas.filter((f) => f.parentKey !== null).map((f) => f.title),
    activities: x.activities.map((a) => [a.text, a.ownerRaw ?? null, x.focusAreas.find((f) => f.key === a.focusAreaKey)?.title ?? null]),
  };
}

describe('activity boxes of a layout brochure', () => {
  it('reads an elderly-care brochure with two boxes a row under letter-spaced theme labels', async () => {
    const got = await read('aldreomsorg-broschyr.pdf');
    expect(got.focusAreas).toEqual(['Gemenskap och meningsfull vardag', 'Trygg vård i hemmet']);
    expect(got.subAreas).toEqual([]);
    // Row by row, as the page lists its boxes (aldreomsorg-broschyr.html): each row of two boxes stands apart from the next.
    expect(got.activities).toEqual([
      ['Öppna träffpunkter i alla kommundelar', 'Vård- och omsorgsförvaltningen', 'Gemenskap och meningsfull vardag'],
      ['Starta besöksvänner för äldre som bor ensamma', 'Frivilligcentralen', 'Gemenskap och meningsfull vardag'],
      ['Erbjuda digital vardagshjälp på biblioteken', 'Kultur- och fritidsförvaltningen', 'Gemenskap och meningsfull vardag'],
      ['Införa fasta team i hemtjänsten', 'Hemtjänsten', 'Trygg vård i hemmet'],
      ['Utveckla mobila läkarbesök tillsammans med regionen', 'Hälso- och sjukvårdsenheten', 'Trygg vård i hemmet'],
    ]);
  });

  for (const file of ['kultur-broschyr.pdf', 'kultur-broschyr.html']) {
    it(`reads a culture plan's three cards a row under 'Fokusområde N' (${file})`, async () => {
      const got = await read(file);
      expect(got.focusAreas).toEqual(['Kultur för barn och unga', 'Ett levande kulturarv']);
      expect(got.activities.map((a) => a.slice(0, 2))).toEqual([
        ['Införa kulturgaranti i grundskolan', 'Barn- och utbildningsförvaltningen'],
        ['Halvera köerna till kulturskolan', 'Kulturskolan'],
        ['Öppna ett meröppet bibliotek i Norrby', 'Biblioteksenheten'],
        ['Digitalisera museets fotosamling', 'Museienheten'],
        ['Ta fram ett kulturmiljöprogram', 'Samhällsbyggnadsförvaltningen'],
        ['Starta guidade vandringar i gamla stan', 'Kulturenheten'],
      ]);
    });
  }
});
