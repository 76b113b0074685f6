import { describe, expect, it } from 'vitest';
import { cellKind, isSymbolCell } from '../../src/clean/cell-kinds.js';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { contentRole, typeColumns } from '../../src/extract/view/column-types.js';

describe('a column of status symbols typed by its cells', () => {
  it('reads a cell of one symbol, or two, as a symbol and a word beside it as none', () => {
    expect(['◐', '○', '✕', '⛔', '🟢', '● ✅'].map(isSymbolCell)).toEqual([true, true, true, true, true, true]);
    expect(['● Klar', '◐◐◐', 'x', '', 'KLF'].map(isSymbolCell)).toEqual([false, false, false, false, false]);
    expect(cellKind('◑')).toBe('symbol');
    // A lone check mark stays a mark under a year until its column shows other symbols.
    expect(cellKind('✓')).toBe('mark');
  });

  it('makes an unnamed column of symbols a status column, check marks counted with the circles', () => {
    expect(contentRole(['✓', '◐', '✓', '○', '✕', '✓', ''])).toBe('status');
    expect(contentRole(['●', '◐', '○'])).toBe('status');
  });

  it('leaves a column of check marks alone a mark column, and a column of words with a symbol in it no status', () => {
    expect(contentRole(['✓', '✓', '', '✓'])).toBeNull();
    expect(contentRole(['Ordna en läsfrämjande vecka', '◐', 'Starta en bokcirkel för unga'])).toBe('activity');
  });

  it('types a headerless table of numbered actions with an owner, a time and a symbol column', () => {
    const rows = [
      ['A1', 'Inventera gatubelysningen i ytterområdena', 'Gatuenheten', '2025', '●'],
      ['A2', 'Genomföra trygghetsvandringar med boende', 'Socialförvaltningen', 'HT 2025', '◐'],
      ['A3', 'Ta fram en plan för klotterborttagning', 'Tekniska förvaltningen', '2026', '○'],
    ];
    expect(typeColumns(null, rows).roles).toEqual(['number', 'activity', 'owner', 'time', 'status']);
  });

  it("keeps a header's role for a column of symbols ('Bedömning' stays a judgement, a year stays a year)", () => {
    const rows = [
      ['Utöka öppettiderna på fritidsgården', 'Fritid', '✅', '✓'],
      ['Anställa två fältassistenter', 'Socialtjänsten', '⛔', '✓'],
      ['Starta nattvandring med föräldrar', 'Fritid', '⚠', ''],
    ];
    expect(typeColumns(['Aktivitet', 'Ansvar', 'Bedömning', '2025'], rows).roles).toEqual(['activity', 'owner', 'track', 'year']);
  });
});

/** A crisis-preparedness follow-up whose table has no header: band rows, ids, owners, times and a symbol per action. */
function preparedness(legendAsRow: boolean): RawBlock[] {
  const legend = 'Förklaring: ● Klar ◑ Påbörjad ○ Inte startad';
  const legendRow: RawBlock = { kind: 'row', text: '', page: 1, table: 1, cells: ['Förklaring: ● Klar', '◑ Påbörjad', '○ Inte startad'] };
  return [
    { kind: 'heading', text: 'Lägesrapport krisberedskap 2025', page: 1, level: 1 },
    legendAsRow ? legendRow : { kind: 'paragraph', text: legend, page: 1 },
    { kind: 'row', text: '', page: 1, table: 1, cells: ['Område A Ledning och samverkan', '', '', '', ''] },
    { kind: 'row', text: '', page: 1, table: 1, cells: ['A.1', 'Öva krisledningsnämnden en gång per år', 'Säkerhetssamordnaren', '2025', '●'] },
    { kind: 'row', text: '', page: 1, table: 1, cells: ['A.2', 'Upprätta reservrutiner för sambandet med Rakel', 'Räddningstjänsten', '2025–2026', '◑'] },
    { kind: 'row', text: '', page: 1, table: 1, cells: ['A.3', 'Teckna avtal om reservkraft för vattenverken', 'VA-enheten', '2026', '○'] },
  ];
}

describe("a legend drawn as a row of the table it explains", () => {
  const read = (blocks: RawBlock[]) => extract(buildDoc('pdf', blocks, { pageCount: 1 })).activities.map((a) => [a.text, a.ownerRaw, a.status]);
  const expected = [
    ['Öva krisledningsnämnden en gång per år', 'Säkerhetssamordnaren', 'done'],
    ['Upprätta reservrutiner för sambandet med Rakel', 'Räddningstjänsten', 'started'],
    ['Teckna avtal om reservkraft för vattenverken', 'VA-enheten', 'not_started'],
  ];

  it('reads the statuses of a symbol column by the legend above the table', () => {
    expect(read(preparedness(false))).toEqual(expected);
  });

  it('reads the same rows where the legend is the first row of the table: it is no header and no action', () => {
    expect(read(preparedness(true))).toEqual(expected);
  });
});

