import { describe, expect, it } from 'vitest';
import type { Run } from '../../src/ingest/pdf-lines.js';
import { isNavigation, linkBox, sideColumns, type SideColumn } from '../../src/ingest/pdf-sidebar.js';
import type { Box } from '../../src/ingest/pdf-graphics.js';

/**
 * A web page's side column (a menu, related links, a contact card) printed
 * beside its content is known by its geometry and its links; a table's
 * narrow column and a column without links stay text. Pages on other
 * subjects than the one that showed the fault.
 */
const WIDTH = 612;
const run = (text: string, x: number, y: number, size = 12): Run => ({ text, x, y, xEnd: x + text.length * size * 0.5, size });
/** Body text on the left, from the top down, one line each 14.25 units (a browser's line height). */
const body = (texts: string[], top = 700, x = 40): Run[] => texts.map((t, i) => run(t, x, top - i * 14.25));
const prose = [
  'Kommunen ska minska buller längs de stora',
  'lederna och ge fler invånare tysta platser',
  'nära hemmet. Planen gäller till 2028.',
  'Åtgärderna är ordnade under tre områden:',
  'Trafikbuller, industribuller och tysta parker.',
  'Varje åtgärd har en ansvarig förvaltning.',
];
/** A related-links column at the right, its baselines between the body's. */
const aside = (top = 690): Run[] => [run('Relaterat', 420, top, 18), ...['Bullerkartläggning 2024', '(pdf, 3 MB)', 'Anmäl störande buller', 'Trafikmätningar'].map((t, i) => run(t, 440, top - 30 - i * 14.25))];
/** A link box over each of the runs. */
const links = (runs: Run[]): Box[] => runs.map((r) => ({ x1: r.x, y1: r.y - 3, x2: r.xEnd, y2: r.y + r.size }));

describe('a side column printed beside a page', () => {
  it('is found beside the body and is a menu when its text lies under links', () => {
    const side = aside();
    const columns = sideColumns([...body(prose), ...side], WIDTH, 12);
    expect(columns).toHaveLength(1);
    expect(columns[0].side).toBe('right');
    expect(columns[0].runs.map((r) => r.text)).toEqual(side.map((r) => r.text));
    expect(isNavigation(columns[0], links(side.slice(1)), [], 712)).toBe(true);
    // Without links it is a column of text the reader keeps.
    expect(isNavigation(columns[0], [], [], 712)).toBe(false);
  });

  it('finds a menu at the left as well', () => {
    const menu = ['Start', 'Miljö och hälsa', 'Buller', 'Luft', 'Vatten'].map((t, i) => run(t, 30, 695 - i * 14.25));
    const columns = sideColumns([...menu, ...body(prose, 700, 200)], WIDTH, 12);
    expect(columns.map((c) => [c.side, c.runs.length])).toEqual([['left', 5]]);
    expect(isNavigation(columns[0], links(menu), [], 712)).toBe(true);
  });

  it('goes on at the top of the next page without links, at the same place', () => {
    const card = [run('Kontakt', 420, 705, 18), run('Miljöenheten', 420, 684), run('Telefon: 0100-12 34 56', 420, 669)];
    const [column] = sideColumns([...body(prose, 708), ...card], WIDTH, 12);
    const before: SideColumn[] = [{ side: 'right', edge: 420, runs: [] }];
    expect(isNavigation(column, [], before, 723)).toBe(true);
    // Lower on the page it starts an element of its own, which needs links of its own.
    expect(isNavigation(column, [], before, 760)).toBe(false);
    // Nor does a column at another place go on from it.
    expect(isNavigation(column, [], [{ side: 'right', edge: 380, runs: [] }], 723)).toBe(false);
  });

  it("is no table's narrow column, whose lines share the rows' baselines", () => {
    const rows = ['Bygga bullerskärm vid Norra leden', 'Sänka hastigheten på Storgatan', 'Mäta buller vid skolorna', 'Plantera träd längs Östra vägen'];
    const owners = rows.map((_, i) => run(['Tekniska', 'Gatuenheten', 'Miljöenheten', 'Parkenheten'][i], 420, 700 - i * 14.25));
    expect(sideColumns([...body(rows), ...owners], WIDTH, 12)).toEqual([]);
  });

  it('is none where a line runs across the gutter beside it, or where the column is wide', () => {
    expect(sideColumns([...body(prose), run('En mening som löper tvärs över hela sidans bredd, ut över spalten bredvid', 40, 661.25), ...aside()], WIDTH, 12)).toEqual([]);
    const wide = ['Bullerkartläggningen visar att fler än', 'tusen invånare bor vid vägar med', 'höga bullernivåer nattetid i kommunen'].map((t, i) => run(t, 300, 690 - i * 14.25, 12));
    expect(sideColumns([...body(prose.map((t) => t.slice(0, 20))), ...wide], WIDTH, 12)).toEqual([]);
  });

  it("takes a link annotation's box, and nothing of other annotations", () => {
    expect(linkBox({ subtype: 'Link', rect: [10, 20, 110, 34] })).toEqual({ x1: 10, y1: 20, x2: 110, y2: 34 });
    expect(linkBox({ subtype: 'Widget', rect: [10, 20, 110, 34] })).toBeNull();
  });
});
