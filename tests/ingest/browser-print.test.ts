import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/build-doc.js';
import type { Doc } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';
import { chromiumPdf, deriveForm, findChromium } from '../../scripts/forms/derive.js';

/**
 * A web page printed to PDF by Chromium reads like the page: a list's discs
 * and squares are drawn, not set as glyphs, and must still mark its items; a
 * coloured status dot in a table stays a status. Pages of other subjects than
 * those that showed the fault, printed here when Chromium is installed.
 */
const hasChromium = findChromium() !== null;
if (!hasChromium && process.env.STYRDOK_REQUIRE_CHROMIUM) throw new Error('STYRDOK_REQUIRE_CHROMIUM is set but Chromium is not installed');
const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-browser-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The page and its print; with `headerFooter`, printed as a person prints it, with the browser's date, title, address and page count in the margins. */
async function printed(name: string, html: string, options: { headerFooter?: boolean } = {}): Promise<{ page: Doc; pdf: Doc }> {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, html);
  const pdf = options.headerFooter ? await chromiumPdf(new TextEncoder().encode(html), options) : await deriveForm(file, 'html>pdf', path.join(dir, 'cache'));
  return { page: await readDocument(new TextEncoder().encode(html), file), pdf: await readDocument(pdf, `${name}.pdf`) };
}

const items = (doc: Doc) => doc.blocks.filter((b) => b.kind === 'item').map((b) => blockText(doc, b));

