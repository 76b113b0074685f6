import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';
import { processDocument } from '../../src/pipeline/process.js';

/** Each activity's text with the title of the focus area it was placed under. */
function placed(doc: string): Array<[string, string | null]> {
  const x = extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
  return x.activities.map((a) => [a.text, a.focusAreaKey === null ? null : x.focusAreas[a.focusAreaKey].title]);
}

describe('a first column that groups the rows under titles names their areas', () => {
  it('reads a merged column whose title the reading gives once, the rows below it empty', () => {
    expect(placed('# Vinterväghållning\n| Vägtyp | Åtgärd | Ansvar |\n| Huvudgator | Ploga före klockan sju | Gatuenheten |\n|  | Sanda busshållplatserna | Gatuenheten |\n| Villagator | Ploga inom ett dygn | Entreprenör |')).toEqual([
      ['Ploga före klockan sju', 'Huvudgator'],
      ['Sanda busshållplatserna', 'Huvudgator'],
      ['Ploga inom ett dygn', 'Villagator'],
    ]);
  });

  it('reads a row whose owner and time are missing under its group, and a group of one row', () => {
    expect(placed('# Kulturarv\n| | Åtgärd | Ansvar | När |\n| Kyrkor | Inventera kyrkornas textilier | Kulturenheten | 2026 |\n| Kyrkor | Fotografera takmålningarna |  |  |\n| Kvarnar | Laga kvarnhjulet vid Forsen | Fastighetsenheten | 2027 |')).toEqual([
      ['Inventera kyrkornas textilier', 'Kyrkor'],
      ['Fotografera takmålningarna', 'Kyrkor'],
      ['Laga kvarnhjulet vid Forsen', 'Kvarnar'],
    ]);
  });

  it('takes no area from a column whose values return, stand on every row, or are sentences', () => {
    // The document's title is no area: the rows stand under none.
    const areas = (doc: string) => [...new Set(placed(doc).map(([, area]) => area))];
    expect(areas('# Parkplan\n| Stadsdel | Åtgärd | Ansvar |\n| Norr | Plantera träd | Parkenheten |\n| Söder | Bygga en lekplats | Parkenheten |\n| Norr | Laga bänkarna | Parkenheten |')).toEqual([null]);
    expect(areas('# Parkplan\n| Stadsdel | Åtgärd | Ansvar |\n| Norr | Plantera träd | Parkenheten |\n| Söder | Bygga en lekplats | Parkenheten |')).toEqual([null]);
    expect(areas('# Parkplan\n| Orsak | Åtgärd | Ansvar |\n| Träden är gamla. | Plantera träd | Parkenheten |\n| Träden är gamla. | Beskära almarna | Parkenheten |\n| Lekplatsen saknas. | Bygga en lekplats | Parkenheten |')).toEqual([null]);
  });

  it('reads the groups of a spreadsheet printed to PDF, its cells merged down the rows', async () => {
    const file = 'fixtures/unseen15/hofors-underhallsplan-fastigheter-uppfoljning-2026.pdf';
    const result = await processDocument(file, new Uint8Array(readFileSync(file)));
    if (!result.ok) throw new Error(result.reason);
    const x = result.extraction;
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Skolor och förskolor', 'Vård- och omsorgsboenden', 'Fritids- och kulturlokaler']);
    expect(x.activities.map((a) => x.focusAreas[a.focusAreaKey!].title)).toEqual(['Skolor och förskolor', 'Skolor och förskolor', 'Skolor och förskolor', 'Vård- och omsorgsboenden', 'Vård- och omsorgsboenden', 'Fritids- och kulturlokaler', 'Fritids- och kulturlokaler', 'Fritids- och kulturlokaler']);
  });
});
