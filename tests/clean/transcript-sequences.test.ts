import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { findItemIds, follows, parseId } from '../../src/clean/numbering.js';
import { cellKind } from '../../src/clean/cell-kinds.js';

const read = (text: string) => readText(new TextEncoder().encode(text));
const activities = (text: string) => extract(read(text)).activities;

describe('ids that follow each other', () => {
  it('knows the next id at every depth and with letters', () => {
    expect(follows(parseId('1.2')!, parseId('1.3')!)).toBe(true);
    expect(follows(parseId('1.5')!, parseId('2.1')!)).toBe(true);
    expect(follows(parseId('A9')!, parseId('A10')!)).toBe(true);
    expect(follows(parseId('E1.2')!, parseId('E2.1')!)).toBe(true);
    expect(follows(parseId('1.2')!, parseId('1.4')!)).toBe(false);
    expect(follows(parseId('A1')!, parseId('B2')!)).toBe(false);
  });

  it('takes chains of three or more and leaves lone codes (a road, a unit) alone', () => {
    const [hits] = findItemIds(['Cykelväg längs E22 Tekniska förvaltningen. K1 Byta belysning i lokaler K2 Ställa om fordonsflottan K3 Installera solceller på skolor C4 Teknik ansvarar.']);
    expect(hits.map((h) => h.marker)).toEqual(['K1', 'K2', 'K3']);
  });
});

describe('what a cell holds', () => {
  it('types statuses, times, units, marks, percentages and text', () => {
    expect(cellKind('Ej påbörjad')).toBe('status');
    expect(cellKind('HT 2025')).toBe('time');
    expect(cellKind('Kultur- och fritidsförvaltningen')).toBe('owner');
    expect(cellKind('SOC/KFN')).toBe('owner');
    expect(cellKind('X')).toBe('mark');
    expect(cellKind('45 %')).toBe('percent');
    expect(cellKind('Anordna trygghetsvandringar i alla stadsdelar')).toBe('text');
  });
});

describe('a table run into a transcript line', () => {
  const klimat = [
    'Klimatplan 2025–2027 Exempelby kommun',
    '',
    'Transkript',
    '',
    '1 Klimatplan 2025–2027 Exempelby kommun Antagen av kommunfullmäktige 2025-01-20',
    '',
    '2 Insatsområde 1 – Energi Nr Åtgärd Ansvar Tid Status 1.1 Byta till LED-belysning i kommunens idrottshallar Tekniska förvaltningen 2025 Pågår 1.2 Installera solceller på förskolornas tak Miljö- och klimatförvaltningen, Fastighetsbolaget AB 2025–2026 Ej påbörjad 1.3 Energikartlägga alla skolor Tekniska förvaltningen VT 2026 Klar Insatsområde 2 – Transporter Nr Åtgärd Ansvar Tid Status 2.1 Ställa om fordonsflottan till el Serviceförvaltningen Löpande Pågår 2.2 Bygga ut cykelvägnätet mellan orterna vid väg 40 och längs ån',
    '',
    '3 2.3 Införa bilpool för anställda Serviceförvaltningen 2026 Påbörjad Uppföljning Planen följs upp varje år i kommunstyrelsen.',
  ].join('\n');

  it('reads each row by the order its header gives, bands as areas, and keeps a row it cannot read with a message', () => {
    const doc = read(klimat);
    const rows = doc.blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells!.map((c) => doc.text.slice(c.start, c.end)));
    expect(rows[0]).toEqual(['1.1', 'Byta till LED-belysning i kommunens idrottshallar', 'Tekniska förvaltningen', '2025', 'Pågår']);
    expect(rows[1].slice(2)).toEqual(['Miljö- och klimatförvaltningen, Fastighetsbolaget AB', '2025–2026', 'Ej påbörjad']);
    expect(rows.find((r) => r[0] === '2.2')?.[1]).toContain('Bygga ut cykelvägnätet');
    expect(rows.find((r) => r[0] === '2.3')?.slice(1)).toEqual(['Införa bilpool för anställda', 'Serviceförvaltningen', '2026', 'Påbörjad']);
    expect(doc.messages.some((m) => m.ruleId === 'clean/run-on-row-unread' && m.reason.includes('row 2.2'))).toBe(true);
    const x = extract(doc);
    expect(x.activities).toHaveLength(6);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Energi', 'Transporter']);
    expect(x.activities.find((a) => a.text.startsWith('Installera solceller'))?.status).toBe('not_started');
  });
});

