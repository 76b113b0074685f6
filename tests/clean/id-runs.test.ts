import { describe, expect, it } from 'vitest';
import { splitIdRuns } from '../../src/clean/id-runs.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

const paragraph = (text: string) => splitIdRuns([{ kind: 'paragraph', text, page: 1, source: 0 }]);
const items = (text: string) => paragraph(text).filter((b) => b.kind === 'item').map((b) => [b.marker, b.text]);

// Subject and layout of their own: a nature-care plan whose action table a PDF-to-text tool read in its plain order, the id
// column's ids as a run before each table's actions, the place column's cells after them and the areas' titles gathered late.
const PAGE =
  'Skötselplan för kommunens naturreservat 2027–2029. Nr Insats Plats Ansvar Klart 1.1 1.2 Gallra skogen vid Näset ' +
  'Röja sly längs strandstigen Näset Ängsbacken PARK PARK 2027 2028 Tema 1: Skog och strand Tema 2: Ängar 2.1 2.2 ' +
  'Slå ängen vid Ängsbacken varje sommar Bygga en spång över våtmarken 2.3 Sätta upp skyltar vid parkeringen PARK 2029';

describe('ids given as a run before their actions', () => {
  it('reads as many actions as the run has ids, each with its id, and keeps the text around them', () => {
    expect(items(PAGE)).toEqual([
      ['1.1', 'Gallra skogen vid Näset'],
      ['1.2', 'Röja sly längs strandstigen'],
      ['2.1', 'Slå ängen vid Ängsbacken varje sommar'],
      ['2.2', 'Bygga en spång över våtmarken'],
      ['2.3', 'Sätta upp skyltar vid parkeringen'],
    ]);
    const kept = paragraph(PAGE).filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(kept[0]).toMatch(/Nr Insats Plats Ansvar Klart$/);
    expect(kept[1]).toMatch(/^Näset Ängsbacken PARK PARK 2027 2028 Tema 1: Skog och strand Tema 2: Ängar$/);
  });

  for (const bare of [false, true]) {
    it(`gives extraction the actions under their areas' titles set after them (${bare ? 'bare page numbers' : "'N (M)' page markers"})`, () => {
      const body = bare ? `Transkript\n\n1 ${PAGE}\n` : `Transkript:\n\n${PAGE} 1 (1)\n`;
      const doc = readText(new TextEncoder().encode(`Skötselplan naturreservat 2027–2029 – Exempelby kommun\n\n${body}`));
      const x = extract(doc);
      expect(x.focusAreas.map((f) => f.title)).toEqual(['Skog och strand', 'Ängar']);
      expect(x.activities.map((a) => [x.focusAreas.findIndex((f) => f.key === a.focusAreaKey), a.text])).toEqual([
        [0, 'Gallra skogen vid Näset'],
        [0, 'Röja sly längs strandstigen'],
        [1, 'Slå ängen vid Ängsbacken varje sommar'],
        [1, 'Bygga en spång över våtmarken'],
        [1, 'Sätta upp skyltar vid parkeringen'],
      ]);
    });
  }

  it('reads nothing where the actions do not number the ids', () => {
    expect(paragraph('Nr Insats 1.1 1.2 1.3 Gallra skogen vid Näset Röja sly längs strandstigen Näset Ängsbacken')).toHaveLength(1);
  });

  it('leaves a table of contents, prose with numbers and an indicator table as they are', () => {
    expect(paragraph('Innehåll 1.1 Bakgrund 3 1.2 Syfte 4 1.3 Genomförande 5 2.1 Uppföljning 7')).toHaveLength(1);
    expect(paragraph('Av planens åtgärder 1.1 och 1.2 är klara; 2.1 2.2 återstår, och 3.1 har skjutits upp till 2028.')).toHaveLength(1);
    expect(paragraph('Indikator 1.1 1.2 1.3 Andel skog med naturvärden Antal besökare per år Areal slåtteräng 12 % 40 000 8 ha')).toHaveLength(1);
  });
});
