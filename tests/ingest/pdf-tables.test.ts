import { describe, expect, it } from 'vitest';
import type { HRule, PageGraphics, VRule } from '../../src/ingest/pdf-graphics.js';
import type { Run } from '../../src/ingest/pdf-lines.js';
import { readGridTables, withCellBreaks } from '../../src/ingest/pdf-tables.js';

/** Rules of a grid: row edges top to bottom, column edges left to right, minus the borders left out to merge cells. */
function grid(ys: number[], xs: number[], omit: { v?: Array<[number, number]>; h?: Array<[number, number]> } = {}): PageGraphics {
  const horizontals: HRule[] = [];
  const verticals: VRule[] = [];
  ys.forEach((y, i) =>
    xs.slice(0, -1).forEach((x, j) => {
      if (!omit.h?.some(([r, c]) => r === i && c === j)) horizontals.push({ y, x1: x, x2: xs[j + 1] });
    }),
  );
  xs.forEach((x, j) =>
    ys.slice(0, -1).forEach((y, i) => {
      if (!omit.v?.some(([r, c]) => r === i && c === j)) verticals.push({ x, y1: ys[i + 1], y2: y });
    }),
  );
  return { horizontals, verticals, fills: [] };
}

function run(text: string, x: number, y: number): Run {
  return { text, x, y, xEnd: x + text.length * 5, size: 10 };
}

