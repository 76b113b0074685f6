import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bareFieldLine, bareFields } from '../../src/clean/bare-fields.js';
import { splitBareRecords } from '../../src/clean/bare-records.js';
import { unfoldFieldRows } from '../../src/clean/field-rows.js';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';

const para = (text: string): RawBlock => ({ kind: 'paragraph', text, page: 1 });
const row = (table: number, ...cells: string[]): RawBlock => ({ kind: 'row', text: '', page: 1, table, cells });
const read = (blocks: RawBlock[]) => extract(buildDoc('text', blocks, { pageCount: null }));

describe('fields whose labels carry no colon', () => {
  it('reads labels side by side when each value has the shape its label asks for', () => {
    const got = bareFields('Starta en anhöriggrupp Ansvarig Vård- och omsorgsförvaltningen Startdatum 2025-02-01 Status Pågår enligt plan Kommentar Gruppen träffas varannan vecka.');
    expect(got?.fields.map((f) => [f.role, f.value])).toEqual([
      ['owner', 'Vård- och omsorgsförvaltningen'],
      ['time', '2025-02-01'],
      ['status', 'Pågår enligt plan'],
      ['comment', 'Gruppen träffas varannan vecka.'],
    ]);
    expect(got?.bodyEnd).toBe('Starta en anhöriggrupp '.length);
  });

  it('reads none from prose that names a responsible body and a status once', () => {
    expect(bareFields('Ansvarig nämnd rapporterar Status och resultat till kommunstyrelsen varje år.')).toBeNull();
    expect(bareFields('Ansvarig Chef för enheten tar fram rapporten och Status redovisas i juni.')).toBeNull();
    expect(bareFieldLine('Tid för eftertanke')).toBeNull();
    expect(bareFieldLine('Ansvarig Chef för enheten tar fram rapporten.')).toBeNull();
  });

  it('reads a line of one field when its value has its role shape', () => {
    expect(bareFieldLine('Slutdatum 2026-06-30')?.map((f) => [f.role, f.value])).toEqual([['time', '2026-06-30']]);
    expect(bareFieldLine('Bedömning Risk för avvikelse')?.map((f) => f.role)).toEqual(['track']);
    // A comment holds any text, so it cannot make a line of fields alone.
    expect(bareFieldLine('Kommentar Arbetet har startat')).toBeNull();
  });
});

describe('an export run onto one line, records cut at the symbol between them', () => {
  // An elderly-care follow-up as a sharing site's transcript gives it: one paragraph a page.
  const page = para(
    'Vård- och omsorgsnämnden Uppföljning av äldreplanen Rapporten visar läget per den 30 juni. Målområde Trygg vård i hemmet ■ Införa fasta team i hemtjänsten Ansvarig Hemtjänsten Tidsperiod 2025–2026 Status Pågående Kommentar Två av fem områden har fasta team. ■ Utveckla mobila läkarbesök Ansvarig Hälso- och sjukvårdsenheten Tidsperiod 2026 Status Ej påbörjad Målområde Gemenskap ■ Öppna träffpunkter i alla kommundelar Ansvarig Vård- och omsorgsförvaltningen Tidsperiod 2025 Status Avslutad',
  );

  it('cuts each record into its title and its fields, and an area line between records into a heading', () => {
    const out = splitBareRecords([page]);
    expect(out.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Vård- och omsorgsnämnden Uppföljning av äldreplanen Rapporten visar läget per den 30 juni.'],
      ['heading', 'Målområde Trygg vård i hemmet'],
      ['item', 'Införa fasta team i hemtjänsten'],
      ['paragraph', 'Ansvarig Hemtjänsten Tidsperiod 2025–2026 Status Pågående Kommentar Två av fem områden har fasta team.'],
      ['item', 'Utveckla mobila läkarbesök'],
      ['paragraph', 'Ansvarig Hälso- och sjukvårdsenheten Tidsperiod 2026 Status Ej påbörjad'],
      ['heading', 'Målområde Gemenskap'],
      ['item', 'Öppna träffpunkter i alla kommundelar'],
      ['paragraph', 'Ansvarig Vård- och omsorgsförvaltningen Tidsperiod 2025 Status Avslutad'],
    ]);
    const x = read(out);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Trygg vård i hemmet', 'Gemenskap']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.status])).toEqual([
      ['Införa fasta team i hemtjänsten', 'Hemtjänsten', 'ongoing'],
      ['Utveckla mobila läkarbesök', 'Hälso- och sjukvårdsenheten', 'not_started'],
      ['Öppna träffpunkter i alla kommundelar', 'Vård- och omsorgsförvaltningen', 'done'],
    ]);
  });

  it('leaves prose alone that uses a symbol and names a responsible body once', () => {
    const prose = para('Planen har tre delar ■ bakgrund ■ mål ■ uppföljning. Ansvarig nämnd är socialnämnden och Status redovisas varje år i årsredovisningen.');
    expect(splitBareRecords([prose])).toEqual([prose]);
  });
});

