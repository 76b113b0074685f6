import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null })).activities.map((a) => ({ text: a.text, years: a.years, time: a.timeRaw ?? null }));

describe('an action whose own words say when', () => {
  it('takes its years from a time word before a year, or from a range that closes it', () => {
    const rows = read(
      '# Kultur för alla\nDet här gör vi:\n- Öppna ett kulturhus i Norrby under 2026\n- Erbjuda gratis kulturskola från hösten 2025\n- Digitalisera konstsamlingen 2025–2027\n- Ordna läsfrämjande aktiviteter på fritidsgårdarna från säsongen 2025/26',
    );
    expect(rows.map((r) => r.years)).toEqual([[2026], [2025], [2025, 2026, 2027], [2025, 2026]]);
    expect(rows.map((r) => r.time)).toEqual(['under 2026', 'från hösten 2025', '2025–2027', 'från säsongen 2025/26']);
  });

  it('gives no years for a year that names a project, what a document covers, or a comparison', () => {
    const rows = read(
      '# Miljö\nDet här gör vi:\n- Driva projektet Grön Stad 2030 vidare\n- Ta fram en avfallsplan för 2026–2030\n- Halvera matsvinnet i skolorna jämfört med 2019\n- Sprida resultaten från 2024 års enkät\n- Arbeta utifrån Agenda 2030 i alla nämnder',
    );
    expect(rows.map((r) => r.years)).toEqual([[], [], [], [], []]);
  });

  it('leaves a time given as a field to the field', () => {
    const rows = read('# Idrott\nDet här gör vi:\n- Bygga en spontanidrottsplats under 2026. Tid: 2027\n- Rusta upp elljusspåret. Tid: 2025');
    expect(rows.map((r) => r.years)).toEqual([[2027], [2025]]);
  });
});