describe('ruled PDF tables', () => {
  it('reads the row a page break cut, whose cell sides run down to the cut with no rule under them', () => {
    // Two rows closed by rules, and a third whose sides end at the page's foot (y 560) without a bottom rule.
    const ruled = grid([700, 680, 640, 600], [50, 80, 300, 400]);
    const g = { ...ruled, horizontals: ruled.horizontals.filter((h) => h.y !== 600), verticals: ruled.verticals.map((v) => (v.y1 === 600 ? { ...v, y1: 560 } : v)) };
    const runs = [run('Nr', 55, 686), run('Åtgärd', 85, 686), run('Ansvar', 305, 686), run('1', 55, 665), run('Röja sly längs åarna', 85, 665), run('Parkenheten', 305, 665), run('2', 55, 625), run('Restaurera våtmarken', 85, 625), run('vid Norrsjön', 85, 613), run('Miljöenheten', 305, 625), run('Sidfot', 55, 540)];
    const { rows, rest } = readGridTables(g, runs);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Nr', 'Åtgärd', 'Ansvar'],
      ['1', 'Röja sly längs åarna', 'Parkenheten'],
      ['2', 'Restaurera våtmarken vid Norrsjön', 'Miljöenheten'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['Sidfot']);
    // Sides that end each at its own height are no cut row: the table ends at its last rule.
    const ragged = { ...g, verticals: g.verticals.map((v, i) => (v.y1 === 560 ? { ...v, y1: 560 + i * 5 } : v)) };
    expect(readGridTables(ragged, runs).rows.map((r) => r.cells[0])).toEqual(['Nr', '1']);
    // Nor are sides drawn in pieces that go on past that end: a table drawn without row rules.
    const pieces = { ...g, verticals: [...g.verticals, ...[50, 80, 300, 400].map((x) => ({ x, y1: 520, y2: 560 }))] };
    expect(readGridTables(pieces, runs).rows.map((r) => r.cells[0])).toEqual(['Nr', '1']);
  });

  it("reads no row of its own in the sliver between a merged cell's box and the next row's rule", () => {
    // The first column's cell is merged down two rows, its box drawn 6 points short of the second row's bottom rule.
    const ruled = grid([700, 680, 640, 600], [50, 150, 350, 450], { h: [[2, 0]] });
    const g = { ...ruled, horizontals: [...ruled.horizontals.filter((h) => !(h.y === 600 && h.x1 === 50)), { y: 606, x1: 50, x2: 150 }, { y: 600, x1: 50, x2: 150 }], verticals: [...ruled.verticals.filter((v) => v.x !== 50 || v.y1 !== 600), { x: 50, y1: 606, y2: 640 }] };
    const runs = [run('Område', 55, 686), run('Åtgärd', 155, 686), run('Ansvar', 355, 686), run('Vatten', 55, 665), run('Röja sly längs åarna', 155, 665), run('Parkenheten', 355, 665), run('Restaurera våtmarken', 155, 625), run('vid Norrsjön', 155, 613), run('i samråd med markägarna', 155, 602), run('Miljöenheten', 355, 625)];
    const { rows } = readGridTables(g, runs);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Område', 'Åtgärd', 'Ansvar'],
      ['Vatten', 'Röja sly längs åarna', 'Parkenheten'],
      ['Vatten', 'Restaurera våtmarken vid Norrsjön i samråd med markägarna', 'Miljöenheten'],
    ]);
  });

  it('reads each cell, joining the lines inside it', () => {
    const g = grid([700, 680, 640], [50, 80, 300, 400]);
    const runs = [run('Nr', 55, 686), run('Aktivitet', 85, 686), run('Ansvarig', 305, 686), run('1', 55, 665), run('Skapa en plan för', 85, 665), run('företagsbesök.', 85, 653), run('KLK', 305, 665), run('Brödtext', 50, 600)];
    const { rows, rest } = readGridTables(g, runs);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Nr', 'Aktivitet', 'Ansvarig'],
      ['1', 'Skapa en plan för företagsbesök.', 'KLK'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['Brödtext']);
  });

  it('splits a row whose inner borders did not show when each word keeps to one column, and keeps a band whose title runs over them', () => {
    // Rows 0 and 1 have no inner verticals: a dark header scanned, then a band; row 2 is a body row.
    const ruled = grid([700, 686, 672, 640], [50, 80, 300, 400, 500], { v: [1, 2, 3].flatMap((j): Array<[number, number]> => [[0, j], [1, j]]) });
    // Each rule one line across the table, as a scan's run of pixels gives it.
    const g = { ...ruled, horizontals: [700, 686, 672, 640].map((y) => ({ y, x1: 50, x2: 500 })) };
    const runs = [run('Nr', 55, 690), run('Åtgärd', 85, 690), run('Ansvarig', 305, 690), run('Läge', 405, 690), run('Prioriterat område 1: Service och myndighetsutövning', 55, 676), run('1.1', 55, 660), run('Införa en företagslots', 85, 660), run('NLE', 305, 660), run('Klar', 405, 660)];
    const { rows } = readGridTables(g, runs);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Nr', 'Åtgärd', 'Ansvarig', 'Läge'],
      ['Prioriterat område 1: Service och myndighetsutövning', '', '', ''],
      ['1.1', 'Införa en företagslots', 'NLE', 'Klar'],
    ]);
  });

  it('ends a table drawn without side borders where its row rules end, and keeps its first and last columns', () => {
    const ruled = grid([700, 680, 660], [50, 250, 320, 500]);
    const g = { ...ruled, verticals: ruled.verticals.filter((v) => v.x !== 50 && v.x !== 500) };
    const runs = [run('Aktivitet', 55, 686), run('Status', 255, 686), run('Kommentar', 325, 686), run('Ta fram detaljplaner', 55, 666), run('70 %', 255, 666), run('Planer antagna', 325, 666), run('Brödtext', 55, 600)];
    const { rows, rest } = readGridTables(g, runs);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Aktivitet', 'Status', 'Kommentar'],
      ['Ta fram detaljplaner', '70 %', 'Planer antagna'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['Brödtext']);
    // Rules alone, no verticals at all: no table (a page of underlined headings is none).
    expect(readGridTables({ ...g, verticals: [] }, runs).rows).toEqual([]);
  });

  it('applies a vertically merged cell to every row it spans, and keeps a band across the table in its first column', () => {
    // Row 0 is a band (no inner verticals); rows 1 and 2 share one owner cell (no border between them in column 2).
    const g = grid([700, 680, 660, 640], [50, 80, 300, 400], { v: [[0, 1], [0, 2]], h: [[2, 2]] });
    const runs = [run('Fokusområde Service', 55, 686), run('1', 55, 666), run('Skapa', 85, 666), run('2', 55, 646), run('Ordna', 85, 646), run('KLK', 305, 656)];
    const { rows } = readGridTables(g, runs);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Fokusområde Service', '', ''],
      ['1', 'Skapa', 'KLK'],
      ['2', 'Ordna', 'KLK'],
    ]);
  });

  it('separates stacked tables whose columns differ, so columns never shift', () => {
    const top = grid([700, 680, 660], [50, 80, 300, 400]);
    const bottom = grid([660, 640, 620], [50, 100, 250, 400]);
    const g: PageGraphics = { horizontals: [...top.horizontals, ...bottom.horizontals], verticals: [...top.verticals, ...bottom.verticals], fills: [] };
    const runs = [run('a', 55, 686), run('b', 85, 686), run('c', 305, 686), run('d', 55, 646), run('e', 105, 646), run('f', 255, 646)];
    const { rows } = readGridTables(g, runs);
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(new Set(rows.map((r) => r.table)).size).toBe(2);
  });

  it('keeps one column boundary where each cell is its own box and rows drift out of line a point or two at a time', () => {
    // A browser's print of a table with separate borders: every cell a box of its own, 1.2 pt from its neighbour,
    // and the boundary between two columns moving a little from row to row (a header repeated on the page, a second table below).
    const horizontals: HRule[] = [];
    const verticals: VRule[] = [];
    const box = (x1: number, x2: number, y1: number, y2: number) => {
      horizontals.push({ y: y1, x1, x2 }, { y: y2, x1, x2 });
      verticals.push({ x: x1, y1, y2 }, { x: x2, y1, y2 });
    };
    const bounds = [150, 152.5, 155, 157.4];
    bounds.forEach((b, i) => {
      const [y2, y1] = [700 - i * 30, 700 - i * 30 - 28.8];
      box(50, 80 - 0.6, y1, y2);
      box(80 + 0.6, b - 0.6, y1, y2);
      box(b + 0.6, 300, y1, y2);
    });
    const runs = bounds.flatMap((_, i) => [run(String(i + 1), 55, 685 - i * 30), run(`Anlägga odlingslott ${i + 1}`, 85, 685 - i * 30), run('Parkenheten', 200, 685 - i * 30)]);
    const { rows } = readGridTables({ horizontals, verticals, fills: [] }, runs);
    expect(rows.map((r) => r.cells)).toEqual(bounds.map((_, i) => [String(i + 1), `Anlägga odlingslott ${i + 1}`, 'Parkenheten']));
  });

  it('keeps apart the boundaries of stacked tables whose columns differ by six or seven points', () => {
    // Three tables of one plan, one below the other, each a little wider in its first column (a scan's rules are one line each).
    const inner = [150, 156.5, 163.5];
    const parts = inner.map((b, k) => grid([700 - k * 40, 680 - k * 40, 660 - k * 40], [50, b, 300]));
    const g: PageGraphics = { horizontals: parts.flatMap((p) => p.horizontals), verticals: parts.flatMap((p) => p.verticals), fills: [] };
    // A year's mark 'X' set just right of its own table's boundary.
    const runs = inner.flatMap((b, k) => [0, 1].flatMap((i) => [run(`Rusta lekplats ${k}${i}`, 55, 686 - k * 40 - i * 20), run('X', b + 2, 686 - k * 40 - i * 20)]));
    const { rows } = readGridTables(g, runs);
    expect(rows.map((r) => r.cells)).toEqual(inner.flatMap((_, k) => [0, 1].map((i) => [`Rusta lekplats ${k}${i}`, 'X'])));
  });

  it('reports the fill colour under a shaded cell', () => {
    const g = grid([700, 680], [50, 80, 300]);
    g.fills.push({ x1: 80, y1: 680, x2: 300, y2: 700, color: '#00b050' });
    const { rows } = readGridTables(g, [run('1', 55, 686), run('Klar', 85, 686)]);
    expect(rows[0].shades).toEqual([null, '#00b050']);
  });

  it('keeps a column whose cells hold only their own fill (a legend of colour swatches), and not one under a fill across the row', () => {
    const g = grid([700, 680, 660], [50, 80, 300]);
    g.fills.push({ x1: 50, y1: 680, x2: 80, y2: 700, color: '#92d050' }, { x1: 50, y1: 660, x2: 80, y2: 680, color: '#ff0000' });
    const { rows } = readGridTables(g, [run('Klar', 85, 686), run('Försenad', 85, 666)]);
    expect(rows.map((r) => [r.cells, r.shades])).toEqual([
      [['', 'Klar'], ['#92d050', null]],
      [['', 'Försenad'], ['#ff0000', null]],
    ]);
    // Borders a few points out of line make a narrow empty column; a shaded header row and a panel behind the table cover it, and it goes.
    const h = grid([700, 680, 660], [50, 60, 200, 300]);
    h.fills.push({ x1: 50, y1: 680, x2: 300, y2: 700, color: '#d9d9d9' }, { x1: 40, y1: 600, x2: 320, y2: 720, color: '#eef3fa' });
    const read = readGridTables(h, [run('Kurs', 65, 686), run('Plats', 205, 686), run('Simskola', 65, 666), run('Badhuset', 205, 666)]);
    expect(read.rows.map((r) => r.cells)).toEqual([
      ['Kurs', 'Plats'],
      ['Simskola', 'Badhuset'],
    ]);
  });

  it('does not take a page frame with a rule down the middle for a table', () => {
    const g = grid([800, 40], [40, 300, 560]);
    const runs = Array.from({ length: 60 }, (_, i) => run(`rad ${i}`, 50, 790 - i * 12));
    const { rows, rest } = readGridTables(g, runs);
    expect(rows).toEqual([]);
    expect(rest).toHaveLength(60);
  });
});

