import { describe, expect, it } from 'vitest';
import { blocksFromHtml } from '../../src/ingest/html.js';

/**
 * Word paragraphs numbered by hand ('2.3.1⇥…', a style with no list
 * numbering) read as the list items their PDF shows, so a DOCX and its own
 * PDF give the same blocks.
 */
describe('paragraphs with typed numbers or bullets', () => {
  it('reads a typed number or bullet as an item with its marker', () => {
    const { blocks } = blocksFromHtml('<body><p>2.3.1\tInventera dagvattenbrunnar i centrala Ludvika</p><p>•\tUtbilda personalen i hemtjänsten i digitala verktyg</p></body>');
    expect(blocks.map((b) => [b.kind, b.marker, b.text])).toEqual([
      ['item', '2.3.1', 'Inventera dagvattenbrunnar i centrala Ludvika'],
      ['item', '•', 'Utbilda personalen i hemtjänsten i digitala verktyg'],
    ]);
  });

  it('keeps a table of contents entry, a year and a bare number as paragraphs', () => {
    const { blocks } = blocksFromHtml('<body><p>2. Trygghet i stadsmiljön\t7</p><p>2024 blev ett år med fler bränder i skog och mark</p><p>12</p></body>');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('leaves headings alone', () => {
    const { blocks } = blocksFromHtml('<body><h2>3. Avfall och återvinning</h2></body>');
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: '3. Avfall och återvinning' });
  });
});

describe("a list item that holds a heading and a table (LibreOffice's HTML of numbered headings)", () => {
  it('reads the heading as a heading and the table as rows', () => {
    const { blocks } = blocksFromHtml(
      '<body><ol start="3"><li><h2>Åtgärder för trygghet</h2><table><tr><th>Åtgärd</th><th>Ansvar</th></tr><tr><td>Rusta upp belysningen i Berga</td><td>Tekniska förvaltningen</td></tr></table></li></ol></body>',
    );
    expect(blocks.map((b) => [b.kind, b.kind === 'row' ? b.cells!.join('|') : b.text])).toEqual([
      ['heading', 'Åtgärder för trygghet'],
      ['row', 'Åtgärd|Ansvar'],
      ['row', 'Rusta upp belysningen i Berga|Tekniska förvaltningen'],
    ]);
  });

  it('keeps an item with words of its own beside a heading-less table as an item, the table after it', () => {
    const { blocks } = blocksFromHtml('<body><ul><li>Sophämtning i glesbygd<table><tr><td>Avfallsenheten</td><td>2025</td></tr></table></li></ul></body>');
    expect(blocks.map((b) => b.kind)).toEqual(['item', 'row']);
    expect(blocks[0].text).toBe('Sophämtning i glesbygd');
  });
});

describe('a Word paragraph set line by line with manual breaks', () => {
  const word = { fills: [], numbers: [] };
  const html =
    '<body><p>Barn- och utbildningsnämnden beslutar<br />1. att fastställa planen med följande delar:<br />Del A – Läsfrämjande<br />' +
    'a) starta bokcirklar på fritidshemmen (BUF, 2027),<br />b) utöka skolbibliotekens öppettider (BUF, löpande).</p></body>';

  it('reads each line as its own paragraph or item, as its PDF gives them', () => {
    const { blocks } = blocksFromHtml(html, word);
    expect(blocks.map((b) => [b.kind, b.marker ?? null, b.text])).toEqual([
      ['paragraph', null, 'Barn- och utbildningsnämnden beslutar'],
      ['item', '1.', 'att fastställa planen med följande delar:'],
      ['paragraph', null, 'Del A – Läsfrämjande'],
      ['item', 'a)', 'starta bokcirklar på fritidshemmen (BUF, 2027),'],
      ['item', 'b)', 'utöka skolbibliotekens öppettider (BUF, löpande).'],
    ]);
  });

  it('keeps a paragraph without breaks, and a web page paragraph with them, as one block', () => {
    expect(blocksFromHtml('<body><p>Nämnden beslutar att anta planen.</p></body>', word).blocks).toHaveLength(1);
    expect(blocksFromHtml(html).blocks).toHaveLength(1);
  });
});
