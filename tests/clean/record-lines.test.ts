import { describe, expect, it } from 'vitest';
import { segmentLines, type Line } from '../../src/clean/segment.js';

const line = (text: string, extra: Partial<Line> = {}): Line => ({ text, page: 1, indented: false, fill: 0.9, fontRatio: 1, ...extra });
const row = (cells: string[]): Line => ({ text: cells.filter(Boolean).join(' '), page: 1, indented: false, fill: 1, cells });

/** A planning system's records: a label column ('Aktivitet:', 'Ansvarig:') beside the values. */
describe("a record's lines in a planning system's report", () => {
  it("opens a record's activity on its own line under a full labelled line, whatever label that one had", () => {
    for (const above of ['Indikator: Andel elever som simmar 200 meter efter årskurs 6 Utfall 2025: 71 %', 'Mått: Antal besök på biblioteken per invånare och år, utfall 2025: 4,2 och mål 2027: 5', 'Kommentar: Arbetet går enligt plan men en upphandling återstår innan sommaren']) {
      const blocks = segmentLines([line(above, { fill: 0.95 }), line('Aktivitet: Erbjuda simskola på sommarlovet för alla elever i årskurs 3', { fill: 0.5 }), line('Ansvarig: Fritidsförvaltningen', { fill: 0.3 })]);
      expect(blocks.map((b) => b.text)).toEqual([above, 'Aktivitet: Erbjuda simskola på sommarlovet för alla elever i årskurs 3', 'Ansvarig: Fritidsförvaltningen']);
    }
  });

  it('still joins the wrapped line of a labelled value, and a labelled line after prose', () => {
    const wrapped = segmentLines([line('Indikator: Andel elever som simmar 200 meter efter årskurs 6, utfall', { fill: 0.95 }), line('Målvärde 2027: 85 %', { fill: 0.2 })]);
    expect(wrapped).toHaveLength(1);
    const prose = segmentLines([line('Kommunen har under året arbetat vidare med simkunnigheten och redovisar', { fill: 0.95 }), line('aktivitet: simskola på sommarlovet', { fill: 0.4 })]);
    expect(prose).toHaveLength(1);
  });

  it("puts a value's words that wrapped back under the label into the value's cell", () => {
    const blocks = segmentLines([
      row(['Aktivitet:', '', 'Ta fram informationsmaterial om sopsortering på lätt svenska och']),
      row(['engelska', '', '']),
      row(['Ansvarig:', '', 'Renhållningen']),
    ]);
    expect(blocks.filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual([
      ['Aktivitet:', '', 'Ta fram informationsmaterial om sopsortering på lätt svenska och engelska'],
      ['Ansvarig:', '', 'Renhållningen'],
    ]);
  });

  it('joins by column a row that goes on in lower case under a label that wrapped, or under no label', () => {
    const label = segmentLines([row(['Ansvarig', '', 'Renhållningen och']), row(['förvaltning:', '', 'bostadsbolaget'])]);
    expect(label.filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual([['Ansvarig förvaltning:', '', 'Renhållningen och bostadsbolaget']]);
    const plain = segmentLines([row(['Sopsortering i flerbostadshus', 'Renhållningen', '2026–']), row(['och på förskolorna', '', '2027'])]);
    expect(plain.filter((b) => b.kind === 'row').map((b) => b.cells)).toEqual([['Sopsortering i flerbostadshus och på förskolorna', 'Renhållningen', '2026–2027']]);
  });
});