describe('a planning-system export run into lines', () => {
  it('cuts items at their ids and reads the labels each repeats', () => {
    const text = [
      'Folkhälsoplan 2025 Exempelby kommun',
      '',
      'Transkript:',
      '',
      '1 (2) Folkhälsoplan 2025 Mål 1 Goda levnadsvanor Aktiviteter A1 Erbjuda hälsosamtal till alla 40-åringar. Ansvarig: Socialförvaltningen Genomförs: 2025 Status: Pågår Kommentar: Samtalen startade i mars. A2 Starta en rökfri skolgård på varje skola. Ansvarar: Barn- och utbildningsförvaltningen Genomförs: HT 2025 Status: Ej startad',
      '',
      '2 (2) A3 Sprida information om fysisk aktivitet på recept. Ansvarig: Kultur- och fritidsförvaltningen Genomförs: Löpande Status: Klar Kontakt Folkhälsostrategen, telefon 010-123 45 67',
    ].join('\n');
    const x = extract(read(text));
    expect(x.activities.map((a) => a.text.replace(/\.$/, ''))).toEqual([
      'Erbjuda hälsosamtal till alla 40-åringar',
      'Starta en rökfri skolgård på varje skola',
      'Sprida information om fysisk aktivitet på recept',
    ]);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Socialförvaltningen', 'Barn- och utbildningsförvaltningen', 'Kultur- och fritidsförvaltningen']);
    expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'not_started', 'done']);
  });
});

describe('a table with a comment column run into a transcript line', () => {
  // An elderly-care follow-up: the comment after the typed cells is free text, one status cell left blank, a term before a year.
  const text = [
    'Äldreplan Exempelby uppföljning',
    '',
    'Transkript',
    '',
    '1 Äldreplan Exempelby | Uppföljning 2025 Uppföljningen visar läget vid årets slut. Nr Insats Ansvarig Klart Status Kommentar Fokusområde 1: Trygg vård 1.1 Införa digital nattillsyn i hemtjänsten VOF HT 2025 Pågår Kamerorna används hos 40 brukare. 1.2 Utbilda baspersonal i demensvård VOF, SOC 2025 Tre kurser har hållits och fler planeras. 1 (3)',
    '',
    '2 Äldreplan Exempelby | Uppföljning 2025 Fokusområde 2: Aktivt liv 2.1 Öppna en mötesplats för seniorer i Norrby KFF 2026 Ej påbörjad Lokalen är inte klar. 2.2 Erbjuda seniorgympa i alla kommundelar KFF Löpande Pågår Gympan har 300 deltagare. 2 (3)',
    '',
    '3 Äldreplan Exempelby | Uppföljning 2025 Nämnden följer upp planen på nytt i juni, och då redovisas också brukarundersökningen. 3 (3)',
  ].join('\n');

  it('reads the typed cells forwards and leaves the rest of the row to the comment', () => {
    const doc = read(text);
    const rows = doc.blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells!.map((c) => doc.text.slice(c.start, c.end))).filter((r) => r[0]);
    expect(rows.map((r) => r[0])).toEqual(['1.1', '1.2', '2.1', '2.2']);
    expect(rows[0]).toEqual(['1.1', 'Införa digital nattillsyn i hemtjänsten', 'VOF', 'HT 2025', 'Pågår', 'Kamerorna används hos 40 brukare.']);
    // The blank status cell keeps its column: the comment is not read as a status.
    expect(rows[1].slice(1)).toEqual(['Utbilda baspersonal i demensvård', 'VOF, SOC', '2025', '', 'Tre kurser har hållits och fler planeras.']);
    const x = extract(doc);
    const area = new Map(x.focusAreas.map((f) => [f.key, f.title]));
    expect(x.activities.map((a) => area.get(a.focusAreaKey!))).toEqual(['Trygg vård', 'Trygg vård', 'Aktivt liv', 'Aktivt liv']);
    expect(x.activities.map((a) => a.status)).toEqual(['ongoing', null, 'not_started', 'ongoing']);
    // The page's own footer '1 (3)' is furniture, not part of a comment.
    expect(doc.blocks.some((b) => b.kind === 'furniture' && doc.text.slice(b.start, b.end) === '1 (3)')).toBe(true);
  });
});

