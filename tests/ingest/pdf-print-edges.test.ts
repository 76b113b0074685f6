import { describe, expect, it } from 'vitest';
import type { Run } from '../../src/ingest/pdf-lines.js';
import { printEdgeRuns } from '../../src/ingest/pdf-print-edges.js';

/**
 * A browser's print header (date and time, the page's title) and footer (its
 * address, this page's number of the count) are no text of the page; a word
 * processor's running title or page number alone is left to the furniture
 * found by repetition. Pages on other subjects than the ones that showed it.
 */
const run = (text: string, x: number, y: number, size = 8): Run => ({ text, x, y, xEnd: x + text.length * size * 0.5, size });
const body = [run('Äldreomsorgsplan 2026', 40, 700, 20), run('Kommunen ska erbjuda fler platser i trygghetsboende.', 40, 660, 11), run('Hemtjänsten ska ha färre personer per brukare.', 40, 645, 11)];
const title = 'Äldreomsorgsplan 2026 - Tranemo kommun';

describe("a browser's print header and footer", () => {
  it('are the date and title at the top and the address and count at the foot, in either date form', () => {
    const header = [run('12/4/26, 3:54 PM', 24, 770), run(title, 228, 770)];
    const footer = [run('https://www.example.se/aldreomsorg/plan', 24, 17), run('2/3', 575, 17)];
    const found = printEdgeRuns([...header, ...body, ...footer], { page: 2, pageCount: 3, title });
    expect(found.map((r) => r.text).sort()).toEqual([...header, ...footer].map((r) => r.text).sort());
    const swedish = [run('2026-12-04 15:54', 24, 770), run('Äldreomsorgsplan 2026 - Tranemo…', 228, 770)];
    expect(printEdgeRuns([...swedish, ...body], { page: 1, pageCount: 1, title }).map((r) => r.text)).toEqual(swedish.map((r) => r.text));
  });

  it("leave a running title, a page number and a count that is not this page's alone", () => {
    // A word processor's running header and footer: the title and 'N/M', with no date or address.
    expect(printEdgeRuns([run(title, 228, 770), ...body, run('2/3', 575, 17)], { page: 2, pageCount: 3, title })).toEqual([]);
    // An address beside a count of another page, or beside text that is no mark, is the page's own line.
    expect(printEdgeRuns([...body, run('https://www.example.se/plan', 24, 17), run('1/3', 575, 17)], { page: 2, pageCount: 3, title })).toEqual([]);
    expect(printEdgeRuns([...body, run('Läs mer på https://www.example.se/plan', 24, 17)], { page: 1, pageCount: 1, title })).toEqual([]);
    // A note's address alone at the page's foot is the note's.
    expect(printEdgeRuns([...body, run('https://www.example.se/lagar/socialtjanstlagen', 60, 40)], { page: 1, pageCount: 1, title })).toEqual([]);
    // A date in the text is no print stamp.
    expect(printEdgeRuns([run('Antagen 2026-03-12', 24, 770), ...body], { page: 1, pageCount: 1, title })).toEqual([]);
  });
});
