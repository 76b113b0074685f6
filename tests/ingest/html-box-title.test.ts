import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { blocksFromHtml } from '../../src/ingest/html.js';
import { readDocument } from '../../src/ingest/read.js';

/** Focus areas and their activities as a reader of the page sees them. */
async function areasOf(html: string) {
  const x = extract(await readDocument(new TextEncoder().encode(html), 'nyhet.html'));
  return x.focusAreas.filter((f) => f.parentKey === null).map((f) => ({ area: f.title, activities: x.activities.filter((a) => a.focusAreaKey === f.key).map((a) => a.text) }));
}

const page = (body: string) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Nyhet</title></head><body><main><h1>Ny plan för renare sjöar</h1><p>Kommunstyrelsen antog i går en plan för 2027–2028. Planen innehåller bland annat följande:</p>${body}</main></body></html>`;

const plan = `<h2>Avlopp</h2><ul><li>Inventera de enskilda avloppen runt Mörtsjön</li><li>Bygga ut det kommunala nätet till Sjövik</li></ul>
<h2>Dagvatten</h2><ul><li>Anlägga en damm vid industriområdet</li><li>Ta fram riktlinjer för dagvatten i nya detaljplaner</li></ul>`;
const areas = [
  { area: 'Avlopp', activities: ['Inventera de enskilda avloppen runt Mörtsjön', 'Bygga ut det kommunala nätet till Sjövik'] },
  { area: 'Dagvatten', activities: ['Anlägga en damm vid industriområdet', 'Ta fram riktlinjer för dagvatten i nya detaljplaner'] },
];

describe("a box's bold title before its list heads the list, as the printed page shows it", () => {
  it('a fact box after the plan keeps its facts out of the last area', async () => {
    const html = page(`${plan}<div class="faktaruta"><b>Fakta om övergödning</b><ul><li>Fosfor från avlopp göder algerna</li><li>Hälften av sjöarna har måttlig status</li></ul></div>`);
    expect(await areasOf(html)).toEqual(areas);
  });

  it('<strong> and a section element, with white space around the title', async () => {
    const html = page(`${plan}<section class="box">\n  <strong>Så mäts vattnet</strong>\n  <ol><li>Prover tas varje månad</li><li>Resultaten visas på webben</li></ol></section>`);
    expect(await areasOf(html)).toEqual(areas);
  });

  it('reads the title as a heading one level below the heading before it', () => {
    const { blocks } = blocksFromHtml('<main><h2>Dagvatten</h2><div><b>Bra att veta</b><ul><li>Ett</li></ul></div></main>');
    expect(blocks.map((b) => [b.kind, b.text, b.kind === 'heading' ? b.level : null])).toEqual([
      ['heading', 'Dagvatten', 2],
      ['heading', 'Bra att veta', 3],
      ['item', 'Ett', null],
    ]);
  });

  it('leaves loose text that is not wholly one bold run, or not before a list, a paragraph', () => {
    const { blocks } = blocksFromHtml(
      '<main><div><b>Obs!</b> Vägen stängs i juli.<ul><li>Ett</li></ul></div><div><b>Kontakt</b><p>Anna Berg, 0300-123 45</p></div><div><b>Ett</b> <b>två</b><ul><li>Tre</li></ul></div></main>',
    );
    expect(blocks.filter((b) => b.kind !== 'item').map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Obs! Vägen stängs i juli.'],
      ['paragraph', 'Kontakt'],
      ['paragraph', 'Anna Berg, 0300-123 45'],
      ['paragraph', 'Ett två'],
    ]);
  });
});
