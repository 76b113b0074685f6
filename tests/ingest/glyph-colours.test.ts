import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';
import { glyphPictures, hasInlineGlyph } from '../../src/ingest/pdf-glyphs.js';
import { isKeyLine } from '../../src/lang/status.js';
import { writeDocx, type DocxSpec, type Para } from '../../scripts/fixtures/docx-writer.js';
import { deriveForm, findSoffice } from '../../scripts/forms/derive.js';

/**
 * A status said only by the colour of a symbol the text sets ('Status: ●', the dot green), with a
 * legend of the same symbol in each colour ('● Klar ● Pågår ● Ej startad'): the colour, not the
 * symbol, says the status, in the Word file and in the PDF LibreOffice exports from it. Plans of
 * other subjects and layouts than the follow-up that showed it, built here.
 */
const hasSoffice = findSoffice() !== null;
if (!hasSoffice && process.env.STYRDOK_REQUIRE_SOFFICE) throw new Error('STYRDOK_REQUIRE_SOFFICE is set but LibreOffice (soffice) is not installed');

const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-glyph-colours-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GREEN = '#2E9E44';
const YELLOW = '#F2B705';
const RED = '#D62828';
const GREY = '#8A8A8A';

async function forms(name: string, spec: DocxSpec, withPdf: boolean): Promise<Doc[]> {
  const file = path.join(dir, `${name}.docx`);
  const bytes = await writeDocx(spec);
  writeFileSync(file, bytes);
  const docs = [await readDocument(new Uint8Array(bytes), file)];
  if (withPdf) docs.push(await readDocument(await deriveForm(file, 'docx>pdf', path.join(dir, 'cache')), `${name}.pdf`));
  return docs;
}

const statuses = (doc: Doc) => extract(doc).activities.map((a) => [a.text, a.status]);

/** A water plan's follow-up: numbered measures, each with its field lines, the status a coloured dot after its label. */
function waterFollowUp(glyph: string, colours: Array<string | null>, legend: Para[]): DocxSpec {
  const measures = [
    ['Byta de äldsta vattenledningarna i Ryd', 'VA-enheten'],
    ['Bygga en reservvattentäkt vid Åsjön', 'VA-enheten'],
    ['Provta de enskilda brunnarna i Norrby', 'Miljöenheten'],
    ['Anlägga en dagvattendamm vid skolan', 'Parkenheten'],
  ];
  const body: Para[] = [{ text: 'Lägesrapport för VA-planen 2026', style: 'Title' }, ...legend];
  measures.forEach(([text, owner], i) => {
    if (i % 2 === 0) body.push({ text: i === 0 ? 'Område 1 – Dricksvatten' : 'Område 2 – Dagvatten', style: 'Heading1' });
    const c = colours[i];
    body.push({ text, list: 'number' }, { text: `Ansvarig: ${owner}` }, { text: '', parts: ['Status: ', c ? { text: glyph, colour: c } : glyph] });
  });
  return { title: 'Lägesrapport VA-plan', sections: [{ body }] };
}

const oneLine = (glyph: string): Para[] => [{ text: 'Teckenförklaring', style: 'Heading2' }, { text: '', parts: [{ text: glyph, colour: GREEN }, ' Klar   ', { text: glyph, colour: YELLOW }, ' Pågår   ', { text: glyph, colour: RED }, ' Ej startad   ', { text: glyph, colour: GREY }, ' Uppskjuten'] }];