describe('an export run onto one line, records cut where their label recurs', () => {
  // A youth-leisure follow-up with no symbol between its records: the activity label that opens each record cuts them.
  const page = para(
    'Fritidsnämnden Uppföljning av planen för unga 2025 Prioriterat område Mötesplatser Nämndmål Fler unga ska ha en meningsfull fritid Aktivitet Öppna fritidsgården i Söderby på lördagar Ansvarig Fritidsgårdsenheten Startdatum 2025-01-01 Slutdatum 2025-12-31 Färdigställandegrad 100 % Kommentar Lördagsöppet sedan februari. Aktivitet Starta ett sommarlovsprogram med gratis aktiviteter Ansvarig Fritidsförvaltningen Startdatum 2025-05-01 Slutdatum 2026-08-31 Färdigställandegrad 40 % Kommentar Programmet för 2025 genomfördes. Prioriterat område Idrott Aktivitet Bygga en spontanidrottsplats i Norrby Ansvarig Tekniska förvaltningen Startdatum 2025-04-01 Slutdatum 2026-10-31 Färdigställandegrad 0 % Kommentar Markfrågan utreds.',
  );

  it('keeps each label with its record, cuts the title from its fields, and an area line between records into a heading', () => {
    const out = splitBareRecords([page]);
    expect(out.filter((b) => b.kind !== 'paragraph').map((b) => [b.kind, b.text])).toEqual([
      // The area and the goal under it, a line each: the goal is no part of the area's title.
      ['heading', 'Prioriterat område Mötesplatser'],
      ['heading', 'Nämndmål Fler unga ska ha en meningsfull fritid'],
      ['item', 'Öppna fritidsgården i Söderby på lördagar'],
      ['item', 'Starta ett sommarlovsprogram med gratis aktiviteter'],
      ['heading', 'Prioriterat område Idrott'],
      ['item', 'Bygga en spontanidrottsplats i Norrby'],
    ]);
    // Nothing is dropped: the text before the records stays, and every label with it.
    expect(out.map((b) => b.text).join(' ').replace(/\s+/g, ' ')).toBe(page.text);
    const x = read(out);
    expect(x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title)).toEqual(['Mötesplatser', 'Idrott']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years, a.status])).toEqual([
      ['Öppna fritidsgården i Söderby på lördagar', 'Fritidsgårdsenheten', [2025], 'done'],
      ['Starta ett sommarlovsprogram med gratis aktiviteter', 'Fritidsförvaltningen', [2025, 2026], 'ongoing'],
      ['Bygga en spontanidrottsplats i Norrby', 'Tekniska förvaltningen', [2025, 2026], 'not_started'],
    ]);
  });

  it('cuts nothing where the label opens prose once, or opens records that carry no fields', () => {
    const once = para('Åtgärder Kommunen ska under året Ansvarig Socialförvaltningen Status Pågående');
    expect(splitBareRecords([once])).toEqual([once]);
    const glossary = para('Ordlista Aktivitet En insats som nämnden har beslutat om. Aktivitet Används även om ett uppdrag till en förvaltning. Indikator Ett mått på utvecklingen.');
    expect(splitBareRecords([glossary])).toEqual([glossary]);
  });
});

describe('an export printed to PDF, its fields read as a row of a table', () => {
  it('gives rows that are lines of fields as the lines they are, and leaves a table of values alone', () => {
    const rows = [row(0, 'Ansvarig Kulturskolan', 'Startdatum 2025-01-01', 'Status Pågående'), row(1, 'Ansvarig Biblioteksenheten', 'Slutdatum 2025-11-30', 'Status Avslutad')];
    expect(unfoldFieldRows(rows).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Ansvarig Kulturskolan Startdatum 2025-01-01 Status Pågående'],
      ['paragraph', 'Ansvarig Biblioteksenheten Slutdatum 2025-11-30 Status Avslutad'],
    ]);
    const table = [row(0, 'Åtgärd', 'Ansvar', 'Status'), row(0, 'Skylta kulturmiljöerna', 'Kulturenheten', 'Pågående'), row(0, 'Digitalisera arkivet', 'Kulturenheten', 'Avslutad')];
    expect(unfoldFieldRows(table)).toEqual(table);
  });

  it('reads a label cell with no colon and its value cell as a field, the record opening with its activity label', () => {
    const rows = [
      para('Målområde Förebyggande arbete'),
      row(0, 'Aktivitet', 'Erbjuda föräldrastöd i grupp på familjecentralen'),
      row(0, 'Ansvarig', 'Socialförvaltningen'),
      row(0, 'Status', 'Pågående'),
      row(1, 'Aktivitet', 'Utbilda fritidsledare i att upptäcka oro'),
      row(1, 'Ansvarig', 'Kultur- och fritidsförvaltningen'),
      row(1, 'Status', 'Avslutad'),
    ];
    const x = read(unfoldFieldRows(rows));
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.status])).toEqual([
      ['Erbjuda föräldrastöd i grupp på familjecentralen', 'Socialförvaltningen', 'ongoing'],
      ['Utbilda fritidsledare i att upptäcka oro', 'Kultur- och fritidsförvaltningen', 'done'],
    ]);
  });
});

