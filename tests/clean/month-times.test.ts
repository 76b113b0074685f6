import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { timeLength } from '../../src/clean/cell-kinds.js';
import { typedColumns } from '../../src/clean/late-columns.js';

describe('a time given as a month in figures', () => {
  it("reads 'YYYY-MM' as a time cell, alone, in a range and after a bound", () => {
    expect(timeLength('2026-06')).toBe(7);
    expect(timeLength('2026-06 Pågår')).toBe(7);
    expect(timeLength('2026-03–2026-09')).toBe(15);
    expect(timeLength('Senast 2027-12')).toBe(14);
  });
  it('reads no month 13, no date a line break cut, no number that only looks like one', () => {
    expect(timeLength('2026-13')).toBe(0);
    expect(timeLength('2026-10- 20')).toBe(0);
    expect(timeLength('2026-123')).toBe(0);
  });
});

// Subject and layout of their own: a park unit's playground plan, its id column read as runs before the actions, a
// place column with no type, then the owner and a 'Klart senast' column of months in figures, and a comment whose
// sentences name months too.
const BODY =
  'Lekplatsplan 2026–2027 Nr Åtgärd Plats Ansvar Klart senast 1.1 1.2 Byta sand i sandlådorna Måla om klätterställningen ' +
  'Lekplatsområde 1: Centrum 2.1 2.2 Sätta upp nya gungor Laga staketet mot vägen ' +
  'Stadsparken Ekbackens lekplats PAR PAR 2026-05 2026-08 Ängens förskola PAR TEK Gamla torget 2027-04 2026-11 ' +
  'Förkortningar: PAR = Parkenheten, TEK = Tekniska enheten';

const transcript = (body: string, bare: boolean) =>
  new TextEncoder().encode(
    bare
      ? `Lekplatsplan 2026–2027 – Exempelby kommun\n\nTranskript\n\n1 EXEMPELBY KOMMUN ${body}\n`
      : `Lekplatsplan 2026–2027 – Exempelby kommun\n\nTranskript:\n\nEXEMPELBY KOMMUN ${body} 1 (1)\n`,
  );

describe('a column of months in figures given after its items', () => {
  for (const bare of [false, true]) {
    it(`pairs the months to the items in order, after a place column's last word (${bare ? 'bare' : 'seed'} form)`, () => {
      const x = extract(readText(transcript(BODY, bare)));
      expect(x.activities.map((a) => a.text)).toEqual(['Byta sand i sandlådorna', 'Måla om klätterställningen', 'Sätta upp nya gungor', 'Laga staketet mot vägen']);
      expect(x.activities.map((a) => a.years)).toEqual([[2026], [2026], [2027], [2026]]);
      expect(x.activities.map((a) => a.ownerRaw)).toEqual(['PAR', 'PAR', 'PAR', 'TEK']);
    });
  }

  it('takes no month after a preposition: a sentence that names one stays text', () => {
    const columns = typedColumns('Beslut fattas i 2026-05 enligt nämnden. Stadsparken 2026-08'.split(' '));
    expect(columns.get('time')!.map((c) => c.text)).toEqual(['2026-08']);
  });

  it('leaves the months unpaired when the column gives fewer cells than there are items', () => {
    const doc = readText(transcript(BODY.replace(' 2026-11', ''), false));
    const x = extract(doc);
    expect(x.activities).toHaveLength(4);
    expect(x.activities.every((a) => a.years.length === 0)).toBe(true);
    expect(doc.messages.filter((m) => m.ruleId === 'clean/late-columns').map((m) => m.reason).join(' ')).toMatch(/\d time cells for 4 numbered items/);
  });
});
