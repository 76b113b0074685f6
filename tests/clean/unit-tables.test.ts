import { describe, expect, it } from 'vitest';
import { placeUnitTables, sharedUnits, unitTableFields, unitTableStart } from '../../src/clean/unit-tables.js';
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

  it("gives fields only where the table opens the text: one after prose, or after space, is the paragraph's own", () => {
    expect(unitTableFields(`Biblioteken lånar ut läsplattor. ${rowByRow}`)).toBeNull();
    expect(unitTableFields(` ${columnByColumn}`)).toBeNull();
    expect(unitTableFields('Förvaltning Ansvarig Tidsplan Socialförvaltningen har tagit fram en rutin som gäller från 2025.')).toBeNull();
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

describe('the same table of units under every action, row by row', () => {
  // A plan for culture in care: each action's table lists the same four units; a unit names someone or a date where it takes part.
  const tables = [
    'Förvaltning/Enhet Ansvarig Tidsplan Socialförvaltningen Enhetschef 30 juni 2025 Kulturförvaltningen Fritidsförvaltningen Bibliotekschef 31 dec 2025 Vård- och omsorgsförvaltningen',
    'Förvaltning/Enhet Ansvarig Tidsplan Socialförvaltningen Kulturförvaltningen Kulturchef 31 mars 2026 Fritidsförvaltningen Vård- och omsorgsförvaltningen Verksamhetschef 31 mars 2026',
    'Förvaltning/Enhet Ansvarig Tidsplan Socialförvaltningen Enhetschef 30 juni 2027 Kulturförvaltningen Fritidsförvaltningen Vård- och omsorgsförvaltningen Verksamhetschef 30 juni 2027',
  ];
  const page = (n: number, body: string) => `${n} Handlingsplan för kultur i vården ${body}`;
  const transcript = (t: string[]) =>
    [
      'Handlingsplan för kultur i vården\n\nTranskript\n',
      page(1, `Planen gäller 2025–2027. 1. Läsning 1.1 Låna ut läsplattor till äldreboenden ${t[0]} 1.2 Starta bokcirklar på träffpunkterna ${t[1]}`),
      page(2, `2. Musik 2.1 Ordna konserter på demensboenden ${t[2]}`),
    ].join('\n\n');
  const blocks = (t: string[]) => t.map((text, k) => ({ kind: 'paragraph' as const, text, page: 1, source: k * 200 }));

  it('learns the units as the words every table lists in order, kept together where every table keeps them', () => {
    expect(sharedUnits(blocks(tables))).toEqual([['socialförvaltningen'], ['kulturförvaltningen'], ['fritidsförvaltningen'], ['vård-', 'och', 'omsorgsförvaltningen']]);
  });

  it('learns no units from two tables, which may share a person or a date by chance, nor from tables set column by column', () => {
    expect(sharedUnits(blocks(tables.slice(0, 2)))).toBeNull();
    expect(sharedUnits(blocks([columnByColumn, columnByColumn, columnByColumn]))).toBeNull();
  });

  it('reads each action with the units whose rows name someone or a date as its owners, and their dates as its years', () => {
    const x = extract(readText(new TextEncoder().encode(transcript(tables))));
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years])).toEqual([
      ['Låna ut läsplattor till äldreboenden', 'Socialförvaltningen; Fritidsförvaltningen', [2025]],
      ['Starta bokcirklar på träffpunkterna', 'Kulturförvaltningen; Vård- och omsorgsförvaltningen', [2026]],
      ['Ordna konserter på demensboenden', 'Socialförvaltningen; Vård- och omsorgsförvaltningen', [2027]],
    ]);
  });

  it("keeps a table whose last unit's cells run on past a person and a date as it was, its deadlines read", () => {
    const long = [...tables.slice(0, 2), `${tables[2]} Bilaga 1 Kontaktlista Kulturchef Bibliotekschef`];
    const x = extract(readText(new TextEncoder().encode(transcript(long))));
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Socialförvaltningen; Fritidsförvaltningen', 'Kulturförvaltningen; Vård- och omsorgsförvaltningen', null]);
    expect(x.activities[2].years).toEqual([2027]);
  });
});