describe('a status given by the colour of a symbol, as its legend says', () => {
  it('reads each dot by its colour where the legend keys one symbol in four colours on one line, in the DOCX and its PDF', async () => {
    for (const doc of await forms('vatten-en-rad', waterFollowUp('●', [GREEN, YELLOW, RED, GREY], oneLine('●')), hasSoffice)) {
      expect(statuses(doc), doc.format).toEqual([
        ['Byta de äldsta vattenledningarna i Ryd', 'done'],
        ['Bygga en reservvattentäkt vid Åsjön', 'ongoing'],
        ['Provta de enskilda brunnarna i Norrby', 'not_started'],
        ['Anlägga en dagvattendamm vid skolan', 'postponed'],
      ]);
    }
  }, 120_000);

  it('reads another symbol, a square, and a legend given one key a line', async () => {
    const legend: Para[] = [{ text: 'Förklaring till status', style: 'Heading2' }, ...([[GREEN, 'Genomförd'], [YELLOW, 'Påbörjad'], [RED, 'Inte påbörjad']] as const).map(([c, w]) => ({ text: '', parts: [{ text: '■', colour: c }, ` ${w}`] }))];
    const [docx] = await forms('vatten-per-rad', waterFollowUp('■', [RED, GREEN, YELLOW, GREEN], legend), false);
    expect(statuses(docx)).toEqual([
      ['Byta de äldsta vattenledningarna i Ryd', 'not_started'],
      ['Bygga en reservvattentäkt vid Åsjön', 'done'],
      ['Provta de enskilda brunnarna i Norrby', 'started'],
      ['Anlägga en dagvattendamm vid skolan', 'done'],
    ]);
  });

  it("gives no status from a symbol the legend keys in several colours where the document sets it in none: not the meaning named last", async () => {
    const [docx] = await forms('vatten-utan-farg', waterFollowUp('●', [null, null, null, null], [{ text: 'Teckenförklaring', style: 'Heading2' }, { text: '● Klar ● Pågår ● Ej startad' }]), false);
    expect(statuses(docx).map(([, s]) => s)).toEqual([null, null, null, null]);
  });

  it('reads the colour a web page sets on the symbol, as a font colour or in its style, with the legend in a table cell', async () => {
    const dot = (c: string, how: 'font' | 'style') => (how === 'font' ? `<font color="${c}">■</font>` : `<span style="font-size: 14pt; color: ${c}">■</span>`);
    const html = `<html><body><h1>Uppföljning av lekplatsplanen 2026</h1><table><tr><td>${dot('#2e9e44', 'style')} Klar ${dot('#f2b705', 'style')} Pågår ${dot('#d62828', 'font')} Ej startad</td></tr></table>
<h2>Område 1 – Lekplatser</h2><ol><li>Rusta upp lekplatsen i Ekbacken</li></ol><p>Ansvarig: Parkenheten</p><p>Status: ${dot('#d62828', 'font')}</p>
<ol start="2"><li>Bygga en ny lekplats vid Åsjön</li></ol><p>Ansvarig: Parkenheten</p><p>Status: ${dot('rgb(46, 158, 68)', 'style')}</p>
<h2>Område 2 – Spontanidrott</h2><ol start="3"><li>Anlägga en pumptrack i Norrby</li></ol><p>Ansvarig: Fritidsenheten</p><p>Status: ${dot('#F2B705', 'font')}</p></body></html>`;
    const doc = await readDocument(new TextEncoder().encode(html), 'lekplatser.html');
    expect(statuses(doc)).toEqual([
      ['Rusta upp lekplatsen i Ekbacken', 'not_started'],
      ['Bygga en ny lekplats vid Åsjön', 'done'],
      ['Anlägga en pumptrack i Norrby', 'ongoing'],
    ]);
  });

  it('keeps a list whose bullet is a status symbol a list, and a line of one key a legend line only where its symbol comes back', async () => {
    const spec: DocxSpec = { title: 'Plan', sections: [{ body: [{ text: 'Åtgärder', style: 'Heading1' }, { text: '● Rusta upp lekplatsen i Ryd' }, { text: '● Klar ● Pågår' }] }] };
    const [docx] = await forms('bullets', spec, false);
    expect(docx.blocks.filter((b) => b.kind !== 'furniture').map((b) => [b.kind, b.marker ?? null])).toEqual([
      ['heading', null],
      ['item', '●'],
      ['paragraph', null],
    ]);
  });
});

describe("a line of a legend's keys", () => {
  it('opens with a status symbol that comes back before other words, whatever the symbol', () => {
    expect(isKeyLine('● Klar ● Pågår ● Ej startad')).toBe(true);
    expect(isKeyLine('■ Genomförd  ■ Påbörjad')).toBe(true);
    expect(isKeyLine('✓ Klart ✓ Delvis klart')).toBe(true);
    expect(isKeyLine('● Klar ◐ Pågår ○ Ej påbörjad')).toBe(true);
  });

  it('is no line whose bullet is a plain bullet, nor one whose symbol stands once or only at its end, nor one whose words say no status', () => {
    expect(isKeyLine('• Klar • Pågår')).toBe(false);
    expect(isKeyLine('● Rusta upp lekplatsen i Ryd')).toBe(false);
    expect(isKeyLine('■ Byta pumpar i Ryd och i Åby ■')).toBe(false);
    // Short words that say no status are a list's items run onto one line, not a legend.
    expect(isKeyLine('■ Vandringsleder ■ Badplatser ■ Spår')).toBe(false);
  });
});

describe("pairing a PDF page's coloured symbols with its text", () => {
  const run = (text: string, y: number) => ({ x: 72, xEnd: 72 + text.length * 5, y, size: 10, text });

  it('gives each symbol of the text layer the colour it was shown in, in order, and a symbol in the text colour a place only', () => {
    const pictures = glyphPictures(1, [run('Status: ●', 700), run('Ansvarig: Parkenheten', 688), run('Status: ●', 660), run('● Klar ● Pågår', 640)], ['#2E9E44', '#000000', '#2E9E44', '#F2B705']);
    expect(pictures.map((p) => [p.token, p.reading?.colour ?? null])).toEqual([
      ['●', 'green'],
      ['●', null],
      ['●', 'green'],
      ['●', 'yellow'],
    ]);
  });

  it('pairs nothing where the drawing shows more or fewer symbols than the text layer holds, or none in a colour', () => {
    expect(glyphPictures(1, [run('Status: ●', 700)], ['#2E9E44', '#F2B705'])).toEqual([]);
    expect(glyphPictures(1, [run('Status: ● ●', 700)], ['#2E9E44'])).toEqual([]);
    expect(glyphPictures(1, [run('Status: ●', 700)], ['#000000'])).toEqual([]);
  });

  it('reads the drawing only for a page with a symbol after other text on a line, not for a list of bullets', () => {
    const line = (text: string) => ({ y: 700, segments: [{ x: 72, xEnd: 300, text }] });
    expect(hasInlineGlyph([line('Status: ●')] as never)).toBe(true);
    expect(hasInlineGlyph([line('● Klar ● Pågår')] as never)).toBe(true);
    expect(hasInlineGlyph([line('● Rusta upp lekplatsen'), line('Status: Pågår')] as never)).toBe(false);
  });
});
