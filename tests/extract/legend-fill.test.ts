import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';

const GREEN = '#70AD47';
const AMBER = '#FFC000';
const RED = '#E06666';

/** A culture plan's follow-up table whose status cells hold only a colour. */
function followUp(legend: RawBlock[], statusFills: Array<string | null>): RawBlock[] {
  const rows: Array<[string, string, string]> = [
    ['Öppna biblioteket i Norrby på söndagar', 'Kulturförvaltningen', '2025'],
    ['Starta en kulturskolekurs i film', 'Kulturskolan', 'HT 2025'],
    ['Digitalisera det lokalhistoriska arkivet', 'Kulturförvaltningen', '2026'],
  ];
  return [
    { kind: 'heading', text: 'Uppföljning av kulturplanen 2025', page: 1, level: 1 },
    ...legend,
    { kind: 'heading', text: 'Läsning och bibliotek', page: 1, level: 2 },
    { kind: 'row', text: '', page: 1, table: 1, header: true, cells: ['Åtgärd', 'Ansvarig', 'Tid', 'Status'], fills: ['#D9D9D9', '#D9D9D9', '#D9D9D9', '#D9D9D9'] },
    ...rows.map(([a, o, t], i): RawBlock => ({ kind: 'row', text: '', page: 1, table: 1, cells: [a, o, t, ''], fills: [null, null, null, statusFills[i]] })),
  ];
}

const swatches = (pairs: Array<[string, string]>): RawBlock[] => [
  { kind: 'paragraph', text: 'Teckenförklaring', page: 1 },
  ...pairs.map(([fill, word]): RawBlock => ({ kind: 'row', text: '', page: 1, table: 0, cells: ['', word], fills: [fill, null] })),
];

const read = (blocks: RawBlock[]) => extract(buildDoc('docx', blocks, { pageCount: 1 })).activities.map((a) => ({ status: a.status, track: a.track, rule: a.statusRule }));

describe("a legend's colours give the status of cells that hold only a colour", () => {
  it("reads a legend table's swatches ('[green] Genomförd') and gives each filled cell its status, not a traffic light", () => {
    const got = read(followUp(swatches([[GREEN, 'Genomförd'], [AMBER, 'Pågår'], [RED, 'Ej påbörjad']]), [GREEN, RED, AMBER]));
    expect(got).toEqual([
      { status: 'done', track: null, rule: 'status/legend-fill' },
      { status: 'not_started', track: null, rule: 'status/legend-fill' },
      { status: 'ongoing', track: null, rule: 'status/legend-fill' },
    ]);
  });

  it("reads colour words in a legend's prose ('Grön – genomförd') by the fill's hue, and the colour stays a light", () => {
    const legend: RawBlock[] = [{ kind: 'paragraph', text: 'Grön – genomförd. Gul – pågår. Röd – ej påbörjad.', page: 1 }];
    const got = read(followUp(legend, ['#00B050', '#FFFF00', null]));
    expect(got.map((g) => g.status)).toEqual(['done', 'ongoing', null]);
    expect(got.map((g) => g.track)).toEqual(['on_track', 'deviation', null]);
  });

  it('gives no status where no legend explains the colours: the fill is a traffic light only', () => {
    const got = read(followUp([], [GREEN, RED, null]));
    expect(got.map((g) => g.status)).toEqual([null, null, null]);
    expect(got.map((g) => g.track)).toEqual(['on_track', 'off_track', null]);
  });

  it('takes no legend from a table whose filled cells hold words (a shaded header) or whose worded cell says no status', () => {
    const notLegend: RawBlock[] = [
      { kind: 'row', text: '', page: 1, table: 0, cells: ['', 'Kontaktperson: Anna Berg'], fills: [GREEN, null] },
      { kind: 'row', text: '', page: 1, table: 0, cells: ['Genomförd', 'Pågår'], fills: [GREEN, AMBER] },
    ];
    const got = read(followUp(notLegend, [GREEN, AMBER, RED]));
    expect(got.map((g) => g.status)).toEqual([null, null, null]);
  });
});

