import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/build-doc.js';
import { overlayPlaces } from '../../src/ingest/pdf-overlay.js';
import type { Run } from '../../src/ingest/pdf-lines.js';
import { readDocument } from '../../src/ingest/read.js';
import { writePdf, type PdfPage, type TextLine } from '../../scripts/fixtures/pdf-writer.js';

/**
 * A web page's element fixed to the window (a consent banner) is printed at
 * the same place on every page, over the page's own text: it is furniture,
 * and the text under it is read as if it were not there. A running header and
 * a table's header row repeated on each page are never set over other text,
 * and stay as their readers know them. Written on another subject than the
 * pages that showed the fault.
 */
const banner: TextLine[] = [
  { x: 40, y: 70, size: 11, text: 'Webbplatsen använder kakor för statistik och för att komma ihåg dina val.' },
  { x: 40, y: 56, size: 11, text: 'Läs mer om kakor' },
  { x: 40, y: 36, size: 10, text: 'Godkänn alla' },
  { x: 140, y: 36, size: 10, text: 'Endast nödvändiga' },
];
const page = (lines: TextLine[]): PdfPage => ({ width: 595, height: 842, lines });
const body = (texts: string[], top: number): TextLine[] => texts.map((text, i) => ({ x: text.startsWith('•') ? 50 : 40, y: top - i * 14, size: 11, text }));

describe('text printed over the pages', () => {
  it('is furniture, and the list under it is read whole', async () => {
    // The first page's list runs on under the banner, to the foot of the page, as a page printed whole does.
    const items = Array.from({ length: 60 }, (_, i) => `• Restaurera våtmark nummer ${i + 1} i avrinningsområdet`);
    const pages = [
      page([{ x: 40, y: 800, size: 16, text: 'Åtgärder för vatten och natur' }, ...body(items.slice(0, 52), 770), ...banner]),
      page([...body(items.slice(52), 800), ...banner]),
      page([{ x: 40, y: 800, size: 16, text: 'Uppföljning' }, ...body(['Planen följs upp varje år av miljönämnden.'], 770), ...banner]),
    ];
    const doc = await readDocument(writePdf(pages, 'Naturvårdsplan'), 'naturvard.pdf');
    const read = doc.blocks.filter((b) => b.kind === 'item').map((b) => blockText(doc, b));
    expect(read).toEqual(items.map((t) => t.slice(2)));
    expect(doc.blocks.filter((b) => b.kind !== 'furniture' && /kakor|Godkänn/.test(blockText(doc, b)))).toEqual([]);
  });

  it("takes the banner's buttons printed with the first page only, drawn with it, and leaves the page's text drawn before it", async () => {
    const text = banner.slice(0, 2);
    const buttons = banner.slice(2);
    // The page's own last line stands level with the buttons, beside them, drawn before the banner.
    const own = { x: 300, y: 36, size: 11, text: 'Ansvarig: Miljöenheten' };
    // The page's list runs on under the banner, as a page printed whole does.
    const under = { x: 50, y: 70, size: 11, text: '• Plantera ek i hagmarkerna' };
    const pages = [
      page([{ x: 40, y: 800, size: 16, text: 'Åtgärder för vatten och natur' }, ...body(['• Restaurera våtmarken vid Norrsjön', '• Kalka sjöarna i norra delen'], 770), under, own, ...text, ...buttons]),
      page([...body(['• Röja sly längs åarna'], 800), ...text]),
    ];
    const doc = await readDocument(writePdf(pages, 'Naturvårdsplan'), 'naturvard.pdf');
    const shown = doc.blocks.filter((b) => b.kind !== 'furniture').map((b) => blockText(doc, b));
    expect(shown.filter((t) => /kakor|Godkänn|nödvändiga/.test(t))).toEqual([]);
    expect(shown).toContain('Ansvarig: Miljöenheten');
  });

  it('leaves a running header and a header row repeated on each page, which lie over nothing', () => {
    const run = (text: string, x: number, y: number): Run => ({ text, x, y, xEnd: x + text.length * 5, size: 10 });
    const pages = [1, 2, 3].map((n) => [run('Naturvårdsplan 2026', 40, 810), run('Åtgärd', 40, 700), run('Ansvar', 300, 700), run(`Restaurera våtmark ${n}`, 40, 680), run('Miljöenheten', 300, 680)]);
    expect(overlayPlaces(pages).size).toBe(0);
    // The same repeated text set over another run on one page is printed over the page.
    pages[1].push(run('fortsätter här', 60, 810));
    expect(overlayPlaces(pages).size).toBe(1);
  });
});
