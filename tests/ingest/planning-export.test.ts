import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/build-doc.js';
import type { Doc } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';

/**
 * A planning system's report published as a web page: one block per
 * activity, its title above and the same labels repeated under each, each
 * label beside its value by the page's layout (a CSS grid of divs, a
 * definition list, a table of label and value rows). Read child by child the
 * labels and values were lines of their own and no record was found.
 */
const read = (html: string) => readDocument(new TextEncoder().encode(html), 'rapport.html');
const paragraphs = (doc: Doc) => doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => blockText(doc, b));
const page = (body: string) => `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Rapport</title></head><body><main>${body}</main></body></html>`;

describe('label–value pairs set side by side by the layout', () => {
  // A leisure committee's follow-up as a report tool writes it: divs in a grid, the label's class says nothing the reader may rely on.
  const grid = (label: string, value: string) => `<div>${label}</div><div>${value}</div>`;
  const card = (title: string, fields: Array<[string, string]>) =>
    `<div class="card"><div class="head"><span>Aktivitet</span><h4>${title}</h4></div><div class="fields">${fields.map(([l, v]) => grid(l, v)).join('')}</div></div>`;

  it('reads a grid of labels and values as a line a pair, and each card as an activity with its fields', async () => {
    const doc = await read(
      page(`<h1>Uppföljning av friluftslivsplanen</h1>
      <section><div class="head"><span>Målområde</span><h2>Tillgänglig natur</h2></div>
      ${card('Bygga en spång över våtmarken vid Gölen', [['Ansvarig', 'Parkenheten'], ['Startdatum', '2024-05-01'], ['Slutdatum', '2025-09-30'], ['Färdigställandegrad', '100 %'], ['Kommentar', 'Spången invigdes i augusti.']])}
      ${card('Rusta upp vindskydden längs kustleden', [['Ansvarig', 'Fritidsförvaltningen'], ['Startdatum', '2025-03-01'], ['Slutdatum', '2026-10-31'], ['Färdigställandegrad', '40 %'], ['Kommentar', 'Fyra av tio vindskydd är klara.']])}
      </section>
      <section><div class="head"><span>Målområde</span><h2>Friluftsliv för alla</h2></div>
      ${card('Låna ut friluftsutrustning på biblioteken', [['Ansvarig', 'Kulturförvaltningen'], ['Startdatum', '2025-01-01'], ['Slutdatum', '2025-12-31'], ['Färdigställandegrad', '0 %'], ['Kommentar', 'Projektet har pausats i väntan på lokaler.']])}
      </section>`),
    );
    expect(paragraphs(doc)).toContain('Ansvarig Parkenheten');
    expect(paragraphs(doc)).toContain('Färdigställandegrad 40 %');
    const x = extract(doc);
    expect(x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title)).toEqual(['Tillgänglig natur', 'Friluftsliv för alla']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years, a.status])).toEqual([
      ['Bygga en spång över våtmarken vid Gölen', 'Parkenheten', [2024, 2025], 'done'],
      ['Rusta upp vindskydden längs kustleden', 'Fritidsförvaltningen', [2025, 2026], 'ongoing'],
      // 0 % with a comment that says the work was paused: the comment tells more than the share.
      ['Låna ut friluftsutrustning på biblioteken', 'Kulturförvaltningen', [2025], 'postponed'],
    ]);
    expect(x.activities[2].statusSource).toBe('comment');
    expect(x.activities[1].progress).toBeCloseTo(0.4);
  });

  it('reads a definition list of fields under each activity heading (another producer)', async () => {
    const dl = (fields: Array<[string, string]>) => `<dl>${fields.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
    const doc = await read(
      page(`<h1>Vattenplan – lägesrapport 2025</h1>
      <h2>Rent vatten i sjöarna</h2>
      <h3>Inventera enskilda avlopp runt Stora sjön</h3>${dl([['Ansvar', 'Miljöenheten'], ['Tidplan', '2025–2027'], ['Status', 'Pågår']])}
      <h3>Anlägga en våtmark vid åns utlopp</h3>${dl([['Ansvar', 'VA-bolaget'], ['Tidplan', '2026'], ['Status', 'Ej påbörjad']])}
      <h2>Trygg dricksvattenförsörjning</h2>
      <h3>Ta fram en reservvattenplan</h3>${dl([['Ansvar', 'VA-bolaget'], ['Tidplan', '2025'], ['Status', 'Klar']])}`),
    );
    expect(paragraphs(doc)).toContain('Ansvar Miljöenheten');
    const x = extract(doc);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years, a.status])).toEqual([
      ['Inventera enskilda avlopp runt Stora sjön', 'Miljöenheten', [2025, 2026, 2027], 'ongoing'],
      ['Anlägga en våtmark vid åns utlopp', 'VA-bolaget', [2026], 'not_started'],
      ['Ta fram en reservvattenplan', 'VA-bolaget', [2025], 'done'],
    ]);
  });

  it('reads a table per activity whose rows are a label and its value as the record it is (a third producer)', async () => {
    const table = (rows: Array<[string, string]>) => `<table>${rows.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`;
    const doc = await read(
      page(`<h1>Kulturnämndens delårsrapport</h1><h2>Målområde Läsande barn</h2>
      ${table([['Åtgärd', 'Dela ut en bok till varje nyfött barn'], ['Ansvarig', 'Bibliotekschef'], ['Start', '2025-01-01'], ['Slut', '2025-12-31'], ['Status', 'Pågående']])}
      ${table([['Åtgärd', 'Starta läsombud på förskolorna'], ['Ansvarig', 'Barnbibliotekarie'], ['Start', '2024-08-01'], ['Slut', '2025-06-30'], ['Status', 'Avslutad']])}`),
    );
    expect(doc.blocks.some((b) => b.kind === 'row')).toBe(false);
    const x = extract(doc);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years, a.status])).toEqual([
      ['Dela ut en bok till varje nyfött barn', 'Bibliotekschef', [2025], 'ongoing'],
      ['Starta läsombud på förskolorna', 'Barnbibliotekarie', [2024, 2025], 'done'],
    ]);
  });

  it('leaves a contact card, a glossary of abbreviations and a two-column table of terms as they were', async () => {
    const doc = await read(
      page(`<h1>Kontakt</h1><div><div>Telefon</div><div>0123-456 78</div><div>E-post</div><div>kommun@example.se</div><div>Besöksadress</div><div>Storgatan 1</div></div>
      <dl><dt>KFF</dt><dd>Kultur- och fritidsförvaltningen</dd><dt>MBN</dt><dd>Miljö- och byggnadsnämnden</dd></dl>
      <table><tr><th>Förkortning</th><th>Betydelse</th></tr><tr><td>VA</td><td>Vatten och avlopp</td></tr><tr><td>ÅVC</td><td>Återvinningscentral</td></tr></table>`),
    );
    expect(paragraphs(doc)).toEqual(['Telefon', '0123-456 78', 'E-post', 'kommun@example.se', 'Besöksadress', 'Storgatan 1', 'KFF', 'Kultur- och fritidsförvaltningen', 'MBN', 'Miljö- och byggnadsnämnden']);
    expect(doc.blocks.filter((b) => b.kind === 'row')).toHaveLength(3);
  });
});