describe("the colour of a row's judgement cell, not of its shaded area column", () => {
  /** A water plan whose area column is merged down and shaded, and whose 'Bedömning' cells hold only a colour. */
  const rows = (judgements: Array<string | null>): RawBlock[] => [
    { kind: 'heading', text: 'Uppföljning av VA-planen 2025', page: 1, level: 1 },
    { kind: 'row', text: '', page: 1, table: 1, header: true, cells: ['Område', 'Åtgärd', 'Ansvar', 'Bedömning'], fills: ['#BDD7EE', '#BDD7EE', '#BDD7EE', '#BDD7EE'] },
    { kind: 'row', text: '', page: 1, table: 1, cells: ['Dricksvatten', 'Bygga en reservvattenledning till Norrby', 'VA-enheten', ''], fills: ['#DEEAF6', null, null, judgements[0]] },
    { kind: 'row', text: '', page: 1, table: 1, cells: ['Dricksvatten', 'Byta ut vattenmätare i äldre fastigheter', 'VA-enheten', ''], fills: ['#DEEAF6', null, null, judgements[1]] },
    { kind: 'row', text: '', page: 1, table: 1, cells: ['Dagvatten', 'Anlägga en dagvattendamm vid industriområdet', 'Tekniska förvaltningen', ''], fills: ['#DEEAF6', null, null, judgements[2]] },
  ];

  it('reads each light from the judgement column though the area column is shaded before it', () => {
    const got = read(rows(['#00B050', '#FFC000', '#FF0000']));
    expect(got.map((g) => g.track)).toEqual(['on_track', 'deviation', 'off_track']);
  });

  it('reads no light where only the area column is shaded', () => {
    const got = read(rows([null, null, null]));
    expect(got.map((g) => g.track)).toEqual([null, null, null]);
  });
});

describe("a legend of drawn swatches, each written as the symbol for its colour ('[green square] Klar')", () => {
  /** A housing programme's follow-up printed to PDF: the legend's swatches are drawn squares, the status cells filled. */
  function printed(swatchSource: 'shape' | 'image'): ReturnType<typeof buildDoc> {
    const blocks: RawBlock[] = [
      { kind: 'heading', text: 'Uppföljning av bostadsförsörjningsprogrammet', page: 1, level: 1 },
      { kind: 'row', text: '', page: 1, table: 0, cells: ['✅', 'Klar', '⚠', 'Pågår', '⛔', 'Ej startad'] },
      { kind: 'row', text: '', page: 1, table: 1, header: true, cells: ['Åtgärd', 'Ansvar', 'Status'] },
      { kind: 'row', text: '', page: 1, table: 1, cells: ['Ta fram en markanvisningspolicy', 'Mark och exploatering', ''], fills: [null, null, '#00B050'] },
      { kind: 'row', text: '', page: 1, table: 1, cells: ['Bygga trygghetsboenden i Norrby', 'Bostadsbolaget', ''], fills: [null, null, '#C00000'] },
      { kind: 'row', text: '', page: 1, table: 1, cells: ['Kartlägga behovet av bostäder för unga', 'Planenheten', ''], fills: [null, null, '#F4B183'] },
    ];
    const doc = buildDoc('pdf', blocks, { pageCount: 1 });
    const swatch = (token: string, hex: string, colour: string) => {
      const start = doc.text.indexOf(token);
      return { start, end: start + token.length, page: 1, kind: 'icon' as const, colour, hex, shape: 'dot', share: null, source: swatchSource };
    };
    doc.pictures = [swatch('✅', '#00B050', 'green'), swatch('⚠', '#F4B183', 'orange'), swatch('⛔', '#C00000', 'red')];
    return doc;
  }

  it("gives a cell filled with a swatch's colour the swatch's status, and no traffic light", () => {
    const got = extract(printed('shape')).activities.map((a) => [a.status, a.track]);
    expect(got).toEqual([['done', null], ['not_started', null], ['ongoing', null]]);
  });

  it('takes no colour from a raster icon beside a word: an icon is a light of its own, not a swatch', () => {
    const got = extract(printed('image')).activities.map((a) => a.statusRule);
    expect(got).not.toContain('status/legend-fill');
  });
});
