import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));

describe('section labels recognised by their sequence, not by a list of label words', () => {
  it("reads a document's own label word repeated with 1, 2, 3 before short titles as its areas", () => {
    const x = read('Nämnden har tagit fram en plan för idrotten.\nPrioritering 1 Fler i rörelse\n- Öppna sporthallen på lördagar (Fritidsenheten, 2026)\nPrioritering 2 Föreningslivet\n- Sänka hyrorna för ungdomslag (Fritidsenheten, 2027)\nPrioritering 3 Spontanidrott\n- Bygga en spontanidrottsplats i Ås (Parkenheten, 2028)');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Fler i rörelse', 'Föreningslivet', 'Spontanidrott']);
    expect(x.activities.map((a) => a.focusAreaKey)).toEqual(x.focusAreas.map((f) => f.key));
  });

  it('reads no areas where the numbers do not run from 1, the lines stand together, or the noun numbers appendices', () => {
    expect(read('Kvarter 3 Eken\n- Bygga om gården (Fastighetsenheten, 2027)\nKvarter 4 Björken\n- Byta taket (Fastighetsenheten, 2028)').focusAreas).toEqual([]);
    expect(read('Steg 1 Inventering\nSteg 2 Förslag\n- Byta taket (Fastighetsenheten, 2028)').focusAreas).toEqual([]);
    expect(read('Bilaga 1 Åtgärder\n- Byta taket (Fastighetsenheten, 2028)\nBilaga 2 Uppföljning\n- Mäta energin (Fastighetsenheten, 2029)').focusAreas).toEqual([]);
  });
});
