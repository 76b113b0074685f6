import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/build-doc.js';
import { readDocument } from '../../src/ingest/read.js';
import { writePdf, type TextLine } from '../../scripts/fixtures/pdf-writer.js';

/**
 * A browser printing a page slices a line between two pages: the tops of its
 * tallest letters (the ring of an 'Å') stay at the foot of the first page, as
 * letters standing alone, and the next page holds the line whole. Those
 * letters are no text; a short last line of words is. Written on another
 * subject than the minutes that showed it.
 */
const lines = (texts: Array<[string, number, number?]>): TextLine[] => texts.map(([text, y, x]) => ({ x: x ?? 60, y, size: 11, text }));

describe('a line the page break cut through', () => {
  it('leaves the letters standing alone at the foot of a page out, and keeps a last line of words', async () => {
    const pdf = writePdf(
      [
        { width: 595, height: 842, lines: lines([['Åtgärd 4: Inventera skolgårdarnas lekutrustning', 760], ['Ansvar: Fastighetsavdelningen | Tidplan: 2026', 740], ['Å', 30, 60], ['ä', 30, 250]]) },
        { width: 595, height: 842, lines: lines([['Åtgärd 5: Anlägga skolträdgårdar vid tre förskolor', 800], ['Ansvar: Förskoleförvaltningen | Tidplan: 2027', 780], ['Ny plan tas fram', 40]]) },
      ],
      'Utemiljöplan',
    );
    const doc = await readDocument(pdf, 'utemiljo.pdf');
    const texts = doc.blocks.filter((b) => b.kind !== 'furniture').map((b) => blockText(doc, b));
    expect(texts.some((t) => /^Å\s+ä$/.test(t))).toBe(false);
    expect(texts).toContain('Ny plan tas fram');
  });
});