describe('a table with a partner column and status symbols run into a transcript line', () => {
  it('starts the header after a heading word that names a column again, splits owner from partner, and reads symbols as status cells', () => {
    const text = 'Kulturplan Exempelby\n\nKulturplan för Exempelby 2025–2026. Åtgärder Nr Åtgärd Ansvarig Samverkanspart Tid Status 1.1 Digitalisera hembygdsarkivet. Kultur- och fritidsförvaltningen Hembygdsföreningen 2025 \u25CF 1.2 Starta en sommarscen i parken. Kulturenheten Studieförbunden HT 2026 \u25CB 1.3 Erbjuda lovaktiviteter på biblioteken. Biblioteket Fritidsgårdarna Löpande \u25D0 Teckenförklaring: \u25CF Genomförd \u25D0 Pågår \u25CB Ej påbörjad\n';
    const doc = read(text);
    const rows = doc.blocks.filter((b) => b.kind === 'row' && !b.header).map((b) => b.cells!.map((c) => doc.text.slice(c.start, c.end)));
    expect(rows.slice(0, 2)).toEqual([
      ['1.1', 'Digitalisera hembygdsarkivet.', 'Kultur- och fritidsförvaltningen', 'Hembygdsföreningen', '2025', '\u25CF'],
      ['1.2', 'Starta en sommarscen i parken.', 'Kulturenheten', 'Studieförbunden', 'HT 2026', '\u25CB'],
    ]);
    // 'Biblioteket' has no unit's shape: the row is kept whole with a message rather than cut in the wrong place.
    expect(rows[2].slice(0, 2)).toEqual(['1.3', expect.stringContaining('Erbjuda lovaktiviteter på biblioteken. Biblioteket Fritidsgårdarna Löpande')]);
    expect(doc.messages.some((m) => m.ruleId === 'clean/run-on-row-unread' && m.reason.includes('row 1.3'))).toBe(true);
  });
});

