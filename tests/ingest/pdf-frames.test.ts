import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/build-doc.js';
import { readingOrder } from '../../src/ingest/pdf-columns.js';
import type { Run } from '../../src/ingest/pdf-lines.js';
import { readDocument } from '../../src/ingest/read.js';
import { writePdf } from '../../scripts/fixtures/pdf-writer.js';

/**
 * The reading order of a page set as a layout program sets it: frames for a
 * running head in two parts, columns of another leading than a card beside
 * them, a band of text across the page over columns with a picture between.
 * Runs placed here by hand, on pages of other subjects than those that showed them.
 */
const r = (x: number, xEnd: number, y: number, text: string, size = 10): Run => ({ x, xEnd, y, size, text });
/** A column of prose: `n` lines from `top` down at `leading`, between x and xEnd. */
const column = (x: number, xEnd: number, top: number, n: number, word: string, leading = 12): Run[] =>
  Array.from({ length: n }, (_, k) => r(x, xEnd - (k === n - 1 ? 60 : 0), top - k * leading, `${word} rad ${k + 1} med text som fyller spalten hela vägen`));
const texts = (groups: Run[][]) => groups.map((g) => g.map((x) => x.text));

describe('a running head in two parts over two columns', () => {
  const head = [r(50, 130, 800, 'NORDBY KOMMUN', 7.5), r(420, 545, 800, 'KULTURPLAN 2026–2029', 7.5)];

  it('is read as one band across the columns, not shared out between them', () => {
    const groups = readingOrder([...head, ...column(50, 280, 760, 10, 'Vänster'), ...column(310, 545, 760, 10, 'Höger')], 10);
    expect(texts(groups)[0].sort()).toEqual(['KULTURPLAN 2026–2029', 'NORDBY KOMMUN']);
    expect(groups.slice(1).every((g) => g.every((x) => !/KOMMUN|KULTURPLAN/.test(x.text)))).toBe(true);
  });

  it('reads a running foot in two parts under the columns as one band too, the title at the left and the page number at the right', () => {
    const foot = [r(50, 200, 30, 'Kulturplan 2026–2029', 8), r(538, 545, 30, '3', 8)];
    const groups = texts(readingOrder([...column(50, 280, 760, 10, 'Vänster'), ...column(310, 545, 760, 10, 'Höger'), ...foot], 10));
    expect(groups[groups.length - 1].sort()).toEqual(['3', 'Kulturplan 2026–2029']);
  });

  it("leaves the columns' own first lines in their columns, a line's spacing above the next", () => {
    const groups = readingOrder([r(50, 130, 772, 'Bakgrund'), r(310, 400, 772, 'Kontakt'), ...column(50, 280, 760, 10, 'Vänster'), ...column(310, 545, 760, 10, 'Höger')], 10);
    expect(texts(groups).find((g) => g.includes('Bakgrund'))).toContain('Vänster rad 1 med text som fyller spalten hela vägen');
    expect(texts(groups).find((g) => g.includes('Kontakt'))).toContain('Höger rad 1 med text som fyller spalten hela vägen');
  });
});

describe('two flows whose lines stand between each other', () => {
  it('are read each on its own however few their lines: a contact card beside the follow-up', () => {
    const prose = column(50, 280, 760, 5, 'Uppföljning', 13);
    const card = [r(310, 360, 766, 'Kontakt'), r(310, 470, 753, 'Sara Holm, trafikplanerare'), r(310, 480, 740, 'Samhällsbyggnadsförvaltningen'), r(310, 370, 727, '0123-456 78')];
    const groups = texts(readingOrder([...prose, ...card], 10));
    expect(groups).toHaveLength(2);
    expect(groups[0]).toEqual(prose.map((x) => x.text));
  });

  it('are no columns where each row starts on one baseline: labels beside values that wrap', () => {
    const rows = [0, 1, 2].flatMap((k) => [r(50, 120, 760 - k * 26, `Etikett ${k + 1}`), r(310, 540, 760 - k * 26, `Värdet för rad ${k + 1} som bryts över`), r(310, 420, 747 - k * 26, 'två rader')]);
    expect(readingOrder(rows, 10)).toHaveLength(1);
  });
});

describe('frames stacked on the page with a picture between them', () => {
  it('reads a band across the page, then the columns under the picture each on its own', () => {
    const top = Array.from({ length: 6 }, (_, k) => r(50, 545, 780 - k * 12, `Inledning rad ${k + 1} som går över hela sidans bredd från kant till kant`));
    const left = column(50, 280, 300, 7, 'Vänster');
    const right = column(310, 545, 300, 7, 'Höger');
    const groups = texts(readingOrder([...top, ...left, ...right], 10));
    expect(groups[0]).toEqual(top.map((x) => x.text));
    expect(groups.slice(1)).toContainEqual(left.map((x) => x.text));
    expect(groups.slice(1)).toContainEqual(right.map((x) => x.text));
  });

  it('leaves a page whose frames hold no columns as one', () => {
    const top = Array.from({ length: 6 }, (_, k) => r(50, 545, 780 - k * 12, `Inledning rad ${k + 1} som går över hela sidans bredd`));
    const bottom = Array.from({ length: 6 }, (_, k) => r(50, 545, 300 - k * 12, `Avslutning rad ${k + 1} som går över hela sidans bredd`));
    expect(readingOrder([...top, ...bottom], 10)).toHaveLength(1);
  });
});

describe('a figure set large at the top of a page', () => {
  it('is kept as text, a fact box\'s number, while a page number in small type there is furniture', async () => {
    const prose = (top: number) => Array.from({ length: 8 }, (_, k) => ({ x: 50, y: top - k * 13, size: 10, text: `Rad ${k + 1} om hur kommunens parker ska skötas och utvecklas under perioden.` }));
    const pages = [1, 2, 3].map((n) => ({
      width: 595,
      height: 842,
      lines: [
        { x: 540, y: 810, size: 8, text: String(n) },
        ...(n === 2 ? [{ x: 50, y: 770, size: 18, text: '12' }, { x: 50, y: 752, size: 10, text: 'parker i kommunen' }] : []),
        ...prose(720),
      ],
    }));
    const doc = await readDocument(writePdf(pages, 'Parkplan'), 'parkplan.pdf');
    const body = doc.blocks.filter((b) => b.kind !== 'furniture').map((b) => blockText(doc, b));
    const furniture = doc.blocks.filter((b) => b.kind === 'furniture').map((b) => blockText(doc, b).trim());
    expect(body).toContain('12');
    expect(furniture).toEqual(expect.arrayContaining(['1', '2', '3']));
  }, 60_000);
});