describe.skipIf(!hasChromium)('a page printed by Chromium reads like the page', () => {
  it('keeps each item of a list whose bullets are drawn, discs and squares, lower-case items without a full stop included', async () => {
    const { page, pdf } = await printed(
      'idrott',
      `<html><body><h1>Idrottsplan 2026</h1><p>Föreningslivet ska ha goda villkor i hela kommunen.</p><p>Vi ska:</p>
      <ul><li>bygga en ny fullstor konstgräsplan i Västra hamnen</li><li>rusta upp motionsspåren och belysningen i stadsdelsparkerna</li><li>ge fler föreningar tillgång till skolornas idrottshallar på kvällstid</li></ul>
      <p>Till föreningarna ska kommunen:</p>
      <ul style="list-style: square"><li>förenkla ansökan om aktivitetsstöd</li><li>erbjuda utbildning i styrelsearbete</li></ul></body></html>`,
    );
    expect(items(page)).toHaveLength(5);
    expect(items(pdf)).toEqual(items(page));
  }, 120_000);

  it("keeps the items of a nested list, whose circles a browser draws as outlines, apart from their parent's text", async () => {
    const { page, pdf } = await printed(
      'friluftsliv',
      `<html><body><h1>Friluftsplan</h1><ol><li><strong>Tillgängliga naturområden</strong><p>Fler ska kunna nå naturen nära hemmet. Åtgärder:</p>
      <ul><li>Anlägga en tillgänglighetsanpassad slinga vid Storsjön</li><li>Märka upp vandringslederna i norra delen av kommunen</li><li>Bygga nya vindskydd vid kanotleden</li></ul></li>
      <li><strong>Information</strong><ul><li>Ta fram en digital karta över friluftsområdena</li><li>Sätta upp skyltar vid parkeringarna</li></ul></li></ol></body></html>`,
    );
    const nested = (doc: Doc) => doc.blocks.filter((b) => b.kind === 'item' && !/^\d/.test(b.marker ?? '')).map((b) => blockText(doc, b));
    expect(nested(page)).toHaveLength(5);
    expect(nested(pdf)).toEqual(nested(page));
  }, 120_000);

  it('adds no bullet to a paragraph set in without a list, nor to a coloured status dot in a table', async () => {
    const dot = (c: string) => `<span style="display:inline-block;width:6px;height:6px;border-radius:3px;background:${c}"></span>`;
    const { pdf } = await printed(
      'kultur',
      `<html><body><h1>Kulturplan</h1><p>Planen beslutades av kulturnämnden.</p>
      <blockquote>Kulturen ska nå alla invånare, oavsett ålder och bostadsort, och biblioteken ska vara öppna mötesplatser för alla.</blockquote>
      <blockquote>Nämnden följer upp planen varje höst.</blockquote>
      <table border="1"><tr><th>Åtgärd</th><th>Läge</th></tr><tr><td>Öppna en ny filial i Norrby</td><td>${dot('#2e9e4f')} Pågår</td></tr><tr><td>Digitalisera arkivet</td><td>${dot('#d32f2f')} Försenad</td></tr></table></body></html>`,
    );
    expect(pdf.blocks.filter((b) => b.marker === '•')).toEqual([]);
    expect(pdf.blocks.some((b) => blockText(pdf, b).includes('•'))).toBe(false);
    expect(pdf.blocks.some((b) => blockText(pdf, b).includes('Kulturen ska nå alla invånare'))).toBe(true);
  }, 120_000);

  it.each([false, true])('reads a page with a menu at the left, related links and a contact card at the right and a banner with buttons as the page reads (with the print header and footer: %s)', async (headerFooter) => {
    const areas = [
      { title: 'Skyfall och översvämning', lead: 'Kraftiga regn ska kunna ledas bort utan att skada hus och vägar. Åtgärder under perioden:', items: ['Kartlägga lågpunkter där vatten samlas vid skyfall', 'Anlägga översvämningsytor i stadsdelsparkerna', 'Ge fastighetsägare råd om högvattenskydd'] },
      { title: 'Värme och hälsa', lead: 'Äldre och små barn ska skyddas under värmeböljor. Åtgärder under perioden:', items: ['Plantera skuggande träd vid förskolor och äldreboenden', 'Ta fram en plan för svala lokaler vid värmebölja'] },
      { title: 'Ras och skred', lead: 'Bebyggelse vid älven ska vara säker. Åtgärder under perioden:', items: ['Utreda stabiliteten längs älvens branta slänter', 'Förstärka erosionsskyddet vid hamnen', 'Informera boende i riskområden'] },
    ];
    // Prose enough for two pages: the banner is printed on each, over the text.
    const background = [
      'Klimatet förändras redan. Under de senaste tio åren har kommunen haft flera skyfall som översvämmat källare, vägar och järnvägens undergångar, och sommaren 2018 var den varmaste som uppmätts.',
      'Plan- och bygglagen kräver att kommunen redovisar risken för skador på den byggda miljön till följd av översvämning, ras, skred och erosion. Planen samlar det arbetet på ett ställe.',
      'Planen har tagits fram av samhällsbyggnadsförvaltningen tillsammans med räddningstjänsten, VA-bolaget och socialförvaltningen, och boende i de mest utsatta områdena har fått lämna synpunkter.',
      'Åtgärderna finansieras inom ordinarie budget. Där statligt stöd för förebyggande åtgärder kan sökas ska kommunen söka det.',
    ];
    const menu = ['Bo och bygga', 'Miljö och klimat', 'Klimatanpassning', 'Energi', 'Natur och friluftsliv', 'Vatten och avlopp'];
    const related = ['Klimatanpassningsplan 2025–2030 (pdf, 4 MB)', 'Karta över översvämningsrisker', 'Råd om värmebölja', 'Så fungerar dagvatten', 'Skredrisker längs älven'];
    const { page, pdf } = await printed(
      'klimatanpassning',
      `<html><head><style>body{margin:0;font-family:sans-serif}.grid{display:grid;grid-template-columns:11rem 1fr 13rem;gap:2rem;padding:1rem}
      nav ul,aside ul{list-style:none;padding:0}.banner{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:1rem}</style></head>
      <body><div class="banner"><p>Webbplatsen använder kakor för besöksstatistik.</p><button>Godkänn</button> <button>Neka</button></div>
      <div class="grid"><nav><ul>${menu.map((m) => `<li><a href="/${m.length}">${m}</a></li>`).join('')}</ul></nav>
      <main><h1>Klimatanpassning i kommunen</h1><p>Kommunfullmäktige antog i mars en plan för hur kommunen ska anpassas till ett varmare och blötare klimat.</p>
      ${background.map((b) => `<p>${b}</p>`).join('')}<p>Planen ordnar åtgärderna under tre områden:</p><ol>${areas.map((a) => `<li><strong>${a.title}</strong><p>${a.lead}</p><ul>${a.items.map((i) => `<li>${i}</li>`).join('')}</ul></li>`).join('')}</ol>
      <p>Planen följs upp varje år av miljö- och byggnadsnämnden.</p></main>
      <aside><h2>Relaterat</h2><ul>${related.map((r, i) => `<li><a href="/dokument/${i}">${r}</a></li>`).join('')}</ul><h2>Kontakt</h2><p>Miljöenheten<br>Telefon: 0100-12 34 56</p></aside></div></body></html>`,
      { headerFooter },
    );
    const outline = (doc: Doc) => {
      const x = extract(doc);
      return x.focusAreas.filter((f) => f.parentKey === null).map((f) => ({ area: f.title, activities: x.activities.filter((a) => a.focusAreaKey === f.key).map((a) => a.text) }));
    };
    expect(outline(page)).toEqual(areas.map((a) => ({ area: a.title, activities: a.items })));
    expect(outline(pdf)).toEqual(outline(page));
    const shown = pdf.blocks.filter((b) => b.kind !== 'furniture').map((b) => blockText(pdf, b));
    for (const chrome of [...menu.filter((m) => m !== 'Klimatanpassning'), ...related, 'Miljöenheten', 'Godkänn', 'Neka', 'file:', ' PM', '1/2']) expect(shown.filter((t) => t.includes(chrome))).toEqual([]);
  }, 120_000);

  it('reads the titles of an open accordion, printed with their toggle glyphs, as the areas of the page', async () => {
    const areas = [
      { title: 'Rent vatten', items: ['Skydda vattentäkten vid Storsjön', 'Byta ut gamla avloppsledningar i centrum'] },
      { title: 'Levande skogar', items: ['Inventera nyckelbiotoper i kommunens skog', 'Ta fram en skötselplan för tätortsnära skog'] },
      { title: 'Giftfri vardag', items: ['Fasa ut plast i förskolornas kök', 'Informera hushållen om farligt avfall'] },
    ];
    const panel = (a: (typeof areas)[number], i: number) =>
      `<div class="panel"><h2><button class="${i === 1 ? 'arrow' : 'sign'}" aria-expanded="true" aria-controls="p${i}">${a.title}</button></h2><div id="p${i}"><ul>${a.items.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>`;
    const { page, pdf } = await printed(
      'miljomal',
      `<html><head><style>button{display:block;width:100%;text-align:left;border:0;background:#eef;font:inherit;font-size:1rem;padding:.4rem}
      .sign::after{content:"−";float:right}.arrow::before{content:"▾ "}</style></head>
      <body><main><h1>Miljömål för kommunen</h1><p>Kommunen arbetar med tre miljömål. Under varje mål står åtgärderna för perioden.</p>${areas.map(panel).join('')}</main></body></html>`,
    );
    const outline = (doc: Doc) => {
      const x = extract(doc);
      return x.focusAreas.filter((f) => f.parentKey === null).map((f) => ({ area: f.title, activities: x.activities.filter((a) => a.focusAreaKey === f.key).map((a) => a.text) }));
    };
    expect(outline(page)).toEqual(areas.map((a) => ({ area: a.title, activities: a.items })));
    expect(outline(pdf)).toEqual(outline(page));
  }, 120_000);

  it('reads a table ruled only between its rows, its cells centred, with a consent banner fixed over every page, as the page reads', async () => {
    const rows = Array.from({ length: 14 }, (_, i) => [
      `${['Installera solceller på', 'Byta till LED-belysning i', 'Energikartlägga', 'Ansluta fjärrvärme till'][i % 4]} ${['Björkskolan', 'simhallen', 'stadshuset', 'äldreboendet Linden', 'förskolan Ugglan', 'brandstationen', 'biblioteket'][i % 7]} och följa upp förbrukningen varje kvartal`,
      ['Fastighetsavdelningen', 'Tekniska förvaltningen', 'Kultur- och fritidsförvaltningen'][i % 3],
      `${2025 + (i % 3)}`,
      ['Pågår', 'Ej påbörjad', 'Klar'][i % 3],
    ]);
    const { page, pdf } = await printed(
      'energi',
      `<html><head><style>.consent{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:1rem}
      td,th{border-bottom:1px solid #ccc;padding:.4rem;vertical-align:middle} table{border-collapse:collapse;width:100%} td:first-child{width:45%}</style></head>
      <body><div class="consent"><p>Vi använder kakor för att webbplatsen ska fungera. Du väljer själv om du godkänner statistikkakor.</p><button>Godkänn alla</button> <button>Endast nödvändiga</button></div>
      <h1>Energiplan för kommunens lokaler</h1><p>Planen gäller 2025–2027 och följs upp av kommunstyrelsen.</p>
      <table><thead><tr><th>Åtgärd</th><th>Ansvar</th><th>Klart</th><th>Status</th></tr></thead><tbody>
      ${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></body></html>`,
    );
    const cells = (doc: Doc) => doc.blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells!.map((c) => doc.text.slice(c.start, c.end)));
    expect(cells(page)).toEqual(rows);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    expect(cells(pdf)).toEqual(rows);
    expect(pdf.blocks.filter((b) => b.kind !== 'furniture' && blockText(pdf, b).includes('kakor'))).toEqual([]);
  }, 120_000);

  it("drops a table's head row repeated at the top of the next page, whatever its words, and keeps a row that only looks like it", async () => {
    const places = ['Stadsbiblioteket', 'filialen i Hallstahammar', 'bokbussen', 'skolbiblioteken', 'Kolbäcks bibliotek', 'sjukhusbiblioteket', 'Medborgarhuset', 'fängelsebiblioteket', 'folkhögskolan', 'Lärcentrum', 'äldreboendet Solgläntan'];
    const acts = Array.from({ length: 22 }, (_, i) => [`${['Utöka öppettiderna på', 'Ordna läsecirklar för nyanlända på', 'Låna ut e-böcker via', 'Erbjuda digital vägledning på'][i % 4]} ${places[i % 11]} under ${2026 + (i % 2)}`, ['Kulturförvaltningen', 'Barn- och utbildning', 'Biblioteksenheten'][i % 3], ['Pågår', 'Klar', 'Ej påbörjad'][i % 3]]);
    const td = (c: string, span = 1) => `<td colspan="${span}" style="border:1px solid #000;padding:12px 8px">${c}</td>`;
    // One table, as a word processor saves it: its head ('Delmål | Läge', words of no column type) a <thead>, the activities' own header a row of the body.
    const table = (head: string[]) =>
      `<table style="border-collapse:collapse;width:100%"><thead><tr>${td(head[0], 2)}${td(head[1])}</tr></thead><tbody>
      <tr>${td('Fler invånare ska låna böcker och e-böcker', 2)}${td('Delvis')}</tr><tr>${td('Aktivitet')}${td('Ansvarig')}${td('Status')}</tr>
      ${acts.map((r) => `<tr>${r.map((c) => td(c)).join('')}</tr>`).join('')}</tbody></table>`;
    // Text above the table, as in a plan: its head is not among the first page's top lines (where a running header stands).
    const intro = '<p>Planen följs upp av kulturnämnden varje höst.</p><p>Uppföljningen visar läget för varje delmål och aktivitet.</p><h2>Läsning och lärande</h2>';
    const { page, pdf } = await printed('bibliotek', `<html><body><h1>Biblioteksplan 2026–2027</h1>${intro}${table(['Delmål', 'Läge'])}</body></html>`);
    const activities = (doc: Doc) => extract(doc).activities.map((a) => a.text);
    expect(activities(page)).toEqual(acts.map((r) => r[0]));
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    expect(activities(pdf)).toEqual(activities(page));
    const rowsWith = (doc: Doc, text: string) => doc.blocks.filter((b) => b.kind === 'row' && blockText(doc, b).includes(text));
    expect(rowsWith(pdf, 'Delmål')).toHaveLength(1);

    // A table without a <thead> goes on over the break with no row repeated, and a second table that opens a page
    // after a paragraph keeps its first row, though it is the first table's word for word.
    const bare = table(['Delmål', 'Läge']).replace(/<\/?thead>/g, '');
    const twice = await printed('bibliotek-utan-huvud', `<html><body><h1>Biblioteksplan 2026–2027</h1>${bare}<p style="break-before:page">Uppföljningen året efter:</p>${bare}</body></html>`);
    expect(twice.pdf.pageCount).toBeGreaterThanOrEqual(3);
    expect(rowsWith(twice.pdf, 'Delmål')).toHaveLength(2);
    expect(rowsWith(twice.pdf, 'Utöka öppettiderna på Stadsbiblioteket')).toHaveLength(2);
  }, 120_000);

  it("keeps a record's value that wraps under its value column, not under its label, as one value; a number past the last page ends no contents line", async () => {
    // A cultural-heritage follow-up exported from a planning system: a label column and a value column, no rules, no colons.
    const record = (title: string, owner: string, start: string, end: string, status: string) =>
      `<div class="rec"><div class="head">◆ Aktivitet</div>${[['Aktivitet', title], ['Ansvarig', owner], ['Startdatum', start], ['Slutdatum', end], ['Status', status]].map(([l, v]) => `<div class="l">${l}</div><div class="v">${v}</div>`).join('')}</div>`;
    const html = `<html><head><style>body{font:9pt sans-serif;margin:2em} .rec{display:grid;grid-template-columns:90px 1fr;row-gap:6px;margin:14px 0} .head{grid-column:1/3;font-size:8pt} h2{font-size:11pt}</style></head><body>
      <h1>Kulturmiljöprogram – uppföljning 2025</h1><p>Rapporten visar läget per den 31 augusti för programmets aktiviteter.</p>
      <h2>MÅLOMRÅDE Levande kulturarv</h2>
      ${record('Inventera de byggnader från efterkrigstiden i stadsdelarna norr om ån som kan ha kulturhistoriskt värde och föra in dem i kommunens register', 'Samhällsbyggnadsförvaltningen', '2025-01-01', '2026-06-30', 'Pågående')}
      ${record('Visa kvarnen under kulturarvsdagen vecka 38', 'Kulturförvaltningen', '2025-09-15', '2025-09-21', 'Ej påbörjad')}
      <h2>MÅLOMRÅDE Kulturarv för alla</h2>
      ${record('Ta fram en digital guide till stadens kulturmiljöer', 'Kulturförvaltningen', '2025-03-01', '2025-12-31', 'Påbörjad')}
      </body></html>`;
    const { pdf } = await printed('kulturmiljo', html);
    expect(pdf.pageCount).toBe(1);
    const x = extract(pdf);
    expect(x.focusAreas.map((f) => [f.title, f.parentKey])).toEqual([['Levande kulturarv', null], ['Kulturarv för alla', null]]);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.status])).toEqual([
      ['Inventera de byggnader från efterkrigstiden i stadsdelarna norr om ån som kan ha kulturhistoriskt värde och föra in dem i kommunens register', 'Samhällsbyggnadsförvaltningen', 'ongoing'],
      ['Visa kvarnen under kulturarvsdagen vecka 38', 'Kulturförvaltningen', 'not_started'],
      ['Ta fram en digital guide till stadens kulturmiljöer', 'Kulturförvaltningen', 'started'],
    ]);
  }, 120_000);

  it('reads a track set in three columns (its goal, its actions, a quote) column by column under the track, and an unruled table of three columns row by row', async () => {
    // A climate programme's tracks as a layout sets them: a label over the title, then the goal, the municipality's actions and a resident's quote side by side.
    const track = (n: number, title: string, goal: string, actions: string[], quote: string) => `<section><div class="label">SPÅR ${n}</div><h2>${title}</h2>
      <div class="cols"><div><p class="h">Så vill vi ha det</p><p>${goal}</p></div><div><p class="h">Det här gör vi</p><p><b>Kommunen ska:</b></p>${actions.map((a) => `<p>${a}</p>`).join('')}</div><div><p class="quote">”${quote}”</p><p>Röst från klimatdialogen</p></div></div></section>`;
    const html = `<html><head><style>body{font:9.5pt sans-serif;margin:3em} .cols{display:grid;grid-template-columns:110px 170px 150px;column-gap:36px} .label{font-size:8pt} h2{font-size:15pt;margin:4px 0 40px} .quote{font-size:13pt} section{margin-bottom:60px}</style></head><body>
      <h1>Klimatprogram 2026–2030</h1>
      ${track(1, 'Fossilfria transporter', 'Resorna i kommunen görs utan fossila bränslen.', ['Byta kommunens personbilar mot elbilar (Fordonsenheten, 2026–2028).', 'Bygga laddplatser vid alla kommunala arbetsplatser (Fastighetsavdelningen, 2027).'], 'Laddstolpen vid jobbet fick mig att byta bil.')}
      ${track(2, 'Energismarta fastigheter', 'Kommunens lokaler använder hälften så mycket energi.', ['Installera solceller på tio skolor (Fastighetsavdelningen, 2026).', 'Utbilda driftpersonalen i energieffektiv drift (Fastighetsavdelningen, löpande).'], 'Solcellerna på skolan blev ett eget lektionstema.')}
      <h2>Uppföljning</h2><p>Programmet följs upp varje år i samband med årsredovisningen och redovisas för kommunstyrelsen.</p>
      </body></html>`;
    const { page, pdf } = await printed('klimatspar', html);
    const x = extract(pdf);
    expect(x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title)).toEqual(['Fossilfria transporter', 'Energismarta fastigheter']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw])).toEqual(extract(page).activities.map((a) => [a.text, a.ownerRaw]));
    expect(x.activities).toHaveLength(4);

    const table = `<html><head><style>body{font:9.5pt sans-serif;margin:3em} td{vertical-align:top;padding:2px 18px 8px 0} th{text-align:left}</style></head><body><h1>Handlingsplan för dricksvatten</h1><table>
      <tr><th>Aktivitet</th><th>Ansvar</th><th>Tid</th></tr>
      ${[['Ta fram en reservvattenplan för tätorterna', 'VA-enheten', '2026'], ['Inventera enskilda brunnar i skyddsområdet', 'Miljöenheten', '2026–2027'], ['Förnya ledningsnätet under Storgatan', 'VA-enheten', '2027'], ['Informera fastighetsägare om vattenskydd', 'Miljöenheten', 'Löpande'], ['Installera larm vid vattenverkets intag', 'VA-enheten', '2026']].map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}
      </table></body></html>`;
    const rows = await printed('dricksvatten', table);
    expect(extract(rows.pdf).activities.map((a) => [a.text, a.ownerRaw])).toEqual(extract(rows.page).activities.map((a) => [a.text, a.ownerRaw]));
  }, 120_000);

  it("keeps an item's parenthesis that wraps onto a line of its own under the item's text, and the items after it apart", async () => {
    const { page, pdf } = await printed(
      'skolbibliotek',
      `<html><body style="width:330px;font:10pt sans-serif"><h1>Läsplan</h1><p>Planen följs upp med dessa mått:</p>
      <ul><li>Andel elever i årskurs 5 som läser varje vecka på fritiden <span style="display:inline-block">(Skolenkäten, svar från alla elever i årskurs 5)</span></li><li>Antal utlån per elev och läsår i skolbiblioteken (Bibliotekssystemet)</li><li>Skolbiblioteken är öppna varje skoldag.</li></ul></body></html>`,
    );
    expect(items(page)).toHaveLength(3);
    expect(items(pdf)).toEqual(items(page));
  }, 120_000);
});
