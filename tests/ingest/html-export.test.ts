import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/build-doc.js';
import type { Doc } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';
import { writeDocx, type Cell, type DocxSpec, type Row } from '../../scripts/fixtures/docx-writer.js';
import { icon } from '../../scripts/fixtures/status-report.js';
import { deriveForm, findSoffice } from '../../scripts/forms/derive.js';

/**
 * A web page's tables read as the tables their author made: LibreOffice saves
 * a Word file's adjacent tables (a goal table of two columns right above an
 * action table of four) as one HTML table with column spans that fit both
 * grids, its header rows as <td> in <thead>, and its status icons as
 * pictures. The page must give the Word file's rows.
 */
const read = (html: string) => readDocument(new TextEncoder().encode(html), 'page.html');
const rowsOf = (doc: Doc) => doc.blocks.filter((b) => b.kind === 'row').map((b) => [b.header ? 'H' : '', ...b.cells!.map((c) => blockText(doc, c))]);

describe('HTML tables whose column grid changes', () => {
  it('reads a goal table and an action table saved as one table as two, without the columns only a span covers', async () => {
    const td = (text: string, span = 1) => `<td${span > 1 ? ` colspan="${span}"` : ''}>${text}</td>`;
    const doc = await read(`<html><body><h1>Friluftsliv</h1><table>
      <thead><tr>${td('Mål', 3)}${td('Bedömning', 2)}</tr></thead>
      <tbody><tr>${td('Fler ska vistas i naturen.', 3)}${td('Delvis', 2)}</tr>
      <tr>${td('Åtgärd')}${td('Ansvarig')}${td('Status', 2)}${td('Kommentar')}</tr>
      <tr>${td('Märka upp vandringsleder vid sjön')}${td('Fritidsförvaltningen')}${td('Pågår', 2)}${td('Skyltar beställda')}</tr>
      <tr>${td('Bygga ett vindskydd i stadsskogen')}${td('Parkenheten')}${td('Klar', 2)}${td('Invigt i maj')}</tr></tbody></table></body></html>`);
    expect(rowsOf(doc)).toEqual([
      ['H', 'Mål', 'Bedömning'],
      ['', 'Fler ska vistas i naturen.', 'Delvis'],
      ['', 'Åtgärd', 'Ansvarig', 'Status', 'Kommentar'],
      ['', 'Märka upp vandringsleder vid sjön', 'Fritidsförvaltningen', 'Pågår', 'Skyltar beställda'],
      ['', 'Bygga ett vindskydd i stadsskogen', 'Parkenheten', 'Klar', 'Invigt i maj'],
    ]);
    const tables = doc.blocks.filter((b) => b.kind === 'row').map((b) => b.table);
    expect(tables[0]).toBe(tables[1]);
    expect(tables[2]).not.toBe(tables[1]);
    expect(extract(doc).activities.map((a) => [a.text, a.ownerRaw, a.status])).toEqual([
      ['Märka upp vandringsleder vid sjön', 'Fritidsförvaltningen', 'ongoing'],
      ['Bygga ett vindskydd i stadsskogen', 'Parkenheten', 'done'],
    ]);
  });

  it('reads a row of one cell spanning the table as a band, though it is set as a header cell', async () => {
    const doc = await read(`<html><body><table>
      <tr><th>Åtgärd</th><th>Ansvarig</th></tr>
      <tr><th colspan="2">Område 2: Luft</th></tr>
      <tr><td>Mäta partiklar vid skolorna</td><td>Miljöenheten</td></tr></table></body></html>`);
    expect(rowsOf(doc).map((r) => r[0])).toEqual(['H', '', '']);
  });

  it('reads the headings of a numbered outline saved as lists inside lists, every level', async () => {
    const doc = await read(`<html><body><ol><li><h1>1 Inledning</h1></li><li><h1>2 Insatser</h1><ol><li><h2>Område 1: Vatten</h2></li><li><h2>Område 2: Luft</h2></li></ol></li></ol><p>Planen följs upp årligen.</p></body></html>`);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => blockText(doc, b))).toEqual(['1 Inledning', '2 Insatser', 'Område 1: Vatten', 'Område 2: Luft']);
  });

  it('leaves out the page header and footer a word processor saves with the page', async () => {
    const doc = await read(`<html><body><div title="header"><p>Region Exempel | Dnr 2025/17</p></div><h1>Vattenplan</h1><p>Planen gäller 2025–2027.</p><div title="footer"><p>Sida 1</p></div></body></html>`);
    expect(doc.blocks.map((b) => blockText(doc, b))).toEqual(['Vattenplan', 'Planen gäller 2025–2027.']);
  });

  it('keeps one table, and every column, where a header spans the columns of the row below it or a band spans the table', async () => {
    const doc = await read(`<html><body><table>
      <tr><th rowspan="2">Åtgärd</th><th rowspan="2">Ansvarig</th><th colspan="2">År</th></tr>
      <tr><th>2025</th><th>2026</th></tr>
      <tr><td colspan="4">Område 1: Vatten</td></tr>
      <tr><td>Inventera enskilda avlopp</td><td>Miljöenheten</td><td>X</td><td></td></tr>
      <tr><td>Skydda vattentäkten i Norrby</td><td>VA-enheten</td><td></td><td>X</td></tr></table></body></html>`);
    expect(rowsOf(doc)).toEqual([
      ['H', 'Åtgärd', 'Ansvarig', 'År', ''],
      ['H', 'Åtgärd', 'Ansvarig', '2025', '2026'],
      ['', 'Område 1: Vatten', '', '', ''],
      ['', 'Inventera enskilda avlopp', 'Miljöenheten', 'X', ''],
      ['', 'Skydda vattentäkten i Norrby', 'VA-enheten', '', 'X'],
    ]);
    expect(new Set(doc.blocks.filter((b) => b.kind === 'row').map((b) => b.table)).size).toBe(1);
  });
});

