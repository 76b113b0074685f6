import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { actionStart } from '../../src/extract/constructions/fielded-paragraph.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
const rows = (doc: string) => read(doc).activities.map((a) => [a.text, a.ownerRaw ?? null, a.years.join(',')]);

describe("a list's one owner, named once before or after it", () => {
  it('gives the unit after the list to each of its items, an own owner kept, the rest of the paragraph left as prose', () => {
    expect(rows('# Snöröjning\n- Gång- och cykelvägar plogas före klockan 7\n- Trappor sandas av Fastighetsbolaget (Fastighetsbolaget)\n- Busshållplatser röjs samma dag\nArbetet leds av gatuenheten. Felanmälan görs i appen.')).toEqual([
      ['Gång- och cykelvägar plogas före klockan 7', 'gatuenheten', ''],
      ['Trappor sandas av Fastighetsbolaget', 'Fastighetsbolaget', ''],
      ['Busshållplatser röjs samma dag', 'gatuenheten', ''],
    ]);
  });

  it('reads the owner in the lead-in, in either word order, and a time said in it for the items that name none', () => {
    expect(rows('# Hemtjänst\nUnder 2027 ska kommunen:\n- införa nyckelfria lås i hemtjänsten\n- erbjuda trygghetskamera nattetid senast 2028\nAnsvarig för genomförandet är vård- och omsorgsförvaltningen.')).toEqual([
      ['införa nyckelfria lås i hemtjänsten', 'vård- och omsorgsförvaltningen', '2027'],
      ['erbjuda trygghetskamera nattetid senast 2028', 'vård- och omsorgsförvaltningen', '2028'],
    ]);
    expect(rows('# Skolgårdar\nDet är fastighetsenheten som ansvarar för ombyggnaden, som omfattar:\n- Skolgården i Väster får en ny klätterställning\n- Förskolan Solen får en odlingslåda')).toEqual([
      ['Skolgården i Väster får en ny klätterställning', 'fastighetsenheten', ''],
      ['Förskolan Solen får en odlingslåda', 'fastighetsenheten', ''],
    ]);
  });

  it('takes no owner from an organiser, a duty, a contact person or a lead-in to the units themselves', () => {
    expect(rows('# Marknad\n- Hantverkare säljer sina varor på torget\n- Kören sjunger vid kyrkan\nMarknaden arrangeras av kulturenheten.')).toEqual([]);
    expect(rows('# Städning\n- Papperskorgarna töms varje dag\n- Torget sopas varje vecka\nGatuenheten ansvarar för att torget är rent.')).toEqual([]);
    expect(rows('# Bibliotek\n- Filialen i Ryd får nya hyllor\n- Läsesalen målas om\nAnsvarig för frågor om ombyggnaden är Per Holm.')).toEqual([]);
    expect(rows('# Ansvar\nDessa förvaltningar ansvarar för insatser i planen:\n- Socialförvaltningen\n- Tekniska förvaltningen')).toEqual([]);
  });
});

describe('a paragraph per action, its labelled fields last', () => {
  it('finds where the action begins: at once, or after a run-in name closed by a stop or a colon', () => {
    expect(actionStart('Erbjuda sommarjobb till alla 16-åringar. Ansvar: Arbetsmarknadsenheten. Tid: 2027.')).toBe(0);
    expect(actionStart('Sommarjobb: Erbjuda sommarjobb till alla 16-åringar. Tid: 2027. Ansvar: Arbetsmarknadsenheten.')).toBe('Sommarjobb: '.length);
    expect(actionStart('Sommarjobb. Erbjuda sommarjobb till alla 16-åringar (ansvar: AME; tid: VT 2027).')).toBe('Sommarjobb. '.length);
  });

  it('reads no action from a goal, a report, a name alone, prose without a labelled field or several actions run together', () => {
    expect(actionStart('Fler unga ska ha ett sommarjobb. Ansvar: Arbetsmarknadsenheten.')).toBeNull();
    expect(actionStart('Kommunen erbjöd 120 sommarjobb under 2026. Ansvar: Arbetsmarknadsenheten.')).toBeNull();
    expect(actionStart('Sommarjobb för unga. Ansvar: Arbetsmarknadsenheten.')).toBeNull();
    expect(actionStart('Erbjuda sommarjobb till alla 16-åringar under 2027.')).toBeNull();
    expect(actionStart('Erbjuda sommarjobb. Ansvar: AME. Ordna praktik. Ansvar: AME.')).toBeNull();
  });
});

describe("a short page's one area", () => {
  it('is the one section under the page title that its whole list stands under', () => {
    const x = read('# Nytt återvinningscentrum i Ryd\nKommunen bygger om.\n## Återbruk och sortering\nUnder 2027 ska kommunen:\n- öppna en återbruksbutik vid centralen\n- förlänga öppettiderna på torsdagar');
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Återbruk och sortering']);
    expect(x.activities.map((a) => [a.focusAreaKey, a.years.join(',')])).toEqual([[0, '2027'], [0, '2027']]);
  });

  it('is none where the section only names actions, or where no title stands above it', () => {
    expect(read('# Nytt återvinningscentrum i Ryd\n## Åtgärder\nVi ska:\n- öppna en återbruksbutik vid centralen\n- förlänga öppettiderna på torsdagar').focusAreas).toEqual([]);
    expect(read('# Återbruk och sortering\nVi ska:\n- öppna en återbruksbutik vid centralen\n- förlänga öppettiderna på torsdagar').focusAreas).toEqual([]);
  });
});
