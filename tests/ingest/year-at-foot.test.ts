import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/build-doc.js';
import { readDocument } from '../../src/ingest/read.js';
import { writePdf, type TextLine } from '../../scripts/fixtures/pdf-writer.js';

const lines = (texts: Array<[string, number]>): TextLine[] => texts.map(([text, y]) => ({ x: 60, y, size: 10, text }));

/** A page whose last line is what stands at its foot, and a second page. */
async function read(foot: string[]) {
  const pdf = writePdf(
    [
      { width: 595, height: 842, lines: lines([['Läsfrämjande', 780], ['Starta en bokcirkel för nyanlända på biblioteket', 760], ...foot.map((t, i): [string, number] => [t, 60 - i * 14])]) },
      { width: 595, height: 842, lines: lines([['Låna ut läsplattor till äldreboendena', 780], ['Ansvar: Kulturenheten | När: 2026', 766]]) },
    ],
    'Läsplan',
  );
  const doc = await readDocument(pdf, 'lasplan.pdf');
  return { text: doc.blocks.filter((b) => b.kind !== 'furniture').map((b) => blockText(doc, b)), furniture: doc.blocks.filter((b) => b.kind === 'furniture').map((b) => blockText(doc, b)) };
}

describe("a year alone at a page's foot", () => {
  it("ends the time the line above it left at its qualifier ('När: Hösten' / '2027'): no page number", async () => {
    const { text, furniture } = await read(['Ansvar: Biblioteket | När: Hösten', '2027']);
    expect(text).toContain('Ansvar: Biblioteket | När: Hösten 2027');
    expect(furniture).not.toContain('2027');
  });

  it('leaves a page number under such a line a page number', async () => {
    const { text, furniture } = await read(['Ansvar: Biblioteket | När: Hösten', '1']);
    expect(furniture).toContain('1');
    expect(text.join(' ')).not.toMatch(/Hösten 1/);
  });
});