describe('a table ruled only between its rows, its borders drawn cell by cell', () => {
  /** Rules under each row, each broken by a point and a half at the column boundaries, as a browser draws a border under every cell. */
  const ruledRows = (ys: number[], xs: number[], gap = 1.5): PageGraphics => ({
    horizontals: ys.flatMap((y) => xs.slice(0, -1).map((x, j) => ({ y, x1: x + (j > 0 ? gap / 2 : 0), x2: xs[j + 1] - (j + 2 < xs.length ? gap / 2 : 0) }))),
    verticals: [],
    fills: [],
  });

  it('reads its columns from the breaks, each row the text between two rules, a cell centred beside a taller one included', () => {
    const g = ruledRows([700, 650, 610], [40, 240, 420, 560]);
    const runs = [
      run('Anlägga en ny', 45, 685), run('våtmark vid', 45, 673), run('Kvarnbäcken', 45, 661), run('Tekniska förvaltningen', 245, 673), run('2026', 425, 673),
      run('Byta ut gatubelysningen', 45, 630), run('Gatuenheten', 245, 630), run('2025', 425, 630),
    ];
    const { rows } = readGridTables(withCellBreaks(g, runs), runs);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Anlägga en ny våtmark vid Kvarnbäcken', 'Tekniska förvaltningen', '2026'],
      ['Byta ut gatubelysningen', 'Gatuenheten', '2025'],
    ]);
  });

  it('ends the table at text that runs over a column boundary, and divides no row at a link underlined in a cell', () => {
    const g = ruledRows([700, 650, 560, 520], [40, 240, 420, 560]);
    g.horizontals.push({ y: 672, x1: 245, x2: 330 });
    const runs = [
      run('Rensa diken längs', 45, 685), run('Gatuenheten', 245, 685), run('webbsida', 245, 675), run('2026', 425, 685),
      // Between the second and third rule: a heading and a paragraph across the page, not a row.
      run('Insatsområde 2: Vatten', 45, 620), run('Dagvattnet ska renas innan det når sjöarna i kommunens tätorter.', 45, 600),
      run('Bygga en dagvattendamm', 45, 540), run('VA-enheten', 245, 540), run('2027', 425, 540),
    ];
    const { rows, rest } = readGridTables(withCellBreaks(g, runs), runs);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Rensa diken längs', 'Gatuenheten webbsida', '2026'],
      ['Bygga en dagvattendamm', 'VA-enheten', '2027'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['Insatsområde 2: Vatten', 'Dagvattnet ska renas innan det når sjöarna i kommunens tätorter.']);
  });

  it('adds nothing for rules drawn in one stroke, for underlined words, or for a grid that draws its own columns', () => {
    const whole: PageGraphics = { horizontals: [700, 650, 610].map((y) => ({ y, x1: 40, x2: 560 })), verticals: [], fills: [] };
    expect(withCellBreaks(whole, [])).toBe(whole);
    // Links underlined word by word on two lines: pieces too short to be a cell's border.
    const links: PageGraphics = { horizontals: [500, 480].flatMap((y) => [{ y, x1: 40, x2: 52 }, { y, x1: 54, x2: 66 }, { y, x1: 68, x2: 80 }]), verticals: [], fills: [] };
    expect(withCellBreaks(links, [])).toBe(links);
    const boxed = grid([700, 650, 610], [40, 240, 420, 560]);
    expect(withCellBreaks(boxed, []).verticals).toHaveLength(boxed.verticals.length);
  });
});