describe("a legend row of several swatches, each beside its word", () => {
  it("gives the status of cells that hold only a colour ('[green] Klar [amber] Pågår [red] Ej startad' in one row)", () => {
    const blocks: RawBlock[] = [
      { kind: 'heading', text: 'Uppföljning av bostadsförsörjningsprogrammet', page: 1, level: 1 },
      { kind: 'row', text: '', page: 1, table: 0, cells: ['', 'Klar', '', 'Pågår', '', 'Ej startad'], fills: ['#00B050', null, '#F4B183', null, '#C00000', null] },
      { kind: 'row', text: '', page: 1, table: 1, header: true, cells: ['Åtgärd', 'Ansvar', 'Status'] },
      { kind: 'row', text: '', page: 1, table: 1, cells: ['Ta fram en markanvisningspolicy', 'Mark och exploatering', ''], fills: [null, null, '#00B050'] },
      { kind: 'row', text: '', page: 1, table: 1, cells: ['Bygga trygghetsboenden i Norrby', 'Bostadsbolaget', ''], fills: [null, null, '#C00000'] },
      { kind: 'row', text: '', page: 1, table: 1, cells: ['Kartlägga behovet av bostäder för unga', 'Planenheten', ''], fills: [null, null, '#F4B183'] },
    ];
    const got = extract(buildDoc('docx', blocks, { pageCount: 1 })).activities.map((a) => [a.status, a.track]);
    expect(got).toEqual([['done', null], ['not_started', null], ['ongoing', null]]);
  });

  it('takes no legend from a row of filled cells with words in them or a row whose swatches outnumber its words', () => {
    const blocks: RawBlock[] = [
      { kind: 'row', text: '', page: 1, table: 0, cells: ['', '', 'Klar', ''], fills: ['#00B050', '#C00000', null, '#F4B183'] },
      { kind: 'row', text: '', page: 1, table: 1, header: true, cells: ['Åtgärd', 'Ansvar', 'Status'] },
      { kind: 'row', text: '', page: 1, table: 1, cells: ['Ta fram en markanvisningspolicy', 'Mark och exploatering', ''], fills: [null, null, '#C00000'] },
    ];
    const got = extract(buildDoc('docx', blocks, { pageCount: 1 })).activities.map((a) => [a.status, a.track]);
    expect(got).toEqual([[null, 'off_track']]);
  });
});

describe("a legend's own symbols beyond the common circles ('⊘ Uppskjuten', '◆ Avvaktar')", () => {
  const read = (blocks: RawBlock[]) => extract(buildDoc('pdf', blocks, { pageCount: 1 })).activities.map((a) => [a.text, a.status]);

  it('reads the status of a field that holds a symbol only the legend explains, the legend line set as a heading or a paragraph', () => {
    const blocks: RawBlock[] = [
      { kind: 'heading', text: 'Lägesrapport avfallsplan 2025', page: 1, level: 1 },
      { kind: 'paragraph', text: 'Förklaring: ● Klar ◐ Pågår ○ Ej startad', page: 1 },
      { kind: 'heading', text: '⊘ Uppskjuten', page: 1, level: 3 },
      { kind: 'heading', text: '◆ Avvaktar beslut', page: 1, level: 3 },
      { kind: 'heading', text: 'Mål 1. Mindre matsvinn', page: 1, level: 2 },
      { kind: 'paragraph', text: 'Åtgärd 1.1 Mäta matsvinnet i alla skolkök', page: 1 },
      { kind: 'paragraph', text: 'Ansvarig: Kostenheten', page: 1 },
      { kind: 'paragraph', text: 'Status: ⊘', page: 1 },
      { kind: 'paragraph', text: 'Åtgärd 1.2 Införa insamling av matavfall i flerbostadshus', page: 1 },
      { kind: 'paragraph', text: 'Ansvarig: Renhållningen', page: 1 },
      { kind: 'paragraph', text: 'Status: ◐', page: 1 },
    ];
    expect(read(blocks).map((r) => r[1])).toEqual(['postponed', 'ongoing']);
  });

  it('types a column of such symbols as a status column, and gives a symbol no legend explains no status', () => {
    expect(isSymbolCell('⊘')).toBe(true);
    expect(contentRole(['⊘', '●', '◆'])).toBe('status');
    const blocks: RawBlock[] = [
      { kind: 'heading', text: 'Lägesrapport avfallsplan 2025', page: 1, level: 1 },
      { kind: 'paragraph', text: 'Åtgärd 1.1 Mäta matsvinnet i alla skolkök', page: 1 },
      { kind: 'paragraph', text: 'Ansvarig: Kostenheten', page: 1 },
      { kind: 'paragraph', text: 'Status: ⊘', page: 1 },
    ];
    expect(read(blocks).map((r) => r[1])).not.toEqual(['postponed']);
  });
});