describe('an export whose records are named by a label, run into lines', () => {
  // Subject and layout of its own: a digitalisation follow-up, goal blocks as 'Fokusområde:', records as 'Insats:'.
  const text = [
    'Uppföljning digitaliseringsplan Exempelby kommun',
    '',
    'Transkript',
    '',
    '1 Uppföljning digitaliseringsplan 2025 Exempelby kommun Rapporten visar läget per den 30 juni. Fokusområde: Digitala tjänster Insats: Införa e-tjänst för ansökan om färdtjänst. Ansvarig: Vård- och omsorgsförvaltningen Slutdatum: 2025-12-31 Status: Pågående Kommentar: Tjänsten testas av tio användare. Insats: Erbjuda digitala möten med biståndshandläggare. Ansvarig: Socialförvaltningen Status: Avslutad',
    '',
    '2 Kommentar: Mötena används av var femte brukare. Fokusområde: Intern effektivitet Insats: Automatisera fakturahanteringen. Ansvarig: Ekonomiavdelningen Startdatum: 2025-02-01 Slutdatum: 2026-06-30 Status: Ej påbörjad Kommentar: Upphandlingen av roboten väntar på budgetbeslut.',
    '',
    '3 Kontakt Digitaliseringsenheten, telefon 010-765 43 21',
  ].join('\n');

  it('cuts one block per label, reads each record as an activity with its fields and the goal blocks as areas', () => {
    const doc = read(text);
    expect(doc.messages.some((m) => m.ruleId === 'clean/labelled-records')).toBe(true);
    const x = extract(doc);
    expect(x.activities.map((a) => a.text.replace(/\.$/, ''))).toEqual(['Införa e-tjänst för ansökan om färdtjänst', 'Erbjuda digitala möten med biståndshandläggare', 'Automatisera fakturahanteringen']);
    expect(x.activities.map((a) => a.ownerRaw)).toEqual(['Vård- och omsorgsförvaltningen', 'Socialförvaltningen', 'Ekonomiavdelningen']);
    expect(x.activities.map((a) => a.status)).toEqual(['ongoing', 'done', 'not_started']);
    expect(x.activities[2].years).toEqual([2025, 2026]);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Digitala tjänster', 'Intern effektivitet']);
    // The comment cut by the page break and the text after the records stay in the document.
    expect(doc.text).toContain('Mötena används av var femte brukare');
  });

  it("reads the first area when the area's goal and indicator stand between its label and the first record", () => {
    // A water plan's follow-up: a legend with a colon label before the first area, then 'Målområde:', 'Delmål:' and 'Mått:' above the records.
    const lines = [
      'Uppföljning vattenplan Exempelby kommun',
      '',
      'Transkript',
      '',
      '1 Uppföljning vattenplan 2025 Exempelby kommun Färg: grönt = enligt plan, rött = försenad. Målområde: Rent dricksvatten Delmål: Alla vattenverk ska ha två barriärer. Mått: Antal vattenverk med reservvatten. Insats: Bygga en UV-anläggning vid vattenverket i Norrby. Ansvarig: VA-avdelningen Status: Pågående Insats: Ta fram en reservvattenplan. Ansvarig: Samhällsbyggnadsförvaltningen Status: Avslutad',
      '',
      '2 Målområde: Friska sjöar och vattendrag Delmål: Övergödningen ska minska. Insats: Inventera enskilda avlopp runt Storsjön. Ansvarig: Miljöenheten Status: Ej påbörjad',
    ].join('\n');
    const x = extract(read(lines));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Rent dricksvatten', 'Friska sjöar och vattendrag']);
    expect(x.activities.map((a) => a.focusAreaKey)).toEqual([0, 0, 1]);
  });

  it("takes the block's own word before a label that repeats it out of the value before it", () => {
    // A library plan's export: each block headed by its kind ('Delmål', 'Insats') and then labelled with the same word; a comment that ends in the word 'insats' (lower case) keeps it.
    const lines = [
      'Biblioteksplan uppföljning',
      '',
      'Transkript',
      '',
      '1 Uppföljning av biblioteksplanen 2026 Exempelby kommun Målområde: Läsande barn Delmål Delmål: Fler barn ska låna böcker. Insats Insats: Starta bokcirklar på fritidshemmen. Ansvarig: Kulturförvaltningen Status: Pågående Kommentar: Sex cirklar har startat, en lyckad insats Insats Insats: Ge alla förskolor en boklåda. Ansvarig: Biblioteket Status: Avslutad Målområde: Bibliotek för alla Delmål Delmål: Fler vuxna ska besöka biblioteket. Insats Insats: Öppna meröppet bibliotek i Norrby. Ansvarig: Kulturförvaltningen Status: Ej påbörjad',
    ].join('\n');
    const doc = read(lines);
    const x = extract(doc);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Läsande barn', 'Bibliotek för alla']);
    expect(x.activities.map((a) => a.text.replace(/\.$/, ''))).toEqual(['Starta bokcirklar på fritidshemmen', 'Ge alla förskolor en boklåda', 'Öppna meröppet bibliotek i Norrby']);
    expect(x.activities.map((a) => a.focusAreaKey)).toEqual([0, 0, 1]);
    expect(doc.text).toContain('en lyckad insats');
  });

  it("takes the word that heads the list of records out of the area's title, and reads the goal line under an area as no area", () => {
    // A beach plan's export: an area with its goal and indicator, an area with neither, each list of records headed by 'Åtgärder'; a comment ends in the word in lower case.
    const lines = [
      'Badplatsprogram uppföljning',
      '',
      'Transkript',
      '',
      '1 Uppföljning av badplatsprogrammet 2026 Exempelby kommun Tema: Säkra bad Mål: Alla kommunala badplatser ska ha livräddningsutrustning Indikator Utfall Målvärde Badplatser med utrustning 8 12 Åtgärder Åtgärd: Sätta upp livbojar vid alla bryggor Ansvarig: Fritidsförvaltningen Status: Klar Åtgärd: Anordna simskola vid Storsjön Ansvarig: Fritidsförvaltningen Status: Pågående Kommentar: Fler grupper än väntat, fler åtgärder Tema: Rena stränder Åtgärder Åtgärd: Städa stränderna varje vecka under sommaren Ansvarig: Parkenheten Status: Pågående',
    ].join('\n');
    const doc = read(lines);
    const x = extract(doc);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Säkra bad', 'Rena stränder']);
    expect(x.activities.map((a) => a.focusAreaKey)).toEqual([0, 0, 1]);
    expect(x.activities.map((a) => a.text)).toEqual(['Sätta upp livbojar vid alla bryggor', 'Anordna simskola vid Storsjön', 'Städa stränderna varje vecka under sommaren']);
    expect(doc.text).toContain('fler åtgärder');
  });

  it('makes no area of a paragraph before the records that names areas without a label', () => {
    const lines = 'Uppföljning\n\nTranskript\n\n1 Uppföljning 2025 Planen har två målområden och tre insatser. Bedömning: grönt = enligt plan. Insats: Ordna nattvandringar. Ansvarig: Fritid Status: Pågående Insats: Belysa gångvägen vid skolan. Ansvarig: Tekniska förvaltningen Status: Avslutad\n';
    const doc = read(lines);
    expect(doc.messages.some((m) => m.ruleId === 'clean/labelled-records')).toBe(true);
    expect(extract(doc).focusAreas).toEqual([]);
  });

  it('leaves a description with its fields alone when no label repeats as a record', () => {
    const doc = read('Projektplan\n\nProjektet Läslust Beskrivning: Ett treårigt projekt om läsfrämjande i skolorna. Ansvarig: Biblioteket Status: Pågående Budget: 400 tkr per år.\n');
    expect(doc.messages.some((m) => m.ruleId === 'clean/labelled-records')).toBe(false);
    expect(extract(doc).activities).toEqual([]);
  });

  it('leaves prose that mentions the label words alone', () => {
    const prose = 'Ordlista\n\nÅtgärd: en insats som nämnden har beslutat om. Åtgärd: kan också vara ett uppdrag till en förvaltning. Indikator: ett mått på utvecklingen över tid.\n';
    expect(read(prose).messages.some((m) => m.ruleId === 'clean/labelled-records')).toBe(false);
    expect(activities(prose)).toEqual([]);
  });
});