describe('the same export in two producers and two subjects (fixtures/layouts)', () => {
  it('reads a culture committee export printed by a browser: titles, owners, statuses, lights and goals', async () => {
    const x = extract(await readDocument(new Uint8Array(readFileSync('fixtures/layouts/kultur-export.pdf')), 'kultur-export.pdf'));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Fler barn och unga deltar i kulturlivet', 'Kulturarvet blir tillgängligt för fler']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.status, a.track])).toEqual([
      ['Utöka kulturskolans kurser i dans och teater', 'Kulturskolan', 'ongoing', 'on_track'],
      ['Erbjuda avgiftsfria konserter under skolloven', 'Kultur- och fritidsförvaltningen', 'not_started', 'deviation'],
      ['Starta en läsecirkel för unga på stadsbiblioteket', 'Biblioteksenheten', 'done', 'on_track'],
      ['Digitalisera hembygdsarkivets fotosamling', 'Kulturenheten', 'ongoing', 'off_track'],
      ['Skylta kulturmiljöerna längs ån med berättelser', 'Samhällsbyggnadsförvaltningen', 'ongoing', 'on_track'],
    ]);
  });

  it('reads a waste plan export as a transcript gives it, records cut at a coloured dot', async () => {
    const x = extract(await readDocument(new Uint8Array(readFileSync('fixtures/layouts/avfall-export.txt')), 'avfall-export.txt'));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Mindre avfall', 'Ökad materialåtervinning']);
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.years, a.status])).toEqual([
      ['Införa återbrukshörna på återvinningscentralen', 'Avfallsenheten', [2025, 2026], 'ongoing'],
      ['Minska matsvinnet i kommunens storkök', 'Måltidsservice', [2025], 'ongoing'],
      ['Erbjuda hämtning av textilier vid bostaden', 'VA- och avfallsbolaget', [2026], 'not_started'],
      ['Placera sorteringskärl i alla skolor', 'Fastighetsförvaltningen', [2024, 2025], 'done'],
      ['Informera hushållen om den nya sorteringen av matavfall', 'Kommunikationsenheten', [2025], 'ongoing'],
      ['Följa upp felsortering med plockanalyser', 'Avfallsenheten', [2025, 2026, 2027], 'postponed'],
    ]);
  });
});

describe("a record's own number among its fields", () => {
  it('reads an id line as a field, and a sentence opening with the label word as none', () => {
    expect(bareFieldLine('Id K07')?.map((f) => [f.role, f.value])).toEqual([['number', 'K07']]);
    expect(bareFieldLine('Nr: 2.3')?.map((f) => [f.role, f.value])).toEqual([['number', '2.3']]);
    expect(bareFieldLine('Nr 3 i serien kom ut i våras')).toBeNull();
    expect(bareFieldLine('Id och kön registreras inte')).toBeNull();
  });

  it('keeps a record whose fields begin with its number, a line each, whole', () => {
    // A culture follow-up exported a field a line, the record's id between its title and its owner.
    const lines = ['Kulturnämndens uppföljning', 'Målområde Läsning', 'Aktivitet Starta bokcirklar på tre bibliotek', 'Id K01', 'Ansvarig Biblioteksenheten', 'Status Pågående', 'Aktivitet Ge alla förskolor en bokpåse', 'Id K02', 'Ansvarig Förskoleförvaltningen', 'Status Ej påbörjad'];
    const x = read(lines.map(para));
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.status])).toEqual([
      ['Starta bokcirklar på tre bibliotek', 'Biblioteksenheten', 'ongoing'],
      ['Ge alla förskolor en bokpåse', 'Förskoleförvaltningen', 'not_started'],
    ]);
  });

  it('cuts records at their label when a list run into the page before them repeats its bullet, and leaves the number out of the title', () => {
    const page = para(
      'Kulturnämnden Delårsrapport Viktigt under perioden • Ny bibliotekschef anställd. • Utlåningen ökade med åtta procent. Målområde Läsning Aktivitet Starta bokcirklar på tre bibliotek Id K01 Ansvarig Biblioteksenheten Startdatum 2025-02-01 Status Pågående Kommentar Två cirklar i gång. Aktivitet Ge alla förskolor en bokpåse Id K02 Ansvarig Förskoleförvaltningen Startdatum 2025-09-01 Status Ej påbörjad Målområde Scenkonst Aktivitet Bjuda alla sexåringar på en teaterföreställning Id K03 Ansvarig Kulturskolan Startdatum 2025-03-01 Status Avslutad',
    );
    const x = read(splitBareRecords([page]));
    expect(x.activities.map((a) => [a.text, a.ownerRaw, a.status])).toEqual([
      ['Starta bokcirklar på tre bibliotek', 'Biblioteksenheten', 'ongoing'],
      ['Ge alla förskolor en bokpåse', 'Förskoleförvaltningen', 'not_started'],
      ['Bjuda alla sexåringar på en teaterföreställning', 'Kulturskolan', 'done'],
    ]);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Läsning', 'Scenkonst']);
  });
});
