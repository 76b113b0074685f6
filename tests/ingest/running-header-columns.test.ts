import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/build-doc.js';
import { readDocument } from '../../src/ingest/read.js';
import { writePdf, type PdfPage, type TextLine } from '../../scripts/fixtures/pdf-writer.js';

/**
 * Minutes set their running header in columns (the body's name, the kind of
 * record, the page number): it is furniture on every page, not a table whose
 * rows take in the text under it. A table's header row repeated on
 * each page stays a row. Written here, on another subject than the minutes
 * that showed the fault.
 */
const header = (n: number, total: number): TextLine[] => [
  { x: 50, y: 800, size: 10, text: 'VÄXJÖ KOMMUN' },
  { x: 250, y: 800, size: 10, text: 'SAMMANTRÄDESPROTOKOLL' },
  { x: 480, y: 800, size: 10, text: `Sida ${n} (${total})` },
  { x: 50, y: 786, size: 10, text: 'Miljönämnden' },
  { x: 250, y: 786, size: 10, text: 'Sammanträdesdatum' },
];
/** A line opening with a bullet is an item, one opening with spaces the wrapped text of the item before it. */
const body = (lines: string[], top = 740): TextLine[] => lines.map((text, i) => ({ x: text.startsWith('•') ? 60 : text.startsWith(' ') ? 70 : 50, y: top - i * 14, size: 10, text: text.trim() }));
const page = (lines: TextLine[]): PdfPage => ({ width: 595, height: 842, lines });

describe('a running header set in columns', () => {
  it('is furniture on every page, and the text under it is not taken into it as a row', async () => {
    const pages = [
      page([...header(1, 3), ...body(['§ 45 Plan för vattenvård 2025–2027', 'Nämnden beslutar att anta planen med dessa åtgärder:', '• Inventera enskilda avlopp längs Helgeåns tillflöden (ansvarig: Miljöenheten, klart: 2025)', '• Mäta näringsämnen i sjöarna varje månad från maj till och med oktober, under hela'])]),
      page([...header(2, 3), ...body(['  planperioden (ansvarig: Miljöenheten, klart: 2027)', '• Ta fram en dagvattenplan för de nya bostadsområdena (ansvarig: Tekniska förvaltningen)', 'Beslutet skickas till Tekniska nämnden.'])]),
      page([...header(3, 3), ...body(['Protokollet justeras den 20 maj.', 'Vid protokollet', 'Eva Lind, sekreterare'])]),
    ];
    const doc = await readDocument(writePdf(pages, 'Protokoll'), 'protokoll.pdf');
    expect(doc.blocks.filter((b) => b.kind === 'row')).toEqual([]);
    // The text under the header on page 2 is the rest of the item the page break split, not a cell of the header's row.
    expect(doc.blocks.filter((b) => b.kind === 'item').map((b) => blockText(doc, b)).slice(0, 2)).toEqual([
      'Inventera enskilda avlopp längs Helgeåns tillflöden (ansvarig: Miljöenheten, klart: 2025)',
      'Mäta näringsämnen i sjöarna varje månad från maj till och med oktober, under hela planperioden (ansvarig: Miljöenheten, klart: 2027)',
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'furniture').length).toBeGreaterThanOrEqual(6);
  });

  it("keeps a table's header row repeated at the top of each page a row", async () => {
    const row = (y: number, cells: string[]): TextLine[] => cells.map((text, k) => ({ x: [50, 250, 450][k], y, size: 10, text }));
    const pages = [1, 2, 3].map((n) =>
      page([...row(800, ['Åtgärd', 'Ansvarig', 'Klart']), ...row(770, [`Rensa diken i område ${n}`, 'Tekniska förvaltningen', `${2024 + n}`]), ...row(750, [`Plantera träd i område ${n}`, 'Parkenheten', `${2024 + n}`])]),
    );
    const doc = await readDocument(writePdf(pages, 'Åtgärder'), 'atgarder.pdf');
    expect(doc.blocks.filter((b) => b.kind === 'row').length).toBeGreaterThanOrEqual(7);
    expect(doc.blocks.filter((b) => b.kind === 'furniture')).toEqual([]);
  });

  it('is furniture without a page number, the same row at the top of every page', async () => {
    const running: TextLine[] = [
      { x: 50, y: 800, size: 10, text: 'Lunds kommun' },
      { x: 220, y: 800, size: 10, text: 'Lägesrapport trafiksäkerhet' },
      { x: 470, y: 800, size: 10, text: '2025-10-01' },
    ];
    const pages = [
      page([...running, ...body(['Rapporten visar läget för planens åtgärder.', '• Bygga om övergångsstället vid Norra skolan (ansvarig: Gatuenheten, klart: 2025)'])]),
      page([...running, ...body(['• Sänka hastigheten på Storgatan till 30 km/h (ansvarig: Trafikenheten, klart: 2026)'])]),
      page([...running, ...body(['Rapporten följs upp i december.'])]),
    ];
    const doc = await readDocument(writePdf(pages, 'Lägesrapport'), 'lagesrapport.pdf');
    expect(doc.blocks.filter((b) => b.kind === 'row')).toEqual([]);
    expect(doc.blocks.filter((b) => b.kind === 'furniture').map((b) => blockText(doc, b))).toHaveLength(3);
  });
});

describe('the running lines of a two-page document', () => {
  it('are furniture when both pages repeat them, a short one in small type too; a heading in body type stays', async () => {
    const top = (title: string): TextLine[] => [
      { x: 50, y: 810, size: 8, text: 'Ekby kommun' },
      { x: 50, y: 796, size: 10, text: title },
    ];
    const pages = [
      page([...top('Åtgärder'), ...body(['Planen för skolvägar gäller 2026 och ska ge barnen tryggare vägar till skolan.', '• Bygga en gångbana längs Skolvägen (ansvarig: Gatuenheten, klart: 2026)'])]),
      page([...top('Åtgärder'), ...body(['• Sätta upp farthinder vid förskolan i Åby (ansvarig: Gatuenheten, klart: 2026)'])]),
    ];
    const doc = await readDocument(writePdf(pages, 'Skolvägar'), 'skolvagar.pdf');
    const furniture = doc.blocks.filter((b) => b.kind === 'furniture').map((b) => blockText(doc, b));
    expect(furniture).toEqual(['Ekby kommun', 'Ekby kommun']);
  });
});