describe('bullets of any font run into a line', () => {
  it('cuts at square bullets and symbol-font glyphs, and leaves status circles in their text', () => {
    const text = 'Vattenplan\n\nTranskript\n\n1 Vattenplan för Exempelby Rent vatten Kommunen ska: \u25AA skydda vattentäkterna vid Storsjön \u25AA byta ut ledningar i de äldsta bostadsområdena \uF02D informera om vattensparande i skolorna\n\n2 Uppföljning Läckaget minskade med 12 % \u25CF enligt plan och 3 % \u25CB inte enligt plan.\n\n3 Kontakt VA-enheten\n';
    const doc = read(text);
    const items = doc.blocks.filter((b) => b.kind === 'item').map((b) => doc.text.slice(b.start, b.end).trim());
    expect(items).toEqual(['skydda vattentäkterna vid Storsjön', 'byta ut ledningar i de äldsta bostadsområdena', 'informera om vattensparande i skolorna']);
    expect(extract(doc).activities).toHaveLength(3);
  });
});

describe('numbered lists that are no plan', () => {
  it('an indicator table run into a line gives no activities', () => {
    expect(activities('Trygghet i Exempelby\n\nIndikator Utgångsvärde Målvärde 2026 1.1 Andel invånare som känner sig trygga utomhus 62 % 75 % 1.2 Antal anmälda skadegörelsebrott 410 300 1.3 Andel elever som trivs i skolan 81 % 90 %\n')).toEqual([]);
  });

  it('a budget table run into a line gives no activities', () => {
    expect(activities('Kulturnämndens budget\n\nVerksamhet, tkr Budget 2025 Prognos 2025 Bibliotek 12 400 12 100 Kulturskola 8 900 9 200 Allmänkultur 3 100 3 000\n')).toEqual([]);
  });

  it('a numbered goal list gives no activities', () => {
    expect(activities('Mål för jämställdhet\n\n1.1 Kvinnor och män ska ha samma makt att forma samhället. 1.2 Den ekonomiska jämställdheten ska öka. 1.3 Mäns våld mot kvinnor ska upphöra.\n')).toEqual([]);
  });
});

describe('a numbered title with bullets run in after it', () => {
  it('keeps the title as the item and its bullets as the items under it', () => {
    const text = 'Kulturplan\n\n2.1.1 Bibliotek \uF0B7 Utöka öppettiderna på biblioteken \uF0B7 Starta en läsfrämjande kampanj 2.1.2 Kulturskola \uF0B7 Erbjuda avgiftsfri kulturskola 2.1.3 Kulturarv \uF0B7 Digitalisera hembygdsarkivet\n';
    const doc = read(text);
    const items = doc.blocks.filter((b) => b.kind === 'item').map((b) => doc.text.slice(b.start, b.end).trim());
    expect(items).toEqual(['Bibliotek', 'Utöka öppettiderna på biblioteken', 'Starta en läsfrämjande kampanj', 'Kulturskola', 'Erbjuda avgiftsfri kulturskola', 'Kulturarv', 'Digitalisera hembygdsarkivet']);
  });
});
