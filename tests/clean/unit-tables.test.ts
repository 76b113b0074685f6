import { describe, expect, it } from 'vitest';
import { placeUnitTables, unitTableFields, unitTableStart } from '../../src/clean/unit-tables.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

/** A table of units, people and deadlines under each action, as a transcript runs it into the line in either reading order. */
const rowByRow = 'Förvaltning/Enhet Ansvarig Tidsplan Socialförv. Enhetschef 30 juni 2025 Kulturförv. Fritidsförv. Bibliotekschef 31 dec 2025 Vård- och omsorgsförv.';
const columnByColumn = 'Förvaltning/Enhet Socialförv. Kulturförv. Fritidsförv. Vård- och omsorgsförv. Ansvarig Enhetschef Bibliotekschef Tidsplan 30 juni 2025 31 dec 2025';

describe('a table of units, people and deadlines run into the line', () => {
  it('is found where its header starts, in either reading order', () => {
    expect(unitTableStart(`Biblioteken lånar ut läsplattor. ${rowByRow}`)).toBe('Biblioteken lånar ut läsplattor. '.length);
    expect(unitTableStart(columnByColumn)).toBe(0);
  });

  it('gives its deadlines as time fields, with their offsets', () => {
    for (const text of [rowByRow, columnByColumn]) {
      const fields = unitTableFields(text)!;
      expect(fields.map((f) => f.value)).toEqual(['30 juni 2025', '31 dec 2025']);
      expect(fields.every((f) => text.slice(f.start, f.end) === f.value && f.role === 'time')).toBe(true);
    }
  });

  it('is none in prose that names who is responsible and when, nor in a plan table with an action column, nor without a date', () => {
    expect(unitTableStart('Förvaltningen och den ansvarige chefen tar fram en tidsplan som gäller till 2026.')).toBe(-1);
    expect(unitTableStart('Förvaltning Ansvarig Tidsplan Socialförvaltningen har tagit fram en rutin som gäller från 2025.')).toBe(-1);
    expect(unitTableStart('Åtgärd Ansvarig Tidsplan Införa läxhjälp Kulturförv. 2025')).toBe(-1);
    expect(unitTableStart('Förvaltning Ansvarig Tidsplan Socialförv. Enhetschef Löpande')).toBe(-1);
  });

  it('is set right after its action, before the sentences that describe the action', () => {
    const blocks = placeUnitTables([
      { kind: 'item', text: 'Låna ut läsplattor till äldreboenden', marker: '2.1', page: 1, source: 0 },
      { kind: 'paragraph', text: `Plattorna laddas med ljudböcker. ${rowByRow}`, page: 1, source: 40 },
    ]);
    expect(blocks.map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['item', 'Låna ut läsplattor t'],
      ['paragraph', 'Förvaltning/Enhet An'],
      ['paragraph', 'Plattorna laddas med'],
    ]);
    expect(blocks[1].source).toBe(40 + 'Plattorna laddas med ljudböcker. '.length);
  });
});

describe('a transcript whose actions each have such a table', () => {
  const page = (n: number, body: string) => `${n} Handlingsplan för kultur i vården ${body}`;
  const text = [
    'Handlingsplan för kultur i vården\n\nTranskript\n',
    page(1, `Planen gäller 2025. 1. Läsning 1.1 Låna ut läsplattor till äldreboenden Plattorna laddas med ljudböcker. ${rowByRow} 1.2 Starta bokcirklar på träffpunkterna. Cirklarna leds av bibliotekarier. ${columnByColumn}`),
    page(2, `1.3 Bjuda in författare till samtal ${rowByRow.replace('2025', '2026')}`),
  ].join('\n\n');

  it('reads each action with its deadlines', () => {
    const x = extract(readText(new TextEncoder().encode(text)));
    expect(x.activities.map((a) => [a.text.split(' ').slice(0, 3).join(' '), a.years])).toEqual([
      ['Låna ut läsplattor', [2025]],
      ['Starta bokcirklar på', [2025]],
      ['Bjuda in författare', [2025, 2026]],
    ]);
  });
});