const hasSoffice = findSoffice() !== null;
if (!hasSoffice && process.env.STYRDOK_REQUIRE_SOFFICE) throw new Error('STYRDOK_REQUIRE_SOFFICE is set but LibreOffice (soffice) is not installed');
const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-html-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A library plan's follow-up: per goal a table of its assessment, then its actions with a status icon, the header repeated per goal. */
function libraryFollowUp(): DocxSpec {
  const green: [number, number, number] = [0x2e, 0x9e, 0x4f];
  const red: [number, number, number] = [0xd3, 0x2f, 0x2f];
  const goals = [
    { goal: 'Fler barn ska låna böcker.', actions: [['Starta läsecirklar på fritidsgårdarna', 'Biblioteksenheten', green], ['Införa lånekort för alla förskolebarn', 'Kulturförvaltningen', red]] },
    { goal: 'Biblioteken ska vara öppna fler timmar.', actions: [['Införa meröppet i två filialer', 'Biblioteksenheten', green], ['Utreda söndagsöppet på huvudbiblioteket', 'Kulturnämnden', red]] },
  ] as const;
  const header: Row = { header: true, cells: ['Åtgärd', 'Ansvarig', 'Läge', 'Kommentar'].map((t): Cell => ({ paras: [t], fill: '#1F4E79' })) };
  return {
    title: 'Uppföljning biblioteksplan',
    sections: [
      {
        body: [
          { text: 'Uppföljning av biblioteksplan 2025', style: 'Title' },
          { text: '1. Läsande', style: 'Heading1' },
          ...goals.flatMap(({ goal, actions }) => [
            { widths: [7400, 1800], rows: [{ header: true, cells: [{ paras: ['Mål'] }, { paras: ['Bedömning'] }] }, { cells: [{ paras: [goal] }, { paras: ['Delvis'] }] }] },
            {
              widths: [4000, 2600, 900, 1700],
              rows: [header, ...actions.map(([text, owner, colour]): Row => ({ cells: [{ paras: [text] }, { paras: [owner] }, { paras: [], picture: icon(colour, 'dot') }, { paras: ['Enligt tidplan'] }] }))],
            },
          ]),
        ],
      },
    ],
  };
}

describe.skipIf(!hasSoffice)('a web page saved from Word reads like the Word file', () => {
  it('gives the same activities, owners, statuses and traffic lights', async () => {
    const file = path.join(dir, 'bibliotek.docx');
    const bytes = await writeDocx(libraryFollowUp());
    writeFileSync(file, bytes);
    const html = await deriveForm(file, 'docx>html', path.join(dir, 'cache'));
    const plan = (doc: Doc) => extract(doc).activities.map((a) => [a.text, a.ownerRaw, a.status, a.track]);
    const docx = plan(await readDocument(new Uint8Array(bytes), file));
    expect(docx).toHaveLength(4);
    expect(docx.every((a) => a[3])).toBe(true);
    expect(plan(await readDocument(html, 'bibliotek.html'))).toEqual(docx);
  }, 120_000);
});
