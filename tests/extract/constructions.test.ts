import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { CONSTRUCTIONS } from '../../src/extract/constructions/index.js';
import { exampleBlocks, type ConstructionExample } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

/** What extraction makes of an example document, in the example's own terms. */
function read(example: ConstructionExample) {
  const x = extract(buildDoc('text', exampleBlocks(example.doc), { pageCount: null }));
  return {
    focusAreas: x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title),
    subAreas: x.focusAreas.filter((f) => f.parentKey !== null).map((f) => f.title),
    activities: x.activities.map((a) => a.text),
  };
}

/** The parts of the result the example names. */
function named(example: ConstructionExample, got: ReturnType<typeof read>) {
  const out: Partial<ReturnType<typeof read>> = {};
  if (example.focusAreas) out.focusAreas = got.focusAreas;
  if (example.subAreas) out.subAreas = got.subAreas;
  if (example.activities) out.activities = got.activities;
  return out;
}

describe('every construction reads its examples and none of its look-alikes', () => {
  it('has constructions, each with positive and negative examples', () => {
    expect(CONSTRUCTIONS.length).toBeGreaterThanOrEqual(9);
    for (const c of CONSTRUCTIONS) expect({ id: c.id, positive: c.positive.length > 0, negative: c.negative.length > 0 }).toEqual({ id: c.id, positive: true, negative: true });
  });
  for (const c of CONSTRUCTIONS) {
    c.positive.forEach((example, i) => {
      it(`${c.id}: positive example ${i + 1}`, () => {
        const { doc: _doc, ...expected } = example;
        expect(named(example, read(example))).toEqual(expected);
      });
    });
    c.negative.forEach((example, i) => {
      it(`${c.id}: negative example ${i + 1}`, () => {
        const { doc: _doc, ...expected } = example;
        expect(named(example, read(example))).toEqual(expected);
      });
    });
  }
});

describe('what the outline could not read is said, with its span', () => {
  it('a line without a number under an outline-numbered item is its description, and a message says so', () => {
    const doc = buildDoc('text', exampleBlocks('# Vatten\n1.1 Kartlägga dagvattnet i centrum\n1.1 Mätningarna görs av VA-bolaget\n1.2 Anlägga en våtmark vid ån'), { pageCount: null });
    const x = extract(doc);
    expect(x.activities.map((a) => a.text)).toEqual(['Kartlägga dagvattnet i centrum', 'Anlägga en våtmark vid ån']);
    const note = x.messages.find((m) => m.ruleId === 'trap/description');
    expect(doc.text.slice(note!.start, note!.end)).toContain('Mätningarna görs av VA-bolaget');
  });

  it('a header cell with no column role is a warning that points at the cell', () => {
    const doc = buildDoc('text', exampleBlocks('# Tema 1: Service\n| Aktivitet | Ansvar | Prioritet |\n| Införa en företagslots | KLF | Hög |\n| Mäta nöjdheten | KLF | Låg |'), { pageCount: null });
    const x = extract(doc);
    const warning = x.messages.find((m) => m.ruleId === 'extract/column-without-role');
    expect(warning?.reason).toMatch(/"Prioritet"/);
    expect(doc.text.slice(warning!.start, warning!.end)).toBe('Prioritet');
    expect(x.activities.map((a) => a.text)).toEqual(['Införa en företagslots', 'Mäta nöjdheten']);
  });

  it('a row with fewer cells than its header (borders a scan lost) is read for the cells it has', () => {
    const doc = buildDoc('text', exampleBlocks('# Tema 1: Service\n| Aktivitet | Ansvar | Klart | Status |\n| Införa en företagslots | KLF | 2024 | Pågår |\n| Mäta nöjdheten | NLE |'), { pageCount: null });
    const x = extract(doc);
    expect(x.activities.map((a) => [a.text, a.ownerRaw ?? null, a.status ?? null])).toEqual([
      ['Införa en företagslots', 'KLF', 'ongoing'],
      ['Mäta nöjdheten', 'NLE', null],
    ]);
  });

  it('a header repeated on a later page names a column the first one left unnamed, from then on', () => {
    const blocks = exampleBlocks('# Aktiviteter\n| Mäåälomräde | Nr | Aktivitet | Huvudansvar |\n| 1. | 1.1 | Införa en digital ärendeguide | Kommunledningskontoret |\n| Målområde | Nr | Aktivitet | Huvudansvar |\n| Företagsvänlig service | 1.2 | Genomföra utbildningen Förenkla helt enkelt | Kommunledningskontoret |\n| Kompetens och arbetsmarknad | 2.1 | Utveckla Teknikcollege | Utbildningsförvaltningen |');
    // The third row is the header again, as a page break repeats it; the table goes on.
    blocks[3] = { ...blocks[3], header: true };
    const x = extract(buildDoc('text', blocks, { pageCount: null }));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Företagsvänlig service', 'Kompetens och arbetsmarknad']);
    expect(x.activities.map((a) => [a.text, a.focusAreaKey])).toEqual([
      ['Införa en digital ärendeguide', null],
      ['Genomföra utbildningen Förenkla helt enkelt', 0],
      ['Utveckla Teknikcollege', 1],
    ]);
  });

  it("a numbered item with text set under it before its bullets heads a section, as a browser prints a list item holding a title, a paragraph and a list", () => {
    const blocks = exampleBlocks('# Idrott och motion\n1. Fler platser för spontanidrott\nX\n- Bygga en spontanidrottsplats i varje skolområde\n- Rusta upp utegymmen\n2. Föreningslivet\nX\nX\n- Förenkla ansökan om föreningsbidrag\n- Erbjuda utbildning i styrelsearbete');
    // Lines with no glyph set under an item's text, as the PDF reader gives them.
    const under = ['Barn och unga ska kunna röra sig nära hemmet. Insatser:', 'Föreningarna bär idrotten i kommunen.', 'Insatser:'];
    let k = 0;
    const read = blocks.map((b) => (b.text === 'X' ? { kind: 'item' as const, text: under[k++], page: b.page, marker: '', level: 0 } : b));
    const x = extract(buildDoc('text', read, { pageCount: null }));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Fler platser för spontanidrott', 'Föreningslivet']);
    expect(x.activities.map((a) => [a.text, a.focusAreaKey])).toEqual([
      ['Bygga en spontanidrottsplats i varje skolområde', 0],
      ['Rusta upp utegymmen', 0],
      ['Förenkla ansökan om föreningsbidrag', 1],
      ['Erbjuda utbildning i styrelsearbete', 1],
    ]);
    // Numbered actions with text under them and no bullets after it head nothing.
    const actions = exampleBlocks('# Idrott och motion\n1. Bygga en spontanidrottsplats i varje skolområde\nX\n2. Rusta upp utegymmen\nX\n3. Förenkla ansökan om föreningsbidrag').map((b) => (b.text === 'X' ? { kind: 'item' as const, text: 'Arbetet leds av fritidsförvaltningen.', page: b.page, marker: '', level: 0 } : b));
    expect(extract(buildDoc('text', actions, { pageCount: null })).focusAreas).toEqual([]);
  });

  it('a document without plan structure yields no rows and an outcome that says so', () => {
    const x = extract(buildDoc('text', exampleBlocks('# Bakgrund\nKommunen har vuxit under lång tid.\n# Risker\nÖversvämning kan drabba centrum.'), { pageCount: null }));
    expect({ outcome: x.outcome, rows: x.activities.length + x.focusAreas.length }).toEqual({ outcome: 'none', rows: 0 });
    expect(x.messages.map((m) => m.ruleId)).toContain('extract/no-plan');
  });
});