describe('a column of painted cells whose words stand beside them outside any border', () => {
  // Four swatches 28 × 13 points, the only cells a printed spreadsheet draws borders for; each one's words to its right.
  const ys = [240, 227, 214, 201, 188];
  const colours = ['#70ad47', '#ffc000', '#ff0000', '#a6a6a6'];
  const words = ['Klar', 'Påbörjad', 'Ej startad', 'Stoppad'];
  const column = (): PageGraphics => {
    const g = grid(ys, [34, 62]);
    return { ...g, fills: colours.map((color, i) => ({ x1: 34, x2: 62, y1: ys[i + 1], y2: ys[i], color })) };
  };
  const runs = [...words.map((w, i) => run(w, 64, ys[i + 1] + 3)), run('Sidfot', 34, 100)];

  it('reads each swatch with its words as a row of a legend table, its fill kept', () => {
    const { rows, rest } = readGridTables(column(), runs);
    expect(rows.map((r) => [r.cells, r.shades])).toEqual(words.map((w, i) => [['', w], [colours[i], null]]));
    expect(rest.map((r) => r.text)).toEqual(['Sidfot']);
  });

  it('reads nothing where a cell has no words beside it, the words stand a column away, or the cells are not painted', () => {
    expect(readGridTables(column(), runs.filter((r) => r.text !== 'Påbörjad')).rows).toEqual([]);
    expect(readGridTables(column(), words.map((w, i) => run(w, 120, ys[i + 1] + 3))).rows).toEqual([]);
    expect(readGridTables({ ...column(), fills: [] }, runs).rows).toEqual([]);
  });
});
